#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Structural checks of a GeoPackage written by data/build-db.py.

Usage: check-gpkg.py FILE.gpkg

The SQLite checks always run and fail with status 1.  After them, if
ogrinfo (GDAL) is on PATH, GDAL must open the file cleanly; if it is
not, the script exits 77 so that meson reports a skip, not a pass.
"""

import shutil
import sqlite3
import struct
import subprocess
import sys

GPKG_APPLICATION_ID = 0x47504B47
FEATURE_TABLES = {"zones": "POINT", "provinces": "MULTIPOLYGON",
                  "land": "MULTIPOLYGON", "borders": "MULTILINESTRING"}
ATTRIBUTE_TABLES = ("batches", "pz_meta")
NULLABLE_GEOMETRY = ("zones",)
WKB_TYPES = {"POINT": 1, "LINESTRING": 2, "POLYGON": 3, "MULTIPOINT": 4,
             "MULTILINESTRING": 5, "MULTIPOLYGON": 6, "GEOMETRYCOLLECTION": 7}
META_KEYS = ("schema_version", "generator", "data_date")
SKIP = 77


class CheckError(Exception):
    pass


def require(condition, message):
    if not condition:
        raise CheckError(message)


# ------------------------------------------------------------------- WKB

class WkbReader:
    """Minimal reader for 2D ISO WKB; collects every point it reads."""

    def __init__(self, data):
        self.data, self.pos, self.points = data, 0, []

    def unpack(self, fmt):
        values = struct.unpack_from(self.order + fmt, self.data, self.pos)
        self.pos += struct.calcsize(self.order + fmt)
        return values

    def points_list(self):
        (count,) = self.unpack("I")
        for _ in range(count):
            self.points.append(self.unpack("dd"))
        return count

    def geometry(self):
        """Read one geometry and return its WKB type code."""
        byte_order = self.data[self.pos]
        require(byte_order in (0, 1), f"bad WKB byte order {byte_order}")
        self.order = "<" if byte_order == 1 else ">"
        self.pos += 1
        (kind,) = self.unpack("I")
        if kind == 1:
            self.points.append(self.unpack("dd"))
        elif kind == 2:
            require(self.points_list() >= 2, "line string with fewer than 2 points")
        elif kind == 3:
            (rings,) = self.unpack("I")
            for _ in range(rings):
                require(self.points_list() >= 4, "polygon ring with fewer than 4 points")
        elif kind in (4, 5, 6, 7):
            (parts,) = self.unpack("I")
            for _ in range(parts):
                part = self.geometry()
                require(kind == 7 or part == kind - 3,
                        f"WKB type {kind} contains a part of type {part}")
        else:
            raise CheckError(f"unsupported WKB geometry type {kind}")
        return kind


def read_wkb(data):
    """(type code, points) of a whole WKB string; trailing bytes are an error."""
    reader = WkbReader(data)
    try:
        kind = reader.geometry()
    except (struct.error, IndexError):
        raise CheckError("truncated WKB")
    require(reader.pos == len(data), f"{len(data) - reader.pos} bytes after the WKB")
    return kind, reader.points


def read_gpkg_geometry(blob):
    """(srs_id, envelope or None, WKB bytes) of a GeoPackage geometry blob."""
    require(isinstance(blob, bytes) and blob[:2] == b"GP", "blob does not start with 'GP'")
    require(len(blob) >= 8, "blob shorter than its header")
    version, flags = blob[2], blob[3]
    require(version == 0, f"blob version {version}, expected 0")
    require(not flags & 0x20, "extended GeoPackage binary is not expected")
    order = "<" if flags & 0x01 else ">"
    envelope_type = (flags >> 1) & 0x07
    require(envelope_type <= 4, f"bad envelope type {envelope_type}")
    (srs_id,) = struct.unpack_from(order + "i", blob, 4)
    doubles = (0, 4, 6, 6, 8)[envelope_type]
    end = 8 + 8 * doubles
    require(len(blob) > end, "blob has no WKB after its header")
    envelope = struct.unpack_from(order + "4d", blob, 8) if doubles else None
    return srs_id, envelope, blob[end:]


# --------------------------------------------------------------- SQLite

def check_header(con):
    (app_id,) = con.execute("PRAGMA application_id").fetchone()
    require(app_id == GPKG_APPLICATION_ID, f"application_id is {app_id:#x}, not 'GPKG'")
    (version,) = con.execute("PRAGMA user_version").fetchone()
    require(10300 <= version < 10400, f"user_version {version} is not GeoPackage 1.3.x")
    (integrity,) = con.execute("PRAGMA integrity_check").fetchone()
    require(integrity == "ok", f"integrity_check: {integrity}")
    bad_keys = con.execute("PRAGMA foreign_key_check").fetchall()
    require(not bad_keys, f"foreign key violations: {bad_keys}")


def check_srs(con):
    ids = {row[0] for row in con.execute("SELECT srs_id FROM gpkg_spatial_ref_sys")}
    require({-1, 0, 4326} <= ids, f"gpkg_spatial_ref_sys lacks a required row (has {ids})")


def check_contents(con):
    """Every registered table exists and the app's tables are registered."""
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    for table, data_type in contents.items():
        require(table in tables, f"gpkg_contents lists missing table {table}")
        require(data_type in ("features", "attributes"), f"{table}: data_type {data_type}")
    for table in FEATURE_TABLES:
        require(contents.get(table) == "features", f"{table} is not a registered feature table")
    for table in ATTRIBUTE_TABLES:
        require(contents.get(table) == "attributes",
                f"{table} is not a registered attribute table")


def inside(point, box):
    x, y = point
    minx, maxx, miny, maxy = box
    return minx <= x <= maxx and miny <= y <= maxy


def check_geometry(table, fid, blob, column_type, srs_id, bounds):
    where = f"{table} fid {fid}"
    try:
        blob_srs, envelope, wkb = read_gpkg_geometry(blob)
        kind, points = read_wkb(wkb)
    except CheckError as e:
        raise CheckError(f"{where}: {e}")
    require(blob_srs == srs_id, f"{where}: srs_id {blob_srs}, column has {srs_id}")
    require(kind == WKB_TYPES[column_type],
            f"{where}: WKB type {kind}, column is {column_type}")
    require(points, f"{where}: empty geometry")
    for point in points:
        require(envelope is None or inside(point, envelope),
                f"{where}: point {point} outside the blob envelope {envelope}")
        require(inside(point, bounds), f"{where}: point {point} outside gpkg_contents bounds")
    return points


def check_feature_table(con, table):
    column, column_type, srs_id = con.execute(
        "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns"
        " WHERE table_name = ?", (table,)).fetchone() or (None, None, None)
    require(column_type == FEATURE_TABLES[table], f"{table}: geometry type {column_type}")
    minx, miny, maxx, maxy = con.execute(
        "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
        (table,)).fetchone()
    bounds = (minx, maxx, miny, maxy)
    require(None not in bounds, f"{table}: gpkg_contents has no bounds")
    count = 0
    for fid, blob in con.execute(f'SELECT fid, "{column}" FROM "{table}"'):
        count += 1
        if blob is None:
            require(table in NULLABLE_GEOMETRY, f"{table} fid {fid}: NULL geometry")
            continue
        check_geometry(table, fid, blob, column_type, srs_id, bounds)
    require(count > 0, f"{table} is empty")
    return count


def check_zone_points(con):
    """The zones geometry must agree with the lat/lon columns."""
    for zone_id, blob, lat, lon in con.execute("SELECT zone_id, geom, lat, lon FROM zones"):
        if blob is None:
            require(lat is None and lon is None, f"zone {zone_id}: lat/lon but no geometry")
            continue
        _, points = read_wkb(read_gpkg_geometry(blob)[2])
        require(points == [(lon, lat)], f"zone {zone_id}: point {points} is not ({lon}, {lat})")


def check_meta(con):
    meta = dict(con.execute("SELECT key, value FROM pz_meta"))
    for key in META_KEYS:
        require(meta.get(key), f"pz_meta has no {key}")


def check_sqlite(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check_header(con)
        check_srs(con)
        check_contents(con)
        for table in FEATURE_TABLES:
            count = check_feature_table(con, table)
            print(f"ok: {table}: {count} rows, geometries decode inside their envelopes")
        check_zone_points(con)
        check_meta(con)
    finally:
        con.close()


# ----------------------------------------------------------------- GDAL

def check_ogrinfo(ogrinfo, path):
    result = subprocess.run([ogrinfo, "-ro", "-so", path], capture_output=True, text=True)
    output = result.stdout + result.stderr
    require(result.returncode == 0, f"ogrinfo exit status {result.returncode}:\n{output}")
    require("ERROR" not in output, f"ogrinfo reported an error:\n{output}")
    # Layer lines look like "1: zones (Point)".
    layers = {line.split()[1] for line in result.stdout.splitlines()
              if line.split(":")[0].strip().isdigit()}
    missing = set(FEATURE_TABLES) - layers
    require(not missing, f"ogrinfo does not list {sorted(missing)}:\n{output}")


def main(argv):
    if len(argv) != 2:
        print("usage: check-gpkg.py FILE.gpkg", file=sys.stderr)
        return 2
    path = argv[1]
    try:
        check_sqlite(path)
        print("ok: SQLite structure")
        ogrinfo = shutil.which("ogrinfo")
        if ogrinfo is None:
            print("skip: ogrinfo not found, GDAL check not run")
            return SKIP
        check_ogrinfo(ogrinfo, path)
        print("ok: ogrinfo opens the file and lists " + ", ".join(FEATURE_TABLES))
    except (CheckError, sqlite3.Error) as e:
        print(f"check-gpkg: {path}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
