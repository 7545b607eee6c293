#!/usr/bin/env bash
# Writes the seed corpora of the fuzz harnesses (Tests/Fuzz) from the seed pages and a
# sample of the corpus, one directory per harness under OUT_DIR (git-ignored; nothing of
# ../shared is ever committed):
#
#   FuzzPageReader/       sampled pages of at most 8 KB, and the sections (from one `## `
#                         heading to the next) of the seed pages and sampled pages
#   FuzzSchemaInference/  the seed pages and sampled resource pages of at most 16 KB
#   FuzzLenientJSON/      the `json` code blocks and the annotation JSON of those pages
#   FuzzHTTPBlock/        the `http` and `msgraph-interactive` code blocks of those pages
#   FuzzEnglishRecovery/  runs of 20 lines holding translation spans, and a few inputs
#                         in the harness's field form (fields separated by 0xFF bytes)
#
# Files are named by their SHA-1, so a block met twice is one seed.
#
# Usage: bench/fuzz-seeds.sh [OUT_DIR] [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build-fuzz/seeds}
shared=${2:-../shared}
corpus="$shared/corpus/ru-RU/v1.0"

rm -rf "$out"
harnesses=(FuzzPageReader FuzzSchemaInference FuzzLenientJSON FuzzHTTPBlock FuzzEnglishRecovery)
for harness in "${harnesses[@]}"; do mkdir -p "$out/$harness"; done

# Stores standard input in $1 under its SHA-1, unless it is empty.
store() {
    local dir=$1 tmp
    tmp=$(mktemp)
    cat >"$tmp"
    if [[ -s $tmp ]]; then
        mv "$tmp" "$dir/$(sha1sum "$tmp" | cut -c1-16)"
    else
        rm -f "$tmp"
    fi
}

# The pages: the five seed pages and every 25th corpus page (sorted, so the sample is stable).
pages=()
if [[ -d $shared/seeds ]]; then
    for seed in "$shared"/seeds/*; do pages+=("$seed"); done
else
    # The same five seed pages are the default input.
    echo "fuzz-seeds: $shared/seeds not found; seeding from docs-input's pages" >&2
    for seed in docs-input/api/*.md; do pages+=("$seed"); done
fi
if [[ -d $corpus ]]; then
    while IFS= read -r -d '' page; do pages+=("$page"); done < <(
        find "$corpus" -name '*.md' -print0 | sort -z | awk -v RS='\0' -v ORS='\0' 'NR % 25 == 1')
else
    echo "fuzz-seeds: $corpus not found; seeding from the seed pages only" >&2
fi

size() { wc -c <"$1"; }

for page in "${pages[@]}"; do
    # Small inputs run faster under the sanitizers: whole pages when small, else their sections.
    if (($(size "$page") <= 8192)); then
        store "$out/FuzzPageReader" <"$page"
    else
        sections=$(mktemp -d)
        awk -v dir="$sections" '/^## / { part++ } { print > (dir "/" part + 0) }' "$page"
        for section in "$sections"/*; do store "$out/FuzzPageReader" <"$section"; done
        rm -rf "$sections"
    fi
    case $page in
        */resources/* | "$shared"/seeds/* | docs-input/*) (($(size "$page") <= 16384)) && store "$out/FuzzSchemaInference" <"$page" ;;
    esac

    # Code blocks and annotations, each to its own file: awk writes them separated by NUL bytes.
    awk '
        function flush(kind) { if (text != "") printf "%s\t%s%c", kind, text, 0; text = "" }
        /^[ \t]*```/ {
            if (inBlock) { flush(kind); inBlock = 0; next }
            info = tolower($0); sub(/^[ \t]*```[ \t]*/, "", info); sub(/[ \t].*/, "", info)
            if (info == "json") { inBlock = 1; kind = "json" }
            else if (info == "http" || info == "msgraph-interactive") { inBlock = 1; kind = "http" }
            next
        }
        inBlock { text = text $0 "\n"; next }
        /<!--[ \t]*\{/ { inComment = 1; sub(/.*<!--/, "") }
        inComment {
            done = sub(/-->.*/, "")
            text = text $0 "\n"
            if (done) { flush("json"); inComment = 0 }
        }
    ' "$page" | while IFS=$'\t' read -r -d '' kind text; do
        case $kind in
            json) printf '%s' "$text" | store "$out/FuzzLenientJSON" ;;
            http) printf '%s' "$text" | store "$out/FuzzHTTPBlock" ;;
        esac
    done

    # Runs of 20 lines holding translation spans.
    grep -F 'data-ttu-id' "$page" | awk -v dir="$out/FuzzEnglishRecovery" -v name="$(basename "$page")" '
        { file = dir "/" name "-" int((NR - 1) / 20); print > file }
    ' || true
done

# Inputs in the English recovery harness's field form: groups of four fields (id, localized,
# English id, English), fields separated by 0xFF; the first byte of the id picks the shape.
field_seed() { printf "$1" | store "$out/FuzzEnglishRecovery"; }
field_seed 'a12-1\xffLocalized\xff12-1\xffEnglish'
field_seed 'c7\xffone\xff7\xffTwo [link](a.md)\xff\x04 9\xffTitle\xff9\xffHeading **bold**'
field_seed 'b1\xffx\xff1\xff\xffe2\xfflone\xff2\xff\xfff3\xffbroken\xff3\xffacross lines'
field_seed 'a1\xffloc | pipe\xff2\xffen | pipe\\|escaped\xff\x07\xff\xff\xff'

count() { find "$out/$1" -type f | wc -l; }
for harness in "${harnesses[@]}"; do
    printf '%-20s %5d seeds\n' "$harness" "$(count "$harness")"
done
