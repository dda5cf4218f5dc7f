#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets in tests/fuzz/corpus/.

    tests/fuzz/make-corpus.py [--database build/data/pilot-zones.gpkg]

Synthetic seeds are always written. With --database, a few real geometry
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


if __name__ == "__main__":
    main()
