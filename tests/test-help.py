#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Mallard help in help/; prints TAP.

Usage: test-help.py PATH/TO/help

- every page listed in help/meson.build exists in help/C/, and every
  help/C/*.page is listed (an unlisted page would not be installed);
- each page's id is its file name, and the pages the app opens by name
  (help:pilot-zones/import, /export) exist;
- `yelp-check validate` passes on every page, `yelp-check links` finds no
  broken link and `yelp-check orphans` no page that nothing links to;
- for every language in help/LINGUAS: <lang>/<lang>.po exists, `msgfmt
  --check --statistics` reports no untranslated or fuzzy message, it
  translates every message of the pages as they are now (a page edited
  after the last update-po would otherwise go unnoticed), and the pages
  merged with it by itstool still validate.

Needs yelp-tools (yelp-check), itstool and gettext; skips without them.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MALLARD = "{http://projectmallard.org/1.0/}"
LINKED_FROM_APP = ["index", "import", "export"]


class Tap:
    def __init__(self):
        self.results = []

    def check(self, ok, name, detail=""):
        self.results.append((bool(ok), name, str(detail or "")))

    def done(self):
        print(f"1..{len(self.results)}")
        for number, (ok, name, detail) in enumerate(self.results, 1):
            print(f"{'ok' if ok else 'not ok'} {number} - {name}")
            if not ok:
                for line in detail.strip().splitlines():
                    print(f"# {line}")
        return 0 if all(ok for ok, _, _ in self.results) else 1


def run(argv, **kwargs):
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          check=False, **kwargs)
    return proc.returncode, proc.stdout


def listed_pages(help_dir):
    """The page names in help_pages = [...] of help/meson.build."""
    with open(os.path.join(help_dir, "meson.build"), encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"help_pages\s*=\s*\[(.*?)\]", text, re.S)
    if match is None:
        return []
    return re.findall(r"'([^']+)'", match.group(1))


def languages(help_dir):
    with open(os.path.join(help_dir, "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f if not line.startswith("#") for w in line.split()]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    help_dir = os.path.abspath(argv[1])
    c_dir = os.path.join(help_dir, "C")

    missing = [tool for tool in ("yelp-check", "itstool", "msgfmt", "msgcmp") if shutil.which(tool) is None]
    if missing:
        print(f"1..0 # SKIP {', '.join(missing)} not installed (apt-get install yelp-tools itstool gettext)")
        return 0

    tap = Tap()
    pages = listed_pages(help_dir)
    on_disk = sorted(os.path.basename(p) for p in glob.glob(os.path.join(c_dir, "*.page")))
    tap.check(pages, "help/meson.build lists the pages in help_pages")
    for page in pages:
        tap.check(os.path.isfile(os.path.join(c_dir, page)), f"listed page C/{page} exists")
    for page in on_disk:
        tap.check(page in pages, f"C/{page} is listed in help/meson.build (else it is not installed)")

    ids = {}
    for page in on_disk:
        try:
            root = ET.parse(os.path.join(c_dir, page)).getroot()
            ids[page] = root.get("id")
        except ET.ParseError as e:
            ids[page] = None
            tap.check(False, f"C/{page} is well-formed XML", e)
            continue
        tap.check(root.tag == MALLARD + "page" and ids[page] == page.removesuffix(".page"),
                  f"C/{page} is a Mallard page with id {page.removesuffix('.page')}",
                  f"root {root.tag}, id {ids[page]}")
    for page_id in LINKED_FROM_APP:
        tap.check(page_id in ids.values(), f"page help:pilot-zones/{page_id} exists")

    sources = [os.path.join(c_dir, p) for p in on_disk]
    for path in sources:
        status, out = run(["yelp-check", "validate", path])
        tap.check(status == 0 and "fails to validate" not in out,
                  f"yelp-check validate C/{os.path.basename(path)}", out)
    status, out = run(["yelp-check", "links", c_dir])
    tap.check(status == 0 and not out.strip(), "yelp-check links: no broken link", out)
    status, out = run(["yelp-check", "orphans", c_dir])
    tap.check(status == 0 and not out.strip(), "yelp-check orphans: every page is linked", out)

    with tempfile.TemporaryDirectory(prefix="test-help-") as tmp:
        pot = os.path.join(tmp, "help.pot")
        status, out = run(["itstool", "-o", pot] + sources)
        tap.check(status == 0, "itstool extracts the messages of the pages", out)

        for lang in languages(help_dir):
            po = os.path.join(help_dir, lang, lang + ".po")
            if not os.path.isfile(po):
                tap.check(False, f"{lang}/{lang}.po exists")
                continue
            status, out = run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po])
            tap.check(status == 0 and "untranslated" not in out and "fuzzy" not in out,
                      f"{lang}: {out.strip()}", out)
            status, out = run(["msgcmp", po, pot])
            tap.check(status == 0, f"{lang} translates every message of the pages as they are now "
                      "(else: ninja help-pilot-zones-update-po, then translate)", out)

            mo = os.path.join(tmp, lang + ".mo")
            merged = os.path.join(tmp, lang)
            os.mkdir(merged)
            status, out = run(["msgfmt", "-o", mo, po])
            if status == 0:
                status, out = run(["itstool", "-m", mo, "-o", merged + os.sep] + sources)
            tap.check(status == 0, f"itstool merges {lang}.po into the pages", out)
            for path in sorted(glob.glob(os.path.join(merged, "*.page"))):
                status, out = run(["yelp-check", "validate", path])
                tap.check(status == 0 and "fails to validate" not in out,
                          f"yelp-check validate {lang}/{os.path.basename(path)} (translated)", out)

    return tap.done()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
