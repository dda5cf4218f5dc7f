#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests for data/build-db.py on small fixtures; prints TAP.

Usage: test-build-db.py PATH/TO/build-db.py PATH/TO/data

Only DATA/basemap is used from the data directory; the CSV files are
fixtures written here, so the tests do not depend on the real data.
"""

import copy
import csv
import io
import os
import sqlite3
import subprocess
import sys
import tempfile

BATCH_HEADER = ("batch,approved,published,document,title_zh,title_en,"
                "zone_count,source_url,source2_url,note").split(",")
ZONE_HEADER = ("zone_id,batch,approved,document,name_zh,name_en,name_pinyin,"
               "province_zh,province_en,province_code,lat,lon,coord_source,"
               "ended,successor,source_url,source2_url,note").split(",")

# Header is line 1, so BATCHES[i] is on line i + 2, as is ZONES[i].
BATCHES = [
    {"batch": "1", "approved": "2015-03-07", "published": "2015-03-12",
     "document": "国函〔2015〕44号", "title_zh": "第一批", "title_en": "First batch",
     "zone_count": "2", "source_url": "https://example.org/b1"},
    {"batch": "2", "approved": "2016-01-06", "document": "国函〔2016〕17号",
     "title_zh": "第二批", "title_en": "Second batch", "zone_count": "1",
     "source_url": "https://example.org/b2"},
]
ZONES = [
    {"zone_id": "hangzhou", "batch": "1", "approved": "2015-03-07",
     "document": "国函〔2015〕44号",
     "name_zh": "中国（杭州）跨境电子商务综合试验区",
     "name_en": "Hangzhou", "province_zh": "浙江省", "province_en": "Zhejiang",
     "province_code": "330000", "lat": "30.2741", "lon": "120.1551",
     "source_url": "https://example.org/z1"},
    {"zone_id": "ningbo", "batch": "1", "approved": "2015-03-07",
     "document": "国函〔2015〕44号",
     "name_zh": "中国（宁波）跨境电子商务综合试验区",
     "name_en": "Ningbo", "province_zh": "浙江省", "province_en": "Zhejiang",
     "province_code": "330000", "lat": "29.8683", "lon": "121.5440",
     "source_url": "https://example.org/z2"},
    {"zone_id": "tianjin", "batch": "2", "approved": "2016-01-06",
     "document": "国函〔2016〕17号",
     "name_zh": "中国（天津）跨境电子商务综合试验区",
     "name_en": "Tianjin", "province_zh": "天津市", "province_en": "Tianjin",
     "province_code": "120000", "ended": "2020-01-01", "successor": "hangzhou",
     "source_url": "https://example.org/z3"},
]
INDICATOR_HEADER = ("scope,scope_id,indicator,value,unit,year,qualifier,"
                    "source_url,source2_url,note").split(",")
INDICATORS = [
    {"scope": "national", "scope_id": "CN", "indicator": "trade_value", "value": "1.69",
     "unit": "trillion CNY", "year": "2020", "source_url": "https://example.org/i1"},
    {"scope": "zone", "scope_id": "hangzhou", "indicator": "linked_enterprises",
     "value": "1000", "unit": "enterprises", "year": "2021", "qualifier": "about",
     "source_url": "https://example.org/i2"},
]
PARK_HEADER = ("park_id,zone_id,name_zh,name_en,district,year,kind,precision,lat,lon,"
               "coord_source,source_url,source2_url,note").split(",")
PARKS = [
    {"park_id": "hz_park", "zone_id": "hangzhou", "name_en": "Hangzhou Park", "kind": "zone_park",
     "precision": "city", "source_url": "https://example.org/p1"},
    {"park_id": "nb_park", "zone_id": "ningbo", "name_en": "Ningbo Park", "kind": "other",
     "precision": "site", "lat": "29.87", "lon": "121.54", "year": "2016",
     "source_url": "https://example.org/p2"},
]
EPOCH = "1700000000"


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


class Fixture:
    """A data directory with fixture CSVs and the real basemap, plus an output dir."""

    def __init__(self, build_db, basemap, tmp):
        self.build_db, self.tmp = build_db, tmp
        self.data = os.path.join(tmp, "data")
        self.out_dir = os.path.join(tmp, "out")
        self.output = os.path.join(self.out_dir, "pilot-zones.gpkg")
        os.makedirs(self.data)
        os.makedirs(self.out_dir)
        os.symlink(basemap, os.path.join(self.data, "basemap"))

    def write(self, batches=BATCHES, zones=ZONES, zones_encoding="utf-8",
              indicators=INDICATORS, parks=PARKS):
        for name, header, rows, encoding in (
                ("batches.csv", BATCH_HEADER, batches, "utf-8"),
                ("zones.csv", ZONE_HEADER, zones, zones_encoding),
                ("indicators.csv", INDICATOR_HEADER, indicators, "utf-8"),
                ("parks.csv", PARK_HEADER, parks, "utf-8")):
            with open(os.path.join(self.data, name), "w", encoding=encoding,
                      newline="") as f:
                f.write(csv_text(header, rows))

    def build(self, output=None):
        env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
        return subprocess.run(
            [sys.executable, self.build_db, "--data-dir", self.data,
             "--output", output or self.output],
            capture_output=True, text=True, env=env)


def changed(rows, index, **values):
    rows = copy.deepcopy(rows)
    rows[index].update(values)
    return rows


def expect_failure(fx, where, words):
    """The build fails cleanly, names FILE:LINE and leaves no file behind."""
    result = fx.build()
    stderr = result.stderr
    expect(result.returncode == 1, f"exit status {result.returncode}, stderr: {stderr!r}")
    expect("Traceback" not in stderr, f"traceback on stderr: {stderr}")
    lines = stderr.splitlines()
    expect(lines and all(l.startswith("build-db: ") for l in lines),
           f"stderr lines must start with 'build-db: ': {stderr!r}")
    hits = [l for l in lines if l.startswith(f"build-db: {where} ")]
    expect(hits, f"no message for {where!r} in {stderr!r}")
    for word in words:
        expect(any(word in l for l in hits), f"{word!r} not in {hits!r}")
    expect(os.listdir(fx.out_dir) == [], f"output left behind: {os.listdir(fx.out_dir)}")


# ------------------------------------------------------------------ tests

def test_valid_fixture_builds(fx):
    fx.write()
    result = fx.build()
    expect(result.returncode == 0, f"exit status {result.returncode}: {result.stderr}")
    expect(os.listdir(fx.out_dir) == ["pilot-zones.gpkg"],
           f"output dir holds {os.listdir(fx.out_dir)}")
    con = sqlite3.connect(fx.output)
    try:
        expect(con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47, "application_id")
        expect(con.execute("PRAGMA user_version").fetchone()[0] == 10300, "user_version")
        zones = dict(con.execute("SELECT zone_id, geom IS NULL FROM zones"))
        expect(zones == {"hangzhou": 0, "ningbo": 0, "tianjin": 1}, f"zones: {zones}")
        batches = dict(con.execute("SELECT batch, zone_count FROM batches"))
        expect(batches == {1: 2, 2: 1}, f"batches: {batches}")
        meta = dict(con.execute("SELECT key, value FROM pz_meta"))
        expect(meta.get("data_date") == "2016-01-06", f"pz_meta: {meta}")
        for table in ("provinces", "land", "borders"):
            (count,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            expect(count > 0, f"{table} is empty")
    finally:
        con.close()


def test_build_is_reproducible(fx):
    fx.write()
    second = os.path.join(fx.tmp, "second.gpkg")
    for output in (fx.output, second):
        result = fx.build(output)
        expect(result.returncode == 0, f"exit status {result.returncode}: {result.stderr}")
    with open(fx.output, "rb") as a, open(second, "rb") as b:
        expect(a.read() == b.read(), "two builds with the same SOURCE_DATE_EPOCH differ")


def test_empty_source_url(fx):
    fx.write(zones=changed(ZONES, 1, source_url=""))
    expect_failure(fx, "zones.csv:3:", ["source_url"])


def test_gbk_encoding(fx):
    fx.write(zones_encoding="gbk")
    expect_failure(fx, "zones.csv:2:", ["UTF-8"])


def test_batch_count_mismatch(fx):
    fx.write(batches=changed(BATCHES, 1, zone_count="2"))
    expect_failure(fx, "batches.csv:3:", ["zone_count", "batch 2"])


def test_duplicate_zone_id(fx):
    fx.write(zones=changed(ZONES, 2, zone_id="hangzhou", successor="ningbo"))
    expect_failure(fx, "zones.csv:4:", ["duplicate", "hangzhou", "line 2"])


def test_lat_out_of_range(fx):
    fx.write(zones=changed(ZONES, 0, lat="91"))
    expect_failure(fx, "zones.csv:2:", ["lat"])


def test_successor_without_ended(fx):
    fx.write(zones=changed(ZONES, 2, ended=""))
    expect_failure(fx, "zones.csv:4:", ["successor", "ended"])


def test_line_numbers_count_quoted_newlines(fx):
    # Row 1 spans lines 2-3: it is reported on its first line, and the
    # next row starts on line 4.
    zones = changed(ZONES, 0, note="first line\nsecond line", lat="91")
    fx.write(zones=changed(zones, 1, source_url=""))
    expect_failure(fx, "zones.csv:2:", ["lat"])
    expect_failure(fx, "zones.csv:4:", ["source_url"])


def test_indicators_table(fx):
    fx.write()
    result = fx.build()
    expect(result.returncode == 0, f"exit status {result.returncode}: {result.stderr}")
    con = sqlite3.connect(fx.output)
    rows = con.execute("SELECT scope_id, indicator, value, year FROM indicators ORDER BY id").fetchall()
    con.close()
    expect(rows == [("CN", "trade_value", 1.69, 2020), ("hangzhou", "linked_enterprises", 1000.0, 2021)],
           f"indicators rows: {rows}")


def test_indicator_without_source_or_with_unknown_scope(fx):
    fx.write(indicators=changed(changed(INDICATORS, 0, source_url=""), 1, scope_id="atlantis"))
    expect_failure(fx, "indicators.csv:2:", ["source_url"])
    expect_failure(fx, "indicators.csv:3:", ["atlantis"])


def test_indicator_value_not_a_number(fx):
    fx.write(indicators=changed(INDICATORS, 1, value="n/a"))
    expect_failure(fx, "indicators.csv:3:", ["value", "n/a"])


def test_parks_table(fx):
    fx.write()
    result = fx.build()
    expect(result.returncode == 0, f"exit status {result.returncode}: {result.stderr}")
    con = sqlite3.connect(fx.output)
    rows = con.execute("SELECT park_id, geom IS NULL, precision FROM parks ORDER BY fid").fetchall()
    con.close()
    expect(rows == [("hz_park", 1, "city"), ("nb_park", 0, "site")], f"parks rows: {rows}")


def test_park_problems(fx):
    fx.write(parks=changed(changed(PARKS, 0, zone_id="atlantis"), 1, lat="", lon=""))
    expect_failure(fx, "parks.csv:2:", ["atlantis"])
    expect_failure(fx, "parks.csv:3:", ["site", "lat"])


def test_failed_build_keeps_previous_output(fx):
    fx.write()
    expect(fx.build().returncode == 0, "valid fixture did not build")
    with open(fx.output, "rb") as f:
        before = f.read()
    fx.write(zones=changed(ZONES, 0, lat="91"))
    expect(fx.build().returncode == 1, "bad fixture did not fail")
    with open(fx.output, "rb") as f:
        expect(f.read() == before, "a failed build changed the existing output")
    expect(os.listdir(fx.out_dir) == ["pilot-zones.gpkg"],
           f"temporary files left: {os.listdir(fx.out_dir)}")


TESTS = [
    test_valid_fixture_builds,
    test_build_is_reproducible,
    test_empty_source_url,
    test_gbk_encoding,
    test_batch_count_mismatch,
    test_duplicate_zone_id,
    test_lat_out_of_range,
    test_successor_without_ended,
    test_line_numbers_count_quoted_newlines,
    test_indicators_table,
    test_indicator_without_source_or_with_unknown_scope,
    test_indicator_value_not_a_number,
    test_parks_table,
    test_park_problems,
    test_failed_build_keeps_previous_output,
]


def run(test, build_db, basemap):
    """(passed, name, reason) of one test, run in a fresh directory."""
    name = test.__name__.removeprefix("test_").replace("_", " ")
    with tempfile.TemporaryDirectory(prefix="test-build-db-") as tmp:
        try:
            test(Fixture(build_db, basemap, tmp))
        except Failure as e:
            return False, name, str(e)
    return True, name, ""


def main(argv):
    if len(argv) != 3:
        print("usage: test-build-db.py PATH/TO/build-db.py PATH/TO/data", file=sys.stderr)
        return 2
    build_db = os.path.abspath(argv[1])
    basemap = os.path.abspath(os.path.join(argv[2], "basemap"))
    print(f"1..{len(TESTS)}")
    failures = 0
    for number, test in enumerate(TESTS, 1):
        passed, name, reason = run(test, build_db, basemap)
        print(f"{'ok' if passed else 'not ok'} {number} - {name}")
        for line in reason.splitlines():
            print(f"# {line}")
        failures += not passed
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
