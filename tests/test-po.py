#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation is complete: msgfmt --check passes and reports no
untranslated or fuzzy message, every message in the sources listed in
POTFILES.in has a translation (a string added to the code after the last
update-po would otherwise go unnoticed), and every source file under app/
and resources/ that marks a string for translation is listed in
POTFILES.in (found by reading the sources, not the list, so a new file
cannot slip past). Usage: test-po.py PO_DIR"""
import os
import re
import subprocess
import sys
import tempfile

# The calls of the "glib" gettext preset and ngettext, and GtkBuilder's mark.
TRANSLATABLE_RE = re.compile(r"\b(?:_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(|translatable=\"yes\"")

po_dir = sys.argv[1]
source_root = os.path.dirname(os.path.abspath(po_dir))
with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
    languages = [l.strip() for l in f if l.strip() and not l.startswith("#")]
print(f"1..{2 * len(languages) + 1}")
failed = 0

with open(os.path.join(po_dir, "POTFILES.in"), encoding="utf-8") as f:
    listed = {l.strip() for l in f if l.strip() and not l.startswith("#")}
marked = []
for top in ("app", "resources"):
    for directory, _, names in os.walk(os.path.join(source_root, top)):
        for name in names:
            if name.endswith((".c", ".h", ".ui")):
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as f:
                    if TRANSLATABLE_RE.search(f.read()):
                        marked.append(os.path.relpath(path, source_root))
missing = sorted(set(marked) - listed)
failed += bool(missing)
print(f"{'not ok' if missing else 'ok'} 1 - POTFILES.in lists the {len(marked)} files with translatable strings")
for path in missing:
    print(f"# missing: {path}")

# The keywords of meson's "glib" gettext preset (its format flags only
# add c-format marks, which do not change the messages).
tmp = tempfile.TemporaryDirectory()
pot = os.path.join(tmp.name, "sources.pot")
subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
                "--keyword=g_dpgettext2:2c,3", "-D", source_root,
                "-f", os.path.join(po_dir, "POTFILES.in"), "-o", pot], check=True)
for n, language in enumerate(languages, 2):
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull,
                             os.path.join(po_dir, f"{language}.po")], capture_output=True, text=True)
    report = result.stderr.strip()
    ok = result.returncode == 0 and "untranslated" not in report and "fuzzy" not in report
    failed += not ok
    print(f"{'ok' if ok else 'not ok'} {n} - {language}: {report}")

    # msgcmp counts an untranslated or fuzzy entry as missing.
    result = subprocess.run(["msgcmp", os.path.join(po_dir, f"{language}.po"), pot],
                            capture_output=True, text=True)
    failed += result.returncode != 0
    print(f"{'ok' if result.returncode == 0 else 'not ok'} {len(languages) + n} - "
          f"{language} translates every message in the sources")
    for line in result.stderr.strip().splitlines():
        print(f"# {line}")
sys.exit(1 if failed else 0)
