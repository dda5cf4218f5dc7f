#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The include graph of app/ has layers: a file may include its own folder's
headers and those of lower folders, never a higher or a sibling folder's, and
the graph of files has no cycle. Prints TAP; argv[1] is the app/ folder."""

import os
import re
import sys

# Lower first. Folders of one rank are siblings and do not include each other.
RANKS = {
    "common": 0,   # colours, text, locale, projection: no GTK widgets
    "model": 1,    # objects, databases, filter, search, geometry
    "import": 2,   # reading and matching enterprise lists
    "map": 2,      # drawing the map, its layers and the map view
    "stats": 2,    # statistics and charts
    "export": 3,   # images and data files of a map composition
    "ui": 4,       # window, panels, details, dialogs
    ".": 5,        # the application, the command line, main()
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(app, path):
    rel = os.path.relpath(os.path.dirname(path), app)
    return rel.split(os.sep)[0] if rel != "." else "."


def main():
    app = sys.argv[1]
    files = {}
    for root, _, names in os.walk(app):
        for name in names:
            if name.endswith((".c", ".h")):
                files.setdefault(name, []).append(os.path.join(root, name))

    results = []
    dupes = sorted(n for n, p in files.items() if len(p) > 1)
    results.append((not dupes, "file names are unique in app/ " + ", ".join(dupes)))

    unknown = sorted({folder_of(app, p[0]) for p in files.values()} - set(RANKS))
    results.append((not unknown, "every folder has a rank " + ", ".join(unknown)))

    edges = {}
    back = []
    for name, paths in sorted(files.items()):
        path = paths[0]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        edges[name] = []
        for target in INCLUDE.findall(text):
            base = os.path.basename(target)
            if base not in files:
                continue  # config.h and generated headers
            edges[name].append(base)
            here, there = folder_of(app, path), folder_of(app, files[base][0])
            if here != there and RANKS.get(there, 99) >= RANKS.get(here, -1):
                back.append(f"{os.path.relpath(path, app)} -> {os.path.relpath(files[base][0], app)}")
    results.append((not back, "no include from a lower or sibling folder to a higher one"
                    + "".join("\n# " + b for b in back)))

    # Depth-first search for a cycle among files.
    state = {}
    cycle = []

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in edges.get(node, []):
            if state.get(nxt) == 1:
                cycle.extend(stack[stack.index(nxt):] + [nxt])
                return True
            if state.get(nxt) is None and visit(nxt, stack):
                return True
        stack.pop()
        state[node] = 2
        return False

    for node in sorted(edges):
        if state.get(node) is None and visit(node, []):
            break
    results.append((not cycle, "the include graph has no cycle " + " -> ".join(cycle)))

    sqlite_users = sorted(os.path.relpath(p[0], app) for p in files.values()
                          if "sqlite3" in open(p[0], encoding="utf-8").read())
    storage = {"model/pz-database.c", "model/pz-database-check.c", "model/pz-database-private.h", "model/pz-gpkg-writer.c",
               "model/pz-user-database.c", "model/pz-user-database-private.h", "model/pz-user-import-writer.c",
               "model/pz-user-enterprises.c"}
    extra = [s for s in sqlite_users if s not in storage]
    results.append((not extra, "only the storage files use sqlite3 " + ", ".join(extra)))

    print(f"1..{len(results)}")
    failed = 0
    for i, (ok, text) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {text}")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
