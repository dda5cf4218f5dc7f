#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Memory soak of the map: pans and zooms for MINUTES (default 2) and reports
# VmRSS after a warm-up of WARM_UP_S seconds (default 30), at the end and the
# growth (target < 5 %), and the mean and largest deviation over the last
# WINDOW_MIN minutes (target ±3 %), sampled every SAMPLE_S seconds (default 5),
# with the samples (see soak.py). Prints Markdown; exits 0 whatever the numbers,
# and also when a tool is missing. Run inside an X server, e.g.:
#   xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session --config-file=tests/dbus/session.conf -- \
#     tests/soak/soak.sh BUILD_DIR [MINUTES [WARM_UP_S [SAMPLE_S [WINDOW_MIN]]]]
# The 30-minute soak of the README: soak.sh build-release 30 600 10 20
set -uo pipefail
build=${1:-build}
minutes=${2:-2}
warm_up=${3:-30}
every=${4:-5}
window=${5:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

not_measured () {
  echo "| soak: $minutes min of pans and zooms under Xvfb | VmRSS after $warm_up-s warm-up | VmRSS at end | growth | target |"
  echo "|---|---:|---:|---:|---:|"
  echo "| Pilot Zones | not measured: $1 | | | < 5 % |"
  exit 0
}

for tool in python3 xdotool dbus-daemon; do
  command -v "$tool" >/dev/null || not_measured "$tool missing"
done
[ -n "${DISPLAY:-}" ] || not_measured "no X display (run under xvfb-run)"
[ -x "$build/app/pilot-zones" ] || not_measured "$build/app/pilot-zones missing (build the project first)"
[[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] || not_measured "MINUTES must be a number, not '$minutes'"
[[ "$warm_up" =~ ^[0-9]+$ ]] || not_measured "WARM_UP_S must be whole seconds, not '$warm_up'"
[[ "$every" =~ ^[0-9]+([.][0-9]+)?$ ]] || not_measured "SAMPLE_S must be a number, not '$every'"
[[ -z "$window" || "$window" =~ ^[0-9]+([.][0-9]+)?$ ]] || not_measured "WINDOW_MIN must be a number, not '$window'"

python3 "$here/soak.py" "$build" "$minutes" "$warm_up" "$every" ${window:+"$window"} || not_measured "soak.py failed (exit $?)"
exit 0
