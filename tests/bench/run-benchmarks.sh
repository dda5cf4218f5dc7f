#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the benchmarks and prints Markdown tables with the references
# measured in the same run. Usage: tests/bench/run-benchmarks.sh [BUILD_DIR]
# Needs /usr/bin/time (Debian package "time") and ImageMagick's convert as
# the reference for image export. Never fails on slowness: it only reports.
set -euo pipefail
build=${1:-build}
export PZ_DATABASE="$build/data/pilot-zones.gpkg"
app="$build/app/pilot-zones"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); $(date -u +%Y-%m-%d)"
echo
"$build/tests/bench/bench-filter"
echo

# Seconds and peak RSS (MiB) of a command: the median of three runs.
measure () {
  local runs=()
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>&1
    runs+=("$(cat "$tmp/time")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}

read -r ours_s ours_kb <<<"$(measure env -u DISPLAY -u WAYLAND_DISPLAY "$app" --export "$tmp/map.png" --width 3840 --height 2160 --force)"
if command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; then
  read -r ref_s ref_kb <<<"$(measure convert -size 3840x2160 'xc:#b4d2e7' "$tmp/ref.png")"
  ref="ImageMagick \`convert\` writing a plain 3840×2160 PNG"
else
  ref_s=0 ref_kb=0 ref="(ImageMagick not installed)"
fi

echo "| export, 3840×2160 PNG with all layers | time | peak RSS | reference: $ref | ratio (time, RSS) |"
echo "|---|---:|---:|---:|---:|"
python3 - "$ours_s" "$ours_kb" "$ref_s" "$ref_kb" <<'PY'
import sys
s, k, rs, rk = (float(x) for x in sys.argv[1:])
ratio = lambda a, b: f"{a / b:.1f}×" if b > 0 else "n/a"
print(f"| `pilot-zones --export` (headless) | {s:.2f} s | {k / 1024:.0f} MiB | {rs:.2f} s, {rk / 1024:.0f} MiB | {ratio(s, rs)}, {ratio(k, rk)} |")
PY

# Import of 2,000,000 rows against Python's csv + sqlite3, and --import
# /dev/zero (tests/bench/bench-import.sh).
echo
tests/bench/bench-import.sh "$build"
# The preview of 20,000 rows all left out, in a window (target: 1 s).
echo
xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" dbus-run-session --config-file=tests/dbus/session.conf -- "$build/tests/bench/bench-preview" 20000

echo
"$build/tests/bench/bench-tiles"
echo
"$build/tests/bench/bench-labels"
echo
"$build/tests/bench/bench-clusters"
echo
# Against Mapbox's supercluster (npm) on the same 100,000 points; GNOME Maps
# and an empty libadwaita window (bench-empty-window) started the same way;
# and a soak of panning and zooming (the README's: SOAK_MINUTES=30
# SOAK_WARM_UP=600 SOAK_EVERY=10 SOAK_WINDOW=20).
tests/bench/compare/supercluster.sh "$build"
echo
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session --config-file=tests/dbus/session.conf -- tests/bench/compare/launch.sh "$build"
echo
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session --config-file=tests/dbus/session.conf -- tests/soak/soak.sh "$build" "${SOAK_MINUTES:-2}" \
  "${SOAK_WARM_UP:-30}" "${SOAK_EVERY:-5}" ${SOAK_WINDOW:+"$SOAK_WINDOW"}
