#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cluster index of 100,000 points: ours (bench-clusters) against Mapbox's
# supercluster 8 indexing the same points in the same run, and the query of
# the same 1280×800 views. Prints a Markdown table; exits 0 whatever the
# timings, and also when a tool is missing (the table then says so).
# Usage: tests/bench/compare/supercluster.sh BUILD_DIR
# Needs node and npm (supercluster is installed on first use into
# tests/bench/compare/node_modules) and python3.
set -uo pipefail
build=${1:-build}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench="$build/tests/bench/bench-clusters"

header () {
  echo "| clusters, 100,000 points (radius 40 px of 256, zooms 0–16) | ours: \`bench-clusters\` | reference: $1 | ratio |"
  echo "|---|---:|---:|---:|"
}
not_measured () {
  header "supercluster"
  echo "| index build and queries | not measured: $1 | | |"
  exit 0
}

command -v python3 >/dev/null || not_measured "python3 missing"
[ -x "$bench" ] || not_measured "$bench missing (build the project first)"
command -v node >/dev/null || not_measured "node missing"
if [ ! -f "$here/node_modules/supercluster/package.json" ]; then
  command -v npm >/dev/null || not_measured "npm missing"
  npm install --prefix "$here" --no-audit --no-fund supercluster@8 >/dev/null 2>&1 \
    || not_measured "npm install supercluster@8 failed"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bench" "$tmp/points.geojson" > "$tmp/ours.txt" 2>/dev/null || not_measured "bench-clusters failed"
node "$here/supercluster-bench.mjs" "$tmp/points.geojson" > "$tmp/ref.json" 2>"$tmp/ref.err" \
  || not_measured "supercluster-bench.mjs failed: $(head -c 200 "$tmp/ref.err" | tr '\n|' '  ')"
version=$(node -p "require('$here/node_modules/supercluster/package.json').version" 2>/dev/null || echo 8)

python3 - "$tmp/ours.txt" "$tmp/ref.json" "$version" <<'PY'
import json, re, sys
ours = open(sys.argv[1], encoding="utf-8").read()
ref = json.load(open(sys.argv[2], encoding="utf-8"))
version = sys.argv[3]

def ratio(a, b):
    return f"{a / b:.2f}×" if a is not None and b > 0 else "n/a"

# bench-clusters prints queries to 0.1 µs (0.0001 ms).
def query_ratio(a, b):
    return ratio(max(a, 0.0001), b) if b > 0 else "n/a"

build = re.search(r"index build, (\d+) points: ([\d.]+) ms", ours)
queries = {int(z): (float(q) / 1000, int(n)) for z, q, n in
           re.findall(r"zoom (\d+): query ([\d.]+) us, .*?\((\d+) symbols\)", ours)}

print(f"| clusters, {ref['points']:,} points (radius 40 px of 256, zooms 0–16) | ours: `bench-clusters` "
      f"| reference: supercluster {version} (node {ref['node']}), same points, same run | ratio |")
print("|---|---:|---:|---:|")
b = float(build.group(2)) if build else None
print(f"| index build (ours: mean of 3; supercluster: median of 3 `load()`) "
      f"| {f'{b:.0f} ms' if b is not None else 'not measured'} | {ref['build_ms']:.0f} ms | {ratio(b, ref['build_ms'])} |")
for q in ref["queries"]:
    z = q["zoom"]
    mine = queries.get(z)
    if mine is None:
        cell, r = "not measured", "n/a"
    else:
        cell = f"{mine[0] * 1000:.1f} µs"
        r = query_ratio(mine[0], q["query_ms"])
    print(f"| query, zoom {z}, 1280×800 at 31° N 118° E (mean of 20) | {cell} "
          f"| {q['query_ms']:.3f} ms ({q['found']} clusters) | {r} |")
PY
exit 0
