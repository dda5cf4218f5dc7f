#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The application itself, given a corrupt or missing database or a malformed
view link, reports it on stderr naming the file or the parameter (and shows
a dialog or a toast) instead of crashing.

Usage: test-app-errors.py PATH/TO/pilot-zones   (needs a display: Xvfb)
"""
import os
import random
import subprocess
import sys
import tempfile
import time

APP = sys.argv[1]
tests = []


def test(fn):
    tests.append(fn)
    return fn


def first_error_line(database, *args):
    """Start the app, wait for its "pilot-zones:" line, then stop it."""
    proc = subprocess.Popen([APP, "--database", database, *args], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 20
    try:
        for line in proc.stderr:
            if line.startswith("pilot-zones:"):
                return line.strip(), proc
            if time.monotonic() > deadline:
                break
        return None, proc
    finally:
        time.sleep(0.5)
        still_running = proc.poll() is None
        proc.kill()
        proc.wait()
        # The dialog keeps the app alive: it did not crash on the way.
        assert still_running, f"the app exited with {proc.returncode} instead of showing the error"


@test
def corrupt_database():
    rng = random.Random(7)
    with tempfile.NamedTemporaryFile(suffix=".gpkg", delete=False) as f:
        f.write(bytes(rng.randrange(256) for _ in range(16384)))
    try:
        line, _ = first_error_line(f.name)
        assert line is not None, "no error line on stderr"
        assert f.name in line, line
        assert "not a database" in line, line
    finally:
        os.unlink(f.name)


@test
def missing_database():
    path = "/nonexistent/dir/pilot-zones.gpkg"
    line, _ = first_error_line(path)
    assert line is not None, "no error line on stderr"
    assert path in line and "does not exist" in line, line


@test
def malformed_view_link():
    """A view link with a mistake names it and opens the default view."""
    uri = "pilotzones:?batch=5&zoom=lots"
    line, _ = first_error_line(os.environ["PZ_DATABASE"], uri)
    assert line is not None, "no error line on stderr"
    assert uri in line and "zoom" in line and "lots" in line, line


print(f"1..{len(tests)}")
failed = 0
for i, fn in enumerate(tests, 1):
    try:
        fn()
        print(f"ok {i} - {fn.__name__}")
    except AssertionError as e:
        failed += 1
        print(f"not ok {i} - {fn.__name__}: {e}")
sys.exit(1 if failed else 0)
