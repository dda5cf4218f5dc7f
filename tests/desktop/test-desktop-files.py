#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the built .desktop and AppStream metainfo files.

  test-desktop-files.py validate-desktop FILE
      desktop-file-validate FILE; exit 0, 1, or 77 (skip) when the tool is missing.
  test-desktop-files.py validate-metainfo FILE
      appstreamcli validate --no-net FILE; exit 0, 1, or 77 when the tool is missing.
  test-desktop-files.py contents DESKTOP METAINFO VERSION SOURCE_ROOT
      TAP: the fields the app relies on, without any external tool.
"""

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from taplib import Tap  # noqa: E402

APP_ID = "io.github.pilotzones.PilotZones"
SKIP = 77


def run_validator(argv):
    tool = shutil.which(argv[0])
    if tool is None:
        print(f"{argv[0]} not found: install it to run this test (skipped)")
        return SKIP
    proc = subprocess.run([tool] + argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, check=False)
    print("$ " + " ".join(argv))
    print(proc.stdout, end="")
    if proc.returncode != 0:
        print(f"{argv[0]} failed with status {proc.returncode}")
        return 1
    return 0


def read_desktop(path):
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return parser["Desktop Entry"]


def contents(desktop_path, metainfo_path, version, source_root):
    tap = Tap()

    entry = read_desktop(desktop_path)
    tap.check(os.path.basename(desktop_path) == APP_ID + ".desktop", "desktop file is named after the app id",
              desktop_path)
    expected = {
        "Type": "Application",
        "Name": "Cross-Border E-commerce Pilot Zones",
        "Exec": "pilot-zones %U",
        "MimeType": "x-scheme-handler/pilotzones;",
        "Icon": APP_ID,
        "StartupNotify": "true",
        "DBusActivatable": "false",
        "Terminal": "false",
    }
    for key, value in expected.items():
        tap.check(entry.get(key) == value, f"desktop {key}={value}", f"found {entry.get(key)!r}")
    tap.check(bool(entry.get("GenericName")), "desktop has a GenericName")
    tap.check("pilot zones" in entry.get("Comment", "").lower(),
              "desktop Comment describes the pilot zones", entry.get("Comment"))
    categories = entry.get("Categories", "")
    tap.check(categories.endswith(";"), "desktop Categories ends with ';'", categories)
    for cat in ("Education", "Geography", "GTK"):
        tap.check(cat in categories.split(";"), f"desktop Categories has {cat}", categories)
    keywords = entry.get("Keywords", "").split(";")
    for word in ("跨境电商", "综试区", "China"):
        tap.check(word in keywords, f"desktop Keywords has {word}", ";".join(keywords))

    root = ET.parse(metainfo_path).getroot()
    tap.check(root.tag == "component" and root.get("type") == "desktop-application",
              "metainfo is a desktop-application component", root.tag)
    tap.check(root.findtext("id") == APP_ID, "metainfo id is the app id", root.findtext("id"))
    tap.check(root.findtext("metadata_license") == "CC0-1.0", "metainfo metadata_license CC0-1.0")
    tap.check(root.findtext("project_license") == "GPL-3.0-or-later", "metainfo project_license GPL-3.0-or-later")
    launchable = root.find("launchable")
    tap.check(launchable is not None and launchable.get("type") == "desktop-id"
              and launchable.text == os.path.basename(desktop_path),
              "metainfo launchable names the desktop file")
    tap.check(root.findtext("provides/binary") == "pilot-zones", "metainfo provides the pilot-zones binary")
    rating = root.find("content_rating")
    tap.check(rating is not None and rating.get("type") == "oars-1.1", "metainfo has an OARS 1.1 content rating")
    description = " ".join("".join(p.itertext()) for p in root.findall("description/p"))
    for phrase in ("offline", "Natural Earth", "GeoNames", "CC BY 4.0", "Boundaries are indicative"):
        tap.check(phrase in description, f"metainfo description mentions {phrase!r}")

    releases = root.findall("releases/release")
    tap.check(bool(releases) and releases[0].get("version") == version,
              f"newest metainfo release is the project version {version}",
              releases[0].get("version") if releases else "no releases")
    tap.check(bool(releases) and bool(releases[0].get("date")), "newest release has a date")

    # Screenshot URLs must name images that are committed in docs/.
    shots = root.findall("screenshots/screenshot")
    tap.check(len(shots) >= 1 and sum(1 for s in shots if s.get("type") == "default") == 1,
              "metainfo has screenshots, exactly one default")
    for shot in shots:
        url = shot.findtext("image", "")
        name = url.rsplit("/", 1)[-1]
        ok = url.startswith("https://") and "/docs/" in url and \
            os.path.isfile(os.path.join(source_root, "docs", name))
        tap.check(ok, f"screenshot {name} is committed in docs/", url)
        tap.check(bool(shot.findtext("caption")), f"screenshot {name} has a caption")

    # The icon the desktop file names is the one data/desktop installs.
    icons = os.path.join(source_root, "data", "desktop", "icons", "hicolor")
    scalable = os.path.join(icons, "scalable", "apps", APP_ID + ".svg")
    symbolic = os.path.join(icons, "symbolic", "apps", APP_ID + "-symbolic.svg")
    for path in (scalable, symbolic):
        try:
            svg = ET.parse(path).getroot()
            ok = svg.tag.endswith("svg")
            text = open(path, encoding="utf-8").read()
            ok = ok and "xlink:href=\"http" not in text and "href=\"http" not in text and "<image" not in text
        except (OSError, ET.ParseError) as e:
            ok, text = False, str(e)
        tap.check(ok, f"icon {os.path.basename(path)} is a self-contained SVG", path)
    try:
        sym = ET.parse(symbolic).getroot()
        colours = {el.get("fill") for el in sym.iter() if el.get("fill")}
        tap.check(sym.get("viewBox") == "0 0 16 16" and colours == {"#241f31"},
                  "symbolic icon is 16x16 in one colour", f"viewBox {sym.get('viewBox')}, fills {colours}")
    except (OSError, ET.ParseError) as e:
        tap.check(False, "symbolic icon is 16x16 in one colour", e)

    return tap.done()


def main(argv):
    if len(argv) == 3 and argv[1] == "validate-desktop":
        return run_validator(["desktop-file-validate", argv[2]])
    if len(argv) == 3 and argv[1] == "validate-metainfo":
        return run_validator(["appstreamcli", "validate", "--no-net", argv[2]])
    if len(argv) == 6 and argv[1] == "contents":
        return contents(*argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
