#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests for data/build-db.py on small fixtures; prints TAP.

Usage: test-build-db.py PATH/TO/build-db.py PATH/TO/data

The build tests use only DATA/basemap from the data directory; their
CSV files are fixtures written here, so they do not depend on the real
data.  The "data" tests then check the real CSV files in DATA: every
source host has a kind, "official" only on government hosts, no spam
mirror or content farm, no internal marker in a user-visible field and
no two zones with the same display name.  Each data check is first run
on a fixture with a planted problem, so a check that finds nothing
cannot pass by accident.
"""

import copy
import csv
import io
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import urllib.parse

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
    {"park_id": "hz_park", "zone_id": "hangzhou", "name_en": "Hangzhou Park", "kind": "recognised",
     "precision": "city", "source_url": "https://example.org/p1"},
    {"park_id": "nb_park", "zone_id": "ningbo", "name_en": "Ningbo Park", "kind": "operating",
     "precision": "site", "lat": "29.87", "lon": "121.54", "year": "2016",
     "source_url": "https://example.org/p2"},
]
HOST_HEADER = ("host", "kind", "publisher")
HOSTS = [
    {"host": "example.org", "kind": "other", "publisher": "Example"},
    {"host": "mofcom.gov.cn", "kind": "official", "publisher": "Ministry of Commerce"},
]
EPOCH = "1700000000"

# Spam mirrors and content farms that copied official texts or news
# (named in the data review); none of them may appear in the data. A
# relay that copied a report faithfully stays, labelled "other".
BLOCKED_HOSTS = (
    "0t69.cn", "laitimes.com", "desk33.com", "fairkwa.com", "betterbuddha.com",
    "ncnn.com.ng", "supercarled.com", "reportify.ai", "tellerreport.com",
    "pouringspot.com", "y3k9.com", "sdlwjx666.com", "sharepointconcepts.com",
    "blqh.cn", "newton.com.tw",
)
# "official" is for government sites: *.gov.cn, or one of these.
GOVERNMENT_HOSTS = ("gov.cn",)
# Fields the app shows to the user, per CSV file.
VISIBLE_FIELDS = {
    "zones.csv": ("name_zh", "name_en", "name_pinyin", "province_zh", "province_en",
                  "coord_source", "note"),
    "batches.csv": ("title_zh", "title_en", "note"),
    "parks.csv": ("name_zh", "name_en", "district", "coord_source", "note"),
    "indicators.csv": ("unit", "qualifier", "note"),
}
# Traces of the research process that must never reach the user.
INTERNAL_MARKERS = (
    re.compile(r"TODO|FIXME|XXX"), re.compile(r"\breplace\b", re.I),
    re.compile(r"via basemap", re.I), re.compile(r"\.(csv|geojson|md|py)\b", re.I),
    re.compile(r"\bnpm\b"),
)
URL_RE = re.compile(r"https?://[^\s,;\"'<>()]+")
CSV_FILES = ("zones.csv", "batches.csv", "indicators.csv", "parks.csv")


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

    def __init__(self, build_db, basemap, tmp, real_data=None):
        self.build_db, self.tmp, self.real_data = build_db, tmp, real_data
        self.data = os.path.join(tmp, "data")
        self.out_dir = os.path.join(tmp, "out")
        self.output = os.path.join(self.out_dir, "pilot-zones.gpkg")
        os.makedirs(self.data)
        os.makedirs(self.out_dir)
        os.symlink(basemap, os.path.join(self.data, "basemap"))

    def write(self, batches=BATCHES, zones=ZONES, zones_encoding="utf-8",
              indicators=INDICATORS, parks=PARKS, hosts=HOSTS):
        for name, header, rows, encoding in (
                ("batches.csv", BATCH_HEADER, batches, "utf-8"),
                ("zones.csv", ZONE_HEADER, zones, zones_encoding),
                ("indicators.csv", INDICATOR_HEADER, indicators, "utf-8"),
                ("parks.csv", PARK_HEADER, parks, "utf-8"),
                ("source_hosts.csv", HOST_HEADER, hosts, "utf-8")):
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


def test_sources_table(fx):
    zones = changed(ZONES, 0, source2_url="http://english.mofcom.gov.cn/a/b.shtml")
    fx.write(zones=zones)
    result = fx.build()
    expect(result.returncode == 0, f"exit status {result.returncode}: {result.stderr}")
    con = sqlite3.connect(fx.output)
    try:
        rows = dict((url, (host, kind, publisher)) for url, host, kind, publisher in
                    con.execute("SELECT url, host, kind, publisher FROM sources"))
        contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    finally:
        con.close()
    expect(rows.get("http://english.mofcom.gov.cn/a/b.shtml") ==
           ("english.mofcom.gov.cn", "official", "Ministry of Commerce"),
           f"a parent domain's kind is not applied: {rows}")
    expect(rows.get("https://example.org/z1") == ("example.org", "other", "Example"),
           f"sources rows: {rows}")
    expect(len(rows) == 10, f"expected one row per distinct URL (10), found {len(rows)}")
    expect(contents.get("sources") == "attributes", f"gpkg_contents: {contents}")


def test_host_without_kind(fx):
    fx.write(zones=changed(ZONES, 1, source2_url="https://copies.example.net/reply.html"))
    expect_failure(fx, "zones.csv:3:", ["copies.example.net", "no kind", "source_hosts.csv"])


def test_host_of_a_note_url_without_kind(fx):
    fx.write(parks=changed(PARKS, 0, note="seen at http://unlisted.example.com/x"))
    expect_failure(fx, "parks.csv:2:", ["unlisted.example.com", "no kind"])


def test_bad_source_host_rows(fx):
    hosts = HOSTS + [{"host": "Example.COM/path", "kind": "government", "publisher": "X"},
                     {"host": "example.org", "kind": "other", "publisher": "Again"}]
    fx.write(hosts=hosts)
    expect_failure(fx, "source_hosts.csv:4:", ["host", "kind 'government'"])
    expect_failure(fx, "source_hosts.csv:5:", ["example.org", "line 2"])


# -------------------------------------------------------- checks of the data

def read_rows(data_dir, name):
    """(line, row) pairs of DATA/name; line is where the record starts."""
    with open(os.path.join(data_dir, name), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows, end = [], 1
        for row in reader:
            rows.append((end + 1, row))
            end = reader.line_num
    return rows


def host_of(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    return host.rstrip(".")


def within(host, domain):
    return host == domain or host.endswith("." + domain)


def urls_in(data_dir):
    """(file, line, url) for every URL in every field of every CSV file."""
    for name in CSV_FILES:
        for line, row in read_rows(data_dir, name):
            for value in row.values():
                for url in URL_RE.findall(value or ""):
                    yield name, line, url.rstrip(".")


def source_kinds(data_dir):
    return {row["host"]: row["kind"] for _, row in read_rows(data_dir, "source_hosts.csv")}


def kind_of(host, kinds):
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in kinds:
            return kinds[".".join(labels[i:])]
    return None


def hosts_without_kind(data_dir):
    kinds = source_kinds(data_dir)
    return [f"{name}:{line}: {host_of(url)}" for name, line, url in urls_in(data_dir)
            if kind_of(host_of(url), kinds) is None]


def official_outside_government(data_dir):
    kinds = source_kinds(data_dir)
    bad = [f"source_hosts.csv: {host}" for host, kind in kinds.items()
           if kind == "official" and not any(within(host, d) for d in GOVERNMENT_HOSTS)]
    bad += [f"{name}:{line}: {host_of(url)}" for name, line, url in urls_in(data_dir)
            if kind_of(host_of(url), kinds) == "official"
            and not any(within(host_of(url), d) for d in GOVERNMENT_HOSTS)]
    return bad


def blocked_hosts(data_dir):
    return [f"{name}:{line}: {host_of(url)}" for name, line, url in urls_in(data_dir)
            if any(within(host_of(url), d) for d in BLOCKED_HOSTS)]


def internal_markers(data_dir):
    found = []
    for name, fields in VISIBLE_FIELDS.items():
        for line, row in read_rows(data_dir, name):
            for field in fields:
                text = URL_RE.sub("", row.get(field) or "")
                for marker in INTERNAL_MARKERS:
                    hit = marker.search(text)
                    if hit:
                        found.append(f"{name}:{line}: {field}: '{hit.group(0)}' in {text!r}")
    return found


def duplicate_names(data_dir):
    found = []
    for field in ("name_en", "name_zh"):
        seen = {}
        for line, row in read_rows(data_dir, "zones.csv"):
            name = (row[field] or "").strip()
            if name in seen:
                found.append(f"zones.csv:{line}: {field} '{name}' also on line {seen[name]}")
            seen.setdefault(name, line)
    return found


def planted(fx, **files):
    """A copy of the fixture data with the given rows replaced."""
    fx.write(**files)
    return fx.data


def check_data(fx, finder, planted_dir, planted_word):
    """finder() catches the planted problem, then finds none in the real data."""
    hits = finder(planted_dir)
    expect(any(planted_word in h for h in hits),
           f"the check missed a planted problem ({planted_word!r}): {hits}")
    problems = finder(fx.real_data)
    expect(not problems, f"{len(problems)} problem(s) in the data:\n" + "\n".join(problems))


def test_data_hosts_have_kind(fx):
    d = planted(fx, zones=changed(ZONES, 0, note="see https://nowhere.example.net/"))
    check_data(fx, hosts_without_kind, d, "nowhere.example.net")


def test_data_official_only_on_government_hosts(fx):
    d = planted(fx, hosts=HOSTS + [{"host": "copy.example.com", "kind": "official", "publisher": "X"}],
                zones=changed(ZONES, 0, source_url="https://copy.example.com/a"))
    check_data(fx, official_outside_government, d, "copy.example.com")


def test_data_no_spam_mirror_or_content_farm(fx):
    d = planted(fx, batches=changed(BATCHES, 0, source_url="https://desk33.com/d-1.html"))
    check_data(fx, blocked_hosts, d, "desk33.com")


def test_data_no_internal_markers(fx):
    d = planted(fx, zones=changed(ZONES, 2, coord_source="GeoNames 1 via basemap x.geojson"),
                parks=changed(PARKS, 0, note="TODO: replace with the original"))
    hits = internal_markers(d)
    expect(any(h.startswith("parks.csv:2:") for h in hits), f"planted TODO missed: {hits}")
    check_data(fx, internal_markers, d, "via basemap")


def test_data_display_names_unique(fx):
    d = planted(fx, zones=changed(ZONES, 1, name_en="Hangzhou"))
    check_data(fx, duplicate_names, d, "'Hangzhou' also on line 2")


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
    test_sources_table,
    test_host_without_kind,
    test_host_of_a_note_url_without_kind,
    test_bad_source_host_rows,
    test_data_hosts_have_kind,
    test_data_official_only_on_government_hosts,
    test_data_no_spam_mirror_or_content_farm,
    test_data_no_internal_markers,
    test_data_display_names_unique,
]


def run(test, build_db, data_dir):
    """(passed, name, reason) of one test, run in a fresh directory."""
    name = test.__name__.removeprefix("test_").replace("_", " ")
    basemap = os.path.join(data_dir, "basemap")
    with tempfile.TemporaryDirectory(prefix="test-build-db-") as tmp:
        try:
            test(Fixture(build_db, basemap, tmp, real_data=data_dir))
        except Failure as e:
            return False, name, str(e)
    return True, name, ""


def main(argv):
    if len(argv) != 3:
        print("usage: test-build-db.py PATH/TO/build-db.py PATH/TO/data", file=sys.stderr)
        return 2
    build_db = os.path.abspath(argv[1])
    data_dir = os.path.abspath(argv[2])
    print(f"1..{len(TESTS)}")
    failures = 0
    for number, test in enumerate(TESTS, 1):
        passed, name, reason = run(test, build_db, data_dir)
        print(f"{'ok' if passed else 'not ok'} {number} - {name}")
        for line in reason.splitlines():
            print(f"# {line}")
        failures += not passed
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
