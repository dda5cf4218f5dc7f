#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accessibility check through AT-SPI, as a screen reader sees the app:
find the search entry by its accessible name, type "Yiwu", press Enter,
and read the province and batch from the details panel; find the map's
legend as a button that says what it explains, and switch its form
through the button's action; open the Table view, read its column headers
and sort it by "Approved" with a click on that header; select two rows
(a click, then Shift+Down) and copy them with Ctrl+C: the clipboard (read with xclip)
holds a header and the two rows, tab-separated. Prints TAP.

Usage (under Xvfb with a session bus): test-a11y.py PATH/TO/pilot-zones
Exits 77 (skip) where pyatspi is not installed.
"""
import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP pyatspi (python3-pyatspi) not installed")
    sys.exit(77)

APP = sys.argv[1]
# Every zone in the data, as the status line counts them.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "zones.csv"), encoding="utf-8") as f:
    N_ZONES = sum(1 for _ in f) - 1


def find(node, predicate, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if predicate(node):
            return node
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return None
    for child in children:
        found = find(child, predicate, depth + 1)
        if found is not None:
            return found
    return None


def wait_for(predicate, what, timeout=45):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # An app that has exited will not show up: say so at once.
        if proc.poll() is not None:
            break
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name in ("pilot-zones", "Pilot Zones"):
                found = find(app, predicate)
                if found is not None:
                    return found
        time.sleep(0.5)
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    raise AssertionError(f"not found through AT-SPI: {what} (applications: {[a.name if a else None for a in apps]!r}, "
                         f"app exit status: {proc.poll()!r})")


def until(condition, what, timeout=45, last=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:
            pass
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}" + (f" (last: {last()!r})" if last else ""))


env = dict(os.environ, GTK_A11Y="atspi", LANGUAGE="en")
env.pop("NO_AT_BRIDGE", None)
# The app's messages are shown only when the check fails.
app_log = tempfile.TemporaryFile(mode="w+")
proc = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL, stderr=app_log)
def label_in(node):
    return find(node, lambda n: n.getRole() == pyatspi.ROLE_LABEL)


def click(node):
    """A click in the middle of @node, as a mouse user does (GTK 4.8 offers
    no action to sort a column), once it has a place on screen: a view just
    shown reports 0×0 until its first layout."""
    until(lambda: node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).width > 0, "a place on screen")
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", "--sync", str(box.x + box.width // 2), str(box.y + box.height // 2),
                    "click", "1"], check=True)


def first_row_name(table):
    rows = find(table, lambda n: n.getRole() == pyatspi.ROLE_LIST)
    return label_in(rows.getChildAtIndex(0)).name


print("1..7")
status = 0
passed = 0
try:
    entry = wait_for(lambda n: n.name == "Search zones" and n.getRole() in
                     (pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_SEARCH_BOX if hasattr(pyatspi, "ROLE_SEARCH_BOX") else -1),
                     "the search entry named “Search zones”")
    passed += 1
    print("ok 1 - search entry found by its accessible name")

    # GTK 4.8 does not implement Component.grabFocus; Ctrl+F focuses the
    # entry the same way a keyboard user does.
    try:
        entry.queryComponent().grabFocus()
    except Exception:
        subprocess.run(["xdotool", "key", "ctrl+f"], check=True)
    # A slow start (a sanitizer build) must not lose keys: wait for focus,
    # then for the text, before pressing Enter.
    until(lambda: entry.getState().contains(pyatspi.STATE_FOCUSED), "focus in the search entry")
    subprocess.run(["xdotool", "type", "--delay", "60", "Yiwu"], check=True)
    # GTK 4.8 does not expose the entry's text; the filter's status line
    # says when the search has narrowed the list to Yiwu.
    wait_for(lambda n: n.getRole() == pyatspi.ROLE_LABEL and n.name == f"1 of {N_ZONES} zones", "the search applied")
    subprocess.run(["xdotool", "key", "Return"], check=True)

    wait_for(lambda n: n.name == "Zhejiang" and n.getRole() == pyatspi.ROLE_LABEL, "“Zhejiang” in the details")
    passed += 1
    print("ok 2 - details show the province Zhejiang")
    wait_for(lambda n: n.getRole() == pyatspi.ROLE_LABEL and (n.name or "").startswith("3 ("), "batch 3 in the details")
    passed += 1
    print("ok 3 - details show batch 3")

    legend = wait_for(lambda n: n.name == "Legend: Pilot zones by batch", "the legend by its accessible name")
    role = legend.getRole()
    assert role in (pyatspi.ROLE_PUSH_BUTTON, getattr(pyatspi, "ROLE_BUTTON", -1)), f"legend role {role}"
    pressed = legend.getState().contains(pyatspi.STATE_PRESSED)
    action = legend.queryAction()
    assert action.nActions > 0, "the legend offers no action"
    action.doAction(0)
    until(lambda: legend.getState().contains(pyatspi.STATE_PRESSED) != pressed, "the legend to switch its form")
    passed += 1
    print("ok 4 - the legend is a button that switches between its full and compact form")

    # Every zone again (the search above left only Yiwu), and the details
    # closed, which would cover the table's right-hand columns.
    subprocess.run(["xdotool", "key", "ctrl+BackSpace"], check=True)
    wait_for(lambda n: n.getRole() == pyatspi.ROLE_LABEL and n.name == f"All {N_ZONES} zones", "the filters cleared")
    frame = wait_for(lambda n: n.getRole() == pyatspi.ROLE_FRAME, "the main window")
    actions = frame.queryAction()
    actions.doAction([actions.getName(i) for i in range(actions.nActions)].index("win.clear-selection"))
    time.sleep(1)
    tab = wait_for(lambda n: n.name == "Table" and n.getRole() == pyatspi.ROLE_PAGE_TAB, "the Table view's tab")
    tab.queryAction().doAction(0)
    table = wait_for(lambda n: n.name == "Zones" and n.getRole() == pyatspi.ROLE_TREE_TABLE, "the table of zones")
    header = table.getChildAtIndex(0)
    titles = {}
    for i in range(header.childCount):
        label = label_in(header.getChildAtIndex(i))
        if label is not None:
            titles[label.name] = header.getChildAtIndex(i)
    for title in ("Name", "Province", "Batch", "Approved", "Document", "Status", "Parks"):
        assert title in titles, f"no column header “{title}” in {list(titles)}"
    passed += 1
    print("ok 5 - the table has column headers")

    click(titles["Name"])
    until(lambda: first_row_name(table) != "Hangzhou", "the table sorted by name")
    # Apart by more than a double click's time.
    time.sleep(1)
    click(titles["Approved"])
    until(lambda: first_row_name(table) == "Hangzhou", "Hangzhou first when sorted by approval")
    passed += 1
    print("ok 6 - sorting by Approved puts Hangzhou first")

    rows = find(table, lambda n: n.getRole() == pyatspi.ROLE_LIST)
    first = rows.getChildAtIndex(0).queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    second_name = label_in(rows.getChildAtIndex(1)).name
    time.sleep(1)
    subprocess.run(["xdotool", "mousemove", "--sync", str(first.x + 20), str(first.y + first.height // 2),
                    "click", "1"], check=True)
    time.sleep(1)
    # Shift+Down extends the selection by the next row, as a keyboard user does.
    subprocess.run(["xdotool", "key", "shift+Down"], check=True)
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "ctrl+c"], check=True)

    def copied():
        out = subprocess.run(["xclip", "-selection", "clipboard", "-o"], capture_output=True, text=True, timeout=5)
        return out.stdout.rstrip("\n").split("\n") if out.returncode == 0 else []
    until(lambda: len(copied()) == 3, "two rows and a header on the clipboard", timeout=10, last=copied)
    lines = copied()
    assert lines[0].startswith("Name\t") and "\tApproved\t" in lines[0], lines
    assert lines[1].startswith("Hangzhou\t") and lines[2].startswith(second_name + "\t"), lines
    assert len({line.count("\t") for line in lines}) == 1 and lines[0].count("\t") >= 5, lines
    passed += 1
    print("ok 7 - Ctrl+C copies the two selected rows as tab-separated lines under a header")
except AssertionError as e:
    print(f"not ok {passed + 1} - {e}")
    status = 1
    app_log.seek(0)
    for line in app_log.read().splitlines():
        print(f"# app: {line}")
finally:
    proc.terminate()
    proc.wait(timeout=10)
sys.exit(status)
