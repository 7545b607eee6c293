#!/usr/bin/env bash
# Builds the libFuzzer harnesses (the package in Tests/Fuzz) with the fuzzer and address
# sanitizers, writes their seed corpora (bench/fuzz-seeds.sh), and runs each harness for
# SECONDS_PER_HARNESS seconds (default 30, the CI setting).
#
# Prints per harness its executions, executions per second and crashes (0, or the file
# holding the input). Exits non-zero when any harness crashed, leaked (LeakSanitizer),
# hung on an input (-timeout) or ran out of memory (-rss_limit_mb).
#
# Everything it writes is under .build-fuzz/ (git-ignored): build/, seeds/, corpus/ (the
# corpora grow from run to run), artifacts/ (crash inputs) and logs/.
#
# Usage: bench/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
work=.build-fuzz
harnesses=(FuzzLenientJSON FuzzEnglishRecovery FuzzHTTPBlock FuzzPageReader FuzzSchemaInference)
(($#)) && harnesses=("$@")

./.ci/install-deps
# SwiftPM's default linker (gold) fails on the sanitized objects; lld links them.
build=(swift build -c release --package-path Tests/Fuzz --scratch-path "$work/build"
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
mkdir -p "$work/logs"
"${build[@]}" >"$work/logs/build.log" 2>&1 || { cat "$work/logs/build.log" >&2; exit 1; }
bin=$("${build[@]}" --show-bin-path)

bench/fuzz-seeds.sh "$work/seeds" >/dev/null

# The longest input libFuzzer makes, and the dictionary, per harness.
max_len() {
    case $1 in
        FuzzHTTPBlock) echo 8192 ;;
        *) echo 16384 ;;
    esac
}
dictionary() {
    case $1 in
        FuzzLenientJSON) echo Tests/Fuzz/Dictionaries/json.dict ;;
        FuzzHTTPBlock) echo Tests/Fuzz/Dictionaries/http.dict ;;
        *) echo Tests/Fuzz/Dictionaries/markdown.dict ;;
    esac
}

failed=0
printf '%-20s %12s %9s  %s\n' harness executions exec/s crashes
for harness in "${harnesses[@]}"; do
    corpus=$work/corpus/$harness
    artifacts=$work/artifacts/$harness
    log=$work/logs/$harness.log
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    status=0
    # The Swift runtime's backtracer is off so that libFuzzer's own handler records the crash.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 \
        "$bin/$harness" "$corpus" "$work/seeds/$harness" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$harness")" \
        -dict="$(dictionary "$harness")" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    executions=$(awk '/stat::number_of_executed_units:/ { print $2 }' "$log")
    rate=$(awk '/stat::average_exec_per_sec:/ { print $2 }' "$log")
    found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    if [[ -n $found ]]; then
        result="$(wc -l <<<"$found") ($(tr '\n' ' ' <<<"$found"| sed 's/ $//'))"
    elif ((status != 0)); then
        result="exit status $status, no input recorded (see $log)"
    else
        result=0
    fi
    printf '%-20s %12s %9s  %s\n' "$harness" "${executions:-?}" "${rate:-?}" "$result"
    if [[ $result != 0 ]]; then
        failed=1
        grep -m1 -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|check failed|Fatal error' "$log" | sed 's/^/    /' || true
    fi
done
exit "$failed"
