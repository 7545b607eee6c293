#!/usr/bin/env bash
# Generates the SDK for a whole corpus, builds it, and prints files and lines generated, the
# generation time, and for each build (the library; in debug also the tests on top of it) its
# wall time, its peak memory and its warning and error counts, then release over debug.
# Extra arguments go to `graphdocgen generate` (e.g. `--modules perNamespace`).
#
# Usage: bench/sdk.sh [PAGES_DIR] [debug|release|both] [GENERATE_OPTIONS...]
# (BENCH_TESTS=no: the library alone, no test build.)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
configurations=${2:-debug}
shift $(( $# < 2 ? $# : 2 ))
[[ $configurations == both ]] && configurations="debug release"

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

start=$(date +%s.%N)
"$tool" generate "$pages" --output "$out/SDK" "$@" 2>"$out/diagnostics"
generated=$(date +%s.%N)
files=$(find "$out/SDK/Sources" -name '*.swift' | wc -l)
lines=$(find "$out/SDK/Sources" -name '*.swift' -print0 | xargs -0 cat | wc -l)
echo "files generated:   $files"
echo "lines generated:   $lines"
awk "BEGIN{printf \"generation time:   %.1f s\n\", $generated - $start}"

# Resolve and build the dependencies first, so the build times are the SDK's own. Each build
# runs under /usr/bin/time: its peak memory is that of the largest process (the largest
# compile job; a release build compiles each module in one whole-module job).
swift package --package-path "$out/SDK" resolve >/dev/null 2>&1
declare -A seconds
for configuration in $configurations; do
    for dependency in OpenAPIRuntime HTTPTypes; do
        swift build --package-path "$out/SDK" -c "$configuration" --target "$dependency" >/dev/null 2>&1
    done
    steps="library"
    [[ $configuration == debug && ${BENCH_TESTS:-yes} != no ]] && steps="library tests"
    for step in $steps; do
        arguments=(--target GraphSDK)
        [[ $step == tests ]] && arguments=(--build-tests)
        status=0
        /usr/bin/time -f '%e %M' -o "$out/time" \
            swift build --package-path "$out/SDK" -c "$configuration" "${arguments[@]}" \
            >"$out/build-$configuration-$step.log" 2>&1 || status=$?
        read -r elapsed kilobytes <"$out/time"
        seconds[$configuration-$step]=$elapsed
        warnings=$(grep -a -c "warning:" "$out/build-$configuration-$step.log" || true)
        errors=$(grep -a -c "error:" "$out/build-$configuration-$step.log" || true)
        label="$configuration build, $step:"
        [[ $step == tests ]] && label="$configuration build, + tests:"
        awk "BEGIN{printf \"%-26s %6.0f s, peak %5.2f GB (exit $status, $warnings warnings, $errors errors)\n\", \"$label\", $elapsed, $kilobytes / 1048576}"
        # The first few, so that a warning in generated code is seen, not only counted.
        grep -a -E "(warning|error):" "$out/build-$configuration-$step.log" | sort -u | head -5 | sed 's/^/    /' || true
    done
done
if [[ -n ${seconds[debug-library]:-} && -n ${seconds[release-library]:-} ]]; then
    awk "BEGIN{printf \"release / debug (library): %.2f\n\", ${seconds[release-library]} / ${seconds[debug-library]}}"
fi
