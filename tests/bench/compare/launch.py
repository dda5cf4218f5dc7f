#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Launch time and memory of Pilot Zones against GNOME Maps and an empty
libadwaita window (tests/bench/bench-empty-window.c), same run.

For each app, five runs, interleaved (ours, Maps, empty, ours, ...):
  * a fresh HOME and XDG directories and a fresh D-Bus session bus (its own
    dbus-daemon on a socket in the run's directory, so that nothing of a
    previous run, neither saved settings nor a running instance, is reused);
  * the app is spawned under `unshare -n` (a network namespace with only a
    loopback that is down) when that works, so that nothing goes out;
  * "launch to window" is the time from just before spawning to the X
    MapNotify of a top-level window of the app's WM_CLASS, watched on one
    Xlib connection (libX11 through ctypes) that selects
    SubstructureNotify on the root window: no polling interval;
  * RSS is VmRSS of the spawned process 3 s after that;
  * Pilot Zones prints when its first view is complete
    (PZ_REPORT_FIRST_FRAME=1), on the same monotonic clock.
Prints Markdown tables: the medians, the ratios and the targets of issue 17.

Usage: launch.py BUILD_DIR  (needs $DISPLAY: an X server such as Xvfb)
Pilot Zones with GSK_RENDERER=gl, the empty window with GSK_RENDERER=cairo,
and the empty window with the cairo renderer and GL off (as the app runs
without a GPU, app/main.c) run too, interleaved, each a row of its own: with
no GPU the app picks the cairo renderer and turns GL off, the others use GL
on llvmpipe.
With PZ_LAUNCH_BEFORE=OTHER_BUILD_DIR (e.g. a release build of an earlier
commit) that build runs too, interleaved, and gets a row of its own.
"""

import ctypes
import ctypes.util
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from procutil import fresh_env, no_network_wrapper, start_session_bus, stop, vm_rss_kb  # noqa: E402

RUNS = 5
WINDOW_TIMEOUT = 60.0   # seconds to wait for the window before giving up
SETTLE = 3.0            # seconds after the window before reading VmRSS

# ---- Xlib, just enough to wait for a MapNotify --------------------------

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


class XClassHint(ctypes.Structure):
    _fields_ = [("res_name", ctypes.c_void_p), ("res_class", ctypes.c_void_p)]


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("border_width", ctypes.c_int),
                ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("c_class", ctypes.c_int),
                ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
                ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
                ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long),
                ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class MapWatcher:
    """One X connection that reports top-level windows as they are mapped."""

    def __init__(self):
        path = ctypes.util.find_library("X11")
        if path is None:
            raise OSError("libX11 not found")
        x = self.x = ctypes.CDLL(path)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        x.XGetClassHint.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XClassHint)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                           ctypes.POINTER(XWindowAttributes)]
        x.XFree.argtypes = [ctypes.c_void_p]
        # A window can vanish between its MapNotify and our questions about
        # it: ignore X errors instead of letting Xlib exit.
        self._handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        x.XSetErrorHandler(self._handler)
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            raise OSError("cannot open display " + os.environ.get("DISPLAY", "(unset)"))
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        self.fd = x.XConnectionNumber(self.dpy)

    def drain(self):
        event = XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def _class_of(self, window):
        hint = XClassHint()
        if not self.x.XGetClassHint(self.dpy, window, ctypes.byref(hint)):
            return None
        name = ctypes.string_at(hint.res_class).decode() if hint.res_class else None
        for p in (hint.res_name, hint.res_class):
            if p:
                self.x.XFree(p)
        return name

    def _size_of(self, window):
        attrs = XWindowAttributes()
        if not self.x.XGetWindowAttributes(self.dpy, window, ctypes.byref(attrs)):
            return 0, 0
        return attrs.width, attrs.height

    def wait_for(self, wm_class, deadline, proc):
        """Monotonic time of the MapNotify of a top-level window of
        @wm_class larger than 1×1, or None at @deadline or if @proc exits."""
        event = XEvent()
        while time.monotonic() < deadline:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type != MAP_NOTIFY:
                    continue
                now = time.monotonic()
                window = event.xmap.window
                if self._class_of(window) == wm_class and min(self._size_of(window)) > 1:
                    return now
            if proc.poll() is not None:
                return None
            select.select([self.fd], [], [], 0.05)
        return None


# ---- runs ---------------------------------------------------------------

def one_run(watcher, app, wrapper):
    root = tempfile.mkdtemp(prefix="pz-launch-")
    env = fresh_env(root, app["env"])
    bus = app_proc = None
    try:
        # A session bus of this run's own, started (and ready) before the clock.
        bus = start_session_bus(root, env)
        if not env["DBUS_SESSION_BUS_ADDRESS"]:
            return None, None, "dbus-daemon did not start"
        watcher.drain()
        log = open(os.path.join(root, "app.log"), "wb")
        start = time.monotonic()
        app_proc = subprocess.Popen(wrapper + app["argv"], env=env, stdout=log, stderr=log,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        mapped = watcher.wait_for(app["class"], start + WINDOW_TIMEOUT, app_proc)
        if mapped is None:
            log.flush()
            with open(os.path.join(root, "app.log"), "rb") as f:
                tail = f.read()[-300:].decode(errors="replace").strip().replace("\n", " ").replace("|", "/")
            why = "exited" if app_proc.poll() is not None else f"no window in {WINDOW_TIMEOUT:.0f} s"
            return None, None, f"{why}: {tail}" if tail else why
        time.sleep(SETTLE)
        rss = vm_rss_kb(app_proc.pid)
        if rss is None:
            return None, None, f"exited within {SETTLE:.0f} s of its window"
        # Pilot Zones reports when its first view is complete (all visible
        # tiles rendered), on the same monotonic clock as `start`; on a busy
        # machine that can come after the RSS reading, so wait for it.
        found = None
        while found is None and time.monotonic() < start + WINDOW_TIMEOUT and app_proc.poll() is None:
            log.flush()
            with open(os.path.join(root, "app.log"), "rb") as f:
                found = re.search(rb"first-complete-frame (\d+)", f.read())
            if found is None and "PZ_REPORT_FIRST_FRAME" in app["env"]:
                time.sleep(0.1)
            elif found is None:
                break
        app["frames"].append(int(found.group(1)) / 1e6 - start if found else None)
        return mapped - start, rss, None
    finally:
        if app_proc is not None:
            stop(app_proc)
        if bus is not None:
            stop(bus)
        shutil.rmtree(root, ignore_errors=True)


LIKE_FOR_LIKE = "empty window, cairo renderer and GL off (GSK_RENDERER=cairo, GDK_DEBUG=gl-disable)"


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    maps_version = sys.argv[2] if len(sys.argv) > 2 else "?"
    apps = [
        {"name": "Pilot Zones", "class": "pilot-zones",
         "argv": [os.path.join(build, "app", "pilot-zones")],
         "env": {"PZ_DATABASE": os.path.join(build, "data", "pilot-zones.gpkg"),
                 "GSETTINGS_SCHEMA_DIR": os.path.join(build, "data", "desktop"),
                 "PZ_REPORT_FIRST_FRAME": "1"}, "frames": []},
        {"name": "GNOME Maps", "class": "org.gnome.Maps", "argv": ["gnome-maps"], "env": {}, "frames": []},
        # What any libadwaita app holds: the floor under the other two.
        {"name": "empty window", "class": "bench-empty-window",
         "argv": [os.path.join(build, "tests", "bench", "bench-empty-window")], "env": {}, "frames": []},
    ]
    # Without a GPU, Pilot Zones draws with GTK's cairo renderer, the other
    # two with GL on llvmpipe: each with its renderer forced the other way
    # runs too, as rows of their own, so the choice's share is visible.
    extra = [dict(apps[0], name="Pilot Zones, GL renderer (GSK_RENDERER=gl)", frames=[],
                  env=dict(apps[0]["env"], GSK_RENDERER="gl")),
             dict(apps[2], name="empty window, cairo renderer (GSK_RENDERER=cairo)", frames=[],
                  env=dict(apps[2]["env"], GSK_RENDERER="cairo")),
             # As Pilot Zones runs without a GPU: the floor with like renderers.
             dict(apps[2], name=LIKE_FOR_LIKE, frames=[],
                  env=dict(apps[2]["env"], GSK_RENDERER="cairo", GDK_DEBUG="gl-disable", GDK_DISABLE="gl"))]
    before = os.environ.get("PZ_LAUNCH_BEFORE")
    if before:
        before = os.path.abspath(before)
        extra.append(dict(apps[0], name=f"Pilot Zones before ({before})", frames=[],
                          argv=[os.path.join(before, "app", "pilot-zones")],
                          env=dict(apps[0]["env"], PZ_DATABASE=os.path.join(before, "data", "pilot-zones.gpkg"),
                                   GSETTINGS_SCHEMA_DIR=os.path.join(before, "data", "desktop"))))
    apps += extra
    wrapper = no_network_wrapper()
    network = "no network (`unshare -n`)" if wrapper else "network not isolated (`unshare -n` does not work here)"

    watcher = MapWatcher()
    results = {a["name"]: {"times": [], "rss": [], "errors": []} for a in apps}
    for _ in range(RUNS):
        for app in apps:
            t, rss, err = one_run(watcher, app, wrapper)
            r = results[app["name"]]
            if err:
                r["errors"].append(err)
            else:
                r["times"].append(t)
                r["rss"].append(rss)

    def med(xs):
        return statistics.median(xs) if xs else None

    ours, ref, empty = results["Pilot Zones"], results["GNOME Maps"], results["empty window"]
    ot, ort, rt, rrt = med(ours["times"]), med(ours["rss"]), med(ref["times"]), med(ref["rss"])
    et, ert = med(empty["times"]), med(empty["rss"])
    frame = med([f for f in apps[0]["frames"] if f is not None])

    def secs(v):
        return f"{v:.2f} s" if v is not None else "not measured"

    def mib(v):
        return f"{v / 1024:.0f} MiB" if v is not None else "not measured"

    def ratio(a, b):
        return f"{a / b:.2f}×" if a is not None and b else "n/a"

    def verdict(ok):
        return "n/a" if ok is None else ("met" if ok else "**not met**")

    def at_most(a, b):
        return None if a is None or b is None else a <= b

    print(f"| launch under Xvfb, fresh HOME and session bus, {network}, median of {RUNS} "
          f"| Pilot Zones | GNOME Maps {maps_version} (Debian) | empty libadwaita window "
          f"| Pilot Zones ÷ GNOME Maps |")
    print("|---|---:|---:|---:|---:|")
    print(f"| spawn → top-level window mapped | {secs(ot)} | {secs(rt)} | {secs(et)} | {ratio(ot, rt)} |")
    print(f"| VmRSS {SETTLE:.0f} s after the window | {mib(ort)} | {mib(rrt)} | {mib(ert)} | {ratio(ort, rrt)} |")
    print(f"| spawn → first complete map frame (fitted, all visible tiles rendered) | {secs(frame)} "
          f"| not reported | n/a | n/a |")

    def each(r):
        return "; ".join(f"{t:.2f} s, {k / 1024:.0f} MiB" for t, k in zip(r["times"], r["rss"])) or "none"

    for app in extra:
        b = results[app["name"]]
        bframe = med([f for f in app["frames"] if f is not None])
        shown = f", {secs(bframe)}" if "PZ_REPORT_FIRST_FRAME" in app["env"] else ""
        print(f"| {app['name']}: window, RSS{', first complete frame' if shown else ''} "
              f"| {secs(med(b['times']))}, {mib(med(b['rss']))}{shown} | | | |")
    print(f"| each successful run (window, RSS) | {each(ours)} | {each(ref)} | {each(empty)} | |")
    for name, r in results.items():
        for err in sorted(set(r["errors"])):
            print(f"| {name}: {r['errors'].count(err)} of {RUNS} runs failed | {err[:200]} | | | |")

    print()
    print("| target (issue 17) | measured | verdict |")
    print("|---|---:|---|")
    print(f"| RSS ≤ 0.9× GNOME Maps | {ratio(ort, rrt)} | "
          f"{verdict(at_most(ort, 0.9 * rrt if rrt else None))} |")
    above = f"{(ort - ert) / 1024:+.1f} MiB" if ort is not None and ert is not None else "n/a"
    print(f"| RSS ≤ empty window + 30 MiB | {above} | "
          f"{verdict(at_most(ort, ert + 30 * 1024 if ert is not None else None))} |")
    like = med(results[LIKE_FOR_LIKE]["rss"])
    above = f"{(ort - like) / 1024:+.1f} MiB" if ort is not None and like is not None else "n/a"
    print(f"| same, against the empty window drawn as Pilot Zones draws here (cairo, GL off) | {above} | "
          f"{verdict(at_most(ort, like + 30 * 1024 if like is not None else None))} |")
    print(f"| window mapped ≤ 0.8× GNOME Maps | {ratio(ot, rt)} | "
          f"{verdict(at_most(ot, 0.8 * rt if rt is not None else None))} |")
    print(f"| first complete frame ≤ GNOME Maps' window mapped | {secs(frame)} vs {secs(rt)} | "
          f"{verdict(at_most(frame, rt))} |")


if __name__ == "__main__":
    main()
