#!/usr/bin/env bash
# Regeneration after a page changes, against a cold generation measured in the same run:
# prints each time and its ratio to the cold one, and how many output files were rewritten;
# and generation without the caches (`--no-cache`) and cold, against cmark-gfm's tool parsing
# the same pages in the same run.
#
#   no cache: --no-cache, into the disk and (when /dev/shm exists) into memory;
#   cold:    no cache, no previous output (the first run on a machine);
#   touched: one page's modification time changed, its contents not (a checkout, `touch`):
#            the generation cache finds every page's contents as recorded;
#   retranslated: the localized half of that description changed (translated pages only): the
#            page is read again, its evidence is what the last run recorded, nothing is written;
#   edited:  one resource page's description of its type changed (a sentence added): the
#            output changes; the model copies the description and reads nothing else of it,
#            so the model files that hold it are rendered again from the plans the last run
#            recorded, and written; then the same for the description of one of its properties;
#            then an edit inference reads ("Not nullable." added to that description or taken
#            out): pages are read and the model inferred again, model files are rendered only
#            when what they are made from changed, changed files are written.
#
#   update:  OLDER's pages generated, then PAGES' over that output (a documentation update, most
#            pages changed), against the same without the caches.
#
# Usage: bench/regenerate.sh [PAGES_DIR] [RUNS] [OLDER_PAGES_DIR]
#   (default ../shared/corpus/ru-RU/v1.0, 3, ../shared/corpus/ru-RU-2021-02-09/v1.0; the update
#   is skipped when OLDER_PAGES_DIR does not exist)
# The pages are copied to a temporary directory first, so the edit never touches PAGES_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
runs=${2:-3}
older=${3:-../shared/corpus/ru-RU-2021-02-09/v1.0}

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sdk="$work/SDK" cache="$work/cache"
cp -R "$pages" "$work/pages"
page=$(find "$work/pages" -name '*.md' | sort | sed -n 1p)
# Adds "Edited N." to one resource page's description of its type, or (MODE property,
# structural) to its first property's (bench/describe.sh).
describe() { bench/describe.sh "$work/pages" "$1" "${2:-english}" >"$work/described"; }

# Seconds taken by one `generate` run (output $sdk and the cache in $cache unless the arguments
# say otherwise); its standard error goes to $work/last.
timed() {
    local start end
    start=$(date +%s.%N)
    "$tool" generate "$work/pages" --output "$sdk" --cache-path "$cache" "$@" 2>"$work/last"
    end=$(date +%s.%N)
    awk "BEGIN{print $end - $start}"
}
# Seconds taken by cmark-gfm's tool parsing the same pages (the reference).
reference() {
    local start end
    start=$(date +%s.%N)
    find "$work/pages" \( -name '*.md' -o -name '*.txt' \) -print0 | xargs -0 cmark-gfm -e table >/dev/null
    end=$(date +%s.%N)
    awk "BEGIN{print $end - $start}"
}
command -v cmark-gfm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmark-gfm >/dev/null
# The median of the numbers on standard input.
median() { sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
rewritten() { grep -a -o -e 'wrote [0-9]* files.*)' -e 'up to date:.*' "$work/last" | sed 's/ since the last run.*;/;/; s/ to [^ ]* (/ (/'; }

cmark=$(for _ in $(seq "$runs"); do reference; done | median)
# Every run without a cache writes into a directory and a cache no run wrote before, and nothing
# is deleted until the end: a file system that deleted thousands of files in the last minutes can
# take seconds longer to create as many again (ext4 without a journal skips inodes freed in the
# last 60 to 300 seconds), which would measure the deletion, not the generator.
uncached=$(for i in $(seq "$runs"); do timed --output "$work/uncached-$i" --no-cache; done | median)
# The same into memory, when there is a memory file system: the generator's own time, whatever
# the disk did in the minutes before.
memory=""
if [[ -d /dev/shm && -w /dev/shm ]]; then
    memory=$(mktemp -d /dev/shm/graphdocgen-bench.XXXXXX)
    trap 'rm -rf "$work" "$memory"' EXIT
    in_memory=$(for i in $(seq "$runs"); do timed --output "$memory/uncached-$i" --no-cache; done | median)
    rm -rf "$memory"
fi
cold=$(for i in $(seq "$runs"); do timed --output "$work/cold-$i" --cache-path "$work/cache-$i"; done | median)
cold_files=$(rewritten)
# The runs after a change regenerate the last cold run's output with its cache (both are
# recorded under their paths, so they are not moved).
sdk="$work/cold-$runs" cache="$work/cache-$runs"
touched=$(for _ in $(seq "$runs"); do touch "$page"; timed; done | median)
touched_files=$(rewritten)
# The same line's translation edited (translated pages only): read again, the output left as it is.
retranslated="" retranslated_files=""
if bench/describe.sh "$work/pages" 0 translation >/dev/null 2>&1; then
    timed >/dev/null
    retranslated=$(for i in $(seq "$runs"); do bench/describe.sh "$work/pages" "$i" translation >/dev/null; timed; done | median)
    retranslated_files=$(rewritten)
fi
edited=$(for i in $(seq "$runs"); do describe "$i"; timed; done | median)
described=$(cat "$work/described")
edited_files=$(rewritten)
# The description of a property of the same page, then an edit inference reads ("Not nullable."
# added to that description, or taken out): the model inferred again.
property_edited=$(for i in $(seq "$runs"); do describe "$i" property; timed; done | median)
property_files=$(rewritten)
structural=$(for i in $(seq "$runs"); do describe "$i" structural; timed; done | median)
structural_files=$(rewritten)
# A documentation update: OLDER's pages generated, then replaced by PAGES' and generated again
# over that output, with the caches and (from a run without them) without; in memory when there
# is a memory file system, so that both measure the generator, not the disk's deletions.
updated="" updated_uncached="" updated_files=""
if [[ -d $older ]]; then
    place=$(mktemp -d "$( [[ -d /dev/shm && -w /dev/shm ]] && echo /dev/shm || echo "$work")/graphdocgen-update.XXXXXX")
    trap 'rm -rf "$work" "$place"' EXIT
    # Seconds taken by the update with `generate`'s extra arguments "$@" (both runs get them).
    update() {
        local start end
        rm -rf "$place/pages" "$place/sdk" "$place/cache"
        cp -R "$older" "$place/pages"
        "$tool" generate "$place/pages" --output "$place/sdk" --cache-path "$place/cache" "$@" >/dev/null 2>&1
        rm -rf "$place/pages"
        cp -R "$pages" "$place/pages"
        start=$(date +%s.%N)
        "$tool" generate "$place/pages" --output "$place/sdk" --cache-path "$place/cache" "$@" 2>"$work/last"
        end=$(date +%s.%N)
        awk "BEGIN{print $end - $start}"
    }
    updated=$(for _ in $(seq "$runs"); do update; done | median)
    updated_files=$(rewritten)
    updated_uncached=$(for _ in $(seq "$runs"); do update --no-cache; done | median)
fi

echo "pages: $(find "$work/pages" -name '*.md' -o -name '*.txt' | wc -l), median of $runs runs each"
awk -v r="$cmark" 'BEGIN{printf "cmark-gfm -e table:       %6.2f s   (the reference)\n", r}'
awk -v r="$cmark" -v u="$uncached" 'BEGIN{printf "generate --no-cache:      %6.2f s   %.2fx cmark-gfm\n", u, u / r}'
[[ -n $memory ]] && awk -v r="$cmark" -v u="$in_memory" 'BEGIN{printf "  the same into /dev/shm: %6.2f s   %.2fx cmark-gfm\n", u, u / r}'
awk -v c="$cold" -v r="$cmark" -v what="$cold_files" 'BEGIN{printf "cold generation:          %6.2f s   %.2fx cmark-gfm %s\n", c, c / r, what}'
awk -v c="$cold" -v t="$touched" -v what="$touched_files" 'BEGIN{printf "after touching one page:  %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
[[ -n $retranslated ]] && awk -v c="$cold" -v t="$retranslated" -v what="$retranslated_files" 'BEGIN{printf "after retranslating one:  %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
awk -v c="$cold" -v t="$edited" -v what="$edited_files" 'BEGIN{printf "after editing one page:   %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
awk -v c="$cold" -v t="$property_edited" -v what="$property_files" 'BEGIN{printf "  a property'"'"'s instead:   %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
awk -v c="$cold" -v t="$structural" -v what="$structural_files" 'BEGIN{printf "  what inference reads:  %6.2f s   %.3f of cold   %s\n", t, t / c, what}'
echo "(edited: the description in ${described#"$work/pages/"}, then its first property's; then \"Not nullable.\" added to that one or taken out)"
if [[ -n $updated ]]; then
    awk -v u="$updated" -v n="$updated_uncached" -v what="$updated_files" 'BEGIN{printf "after an update:          %6.2f s   %.2fx the same without the caches (%.2f s)   %s\n", u, u / n, n, what}'
    echo "(the update: $older, then $pages)"
fi
