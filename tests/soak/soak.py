#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Memory soak: pan and zoom the map of Pilot Zones for MINUTES and watch VmRSS.

The app runs with a fresh HOME and XDG directories and a session bus of its
own (and under `unshare -n`, no network, when that works), in the X server of
$DISPLAY. Once its window is up, xdotool drags the map and turns the mouse
wheel over it (zoom in, pan, zoom out again, so that the view stays near
China and within zooms of about 4 to 10) in a loop bounded both in time and
in count. A thread reads VmRSS every SAMPLE_S seconds (default 5). The
report gives RSS after a 30-s warm-up, at the end, the growth (target < 5 %),
and over the last WINDOW_MIN minutes (default: all after the warm-up) the
mean and the largest deviation of a sample from it (target ±3 %), with all
the samples. The tile texture budget in force is stated with them.

Usage: soak.py BUILD_DIR [MINUTES [WARM_UP_S [SAMPLE_S [WINDOW_MIN]]]]
(MINUTES of interaction, default 2; the first WARM_UP_S seconds of it,
default 30, are the warm-up; MINUTES is raised to leave at least 30 s after
the warm-up)
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "compare"))
from procutil import fresh_env, no_network_wrapper, start_session_bus, stop, vm_rss_kb  # noqa: E402

SAMPLE_EVERY = 5.0
TARGET_PERCENT = 5.0
TARGET_STEADY = 3.0
# The cache budgets of the build (app/map/pz-tile-paintable.h and
# pz-tile-pool.h; libshumate 1.0's own memory cache is a fixed 100 tiles per
# base layer).
BUDGETS = ("tile images: 8 MiB (PZ_TILE_TEXTURE_BUDGET, 32 tiles at scale 1), past which "
           "those not in the latest frame are let go; tile pixels kept for reuse: "
           "up to 96 tiles (PZ_TILE_POOL_TILES, 24 MiB at scale 1); libshumate's memory cache: 100 tiles; "
           "malloc keeps a 12 MiB top in its one arena while the map moves (M_TOP_PAD); once no tile "
           "has been drawn for a second (PZ_MAP_REST_US), the tiles off screen, the pool's spare "
           "buffers and malloc's free memory are given back")
# In the 1280×800 window at +0+0: the map spans x 310–1275, y 55–745; its
# buttons, legend and scale sit at its edges, so gestures stay inside this.
SAFE = (650, 180, 1150, 620)   # x0, y0, x1, y1


def drag(args, rng, dx, dy):
    """A drag of (dx, dy) px in 12 steps, from a random point of SAFE."""
    x0 = rng.randint(SAFE[0] + max(0, -dx), SAFE[2] - max(0, dx))
    y0 = rng.randint(SAFE[1] + max(0, -dy), SAFE[3] - max(0, dy))
    args += ["mousemove", str(x0), str(y0), "sleep", "0.05", "mousedown", "1"]
    for i in range(1, 13):
        args += ["mousemove", str(x0 + dx * i // 12), str(y0 + dy * i // 12), "sleep", "0.02"]
    args += ["mouseup", "1", "sleep", "0.1"]


def wheel(args, rng, button, clicks):
    x, y = rng.randint(SAFE[0], SAFE[2]), rng.randint(SAFE[1], SAFE[3])
    args += ["mousemove", str(x), str(y)]
    for _ in range(clicks):
        args += ["click", button, "sleep", "0.15"]


def cycle(rng):
    """One round of gestures that comes back to about the same view: zoom in
    by 2 to 6 wheel clicks, pan back and forth, zoom out by as many."""
    args, clicks = ["xdotool"], rng.randint(2, 6)
    dx, dy = rng.randint(-250, 250), rng.randint(-180, 180)
    wheel(args, rng, "4", clicks)
    drag(args, rng, dx, dy)
    drag(args, rng, -dy, dx)
    drag(args, rng, dy, -dx)
    drag(args, rng, -dx, -dy)
    wheel(args, rng, "5", clicks)
    return args, 4, 2 * clicks


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    warm_up = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    every = float(sys.argv[4]) if len(sys.argv) > 4 else SAMPLE_EVERY
    window_min = float(sys.argv[5]) if len(sys.argv) > 5 else None
    minutes = max((warm_up + 30) / 60, float(sys.argv[2]) if len(sys.argv) > 2 else 2.0)
    duration = minutes * 60
    max_cycles = int(duration)           # a cycle takes well over a second
    header = (f"| soak: {minutes:.3g} min of pans and zooms under Xvfb, 1280×800 "
              f"| VmRSS after {warm_up:.0f}-s warm-up | VmRSS at end | growth | target |")

    def not_measured(why):
        print(header)
        print("|---|---:|---:|---:|---:|")
        print(f"| Pilot Zones | not measured: {why} | | | < {TARGET_PERCENT:.0f} % |")
        sys.exit(0)

    root = tempfile.mkdtemp(prefix="pz-soak-")
    env = fresh_env(root, {"PZ_DATABASE": os.path.join(build, "data", "pilot-zones.gpkg"),
                           "GSETTINGS_SCHEMA_DIR": os.path.join(build, "data", "desktop")})
    wrapper = no_network_wrapper()
    network = "no network" if wrapper else "network not isolated"

    bus = app = None
    samples = []                      # (seconds since start, kB)
    stopping = threading.Event()
    try:
        bus = start_session_bus(root, env)
        log = open(os.path.join(root, "app.log"), "wb")
        app = subprocess.Popen(wrapper + [os.path.join(build, "app", "pilot-zones")], env=env,
                               stdout=log, stderr=log, stdin=subprocess.DEVNULL,
                               start_new_session=True)
        try:
            found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class",
                                    "^pilot-zones$"], capture_output=True, text=True, timeout=60)
            window = found.stdout.split()[0] if found.stdout.split() else None
        except subprocess.TimeoutExpired:
            window = None
        if window is None or app.poll() is not None:
            not_measured("the window did not appear in 60 s")
        # No window manager: put the window where SAFE expects it.
        subprocess.run(["xdotool", "windowmove", window, "0", "0", "windowsize", window,
                        "1280", "800"], capture_output=True)
        time.sleep(2)

        start = time.monotonic()

        def sampler():
            n = 1
            while not stopping.wait(max(0.0, start + n * every - time.monotonic())):
                kb = vm_rss_kb(app.pid)
                if kb is None:
                    return
                samples.append((time.monotonic() - start, kb))
                n += 1

        thread = threading.Thread(target=sampler, daemon=True)
        thread.start()
        rng = random.Random(7)
        cycles = drags = clicks = 0
        while cycles < max_cycles and time.monotonic() - start < duration and app.poll() is None:
            args, d, c = cycle(rng)
            try:
                subprocess.run(args, capture_output=True,
                               timeout=max(1.0, duration - (time.monotonic() - start) + 10))
            except subprocess.TimeoutExpired:
                break
            cycles, drags, clicks = cycles + 1, drags + d, clicks + c
        # Sample until the full duration even if the last cycle ended early.
        while time.monotonic() - start < duration and app.poll() is None:
            time.sleep(0.5)
        stopping.set()
        thread.join()
        exited = app.poll() is not None
    finally:
        stopping.set()
        if app is not None:
            stop(app)
        if bus is not None:
            stop(bus)
        shutil.rmtree(root, ignore_errors=True)

    print(header)
    print("|---|---:|---:|---:|---:|")
    warm = next((kb for t, kb in samples if t >= warm_up - 0.5), None)
    end = samples[-1][1] if samples else None
    what = f"Pilot Zones, {network}: {cycles} cycles, {drags} drags, {clicks} wheel clicks"
    if exited:
        print(f"| {what} | not measured: the app exited after "
              f"{samples[-1][0] if samples else 0:.0f} s | | | < {TARGET_PERCENT:.0f} % |")
    elif warm is None or end is None:
        print(f"| {what} | not measured: no sample after the warm-up | | | < {TARGET_PERCENT:.0f} % |")
    else:
        growth = (end - warm) / warm * 100
        verdict = "met" if growth < TARGET_PERCENT else "**not met**"
        print(f"| {what} | {warm / 1024:.1f} MiB | {end / 1024:.1f} MiB | {growth:+.1f} % "
              f"| < {TARGET_PERCENT:.0f} %: {verdict} |")
    print()
    total = samples[-1][0] if samples else 0
    since = total - window_min * 60 if window_min is not None else warm_up
    steady = [kb for t, kb in samples if t >= since - 0.5]
    label = f"last {window_min:g} min" if window_min is not None else f"after the {warm_up:.0f}-s warm-up"
    if len(steady) >= 2 and not exited:
        mean = sum(steady) / len(steady)
        dev = max(abs(kb - mean) for kb in steady) / mean * 100
        verdict = "met" if dev <= TARGET_STEADY else "**not met**"
        print(f"| VmRSS over the {label} ({len(steady)} samples, every {every:g} s) | mean | min | max "
              f"| largest deviation from the mean | target |")
        print("|---|---:|---:|---:|---:|---:|")
        print(f"| Pilot Zones | {mean / 1024:.1f} MiB | {min(steady) / 1024:.1f} MiB | {max(steady) / 1024:.1f} MiB "
              f"| ±{dev:.1f} % | ±{TARGET_STEADY:.0f} %: {verdict} |")
    else:
        print(f"| VmRSS over the {label} | not measured: too few samples | | | | ±{TARGET_STEADY:.0f} % |")
    print()
    print(f"Cache budgets: {BUDGETS}.")
    print()
    print(f"VmRSS every {every:g} s (s: MiB): " + ", ".join(f"{t:.0f}: {kb / 1024:.1f}" for t, kb in samples))


if __name__ == "__main__":
    main()
