#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The application itself, given a corrupt, missing or crafted database or a
malformed view link, reports it on stderr naming the file or the parameter
(and shows a dialog or a toast) instead of crashing; closing the dialog ends
it with status 1 and no GLib warning.

Usage: test-app-errors.py PATH/TO/pilot-zones   (needs a display: Xvfb)
"""
import os
import random
import select
import shutil
import sqlite3
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
        # select() so that an app stuck before its first line fails this
        # test after 20 s instead of blocking the read for good.
        pending = ""
        while (left := deadline - time.monotonic()) > 0:
            if not select.select([proc.stderr], [], [], left)[0]:
                break
            chunk = os.read(proc.stderr.fileno(), 4096).decode("utf-8", "replace")
            if not chunk:
                break
            pending += chunk
            *lines, pending = pending.split("\n")
            for line in lines:
                if line.startswith("pilot-zones:"):
                    return line.strip(), proc
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


def crafted(sql):
    """A copy of $PZ_DATABASE changed by sql."""
    with tempfile.NamedTemporaryFile(suffix=".gpkg", delete=False) as f:
        path = f.name
    shutil.copy(os.environ["PZ_DATABASE"], path)
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()
    return path


@test
def recursive_view_in_window():
    path = crafted("ALTER TABLE zones RENAME TO zones_t; CREATE VIEW zones AS WITH RECURSIVE"
                   " r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT zones_t.* FROM zones_t, r;")
    try:
        line, _ = first_error_line(path)
        assert line is not None, "no error line on stderr"
        assert path in line and "“zones” is a view" in line, line
    finally:
        os.unlink(path)


@test
def close_dialog_without_warnings():
    """The dialog's parent outlives it: with every GLib warning fatal,
    pressing Return on the dialog ends the app with status 1."""
    if shutil.which("xdotool") is None:
        raise Skip("xdotool is not installed")
    path = crafted("CREATE TABLE t AS SELECT * FROM parks; DROP TABLE parks;"
                   " ALTER TABLE t RENAME TO parks; UPDATE parks SET zone_id = NULL WHERE rowid = 3;")
    env = dict(os.environ, G_DEBUG="fatal-warnings")
    proc = subprocess.Popen([APP, "--database", path], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, env=env)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--name", "Cannot Open the Zone Database"],
                               capture_output=True, text=True, timeout=20)
        window = found.stdout.split()[0]
        time.sleep(0.5)
        subprocess.run(["xdotool", "windowfocus", window], capture_output=True, timeout=10)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True, timeout=10)
        status = proc.wait(timeout=10)
        errors = proc.stderr.read()
        assert status == 1, f"exit {status}: {errors}"
        assert "table “parks”, row 3, column “zone_id”" in errors, errors
        assert "WARNING" not in errors and "CRITICAL" not in errors, errors
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.unlink(path)


class Skip(Exception):
    pass


print(f"1..{len(tests)}")
failed = 0
for i, fn in enumerate(tests, 1):
    try:
        fn()
        print(f"ok {i} - {fn.__name__}")
    except Skip as e:
        print(f"ok {i} - {fn.__name__} # SKIP {e}")
    except AssertionError as e:
        failed += 1
        print(f"not ok {i} - {fn.__name__}: {e}")
sys.exit(1 if failed else 0)
