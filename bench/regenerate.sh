#!/usr/bin/env bash
# Regeneration after a page changes, against a cold generation measured in the same run:
# prints each time and its ratio to the cold one, and how many output files were rewritten.
#
#   cold:    no cache, no previous output (the first run on a machine);
#   touched: one page's modification time changed, its contents not (a checkout, `touch`):
#            the generation cache finds every page's contents as recorded;
#   edited:  one resource page's description of its type changed (a sentence added): the
#            output changes; pages are read and the model inferred again, model files are
#            rendered only when what they are made from changed, changed files are written.
#
# Usage: bench/regenerate.sh [PAGES_DIR] [RUNS]   (default ../shared/corpus/ru-RU/v1.0, 3)
# The pages are copied to a temporary directory first, so the edit never touches PAGES_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
runs=${2:-3}

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$pages" "$work/pages"
page=$(find "$work/pages" -name '*.md' | sort | sed -n 1p)
# The first resource page with a description after its namespace line (the second prose line,
# whose English follows `data-stu-id="…">` in a translated page; the first line in an English one).
described=$(grep -l -m2 -E '^(<span data-ttu-id=|[A-Z])' $(find "$work/pages" -path '*resources/*.md' | sort) | sed -n 1p)
# Adds "Edited N." to that description.
describe() {
    awk -v n="$1" '
        /^(<span data-ttu-id=|[A-Z])/ && ++prose == 2 {
            if (!sub(/data-stu-id="[^"]*">/, "&Edited " n ". ")) $0 = "Edited " n ". " $0
        }
        { print }' "$described" >"$work/edited" && cp "$work/edited" "$described"
}

# Seconds taken by one `generate` run; its standard error goes to $work/last.
timed() {
    local start end
    start=$(date +%s.%N)
    "$tool" generate "$work/pages" --output "$work/SDK" --cache-path "$work/cache" "$@" 2>"$work/last"
    end=$(date +%s.%N)
    awk "BEGIN{print $end - $start}"
}
# The median of the numbers on standard input.
median() { sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
rewritten() { grep -a -o -e 'wrote [0-9]* files.*)' -e 'up to date:.*' "$work/last" | sed 's/ since the last run.*;/;/; s/ to [^ ]* (/ (/'; }

cold=$(for _ in $(seq "$runs"); do rm -rf "$work/SDK" "$work/cache"; timed; done | median)
cold_files=$(rewritten)
touched=$(for _ in $(seq "$runs"); do touch "$page"; timed; done | median)
touched_files=$(rewritten)
edited=$(for i in $(seq "$runs"); do describe "$i"; timed; done | median)
edited_files=$(rewritten)

echo "pages: $(find "$work/pages" -name '*.md' -o -name '*.txt' | wc -l), median of $runs runs each"
awk -v c="$cold" -v what="$cold_files" 'BEGIN{printf "cold generation:          %6.2f s                  %s\n", c, what}'
awk -v c="$cold" -v t="$touched" -v what="$touched_files" 'BEGIN{printf "after touching one page:  %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
awk -v c="$cold" -v t="$edited" -v what="$edited_files" 'BEGIN{printf "after editing one page:   %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
echo "(edited: the description in ${described#"$work/pages/"})"
