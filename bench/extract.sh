#!/usr/bin/env bash
# Benchmarks `graphdocgen extract --summary` (release build) against the reference
# markdown parser, `cmark-gfm -e table`, over the same pages, in one run.
# Prints both wall times (best of N runs), their ratio (also with graphdocgen held to one
# core), and both peak memories.
#
# Usage: bench/extract.sh [PAGES_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
runs=${2:-3}

./.ci/install-deps
if ! command -v cmark-gfm >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmark-gfm >/dev/null
fi
command -v /usr/bin/time >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null

swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
find "$pages" -name '*.md' -print0 | sort -z >"$out/files"
count=$(tr -cd '\0' <"$out/files" | wc -c)

# Prints "seconds peak_kb" for the best of $runs runs of the command.
measure() {
    local best_s="" best_kb=""
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/stderr" || {
            cat "$out/stderr" >&2; exit 1; }
        read -r seconds kb <"$out/time"
        if [[ -z $best_s ]] || awk "BEGIN{exit !($seconds < $best_s)}"; then best_s=$seconds; best_kb=$kb; fi
    done
    echo "$best_s $best_kb"
}

read -r ref_s ref_kb < <(measure sh -c "xargs -0 cmark-gfm -e table <'$out/files'")
read -r gen_s gen_kb < <(measure sh -c "'$tool' extract '$pages' --summary")
# graphdocgen reads pages on every core; cmark-gfm's tool uses one. The one-core figure compares like with like.
read -r one_s _ < <(measure taskset -c 0 sh -c "'$tool' extract '$pages' --summary")
"$tool" extract "$pages" --summary 2>/dev/null >"$out/summary"

echo "pages:                          $count"
echo "cmark-gfm -e table (reference): ${ref_s} s, peak ${ref_kb} KB"
echo "graphdocgen extract --summary:  ${gen_s} s, peak ${gen_kb} KB"
echo "graphdocgen on one core:        ${one_s} s"
awk "BEGIN{printf \"ratio (graphdocgen / cmark-gfm): %.2f (one core: %.2f)\n\", $gen_s / $ref_s, $one_s / $ref_s}"
awk "BEGIN{printf \"graphdocgen peak memory:        %.0f MB\n\", $gen_kb / 1024}"
echo "summary:"
cat "$out/summary"
