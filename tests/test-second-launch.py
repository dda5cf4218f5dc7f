#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A second launch while a window is open, on a session bus of the test's
own: with --database naming another file it says so on stderr and exits 1
(the running window cannot change its database); a plain second launch,
one naming the same database, or one with a view link hands its work to the
window and exits 0. The window stays open throughout. On a machine with no
GPU the window draws with cairo and never loads a GL driver (Mesa and
libLLVM would add about 50 MiB).

Usage: test-second-launch.py PATH/TO/pilot-zones   (needs a display: Xvfb)
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

APP = sys.argv[1]
APP_ID = "io.github.pilotzones.PilotZones"


def name_has_owner(env):
    found = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                            "--object-path", "/org/freedesktop/DBus",
                            "--method", "org.freedesktop.DBus.NameHasOwner", APP_ID],
                           env=env, capture_output=True, text=True, timeout=10)
    return "true" in found.stdout


def second(env, *args):
    proc = subprocess.run([APP, *args], env=env, capture_output=True, text=True, timeout=30)
    return proc.returncode, proc.stderr


def have_gpu():
    """As the app decides (app/main.c): a render node or NVIDIA's device."""
    return any(os.access(p, os.R_OK | os.W_OK)
               for p in glob.glob("/dev/dri/renderD*") + ["/dev/nvidiactl"])


def gl_libraries(pid):
    """The GL libraries mapped into process @pid."""
    with open(f"/proc/{pid}/maps") as maps:
        return sorted({line.split()[-1].rsplit("/", 1)[-1] for line in maps
                       if any(k in line for k in ("libLLVM", "_dri.so", "libGLX_mesa", "libEGL_mesa"))})


def main():
    root = tempfile.mkdtemp(prefix="pz-second-")
    env = dict(os.environ)
    bus = first = None
    results = []
    try:
        config = os.path.join(os.environ["G_TEST_SRCDIR"], "dbus", "session.conf")
        bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1",
                                f"--address=unix:dir={root}"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        other = os.path.join(root, "other.gpkg")
        shutil.copy(env["PZ_DATABASE"], other)

        first = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not name_has_owner(env):
            assert first.poll() is None, f"the first instance exited with {first.returncode}"
            assert time.monotonic() < deadline, "the first instance did not take its bus name in 30 s"
            time.sleep(0.2)
        time.sleep(1)

        def check(name, fn):
            try:
                fn()
                results.append((name, None))
            except AssertionError as e:
                results.append((name, str(e)))

        def other_database():
            status, errors = second(env, "--database", other)
            assert status == 1, f"exit {status}, stderr: {errors!r}"
            assert "already running with another database" in errors, errors
            assert other in errors and "close it first" in errors, errors

        def same_database():
            status, errors = second(env, "--database", env["PZ_DATABASE"])
            assert status == 0, f"exit {status}, stderr: {errors!r}"

        def plain():
            status, errors = second(env)
            assert status == 0, f"exit {status}, stderr: {errors!r}"

        def view_link():
            status, errors = second(env, "pilotzones:?batch=5")
            assert status == 0, f"exit {status}, stderr: {errors!r}"

        for name, fn in (("other_database_refused", other_database),
                         ("same_database_forwarded", same_database),
                         ("plain_second_launch_forwarded", plain),
                         ("view_link_forwarded", view_link)):
            check(name, fn)
        alive = first.poll() is None
        results.append(("window_still_open", None if alive else f"the first instance exited with {first.returncode}"))
        if have_gpu() or env.get("GSK_RENDERER", "cairo") != "cairo":
            results.append(("no_gl_without_gpu", "SKIP a GPU is present or GSK_RENDERER asks for GL"))
        elif alive:
            loaded = gl_libraries(first.pid)
            results.append(("no_gl_without_gpu", None if not loaded else f"GL libraries mapped: {loaded}"))
    finally:
        for proc in (first, bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        shutil.rmtree(root, ignore_errors=True)

    print(f"1..{len(results)}")
    for i, (name, error) in enumerate(results, 1):
        if error is None:
            print(f"ok {i} - {name}")
        elif error.startswith("SKIP "):
            print(f"ok {i} - {name} # {error}")
        else:
            print(f"not ok {i} - {name}: {error}")
    return 1 if any(e and not e.startswith("SKIP ") for _, e in results) else 0


if __name__ == "__main__":
    sys.exit(main())
