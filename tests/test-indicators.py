#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks on the published figures in data/indicators.csv; prints TAP.

Usage: test-indicators.py PATH/TO/data

Every figure needs a year and a source (a URL, or a note that names the
publication); one indicator has one unit; no figure is listed twice; the
national figures of the reports the project started from are present; the
zone and province coverage reaches its target; and nothing internal leaks
into the text the application shows.
"""

import csv
import os
import re
import sys

# The coverage reached, so that it cannot shrink unnoticed; the goal is 60
# zones and 20 provinces, and README "The data" names the gap.
ZONES_TARGET = 19
PROVINCES_TARGET = 12
# (indicator or None for any, value, year) that must be present nationally.
REQUIRED_NATIONAL = [
    (None, 60000.0, 2023, "60,000 enterprises served by the zones' online platforms"),
    ("parks", 330.0, 2020, "330 industrial parks in the zones"),
    ("jobs", 3000000.0, 2020, "3 million jobs in the zones' parks"),
]
# A citation without a URL must name a publication and a date.
PUBLICATIONS = re.compile(
    r"CCTV|Xinhua|People's Daily|China Daily|MOFCOM|State Council|SCIO|GAC|"
    r"state-media|state media|Qiushi|Department of Commerce|Commission of Commerce|customs",
    re.IGNORECASE)
DATE = re.compile(r"\b(19|20)[0-9]{2}\b")
INTERNAL = re.compile(
    r"TODO|FIXME|XXX|replace|via basemap|\.csv|\.py|\.txt|\.md\b|seeds?/|"
    r"data-review|citations_found|source_sample|indicators\.csv|\bconfirmed\b|"
    r"secondary summary|probable|looks like|not recorded|see (next|above|below) rows?",
    re.IGNORECASE)
KEY = ("scope", "scope_id", "indicator", "year", "qualifier")


class Tap:
    def __init__(self):
        self.results = []

    def check(self, ok, name, details=()):
        self.results.append((ok, name, list(details)))

    def report(self):
        print(f"1..{len(self.results)}")
        failed = 0
        for number, (ok, name, details) in enumerate(self.results, 1):
            print(f"{'ok' if ok else 'not ok'} {number} - {name}")
            for line in details[:20]:
                print(f"# {line}")
            if len(details) > 20:
                print(f"# ... and {len(details) - 20} more")
            failed += not ok
        return 1 if failed else 0


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(line, {k: (v or "").strip() for k, v in row.items()})
                for line, row in enumerate(csv.DictReader(f), start=2)]


def main():
    if len(sys.argv) != 2:
        print("usage: test-indicators.py PATH/TO/data", file=sys.stderr)
        return 2
    data_dir = sys.argv[1]
    rows = read(os.path.join(data_dir, "indicators.csv"))
    zones = read(os.path.join(data_dir, "zones.csv"))
    zone_ids = {z["zone_id"] for _, z in zones}
    province_codes = {z["province_code"] for _, z in zones}
    tap = Tap()

    units = {}
    for line, row in rows:
        units.setdefault(row["indicator"], {}).setdefault(row["unit"], []).append(line)
    mixed = [f"{ind}: " + ", ".join(f"{u!r} (lines {', '.join(map(str, ls[:5]))})"
                                   for u, ls in sorted(by_unit.items()))
             for ind, by_unit in sorted(units.items()) if len(by_unit) > 1]
    tap.check(not mixed, "every indicator has one unit", mixed)

    trillion = [f"line {line}: {row['indicator']} in {row['unit']}" for line, row in rows
                if row["unit"] == "trillion CNY"]
    tap.check(not trillion, "CNY amounts are in billion CNY", trillion)

    percent_bad = [f"line {line}: {row['indicator']} in {row['unit']}" for line, row in rows
                   if (row["indicator"].endswith("_growth") or row["indicator"].endswith("_share"))
                   and row["unit"] != "percent"]
    tap.check(not percent_bad, "growth rates and shares are in percent", percent_bad)

    no_year = [f"line {line}" for line, row in rows if not re.fullmatch(r"(19|20)[0-9]{2}", row["year"])]
    tap.check(not no_year, "every figure has a year", no_year)

    no_value = [f"line {line}: {row['value']!r}" for line, row in rows
                if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", row["value"])]
    tap.check(not no_value, "every figure has a plain decimal value", no_value)

    unsourced = []
    for line, row in rows:
        if row["source_url"]:
            if not re.match(r"https?://[^/\s]+", row["source_url"]):
                unsourced.append(f"line {line}: source_url {row['source_url']!r} is not a URL")
        elif not (PUBLICATIONS.search(row["note"]) and DATE.search(row["note"])):
            unsourced.append(f"line {line}: no URL and the note names no publication and date")
        if row["source2_url"] and not re.match(r"https?://[^/\s]+", row["source2_url"]):
            unsourced.append(f"line {line}: source2_url {row['source2_url']!r} is not a URL")
    tap.check(not unsourced, "every figure has a source (URL or a cited publication and date)", unsourced)

    first = {}
    duplicates = []
    for line, row in rows:
        key = tuple(row[k] for k in KEY)
        if key in first:
            duplicates.append(f"line {line} repeats line {first[key]}: {', '.join(key)}")
        first.setdefault(key, line)
    tap.check(not duplicates, "no figure is listed twice (scope, id, indicator, year, qualifier)", duplicates)

    national = [row for _, row in rows if row["scope"] == "national" and row["scope_id"] == "CN"]
    for indicator, value, year, label in REQUIRED_NATIONAL:
        found = [row for row in national
                 if (indicator is None or row["indicator"] == indicator)
                 and float(row["value"]) == value and row["year"] == str(year)]
        tap.check(bool(found), f"national figure present: {label} ({year})")

    unknown_zone = [f"line {line}: {row['scope_id']}" for line, row in rows
                    if row["scope"] == "zone" and row["scope_id"] not in zone_ids]
    tap.check(not unknown_zone, "every zone figure names a zone of zones.csv", unknown_zone)

    unknown_province = [f"line {line}: {row['scope_id']}" for line, row in rows
                        if row["scope"] == "province" and row["scope_id"] not in province_codes]
    tap.check(not unknown_province, "every province figure names a province code of zones.csv",
              unknown_province)

    bad_scope = [f"line {line}: {row['scope']}/{row['scope_id']}" for line, row in rows
                 if row["scope"] not in ("national", "zone", "province")
                 or (row["scope"] == "national" and row["scope_id"] != "CN")]
    tap.check(not bad_scope, "every scope is national/CN, province or zone", bad_scope)

    covered_zones = {row["scope_id"] for _, row in rows if row["scope"] == "zone"} & zone_ids
    tap.check(len(covered_zones) >= ZONES_TARGET,
              f"at least {ZONES_TARGET} zones have a figure",
              [f"{len(covered_zones)} zones have a figure"])

    covered_provinces = {row["scope_id"] for _, row in rows if row["scope"] == "province"} & province_codes
    tap.check(len(covered_provinces) >= PROVINCES_TARGET,
              f"at least {PROVINCES_TARGET} provinces have a figure",
              [f"{len(covered_provinces)} provinces have a figure"])

    leaks = []
    for line, row in rows:
        for field in ("note", "qualifier", "indicator", "unit"):
            match = INTERNAL.search(row[field])
            if match:
                leaks.append(f"line {line}: {field} contains {match.group(0)!r}")
    tap.check(not leaks, "no internal markers in notes, qualifiers or units", leaks)

    return tap.report()


if __name__ == "__main__":
    sys.exit(main())
