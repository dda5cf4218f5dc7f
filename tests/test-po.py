#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation is complete: msgfmt --check passes and reports no
untranslated or fuzzy message. Usage: test-po.py PO_DIR"""
import os
import subprocess
import sys

po_dir = sys.argv[1]
with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
    languages = [l.strip() for l in f if l.strip() and not l.startswith("#")]
print(f"1..{len(languages)}")
failed = 0
for n, language in enumerate(languages, 1):
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull,
                             os.path.join(po_dir, f"{language}.po")], capture_output=True, text=True)
    report = result.stderr.strip()
    ok = result.returncode == 0 and "untranslated" not in report and "fuzzy" not in report
    failed += not ok
    print(f"{'ok' if ok else 'not ok'} {n} - {language}: {report}")
sys.exit(1 if failed else 0)
