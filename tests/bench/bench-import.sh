#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The import bench: N generated rows (default 2,000,000) streamed through
# pz_import_file (read, decode, match to zones, store in one transaction)
# against Python's csv module and sqlite3 storing the same file's rows
# without any matching (a floor for "read CSV, write SQLite"), measured in
# the same run, each the median of three; then `pilot-zones --import
# /dev/zero`. Prints a Markdown table. Usage: bench-import.sh [BUILD_DIR] [N]
# Needs /usr/bin/time (Debian package "time"). Never fails on slowness.
set -euo pipefail
build=${1:-build}
n=${2:-2000000}
export PZ_DATABASE="$build/data/pilot-zones.gpkg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/ref.py" <<'PY'
import csv, sqlite3, sys, time
start = time.monotonic()
con = sqlite3.connect(sys.argv[2])
con.execute("CREATE TABLE enterprises (name TEXT, place TEXT, lat REAL, lon REAL)")
with open(sys.argv[1], encoding="utf-8") as f:
    rows = list(csv.reader(f))[1:]
with con:
    con.executemany("INSERT INTO enterprises VALUES (?, ?, ?, ?)", rows)
print(f"{len(rows) / (time.monotonic() - start):.0f} rows/s")
PY

# Rate (rows/s), seconds and peak RSS (KiB) of a run.
run () {
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > "$tmp/out" 2>/dev/null
  echo "$(grep -o '[0-9]* rows/s' "$tmp/out" | cut -d' ' -f1) $(tail -n 1 "$tmp/time")"
}
median () {
  sort -n | sed -n 2p
}

"$build/tests/bench/bench-import" "$n" "$tmp/rows.csv" > /dev/null   # writes the file
ours=() ref=()
for _ in 1 2 3; do
  ours+=("$(run "$build/tests/bench/bench-import" "$n" "$tmp/rows.csv")")
  rm -f "$tmp/ref.sqlite"
  ref+=("$(run python3 "$tmp/ref.py" "$tmp/rows.csv" "$tmp/ref.sqlite")")
done
read -r rate _ kb <<<"$(printf '%s\n' "${ours[@]}" | median)"
read -r ref_rate _ ref_kb <<<"$(printf '%s\n' "${ref[@]}" | median)"
export PZ_USER_DATABASE="$tmp/zero.sqlite"
/usr/bin/time -f "%e %M" -o "$tmp/time" env -u DISPLAY -u WAYLAND_DISPLAY "$build/app/pilot-zones" --import /dev/zero > /dev/null 2>&1 || true
read -r zero_s zero_kb <<<"$(tail -n 1 "$tmp/time")"

python3 - "$n" "$rate" "$kb" "$ref_rate" "$ref_kb" "$zero_s" "$zero_kb" <<'PY'
import sys
n, rate, kb, ref_rate, ref_kb, zero_s, zero_kb = (float(x) for x in sys.argv[1:])
print(f"| import, {n:,.0f} rows | rows/s | peak RSS | reference: Python csv + sqlite3 executemany, no matching | ratio (rate, RSS) |")
print("|---|---:|---:|---:|---:|")
print(f"| `bench-import` (stream, match, store) | {rate:,.0f} | {kb / 1024:.0f} MiB | {ref_rate:,.0f} rows/s, {ref_kb / 1024:.0f} MiB | {rate / ref_rate:.2f}×, {kb / ref_kb:.2f}× |")
print(f"| `pilot-zones --import /dev/zero` | stops with a message in {zero_s:.2f} s | {zero_kb / 1024:.0f} MiB | | |")
PY
