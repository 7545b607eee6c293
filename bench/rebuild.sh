#!/usr/bin/env bash
# What an app's build pays when the SDK is regenerated: the SDK generated from older pages and
# built, then regenerated into the same directory from newer pages (a documentation update) and
# built again, then regenerated after one description was edited and built again, then after
# one property was added (bench/add-property.sh) and built again; each
# incremental build against a clean build of the same package measured in the same run. Prints
# for each step the files the generator rewrote, the modules whose sources changed, the build's
# wall time and its ratio to the clean build.
# Extra arguments go to `graphdocgen generate` (e.g. `--modules single`).
#
# Usage: bench/rebuild.sh [OLD_PAGES] [NEW_PAGES] [debug|release] [GENERATE_OPTIONS...]
# (default ../shared/corpus/ru-RU-2021-02-09/v1.0, ../shared/corpus/ru-RU/v1.0, debug)
set -euo pipefail
cd "$(dirname "$0")/.."
old_pages=${1:-../shared/corpus/ru-RU-2021-02-09/v1.0}
new_pages=${2:-../shared/corpus/ru-RU/v1.0}
configuration=${3:-debug}
shift $(( $# < 3 ? $# : 3 ))
for pages in "$old_pages" "$new_pages"; do
    if [[ ! -d $pages ]]; then
        echo "bench/rebuild.sh: skipped: no pages at $pages (the corpora are in ../shared beside the clone)"
        exit 0
    fi
done

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The edit is made in a copy of the newer pages.
cp -R "$new_pages" "$work/pages"

# Generates `pages` into `sdk` (the rest of the arguments go to generate); prints what the
# generator says it rewrote.
generate() {
    local pages=$1 sdk=$2
    shift 2
    "$tool" generate "$pages" --output "$sdk" --no-cache "$@" 2>"$work/generate.log"
    grep -a -o 'wrote [0-9]* files[^;]*' "$work/generate.log" | sed 's/ to [^ ]* (/ (/'
}
# Resolves the package in `sdk` and builds its dependencies, so the build times are the SDK's own.
prepare() {
    swift package --package-path "$1" resolve >/dev/null 2>&1
    for dependency in OpenAPIRuntime HTTPTypes; do
        swift build --package-path "$1" -c "$configuration" --target "$dependency" >/dev/null 2>&1
    done
}
# Seconds taken by building the library in `sdk` (it must build).
build() {
    local start end
    start=$(date +%s.%N)
    if ! swift build --package-path "$1" -c "$configuration" --target GraphSDK >"$work/build.log" 2>&1; then
        grep -a "error:" "$work/build.log" | head -5 >&2
        echo "bench/rebuild.sh: the build of $1 failed" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    awk "BEGIN{print $end - $start}"
}
# The modules (directories under Sources) whose files differ between the snapshot `before`
# and the package `sdk`, added and removed files included.
changed_modules() {
    local before=$1/Sources after=$2/Sources
    { diff -rq "$before" "$after" || true; } \
        | sed -E -e 's/^Files (.*) and .* differ$/\1/' -e 's/^Only in (.*): (.*)$/\1\/\2/' \
        | sed -E -e "s#^($before|$after)/##" | cut -d/ -f1 | sort -u | tr '\n' ' '
}
# Copies the sources of the package `sdk` to `snapshot`.
snapshot() { rm -rf "$2" && mkdir -p "$2" && cp -R "$1/Sources" "$2/Sources"; }

# The reference: a clean build of the newer pages' package.
generate "$work/pages" "$work/fresh" "$@" >/dev/null
prepare "$work/fresh"
clean=$(build "$work/fresh")

# The older pages' package, built clean; then regenerated from the newer pages and built again.
generate "$old_pages" "$work/sdk" "$@" >/dev/null
prepare "$work/sdk"
old=$(build "$work/sdk")
snapshot "$work/sdk" "$work/before"
update_files=$(generate "$work/pages" "$work/sdk" "$@")
update_modules=$(changed_modules "$work/before" "$work/sdk")
update=$(build "$work/sdk")

# One description edited, regenerated, built again.
snapshot "$work/sdk" "$work/before"
described=$(bench/describe.sh "$work/pages" 1)
edit_files=$(generate "$work/pages" "$work/sdk" "$@")
edit_modules=$(changed_modules "$work/before" "$work/sdk")
edit=$(build "$work/sdk")

# One property added to a type, regenerated, built again.
snapshot "$work/sdk" "$work/before"
added=$(bench/add-property.sh "$work/pages" 1)
property_files=$(generate "$work/pages" "$work/sdk" "$@")
property_modules=$(changed_modules "$work/before" "$work/sdk")
property=$(build "$work/sdk")

echo "$configuration builds of the library ($(git rev-parse --short HEAD); generate ${*:-with its defaults})"
awk -v c="$clean" 'BEGIN{printf "clean build, newer pages:     %6.1f s   (the reference)\n", c}'
awk -v c="$clean" -v t="$old" 'BEGIN{printf "clean build, older pages:     %6.1f s   %.2f of the reference\n", t, t / c}'
awk -v c="$clean" -v t="$update" 'BEGIN{printf "after the update:             %6.1f s   %.2f of the reference\n", t, t / c}'
echo "    generate: $update_files"
echo "    modules changed: $update_modules"
awk -v c="$clean" -v t="$edit" 'BEGIN{printf "after editing a description:  %6.1f s   %.2f of the reference\n", t, t / c}'
echo "    generate: $edit_files"
echo "    modules changed: $edit_modules"
echo "    (the description in ${described#"$work/pages/"})"
awk -v c="$clean" -v t="$property" 'BEGIN{printf "after adding a property:      %6.1f s   %.2f of the reference\n", t, t / c}'
echo "    generate: $property_files"
echo "    modules changed: $property_modules"
echo "    (the property benchAdded1 in ${added#"$work/pages/"})"
