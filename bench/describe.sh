#!/usr/bin/env bash
# Edits one resource page's description of its type in a copy of the pages, the way a
# documentation update does: adds "Edited N. " to it. Prints the edited page's path.
#
#   bench/describe.sh PAGES_DIR N [english|translation]
#
# The page is the first resource page (in path order) with a description after its namespace
# line: the second prose line, whose English follows `data-stu-id="…">` in a translated page;
# the first prose line's place in an English one. `translation` edits the localized half of the
# same line instead (after `data-ttu-id="…">`), which the generator does not read; it fails on
# an English page. Never run it on ../shared: it edits in place.
set -euo pipefail
pages=$1 n=$2 half=${3:-english}
described=$(grep -l -m2 -E '^(<span data-ttu-id=|[A-Z])' $(find "$pages" -path '*resources/*.md' | sort) | sed -n 1p)
awk -v n="$n" -v half="$half" '
    /^(<span data-ttu-id=|[A-Z])/ && ++prose == 2 {
        if (half == "translation") {
            if (!sub(/data-ttu-id="[^"]*">/, "&Правка " n ". ")) failed = 1
        } else if (!sub(/data-stu-id="[^"]*">/, "&Edited " n ". ")) $0 = "Edited " n ". " $0
    }
    { print }
    END { exit failed }' "$described" >"$described.edited" || {
    rm -f "$described.edited"
    echo "bench/describe.sh: $described has no translation to edit" >&2
    exit 1
}
mv "$described.edited" "$described"
echo "$described"
