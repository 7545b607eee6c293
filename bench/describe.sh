#!/usr/bin/env bash
# Edits one resource page in a copy of the pages, the way a documentation update does. Prints
# the edited page's path.
#
#   bench/describe.sh PAGES_DIR N [english|translation|property|structural]
#
# The page is the first resource page (in path order) with a description after its namespace
# line: the second prose line, whose English follows `data-stu-id="…">` in a translated page;
# the first prose line's place in an English one.
#   english:     adds "Edited N. " to that description (of the page's type);
#   translation: adds it to the localized half of the same line instead (after
#                `data-ttu-id="…">`), which the generator does not read; fails on an English page;
#   property:    adds "Edited N. " to the description of the first row of the page's property
#                table (the English of its last cell);
#   structural:  the same, and adds "Not nullable. " to that description, or removes it when
#                the description already starts with it: what inference reads changes each time.
# Never run it on ../shared: it edits in place.
set -euo pipefail
pages=$1 n=$2 mode=${3:-english}
described=$(grep -l -m2 -E '^(<span data-ttu-id=|[A-Z])' $(find "$pages" -path '*resources/*.md' | sort) | sed -n 1p)
awk -v n="$n" -v mode="$mode" '
    # Puts `text` at the start of the English of the last cell (or sentence) of the line.
    function prepend(line, text,    at, rest, cut) {
        if (match(line, /data-stu-id="[^"]*">/)) {
            at = 0; rest = line
            while (match(rest, /data-stu-id="[^"]*">/)) { at += RSTART + RLENGTH - 1; rest = substr(rest, RSTART + RLENGTH) }
            return substr(line, 1, at) text substr(line, at + 1)
        }
        cut = line; sub(/[ \t]*\|[ \t]*$/, "", cut)
        at = length(cut); while (at > 0 && substr(cut, at, 1) != "|") at--
        if (substr(line, at + 1, 1) == " ") at++
        return substr(line, 1, at) text substr(line, at + 1)
    }
    /^#/ { properties = tolower($0) ~ /propert/; rows = 0 }
    mode == "english" || mode == "translation" {
        if (/^(<span data-ttu-id=|[A-Z])/ && ++prose == 2) {
            if (mode == "translation") {
                if (!sub(/data-ttu-id="[^"]*">/, "&Правка " n ". ")) failed = 1
            } else if (!sub(/data-stu-id="[^"]*">/, "&Edited " n ". ")) $0 = "Edited " n ". " $0
        }
    }
    (mode == "property" || mode == "structural") && properties && /^\|/ && ++rows == 3 {
        text = "Edited " n ". "
        if (mode == "structural") {
            if (index($0, "Not nullable. Edited ")) sub(/Not nullable\. /, "")
            else text = "Not nullable. " text
        }
        $0 = prepend($0, text)
        done = 1
    }
    { print }
    END { exit failed || ((mode == "property" || mode == "structural") && !done) }' "$described" >"$described.edited" || {
    rm -f "$described.edited"
    echo "bench/describe.sh: $described has no $mode text to edit" >&2
    exit 1
}
mv "$described.edited" "$described"
echo "$described"
