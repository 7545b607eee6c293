#!/usr/bin/env bash
# Compiles the Swift examples of the README and of docs/generated-sdk.md (each wrapped in an
# async function, its imports hoisted) against the SDK generated from a whole corpus, in an app
# package that depends on it and on swift-openapi-urlsession, as the pages say they were.
# Prints the build's result and every warning or error in the examples. About 2.5 minutes on 2 cores.
#
# Usage: bench/doc-swift.sh [PAGES_DIR]   (default ../shared/corpus/ru-RU/v1.0)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpus/ru-RU/v1.0}
if [ ! -d "$pages" ]; then echo "doc-swift: skipped: $pages is missing (needs ../shared beside the clone)"; exit 0; fi

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" generate "$pages" --output "$work/GraphSDK" --no-cache 2>/dev/null
mkdir -p "$work/Sources/DocExamples"
python3 - "$work/Sources/DocExamples" README.md docs/generated-sdk.md <<'PY'
import re, sys
directory, files = sys.argv[1], sys.argv[2:]
for number, path in enumerate(files):
    code = re.findall(r'```swift\n(.*?)```', open(path).read(), re.S)[0].split('\n')
    imports = sorted({line for line in code if line.startswith('import ')} | {'import Foundation'})
    body = ['    ' + line for line in code if not line.startswith('import ')]
    with open(f'{directory}/Example{number}.swift', 'w') as out:
        out.write(f'// From {path}\n' + '\n'.join(imports) + f'\n\nfunc example{number}() async throws {{\n' + '\n'.join(body) + '\n}\n')
with open(f'{directory}/Tokens.swift', 'w') as out:
    out.write('enum tokens { static func accessToken() async throws -> String { "token" } }\n')
PY
cat >"$work/Package.swift" <<'MANIFEST'
// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "DocExamples",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "GraphSDK"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ],
    targets: [
        .target(name: "DocExamples", dependencies: [
            .product(name: "GraphSDK", package: "GraphSDK"),
            .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
        ]),
    ]
)
MANIFEST
status=0
swift build --package-path "$work" >"$work/build.log" 2>&1 || status=$?
grep -E "Sources/DocExamples/.*(warning|error):" "$work/build.log" | sort -u || true
echo "doc-swift: the examples of README.md and docs/generated-sdk.md against the SDK of $pages: build exit $status"
exit $status
