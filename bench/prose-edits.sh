#!/usr/bin/env bash
# Checks the generation cache's description patch against full runs: edits N descriptions of
# resource pages one after another (a type's description or a property row's, chosen at random
# with a fixed seed; "Edited N. " added to the English text, and to every fifth "Not nullable. ",
# which inference reads), regenerates with the cache after
# each, and compares the output and the diagnostics with `--no-cache` on the same pages. Prints
# how many runs took the patch (rendered model files again from their recorded plans), how many
# were full runs (the edit changed what inference reads, or a request's summary) and how many
# found nothing the generator reads changed, the median time of the first two, and every
# mismatch; exits 1 if there is one.
#
#   bench/prose-edits.sh [PAGES_DIR] [N] [SEED]   (default ../shared/corpus/ru-RU/v1.0, 20, 1)
#
# The pages are copied first (into /dev/shm when there is one), so PAGES_DIR is never edited.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
count=${2:-20}
seed=${3:-1}

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
base=/tmp
[[ -d /dev/shm && -w /dev/shm ]] && base=/dev/shm
work=$(mktemp -d "$base/graphdocgen-prose.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$pages" "$work/pages"

# Adds "Edited I. " to the English of the description on one line of a random resource page:
# the page's first prose line after its title, or the last cell of a property table's row.
# Prints the page and line edited.
edit() {
    python3 - "$work/pages" "$1" "$seed" <<'PY'
import os, random, re, sys
root, index, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) if os.sep + "resources" in d for f in fs if f.endswith(".md"))
rng = random.Random(seed * 100003 + index)
english = re.compile(r'data-stu-id="[^"]*">')
while True:
    page = rng.choice(pages)
    lines = open(page, encoding="utf-8").read().split("\n")
    spots, in_properties = [], False
    for n, line in enumerate(lines):
        if line.startswith("#"):
            in_properties = "propert" in line.lower()
        elif line.startswith("|") and in_properties and not re.match(r"^\|[\s:|-]*$", line):
            spots.append(n)
        elif not spots and re.match(r"^(<span data-ttu-id=|[A-Z])", line) and "Namespace" not in line:
            spots.append(n)
    if not spots:
        continue
    n = rng.choice(spots)
    line = lines[n]
    marks = list(english.finditer(line))
    if marks:
        at = marks[-1].end()
    elif line.startswith("|"):
        at = line.rstrip().rstrip("|").rfind("|") + 1
    else:
        at = 0
    # Every fifth edit also says what inference reads: a full run between the patches.
    lines[n] = line[:at] + ("Not nullable. " if index % 5 == 0 else "") + f"Edited {index}. " + line[at:]
    open(page, "w", encoding="utf-8").write("\n".join(lines))
    print(f"{os.path.relpath(page, root)}:{n + 1}")
    break
PY
}
seconds() { awk "BEGIN{print $2 - $1}"; }
median() { sort -g | awk '{v[NR]=$1} END{print (NR ? v[int((NR+1)/2)] : "-")}'; }

"$tool" generate "$work/pages" --output "$work/out" --cache-path "$work/cache" 2>/dev/null
patched=0 full=0 unread=0 mismatches=0
: >"$work/patched-times"
: >"$work/full-times"
for i in $(seq "$count"); do
    spot=$(edit "$i")
    # An edit may make an error of the page (a type cell edited): both runs must say so alike.
    cached_status=0 fresh_status=0
    start=$(date +%s.%N)
    "$tool" generate "$work/pages" --output "$work/out" --cache-path "$work/cache" 2>"$work/cached.err" || cached_status=$?
    took=$(seconds "$start" "$(date +%s.%N)")
    rm -rf "$work/fresh"
    "$tool" generate "$work/pages" --output "$work/fresh" --no-cache 2>"$work/fresh.err" || fresh_status=$?
    if grep -q "rendered again from their recorded plans" "$work/cached.err"; then
        kind=patched; patched=$((patched + 1)); echo "$took" >>"$work/patched-times"
    elif grep -q "^graphdocgen: .* is up to date: " "$work/cached.err"; then
        kind=unread; unread=$((unread + 1))
    else
        kind=full; full=$((full + 1)); echo "$took" >>"$work/full-times"
    fi
    files=$(grep -a -o 'wrote [0-9]* files[^;]*' "$work/cached.err" | sed 's/ to [^ ]* / /' || echo "status $cached_status")
    if [[ $cached_status != "$fresh_status" ]] || ! diff -r -q "$work/out" "$work/fresh" >/dev/null \
        || ! diff -q <(grep -av '^graphdocgen: \(wrote\|pages:\|.* is up to date: \)' "$work/cached.err") \
                     <(grep -av '^graphdocgen: \(wrote\|pages:\)' "$work/fresh.err") >/dev/null; then
        mismatches=$((mismatches + 1))
        echo "MISMATCH after editing $spot ($kind run)"
    fi
    printf '%3d %-60s %-7s %6.2f s  %s\n' "$i" "$spot" "$kind" "$took" "$files"
done
echo "edits: $count; patched: $patched (median $(median <"$work/patched-times") s); full runs: $full (median $(median <"$work/full-times") s); up to date (nothing the generator reads changed): $unread; mismatches: $mismatches"
[[ $mismatches == 0 ]]
