#!/usr/bin/env bash
# Edits one resource page's description of its type in a copy of the pages, the way a
# documentation update does: adds "Edited N. " to it. Prints the edited page's path.
#
#   bench/describe.sh PAGES_DIR N
#
# The page is the first resource page (in path order) with a description after its namespace
# line: the second prose line, whose English follows `data-stu-id="…">` in a translated page;
# the first prose line's place in an English one. Never run it on ../shared: it edits in place.
set -euo pipefail
pages=$1 n=$2
described=$(grep -l -m2 -E '^(<span data-ttu-id=|[A-Z])' $(find "$pages" -path '*resources/*.md' | sort) | sed -n 1p)
awk -v n="$n" '
    /^(<span data-ttu-id=|[A-Z])/ && ++prose == 2 {
        if (!sub(/data-stu-id="[^"]*">/, "&Edited " n ". ")) $0 = "Edited " n ". " $0
    }
    { print }' "$described" >"$described.edited"
mv "$described.edited" "$described"
echo "$described"
