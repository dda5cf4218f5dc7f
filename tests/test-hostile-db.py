#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line given a crafted zone database (tests/hostile-databases.txt,
made from a copy of $PZ_DATABASE) exits 1 with a message naming the file,
table, row and column, and writes no file. Prints TAP.

Usage: test-hostile-db.py PATH/TO/pilot-zones PATH/TO/hostile-databases.txt
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

APP, CASES = sys.argv[1], sys.argv[2]


def cases():
    with open(CASES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def craft(folder, name, sql):
    path = os.path.join(folder, name + ".gpkg")
    shutil.copy(os.environ["PZ_DATABASE"], path)
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()
    return path


def check(folder, name, message, sql):
    database = craft(folder, name, sql)
    out = os.path.join(folder, name + ".png")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([APP, "--export", out, "--parks", "--database", database],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1, f"exit {result.returncode}; stderr: {result.stderr}"
    assert message in result.stderr and database in result.stderr, result.stderr
    assert not os.path.exists(out), "an image was written"


all_cases = list(cases())
print(f"1..{len(all_cases)}")
failed = 0
with tempfile.TemporaryDirectory() as folder:
    for i, (name, message, sql) in enumerate(all_cases, 1):
        try:
            check(folder, name, message, sql)
            print(f"ok {i} - {name}")
        except (AssertionError, subprocess.TimeoutExpired) as e:
            failed += 1
            print(f"not ok {i} - {name}: {e}")
sys.exit(1 if failed else 0)
