#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the GSettings schema (TAP).

  test-schema.py SCHEMA_SOURCE_DIR SCHEMA_FILE [COMPILED_DIR]

glib-compile-schemas --strict --dry-run on the source folder, then the keys,
types, defaults, choices and texts the app relies on, read from the XML. With
COMPILED_DIR (the build folder holding gschemas.compiled) and gsettings
installed, also reads every default back through GSettings itself.
"""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from taplib import Tap  # noqa: E402

SCHEMA_ID = "io.github.pilotzones.PilotZones"
SCHEMA_PATH = "/io/github/pilotzones/PilotZones/"

# name: (GVariant type, default as written in the XML, choices or None)
KEYS = {
    "window-width": ("i", "1280", None),
    "window-height": ("i", "800", None),
    "window-maximized": ("b", "false", None),
    "map-latitude": ("d", "35.0", None),
    "map-longitude": ("d", "105.0", None),
    "map-zoom": ("d", "4.0", None),
    "map-restored": ("b", "false", None),
    "map-mode": ("s", "'zones'", ["zones", "provinces", "enterprises"]),
    "basemap": ("s", "'offline'", ["offline", "openstreetmap"]),
    "boundaries": ("s", "'china'", ["china", "de-facto"]),
    "sidebar-visible": ("b", "true", None),
    "export-format": ("s", "'png'", ["png", "svg", "pdf"]),
    "export-size": ("s", "'window'", ["window", "hd", "4k", "paper", "custom"]),
    "export-paper": ("s", "'A4'", ["A4", "A3", "A5", "Letter"]),
    "export-landscape": ("b", "true", None),
    "export-dpi": ("i", "300", None),
    "export-legend": ("b", "true", None),
    "export-scale-bar": ("b", "true", None),
    "export-north-arrow": ("b", "true", None),
    "export-attribution": ("b", "true", None),
}

# How `gsettings get` prints each default.
GSETTINGS_DEFAULTS = {
    "window-width": "1280",
    "window-height": "800",
    "window-maximized": "false",
    "map-latitude": "35.0",
    "map-longitude": "105.0",
    "map-zoom": "4.0",
    "map-restored": "false",
    "map-mode": "'zones'",
    "basemap": "'offline'",
    "boundaries": "'china'",
    "sidebar-visible": "true",
    "export-format": "'png'",
    "export-size": "'window'",
    "export-paper": "'A4'",
    "export-landscape": "true",
    "export-dpi": "300",
    "export-legend": "true",
    "export-scale-bar": "true",
    "export-north-arrow": "true",
    "export-attribution": "true",
}


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    source_dir, schema_file = argv[1], argv[2]
    compiled_dir = argv[3] if len(argv) == 4 else None
    tap = Tap()

    compiler = shutil.which("glib-compile-schemas")
    if compiler is None:
        tap.skip("glib-compile-schemas --strict --dry-run", "glib-compile-schemas not found")
    else:
        proc = subprocess.run([compiler, "--strict", "--dry-run", source_dir],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
        tap.check(proc.returncode == 0, "glib-compile-schemas --strict --dry-run", proc.stdout)

    root = ET.parse(schema_file).getroot()
    tap.check(root.get("gettext-domain") == "pilot-zones", "schemalist gettext-domain is pilot-zones",
              root.get("gettext-domain"))
    schema = root.find(f"schema[@id='{SCHEMA_ID}']")
    tap.check(schema is not None, f"schema {SCHEMA_ID} exists")
    if schema is None:
        return tap.done()
    tap.check(schema.get("path") == SCHEMA_PATH, f"schema path is {SCHEMA_PATH}", schema.get("path"))

    keys = {key.get("name"): key for key in schema.findall("key")}
    tap.check(set(keys) == set(KEYS), "schema has exactly the expected keys",
              f"missing {sorted(set(KEYS) - set(keys))}, extra {sorted(set(keys) - set(KEYS))}")
    for name, (vtype, default, choices) in KEYS.items():
        key = keys.get(name)
        if key is None:
            tap.check(False, f"{name} exists")
            continue
        tap.check(key.get("type") == vtype, f"{name} has type {vtype}", key.get("type"))
        found = (key.findtext("default") or "").strip()
        tap.check(found == default, f"{name} defaults to {default}", f"found {found!r}")
        if choices is not None:
            found_choices = [c.get("value") for c in key.findall("choices/choice")]
            tap.check(found_choices == choices, f"{name} choices are {', '.join(choices)}", found_choices)
        # Summaries and descriptions are translated through gettext-domain
        # unless marked otherwise.
        for field in ("summary", "description"):
            el = key.find(field)
            ok = el is not None and (el.text or "").strip() != "" and el.get("translatable") != "no"
            tap.check(ok, f"{name} has a translatable {field}")

    gsettings = shutil.which("gsettings")
    if compiled_dir is None:
        tap.skip("defaults read back through GSettings", "no compiled schema folder given")
    elif gsettings is None:
        tap.skip("defaults read back through GSettings", "gsettings not found")
    elif not os.path.isfile(os.path.join(compiled_dir, "gschemas.compiled")):
        tap.check(False, "gschemas.compiled was built", compiled_dir)
    else:
        env = dict(os.environ, GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=compiled_dir)
        for name, expected in GSETTINGS_DEFAULTS.items():
            proc = subprocess.run([gsettings, "--schemadir", compiled_dir, "get", SCHEMA_ID, name],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                                  check=False)
            got = proc.stdout.strip()
            tap.check(proc.returncode == 0 and got == expected,
                      f"GSettings reads {name} = {expected}", f"got {got!r} (status {proc.returncode})")

    return tap.done()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
