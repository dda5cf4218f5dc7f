#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The user database under hostile or busy conditions, through --import:
a trigger or view someone planted in it is refused with a message (and
never runs), and an import waits for another writer instead of failing;
an import that stores nothing exits 1. Prints TAP.

Usage: test-user-db.py PATH/TO/pilot-zones
"""
import os
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


def write_list(tmp, name, rows):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("name,city\n" + "".join(f"{name} {i},Hangzhou\n" for i in range(rows)))
    return path


def start_import(user_db, path):
    env = dict(os.environ, PZ_USER_DATABASE=user_db)
    env.pop("DISPLAY", None)
    return subprocess.Popen([APP, "--import", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def run_import(user_db, path, expect=0):
    proc = start_import(user_db, path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == expect, f"exit {proc.returncode}: {err}"
    return out, err


def count(user_db, sql):
    con = sqlite3.connect(user_db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@test
def planted_trigger_is_refused(tmp):
    user_db = os.path.join(tmp, "user.sqlite")
    run_import(user_db, write_list(tmp, "first.csv", 2))
    con = sqlite3.connect(user_db)
    con.execute("CREATE TRIGGER wipe AFTER INSERT ON imports BEGIN DELETE FROM enterprises; END")
    con.commit()
    con.close()
    _, err = run_import(user_db, write_list(tmp, "second.csv", 1), expect=1)
    assert user_db in err and "trigger “wipe”" in err, err
    assert count(user_db, "SELECT count(*) FROM enterprises") == 2, "the trigger ran"


@test
def planted_view_is_refused(tmp):
    user_db = os.path.join(tmp, "user.sqlite")
    run_import(user_db, write_list(tmp, "first.csv", 1))
    con = sqlite3.connect(user_db)
    con.execute("CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
                " SELECT n FROM r")
    con.commit()
    con.close()
    _, err = run_import(user_db, write_list(tmp, "second.csv", 1), expect=1)
    assert user_db in err and "view “loop”" in err, err


@test
def import_waits_for_another_writer(tmp):
    """Another process holds the write lock for a second: two imports
    started meanwhile wait for it, then both store their rows."""
    user_db = os.path.join(tmp, "user.sqlite")
    run_import(user_db, write_list(tmp, "first.csv", 1))
    lists = [write_list(tmp, f"list{i}.csv", 1000) for i in range(2)]
    holder = sqlite3.connect(user_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    procs = [start_import(user_db, path) for path in lists]
    time.sleep(1.0)
    holder.execute("COMMIT")
    holder.close()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, f"exit {proc.returncode}: {err}"
    assert count(user_db, "SELECT count(*) FROM imports") == 3
    assert count(user_db, "SELECT count(*) FROM enterprises") == 2001


@test
def import_waits_past_the_busy_timeout(tmp):
    """Another import may hold the user database longer than the 5-s busy
    timeout (a list of millions): an import started meanwhile says on
    stderr that it waits, once, and waits on."""
    user_db = os.path.join(tmp, "user.sqlite")
    run_import(user_db, write_list(tmp, "first.csv", 1))
    holder = sqlite3.connect(user_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    proc = start_import(user_db, write_list(tmp, "second.csv", 10))
    time.sleep(7.0)
    holder.execute("COMMIT")
    holder.close()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, f"exit {proc.returncode}: {err}"
    assert err.count("Waiting for another import to finish…") == 1, err
    assert count(user_db, "SELECT count(*) FROM enterprises") == 11


@test
def concurrent_imports_both_succeed(tmp):
    user_db = os.path.join(tmp, "user.sqlite")
    lists = [write_list(tmp, f"big{i}.csv", 100000) for i in range(2)]
    procs = [start_import(user_db, path) for path in lists]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, f"exit {proc.returncode}: {err}"
    assert count(user_db, "SELECT count(*) FROM enterprises") == 200000


def import_text(tmp, user_db, text, expect):
    path = os.path.join(tmp, "list.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return run_import(user_db, path, expect=expect)


@test
def nothing_imported_fails(tmp):
    """Every row left out, or a header and no rows: exit 1, the reasons on
    stderr, and no user database created."""
    user_db = os.path.join(tmp, "user.sqlite")
    out, err = import_text(tmp, user_db, "name,city\nA,Atlantis\n,Hangzhou\nB,0x1Ep0\n", expect=1)
    assert "nothing imported, every row was left out" in err, err
    assert "Line 2:" in err and "Atlantis" in err and "Line 3:" in err, err
    out, err = import_text(tmp, user_db, "name,city\n", expect=1)
    assert "nothing imported, the file has no rows" in err, err
    assert not os.path.exists(user_db), "a user database was created"
    out, _ = import_text(tmp, user_db, "name,city\nA,Hangzhou\nB,Atlantis\n", expect=0)
    assert "Imported 1 enterprise" in out, out


@test
def endless_file_stops_at_once(tmp):
    """--import /dev/zero stops at once with a message, in little memory."""
    user_db = os.path.join(tmp, "user.sqlite")
    proc = start_import(user_db, "/dev/zero")
    start = time.monotonic()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        proc.kill()
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert os.waitstatus_to_exitcode(status) == 1, f"exit {status}: {err}"
    assert "/dev/zero" in err and "NUL" in err, err
    assert time.monotonic() - start < 20, "it took long"
    assert usage.ru_maxrss < 100 * 1024, f"peak RSS {usage.ru_maxrss} KiB"
    assert not os.path.exists(user_db), "a user database was created"


@test
def mixed_encodings_leave_the_odd_line_out(tmp):
    """A UTF-8 row and a GB18030 row: the GB18030 one is left out by line,
    never stored as other characters."""
    user_db = os.path.join(tmp, "user.sqlite")
    path = os.path.join(tmp, "mixed.csv")
    with open(path, "wb") as f:
        f.write("name,city\n杭州企业,杭州\n".encode("utf-8") + "宁波企业,宁波\n".encode("gb18030"))
    out, _ = run_import(user_db, path)
    assert "Imported 1 enterprise" in out and "Line 3: the line is not UTF-8" in out, out
    con = sqlite3.connect(user_db)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM enterprises")] == ["杭州企业"]
    finally:
        con.close()


@test
def problems_printed_are_capped(tmp):
    """The first 100 rows left out are listed, the rest counted."""
    user_db = os.path.join(tmp, "user.sqlite")
    path = os.path.join(tmp, "bad.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("name,city\nGood,Hangzhou\n" + "".join(f"Bad {i},Atlantis\n" for i in range(250)))
    out, _ = run_import(user_db, path)
    assert "250 rows left out" in out and "Line 102:" in out and "Line 103:" not in out, out
    assert "… and 150 more rows left out" in out, out


class Skip(Exception):
    pass


def read_only(folder, *command):
    """Runs command with folder mounted read-only for it alone: a mount
    namespace of its own (`unshare -r -m`), as permission bits do not stop
    root. Skips where namespaces are not allowed."""
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    probe = subprocess.run(["unshare", "-r", "-m", "sh", "-c", script, folder, "true"], capture_output=True)
    if probe.returncode != 0:
        raise Skip("no mount namespace here (unshare -r -m)")
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    return subprocess.run(["unshare", "-r", "-m", "sh", "-c", script, folder, *command],
                          capture_output=True, text=True, env=env, timeout=60)


@test
def read_only_folder_is_named(tmp):
    """A user data folder on a read-only file system: exit 1, and the
    message names the folder and why, not SQLite's "unable to open"."""
    folder = os.path.join(tmp, "data")
    os.mkdir(folder)
    user_db = os.path.join(folder, "user.sqlite")
    done = read_only(folder, "env", f"PZ_USER_DATABASE={user_db}", APP, "--import", write_list(tmp, "list.csv", 3))
    assert done.returncode == 1, f"exit {done.returncode}: {done.stderr}"
    assert f"the folder “{folder}” cannot be written to: Read-only file system" in done.stderr, done.stderr
    assert "unable to open" not in done.stderr, done.stderr


print(f"1..{len(tests)}")
failed = 0
for number, fn in enumerate(tests, 1):
    with tempfile.TemporaryDirectory(prefix="pz-user-db-") as tmp:
        try:
            fn(tmp)
            print(f"ok {number} - {fn.__name__}")
        except Skip as e:
            print(f"ok {number} - {fn.__name__} # SKIP {e}")
        except (AssertionError, subprocess.TimeoutExpired) as e:
            failed += 1
            print(f"not ok {number} - {fn.__name__}")
            for line in str(e).splitlines():
                print(f"# {line}")
sys.exit(1 if failed else 0)
