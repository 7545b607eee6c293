#!/usr/bin/env bash
# Generates the SDK for a corpus with its fixture tests (one per documented example), runs
# them, and prints: examples found, fixtures emitted, known issues by cause (the generator's
# summary line), then tests passed, failed and recorded as known issues.
#
# Usage: bench/fixtures.sh [PAGES_DIR]   (default ../shared/corpus/ru-RU/v1.0)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$tool" generate "$pages" --output "$out/SDK" 2>"$out/diagnostics"
grep -a "^graphdocgen: examples:" "$out/diagnostics" | sed 's/^graphdocgen: //'

status=0
swift test --package-path "$out/SDK" >"$out/test.log" 2>&1 || status=$?
total=$(grep -a -o 'Test run with [0-9]* tests' "$out/test.log" | tail -1 | grep -o '[0-9]*' || echo 0)
failed=$(grep -a -c '^✘ Test "' "$out/test.log" || true)
# The run's last line: "… with 88 known issues." when it passes, "… (including 88 known issues)." when not.
known=$(grep -a 'Test run with' "$out/test.log" | tail -1 | grep -o '[0-9]* known issues\?' | grep -o '[0-9]*' || echo 0)
echo "tests: $total run, $((total - failed)) passed ($known of them known issues), $failed failed (exit $status)"
if ((failed > 0)); then
    echo "failures (first 20):"
    grep -a '^✘ Test "' "$out/test.log" | head -20
fi
