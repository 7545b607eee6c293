#!/usr/bin/env bash
# Generates the SDK for a whole corpus, builds it, and prints files and lines generated,
# the generation time, the build times and the warning and error counts.
#
# Usage: bench/sdk.sh [PAGES_DIR] [debug|release|both]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
configurations=${2:-debug}
[[ $configurations == both ]] && configurations="debug release"

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

start=$(date +%s.%N)
"$tool" generate "$pages" --output "$out/SDK" 2>"$out/diagnostics"
generated=$(date +%s.%N)
files=$(find "$out/SDK/Sources" -name '*.swift' | wc -l)
lines=$(find "$out/SDK/Sources" -name '*.swift' -print0 | xargs -0 cat | wc -l)
echo "files generated:   $files"
echo "lines generated:   $lines"
awk "BEGIN{printf \"generation time:   %.1f s\n\", $generated - $start}"

# Resolve and build the dependencies first, so the build times are the SDK's own.
swift package --package-path "$out/SDK" resolve >/dev/null 2>&1
for configuration in $configurations; do
    swift build --package-path "$out/SDK" -c "$configuration" --target OpenAPIRuntime >/dev/null 2>&1
    begin=$(date +%s.%N)
    status=0
    swift build --package-path "$out/SDK" -c "$configuration" >"$out/build-$configuration.log" 2>&1 || status=$?
    end=$(date +%s.%N)
    warnings=$(grep -a -c "warning:" "$out/build-$configuration.log" || true)
    errors=$(grep -a -c "error:" "$out/build-$configuration.log" || true)
    awk "BEGIN{printf \"$configuration build:       %.0f s (exit $status, $warnings warnings, $errors errors)\n\", $end - $begin}"
done
