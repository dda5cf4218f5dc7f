#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets in tests/fuzz/corpus/.

    tests/fuzz/make-corpus.py [--database build/data/pilot-zones.gpkg]

Synthetic seeds are always written (for the database loader, a tiny
GeoPackage and mutated copies of it, made with sqlite3). With --database, a few real geometry
blobs (a zone point, two small provinces, a land polygon, a border line)
are copied from the generated GeoPackage too; each must stay < 20 KB.
The output is deterministic, so the committed seeds can be regenerated
and compared. Python 3 standard library only.
"""

import argparse
import os
import sqlite3
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_SEED = 20 * 1024

# ----------------------------------------------------------------- WKB seeds


def points(pts, bo="<"):
    return struct.pack(bo + "I", len(pts)) + b"".join(
        struct.pack(bo + "dd", x, y) for x, y in pts)


def head(type_, bo="<"):
    return struct.pack(bo + "BI", 1 if bo == "<" else 0, type_)


def point(x, y, bo="<"):
    return head(1, bo) + struct.pack(bo + "dd", x, y)


def linestring(pts, bo="<"):
    return head(2, bo) + points(pts, bo)


def polygon(rings, bo="<"):
    return head(3, bo) + struct.pack(bo + "I", len(rings)) + b"".join(
        points(r, bo) for r in rings)


def multi(type_, parts, bo="<"):
    return head(type_, bo) + struct.pack(bo + "I", len(parts)) + b"".join(parts)


def gpkg(wkb, envelope_code=0, env=(0.0, 0.0, 0.0, 0.0), srs=4326):
    """GeoPackage binary header: 'GP', version 0, flags, srs id, envelope."""
    sizes = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
    flags = 0x01 | (envelope_code << 1)
    values = (list(env) + [0.0] * 8)[:sizes[envelope_code]]
    return b"GP" + struct.pack("<BBi", 0, flags, srs) + struct.pack(
        "<%dd" % len(values), *values) + wkb


SQUARE = [(120.0, 30.0), (121.0, 30.0), (121.0, 31.0), (120.0, 31.0), (120.0, 30.0)]
HOLE = [(120.2, 30.2), (120.2, 30.8), (120.8, 30.8), (120.8, 30.2), (120.2, 30.2)]
TRIANGLE = [(110.0, 20.0), (111.0, 20.0), (110.5, 21.0), (110.0, 20.0)]
LINE = [(73.5, 39.4), (80.2, 42.1), (87.3, 49.2)]


def wkb_seeds():
    return {
        # GeoPackage blobs, as the database stores them
        "gpkg-point": gpkg(point(120.15, 30.28)),
        "gpkg-polygon-hole-env-xy": gpkg(polygon([SQUARE, HOLE]), 1,
                                         (120.0, 121.0, 30.0, 31.0)),
        "gpkg-multipolygon-env-xyz": gpkg(
            multi(6, [polygon([SQUARE, HOLE]), polygon([TRIANGLE])]), 2,
            (110.0, 121.0, 20.0, 31.0, 0.0, 0.0)),
        "gpkg-multilinestring-env-xym": gpkg(
            multi(5, [linestring(LINE), linestring(LINE[::-1])]), 3,
            (73.5, 87.3, 39.4, 49.2, 0.0, 0.0)),
        "gpkg-multipoint-env-xyzm": gpkg(
            multi(4, [point(1.0, 2.0), point(-180.0, 90.0)]), 4,
            (-180.0, 1.0, 2.0, 90.0, 0.0, 0.0, 0.0, 0.0)),
        "gpkg-empty-multipolygon": gpkg(multi(6, [])),
        # plain WKB, including big-endian and mixed byte orders
        "wkb-point-be": point(-0.5, 51.5, ">"),
        "wkb-linestring": linestring(LINE),
        "wkb-polygon-be": polygon([SQUARE], ">"),
        "wkb-multipolygon-mixed-endian": multi(
            6, [polygon([TRIANGLE], ">"), polygon([SQUARE])]),
        "wkb-multilinestring-be": multi(5, [linestring(LINE, ">")], ">"),
        "wkb-polygon-empty-ring": polygon([[], SQUARE]),
    }


REAL_BLOBS = [
    # (seed name, SQL); small rows that exist in every build of the data
    ("db-zone-point", "SELECT geom FROM zones ORDER BY fid LIMIT 1"),
    ("db-province-smallest",
     "SELECT geom FROM provinces ORDER BY length(geom), fid LIMIT 1"),
    ("db-province-second",
     "SELECT geom FROM provinces ORDER BY length(geom), fid LIMIT 1 OFFSET 1"),
    ("db-land-polygon",
     "SELECT geom FROM land WHERE length(geom) BETWEEN 1500 AND 4000 ORDER BY fid LIMIT 1"),
    ("db-border-lines",
     "SELECT geom FROM borders WHERE length(geom) BETWEEN 800 AND 4000 ORDER BY fid LIMIT 1"),
]


def real_seeds(database):
    con = sqlite3.connect("file:%s?mode=ro" % database, uri=True)
    seeds = {}
    for name, sql in REAL_BLOBS:
        row = con.execute(sql).fetchone()
        if row is None:
            sys.exit("%s: no row for %s" % (database, name))
        seeds[name] = bytes(row[0])
    con.close()
    return seeds


# -------------------------------------------------------------- text seeds

# fuzz-search: line 1 is the query; lines 2-6, when present, are the
# name-zh, name-en, name-pinyin, province-zh and province-en of a zone
# built from the input.
SEARCH_SEEDS = {
    "hang": "hang",
    "hang-zh": "杭",
    "xian-accents": "XĪ’ĀN",
    "new-area": "new area",
    "yiwu": "yiwu",
    "mixed-scripts": "Hang州 Ξι'αν Москва ﬁ ß",
    "combining-marks": "Xi\u0304'a\u0301n  \u3000,.;",
    "zone-fields": "xi'an\n西安市\nXi'an\nXi'an\n陕西省\nShaanxi",
    "zone-word-tail": "new area\n雄安新区\nXiong'an New Area\nXiong'an Xinqu\n河北省\nHebei",
    "zone-empty-fields": "he\n\n\n\n河北省\nHebei",
}

# fuzz-filter: a stream of operations (see fuzz-filter.c).
OP_TEXT, OP_BATCH, OP_PROVINCE, OP_YEARS, OP_DATE, OP_CLEAR, OP_EXCEPT, \
    OP_BEST, OP_DESCRIBE = range(9)


def text(op, s):
    b = s.encode("utf-8")
    return bytes([op, len(b)]) + b


FILTER_SEEDS = {
    "text-hang": text(OP_TEXT, "hang") + bytes([OP_BEST, OP_DESCRIBE]),
    "text-zh": text(OP_TEXT, "杭") + bytes([OP_DESCRIBE]),
    "text-spaces-only": text(OP_TEXT, " ,. ") + bytes([OP_DESCRIBE]),
    "batches": bytes([OP_BATCH, 1, OP_BATCH, 5, OP_BATCH, 1, OP_EXCEPT, 0x01]),
    "provinces": bytes([OP_PROVINCE, 0, OP_PROVINCE, 3, OP_DESCRIBE,
                        OP_EXCEPT, 0x02]),
    "province-unknown-code": bytes([OP_PROVINCE, 0x82]) + b"99" + bytes([OP_DESCRIBE]),
    "years": bytes([OP_YEARS, 15, 3, OP_DESCRIBE, OP_YEARS, 16, 0, OP_YEARS, 0, 0]),
    "date": text(OP_DATE, "2022-01-01") + bytes([OP_DESCRIBE]),
    "date-reduced": text(OP_DATE, "2022-01") + bytes([OP_EXCEPT, 0x10]),
    "everything": (bytes([OP_BATCH, 1, OP_BATCH, 7, OP_PROVINCE, 0, OP_YEARS, 15, 10])
                   + text(OP_DATE, "2020-06-30") + text(OP_TEXT, "zhou")
                   + bytes([OP_EXCEPT, 0x04, OP_BEST, OP_DESCRIBE, OP_CLEAR,
                            OP_DESCRIBE])),
}


# ------------------------------------------------------------ database seeds

# A tiny zone database with every table and column the loader reads (two
# batches, three zones, two parks, a figure, a province, land and a border)
# in 512-byte pages, and mutated copies of it that break the schema's rules.
TINY_SCHEMA = """
PRAGMA page_size = 512;
PRAGMA application_id = 1196444487;
CREATE TABLE pz_meta (id INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT);
CREATE TABLE batches (batch INTEGER PRIMARY KEY NOT NULL, approved TEXT NOT NULL, published TEXT,
  document TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL, zone_count INTEGER NOT NULL,
  source_url TEXT NOT NULL, source2_url TEXT, note TEXT);
CREATE TABLE zones (fid INTEGER PRIMARY KEY, geom BLOB, zone_id TEXT NOT NULL, batch INTEGER NOT NULL,
  approved TEXT NOT NULL, document TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  name_pinyin TEXT, province_zh TEXT NOT NULL, province_en TEXT NOT NULL, province_code TEXT NOT NULL,
  lat REAL, lon REAL, coord_source TEXT, ended TEXT, successor TEXT, source_url TEXT NOT NULL,
  source2_url TEXT, note TEXT);
CREATE UNIQUE INDEX zones_zone_id ON zones(zone_id);
CREATE TABLE parks (fid INTEGER PRIMARY KEY, geom BLOB, park_id TEXT NOT NULL, zone_id TEXT NOT NULL,
  name_zh TEXT, name_en TEXT NOT NULL, district TEXT, year INTEGER, kind TEXT NOT NULL,
  precision TEXT NOT NULL, lat REAL, lon REAL, coord_source TEXT, source_url TEXT NOT NULL,
  source2_url TEXT, note TEXT);
CREATE TABLE indicators (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, scope_id TEXT NOT NULL,
  indicator TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, year INTEGER NOT NULL,
  qualifier TEXT, source_url TEXT, source2_url TEXT, note TEXT);
CREATE TABLE provinces (fid INTEGER PRIMARY KEY, geom BLOB, adcode TEXT, iso_3166_2 TEXT, name_zh TEXT,
  name_en TEXT, type_zh TEXT, type_en TEXT, label_lat REAL, label_lon REAL);
CREATE TABLE land (fid INTEGER PRIMARY KEY, geom BLOB, detail TEXT);
CREATE TABLE borders (fid INTEGER PRIMARY KEY, geom BLOB, detail TEXT, a_name TEXT, b_name TEXT);
CREATE TABLE sources (id INTEGER PRIMARY KEY, url TEXT NOT NULL, host TEXT NOT NULL, kind TEXT NOT NULL,
  publisher TEXT NOT NULL);
INSERT INTO pz_meta (key, value) VALUES ('schema_version', '1'), ('data_date', '2016-01-06');
INSERT INTO batches VALUES (1, '2015-03-07', NULL, 'B1', '批一', 'Batch 1', 1, 'https://www.gov.cn/1', NULL, NULL),
  (2, '2016-01-06', NULL, 'B2', '批二', 'Batch 2', 2, 'https://www.gov.cn/2', NULL, NULL);
INSERT INTO zones (zone_id, batch, approved, document, name_zh, name_en, province_zh, province_en,
  province_code, lat, lon, source_url) VALUES
  ('hangzhou', 1, '2015-03-07', 'B1', '杭州', 'Hangzhou', '浙江', 'Zhejiang', '330000', 30.27, 120.15, 'https://www.gov.cn/1'),
  ('ningbo', 2, '2016-01-06', 'B2', '宁波', 'Ningbo', '浙江', 'Zhejiang', '330000', 29.87, 121.55, 'https://www.gov.cn/2'),
  ('guangzhou', 2, '2016-01-06', 'B2', '广州', 'Guangzhou', '广东', 'Guangdong', '440000', NULL, NULL, 'https://www.gov.cn/2');
INSERT INTO parks (park_id, zone_id, name_en, year, kind, precision, lat, lon, source_url) VALUES
  ('p1', 'hangzhou', 'Park One', 2016, 'recognised', 'site', 30.3, 120.2, 'https://www.gov.cn/p'),
  ('p2', 'ningbo', 'Park Two', NULL, 'planned', 'district', NULL, NULL, 'javascript:alert(1)');
INSERT INTO indicators (scope, scope_id, indicator, value, unit, year, source_url) VALUES
  ('province', '330000', 'trade', 1.5, 'billion CNY', 2020, 'https://www.gov.cn/i');
INSERT INTO sources (url, host, kind, publisher) VALUES ('https://www.gov.cn/1', 'www.gov.cn', 'official', 'State Council');
"""

TINY_MUTATIONS = {
    "valid": "",
    "park-null-zone": "CREATE TABLE t AS SELECT * FROM parks; DROP TABLE parks; ALTER TABLE t RENAME TO parks;"
                      " UPDATE parks SET zone_id = NULL WHERE rowid = 1;",
    "zone-null-province": "CREATE TABLE t AS SELECT * FROM zones; DROP TABLE zones; ALTER TABLE t RENAME TO zones;"
                          " UPDATE zones SET province_code = NULL WHERE rowid = 2;",
    "zone-batch-negative": "UPDATE zones SET batch = -1 WHERE fid = 1;",
    "zones-recursive-view": "ALTER TABLE zones RENAME TO zones_t; CREATE VIEW zones AS WITH RECURSIVE"
                            " r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT zones_t.* FROM zones_t, r;",
    "zone-latitude": "UPDATE zones SET lat = 1e999 WHERE fid = 1;",
}


def database_seeds():
    import tempfile
    seeds = {}
    province = gpkg(polygon([[(119.0, 29.0), (122.0, 29.0), (122.0, 31.0), (119.0, 29.0)]]))
    land = gpkg(polygon([[(70.0, 15.0), (135.0, 15.0), (135.0, 55.0), (70.0, 15.0)]]))
    with tempfile.TemporaryDirectory() as tmp:
        for name, sql in TINY_MUTATIONS.items():
            path = os.path.join(tmp, name + ".gpkg")
            con = sqlite3.connect(path)
            con.executescript(TINY_SCHEMA)
            con.execute("INSERT INTO provinces (geom, adcode, name_zh, name_en, label_lat, label_lon)"
                        " VALUES (?, '330000', '浙江', 'Zhejiang', 29.5, 120.5)", (province,))
            con.execute("INSERT INTO land (geom, detail) VALUES (?, '110m'), (?, '50m')", (land, land))
            con.execute("INSERT INTO borders (geom, detail) VALUES (?, '50m')",
                        (gpkg(multi(5, [linestring([(80.0, 30.0), (90.0, 28.0)])])),))
            con.commit()
            con.executescript(sql)
            con.execute("VACUUM")
            con.close()
            with open(path, "rb") as f:
                seeds["tiny-" + name] = f.read()
    return seeds


def write(directory, seeds):
    os.makedirs(directory, exist_ok=True)
    for name, data in sorted(seeds.items()):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if len(data) >= MAX_SEED:
            sys.exit("%s: %d bytes, more than %d" % (name, len(data), MAX_SEED))
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a generated pilot-zones.gpkg")
    parser.add_argument("--output", default=os.path.join(HERE, "corpus"))
    args = parser.parse_args()

    wkb = wkb_seeds()
    if args.database:
        wkb.update(real_seeds(args.database))
    write(os.path.join(args.output, "wkb"), wkb)
    write(os.path.join(args.output, "search"), SEARCH_SEEDS)
    write(os.path.join(args.output, "filter"), FILTER_SEEDS)
    write(os.path.join(args.output, "database"), database_seeds())


if __name__ == "__main__":
    main()
