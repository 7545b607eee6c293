#!/usr/bin/env bash
# Adds a property to one resource page's type in a copy of the pages, the way a documentation
# update does: a row `benchAddedN` (String) in its property table, and the same member in its
# JSON representation. Prints the edited page's path.
#
#   bench/add-property.sh PAGES_DIR N
#
# The page is the first resource page (in path order) with a property table: a table whose
# separator row follows a heading that names Properties (in English, or in the English half of
# a translated heading). Never run it on ../shared: it edits in place.
set -euo pipefail
pages=$1 n=$2
for page in $(find "$pages" -path '*resources/*.md' | sort); do
    awk -v n="$n" '
        /^#+ .*Properties/ { heading = 1 }
        heading && !row && /^\|[ :|-]+\|?[ ]*$/ && /---/ {
            print
            print "| benchAdded" n " | String | Added by the bench. |"
            row = 1
            next
        }
        /"blockType": *"resource"/ { resource = 1 }
        resource && !member && /^\{[ ]*$/ {
            print
            print "  \"benchAdded" n "\": \"String\","
            member = 1
            next
        }
        { print }
        END { exit !(row && member) }' "$page" >"$page.edited" || { rm -f "$page.edited"; continue; }
    mv "$page.edited" "$page"
    echo "$page"
    exit 0
done
echo "bench/add-property.sh: no resource page with a property table and a JSON representation in $pages" >&2
exit 1
