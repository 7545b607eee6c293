#!/usr/bin/env bash
# How fast `graphdocgen diff` is against `generate`, and whether its Swift-breaking changes
# agree with the Swift API digester (`swift package diagnose-api-breaking-changes`) run on the
# two generated packages.
#
# Prints: the times of generate and of diff (pages against pages; the recorded surface against
# pages with the page evidence cache warm; two recorded surfaces) as ratios to generate's,
# measured in this run; then the digester's breakages, how many of them our diff reports (by
# Swift declaration, or by its type for initializers), how many of ours it reports, and every
# one on either side that the other lacks, grouped by kind.
#
# Usage: bench/api-diff.sh [OLD_PAGES] [NEW_PAGES] [--no-digester]   (default: the 2021-02 and 2021-08 v1.0 corpora)
# The digester builds both packages: about 15 minutes on 2 cores for the v1.0 corpora.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:-../shared/corpus/ru-RU-2021-02-09/v1.0}
new=${2:-../shared/corpus/ru-RU/v1.0}
digester=${3:-}

./.ci/install-deps
swift build -c release --product graphdocgen >/dev/null
tool="$(swift build -c release --show-bin-path)/graphdocgen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache="$out/cache"

seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $start}"; }

"$tool" generate "$old" --output "$out/old" --no-cache 2>/dev/null
t_generate=$(seconds "$tool" generate "$new" --output "$out/new" --no-cache)
t_pages=$(seconds "$tool" diff "$old" "$new" --no-cache)
"$tool" diff "$out/old/graphdocgen-api.json" "$new" --cache-path "$cache" >/dev/null 2>&1  # fills the evidence cache
t_warm=$(seconds "$tool" diff "$out/old/graphdocgen-api.json" "$new" --cache-path "$cache")
t_recorded=$(seconds "$tool" diff "$out/old/graphdocgen-api.json" "$out/new/graphdocgen-api.json")
echo "generate NEW (no cache):                 ${t_generate} s (1.00)"
for row in "diff OLD NEW pages (no cache):$t_pages" "diff recorded OLD, NEW pages (warm cache):$t_warm" "diff two recorded surfaces:$t_recorded"; do
    awk -v label="${row%%:*}" -v t="${row##*:}" -v g="$t_generate" 'BEGIN{printf "%-41s %s s (%.2f)\n", label ":", t, t / g}'
done
"$tool" diff "$out/old/graphdocgen-api.json" "$out/new/graphdocgen-api.json" --format json >"$out/diff.json"
"$tool" diff "$out/old/graphdocgen-api.json" "$out/new/graphdocgen-api.json" | tail -1

[[ $digester == --no-digester ]] && exit 0

# The digester compares the working tree of a git repository with a baseline revision.
mkdir "$out/repo"
cp -R "$out/old/." "$out/repo/"
git -C "$out/repo" init -q && git -C "$out/repo" add -A && git -C "$out/repo" -c user.name=bench -c user.email=bench@localhost commit -qm old
rm -rf "$out/repo/Sources" "$out/repo/Tests" && cp -R "$out/new/." "$out/repo/"
swift package --package-path "$out/repo" diagnose-api-breaking-changes HEAD --products GraphSDK >"$out/digester.log" 2>&1 || true
# API_DIFF_KEEP=DIR keeps the digester's log and our diff there for a closer look.
[[ -n ${API_DIFF_KEEP:-} ]] && mkdir -p "$API_DIFF_KEEP" && cp "$out/digester.log" "$out/diff.json" "$API_DIFF_KEEP/"
grep -c "API breakage" "$out/digester.log" >/dev/null || { echo "the digester reported no breakage; its log:"; tail -20 "$out/digester.log"; exit 1; }

python3 - "$out/digester.log" "$out/diff.json" <<'PY'
import json, re, sys, collections
lines = [l.split("API breakage:", 1)[1].strip() for l in open(sys.argv[1], errors="replace") if "API breakage:" in l]
changes = json.load(open(sys.argv[2]))["changes"]
ours = [c for c in changes if c["class"] == "breaking-swift"]
swift = {c["swift"] for c in ours if c.get("swift")}
model_types = {s.split(".")[0] for s in swift if not s.startswith(("GraphClient", "GraphOperation"))}
def declaration(line):
    # "var User.aboutMe has been removed", "constructor Foo.init(a:) has been removed", "accessor Foo.x.Get() has …"
    m = re.match(r"([a-z]+(?: [a-z]+)*) ([A-Za-z_][\w.]*)", line)
    return (m.group(1), m.group(2)) if m else ("?", line)
def covered(name):
    for suffix in (".Get", ".Set", ".Modify", "._modify", ".init"):
        if name.endswith(suffix): name = name[: -len(suffix)]
    if name in swift or any(name.startswith(s + ".") for s in swift): return True
    return not name.startswith(("GraphClient", "GraphOperation")) and name.split(".")[0] in model_types
seen, missed, examples = 0, collections.Counter(), {}
for line in lines:
    kind, name = declaration(line)
    if covered(name):
        seen += 1
    else:
        missed[kind] += 1; examples.setdefault(kind, line)
text = "\n".join(lines)
def reported(name):
    # The digester names a removed type once, not its members or the types nested in it.
    parts = name.split(".")
    shortest = 1 if len(parts) == 1 else 2
    return any(".".join(parts[:n]) + suffix in text for n in range(len(parts), shortest - 1, -1) for suffix in (" ", ".", "("))
unseen, unseen_examples = collections.Counter(), {}
for c in ours:
    name = c.get("swift") or ""
    if name and reported(name):
        continue
    unseen[c["kind"]] += 1; unseen_examples.setdefault(c["kind"], c["subject"] + ": " + c["message"])
print(f"digester breakages:                      {len(lines)}")
print(f"  reported by our diff:                  {seen} ({seen / max(len(lines), 1):.3f})")
for kind, count in missed.most_common():
    print(f"  not reported, {kind}: {count}   e.g. {examples[kind]}")
print(f"our breaking-swift changes:              {len(ours)}")
print(f"  the digester reports their declaration: {len(ours) - sum(unseen.values())} ({(len(ours) - sum(unseen.values())) / max(len(ours), 1):.3f})")
for kind, count in unseen.most_common():
    print(f"  not in the digester, {kind}: {count}   e.g. {unseen_examples[kind]}")
PY
