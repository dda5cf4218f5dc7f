#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Launch to window and RSS of Pilot Zones against GNOME Maps and an empty
# libadwaita window (build it: bench-empty-window), measured the
# same way in the same run (see launch.py and README.md). Prints a Markdown
# table; exits 0 whatever the timings, and also when a tool is missing.
# Run inside an X server, e.g.:
#   xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session --config-file=tests/dbus/session.conf -- tests/bench/compare/launch.sh BUILD_DIR
# Installs gnome-maps with apt-get when it is absent (as root; it is large).
set -uo pipefail
build=${1:-build}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

not_measured () {
  echo "| launch under Xvfb, median of 5 | Pilot Zones | GNOME Maps | empty libadwaita window | ratio |"
  echo "|---|---:|---:|---:|---:|"
  echo "| spawn → window mapped, RSS 3 s after | not measured: $1 | | | |"
  exit 0
}

command -v python3 >/dev/null || not_measured "python3 missing"
command -v dbus-daemon >/dev/null || not_measured "dbus-daemon missing"
[ -n "${DISPLAY:-}" ] || not_measured "no X display (run under xvfb-run)"
[ -x "$build/app/pilot-zones" ] || not_measured "$build/app/pilot-zones missing (build the project first)"
[ -x "$build/tests/bench/bench-empty-window" ] || not_measured "$build/tests/bench/bench-empty-window missing (build the project first)"
if ! command -v gnome-maps >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends gnome-maps >/dev/null 2>&1 \
      || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends gnome-maps >/dev/null 2>&1; }
  fi
  command -v gnome-maps >/dev/null || not_measured "gnome-maps missing (apt-get install gnome-maps failed or not root)"
fi
version=$(dpkg-query -W -f '${Version}' gnome-maps 2>/dev/null | sed 's/-.*//')

python3 "$here/launch.py" "$build" "${version:-?}" || not_measured "launch.py failed (exit $?)"
exit 0
