#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the Pilot Zones GeoPackage (1.3) from reviewed CSV and GeoJSON.

Usage: build-db.py --data-dir DIR [--basemap-dir BASEMAP] --output FILE.gpkg

DIR holds zones.csv, batches.csv, indicators.csv, parks.csv,
source_hosts.csv and basemap/*.geojson; BASEMAP, when given, holds the
GeoJSON instead (the tests' fixture reuses the real one).  Every URL in
the CSV files must have a host (or a parent domain) listed in
source_hosts.csv with its kind (official, state_media or other) and
publisher; the GeoPackage's "sources" table gives each URL's kind and
publisher.  Bad input gives exit status 1 and "build-db: FILE:LINE: problem" lines on
stderr.  The output only appears once it is complete.
"""

import argparse
import csv
import datetime
import io
import json
import math
import os
import re
import sqlite3
import struct
import sys
import tempfile
import urllib.parse

# (name, SQL type); order is the table's column order.
ZONE_COLUMNS = (
    ("zone_id", "TEXT"), ("batch", "INTEGER"), ("approved", "TEXT"),
    ("document", "TEXT"), ("name_zh", "TEXT"), ("name_en", "TEXT"),
    ("name_pinyin", "TEXT"), ("province_zh", "TEXT"), ("province_en", "TEXT"),
    ("province_code", "TEXT"), ("lat", "REAL"), ("lon", "REAL"),
    ("coord_source", "TEXT"), ("ended", "TEXT"), ("successor", "TEXT"),
    ("source_url", "TEXT"), ("source2_url", "TEXT"), ("note", "TEXT"),
)
ZONE_REQUIRED = (
    "zone_id", "batch", "approved", "document", "name_zh", "name_en",
    "province_zh", "province_en", "province_code", "source_url",
)
BATCH_COLUMNS = (
    ("batch", "INTEGER"), ("approved", "TEXT"), ("published", "TEXT"),
    ("document", "TEXT"), ("title_zh", "TEXT"), ("title_en", "TEXT"),
    ("zone_count", "INTEGER"), ("source_url", "TEXT"),
    ("source2_url", "TEXT"), ("note", "TEXT"),
)
BATCH_REQUIRED = (
    "batch", "approved", "document", "title_zh", "title_en", "zone_count",
    "source_url",
)
PROVINCE_COLUMNS = (
    ("adcode", "TEXT"), ("iso_3166_2", "TEXT"), ("name_zh", "TEXT"),
    ("name_en", "TEXT"), ("type_zh", "TEXT"), ("type_en", "TEXT"),
    ("level", "TEXT"), ("label_lat", "REAL"), ("label_lon", "REAL"),
)
BORDER_COLUMNS = (("detail", "TEXT"), ("a_name", "TEXT"), ("b_name", "TEXT"))
LAND_COLUMNS = (("detail", "TEXT"),)

DETAILS = ("50m", "110m")
PROVINCES_FILE = "china_provinces_10m.geojson"
SCHEMA_VERSION = "1"
ZONE_ID_RE = re.compile(r"[a-z0-9_]+")
INDICATOR_COLUMNS = (
    ("scope", "TEXT"), ("scope_id", "TEXT"), ("indicator", "TEXT"),
    ("value", "REAL"), ("unit", "TEXT"), ("year", "INTEGER"),
    ("qualifier", "TEXT"), ("source_url", "TEXT"), ("source2_url", "TEXT"),
    ("note", "TEXT"),
)
INDICATOR_REQUIRED = (
    "scope", "scope_id", "indicator", "value", "unit", "year",
)
PARK_COLUMNS = (
    ("park_id", "TEXT"), ("zone_id", "TEXT"), ("name_zh", "TEXT"), ("name_en", "TEXT"),
    ("district", "TEXT"), ("year", "INTEGER"), ("kind", "TEXT"), ("precision", "TEXT"),
    ("lat", "REAL"), ("lon", "REAL"), ("coord_source", "TEXT"), ("source_url", "TEXT"),
    ("source2_url", "TEXT"), ("note", "TEXT"),
)
PARK_REQUIRED = ("park_id", "zone_id", "name_en", "kind", "precision", "source_url")
# A park's status, shown to the user: on a government list or recognised by
# a province or city ("recognised"), operating with no recognition found
# ("operating"), announced or under construction ("planned"), or a bonded
# zone, incubation base or other facility that is not a cross-border
# e-commerce park ("other_facility").
PARK_KINDS = ("recognised", "operating", "planned", "other_facility")
PARK_PRECISIONS = ("site", "district", "city")
INDICATOR_NAME_RE = re.compile(r"[a-z][a-z0-9_]*")
# Where each source URL's host sits: a government site, state media, or
# anything else (a relay, a copy, a trade site).  A host matches its own
# row or the row of a parent domain (english.mofcom.gov.cn -> mofcom.gov.cn).
SOURCE_HOST_COLUMNS = (("host", "TEXT"), ("kind", "TEXT"), ("publisher", "TEXT"))
SOURCE_HOST_REQUIRED = ("host", "kind", "publisher")
SOURCE_KINDS = ("official", "state_media", "other")
SOURCE_COLUMNS = (("url", "TEXT"), ("host", "TEXT"), ("kind", "TEXT"), ("publisher", "TEXT"))
HOST_RE = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")
URL_RE = re.compile(r"https?://[^\s,;\"'<>()]+")
YEAR_RE = re.compile(r"[0-9]{4}")

DATE_RE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
UINT_RE = re.compile(r"[0-9]+")
DECIMAL_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")

FID_COLUMN = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"
SRS_ID = 4326
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,'
    '298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],'
    'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
    '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
    'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

# GeoPackage 1.3 core tables, as in Annex C of the standard.
GPKG_CORE_SQL = """
PRAGMA application_id = 0x47504B47;
PRAGMA user_version = 10300;
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition  TEXT NOT NULL,
  description TEXT
);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
"""
SRS_ROWS = (
    ("WGS 84 geodetic", SRS_ID, "EPSG", SRS_ID, WGS84_WKT,
     "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined",
     "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
     "undefined geographic coordinate reference system"),
)


class InputError(Exception):
    """Bad input; messages are complete "FILE:LINE: problem" strings."""

    def __init__(self, messages):
        super().__init__("\n".join(messages))
        self.messages = messages


# ---------------------------------------------------------------- CSV input

def read_text(path, name):
    """Whole file as text; a non-UTF-8 file (e.g. GBK) is an error."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise InputError([f"{name}: cannot read: {e.strerror}"])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise InputError([
            f"{name}:{line}: not valid UTF-8 (byte 0x{raw[e.start]:02x}); "
            "save the file as UTF-8, not GBK/GB18030 or another legacy encoding"
        ])
    # Spreadsheets often add a byte-order mark; it is not part of the header.
    return text.removeprefix("\ufeff")


def check_header(header, columns, name):
    names = [c for c, _ in columns]
    problems = []
    missing = [c for c in names if c not in header]
    if missing:
        problems.append(f"{name}:1: missing column(s): {', '.join(missing)}")
    unknown = [c for c in header if c not in names]
    if unknown:
        problems.append(f"{name}:1: unknown column(s): {', '.join(unknown)}")
    if len(set(header)) != len(header):
        problems.append(f"{name}:1: a column name appears twice")
    if problems:
        raise InputError(problems)


def read_csv(path, name, columns, errors):
    """Rows as (first physical line, {column: stripped value or None})."""
    reader = csv.reader(io.StringIO(read_text(path, name), newline=""))
    rows, bad = [], []
    try:
        header = [h.strip() for h in next(reader, [])]
        if not header:
            raise InputError([f"{name}:1: empty file, expected a header line"])
        check_header(header, columns, name)
        end = reader.line_num
        for fields in reader:
            # A quoted field may span lines, so track where each record starts.
            line, end = end + 1, reader.line_num
            if not fields:
                continue
            if len(fields) != len(header):
                bad.append(f"{name}:{line}: expected {len(header)} fields, "
                           f"found {len(fields)}")
                continue
            values = (v.strip() or None for v in fields)
            rows.append((line, dict(zip(header, values))))
    except csv.Error as e:
        raise InputError([f"{name}:{reader.line_num}: {e}"])
    if not rows and not bad:
        bad.append(f"{name}: no data rows")
    errors.extend(bad)
    return rows


def is_date(value):
    """ISO 8601 calendar date, full or of reduced precision (YYYY-MM, YYYY):
    sources sometimes give only the month of a signing, and a day must
    never be made up to fill the gap."""
    if not DATE_RE.fullmatch(value):
        return False
    padded = value + "-01" * (2 - value.count("-"))
    try:
        datetime.date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def empty_problems(row, required):
    return [f"{c} is empty" for c in required if row[c] is None]


def date_problems(row, column):
    value = row[column]
    if value is not None and not is_date(value):
        return [f"{column} '{value}' is not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"]
    return []


def uint_problems(row, column):
    value = row[column]
    if value is not None and not UINT_RE.fullmatch(value):
        return [f"{column} '{value}' is not a whole number"]
    return []


def coordinate_problems(row):
    lat, lon = row["lat"], row["lon"]
    if (lat is None) != (lon is None):
        return ["lat and lon must be given together or both left empty"]
    if lat is None:
        return []
    problems = []
    for column, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if not DECIMAL_RE.fullmatch(value):
            problems.append(f"{column} '{value}' is not a decimal number")
        elif not -limit <= float(value) <= limit:
            problems.append(f"{column} {value} is outside [-{limit}, {limit}]")
    return problems


def report(errors, name, line, problems):
    errors.extend(f"{name}:{line}: {p}" for p in problems)


def batch_number(row):
    """The row's batch as an int, or None if it is not a valid number."""
    batch = row["batch"]
    return int(batch) if batch is not None and UINT_RE.fullmatch(batch) else None


def check_batches(rows, errors):
    """Batch number -> (line, row) for the rows of batches.csv."""
    batches = {}
    for line, row in rows:
        problems = empty_problems(row, BATCH_REQUIRED)
        for column in ("batch", "zone_count"):
            problems += uint_problems(row, column)
        for column in ("approved", "published"):
            problems += date_problems(row, column)
        batch = batch_number(row)
        if batch in batches:
            problems.append(f"batch {batch} already defined on line "
                            f"{batches[batch][0]}")
        elif batch is not None:
            batches[batch] = (line, row)
        report(errors, "batches.csv", line, problems)
    return batches


def successor_problems(row, zone_ids):
    successor = row["successor"]
    if successor is None:
        return []
    problems = []
    if row["ended"] is None:
        problems.append(f"successor '{successor}' given but ended is empty")
    if successor == row["zone_id"]:
        problems.append("successor is the zone itself")
    elif successor not in zone_ids:
        problems.append(f"successor '{successor}' is not a zone_id in zones.csv")
    return problems


def zone_problems(row, batches, first_line):
    problems = empty_problems(row, ZONE_REQUIRED)
    zone_id = row["zone_id"]
    if zone_id is not None and not ZONE_ID_RE.fullmatch(zone_id):
        problems.append(f"zone_id '{zone_id}' may only contain a-z, 0-9 and _")
    if zone_id is not None and zone_id in first_line:
        problems.append(f"duplicate zone_id '{zone_id}' "
                        f"(first on line {first_line[zone_id]})")
    problems += uint_problems(row, "batch")
    batch = batch_number(row)
    if batch is not None and batch not in batches:
        problems.append(f"batch {batch} is not in batches.csv")
    problems += date_problems(row, "approved") + date_problems(row, "ended")
    approved, ended = row["approved"], row["ended"]
    if approved and ended and is_date(approved) and is_date(ended) and ended < approved:
        problems.append(f"ended {ended} is before approved {approved}")
    return problems + coordinate_problems(row)


def check_zones(rows, batches, errors):
    # Successors may point forward, so collect every id first.
    zone_ids = {row["zone_id"] for _, row in rows}
    first_line = {}
    for line, row in rows:
        problems = zone_problems(row, batches, first_line)
        report(errors, "zones.csv", line, problems + successor_problems(row, zone_ids))
        if row["zone_id"] is not None:
            first_line.setdefault(row["zone_id"], line)


def check_zone_counts(batches, zone_rows, errors):
    for batch, (line, row) in batches.items():
        count = sum(1 for _, z in zone_rows if batch_number(z) == batch)
        declared = row["zone_count"]
        valid = declared is not None and UINT_RE.fullmatch(declared)
        if valid and int(declared) != count:
            errors.append(f"batches.csv:{line}: zone_count is {declared} but "
                          f"zones.csv has {count} row(s) with batch {batch}")


def indicator_problems(row, zone_ids, province_codes):
    """What is wrong with one indicators.csv row: every figure needs its
    scope, a number, a year and a source (a page, or for a broadcast or
    print report a citation in the note); unknown figures have no row."""
    problems = empty_problems(row, INDICATOR_REQUIRED)
    if row["source_url"] is None and row["note"] is None:
        problems.append("a figure without source_url cites its publication in note")
    scope, scope_id = row["scope"], row["scope_id"]
    known = {"national": {"CN"}, "province": province_codes, "zone": zone_ids}
    if scope is not None and scope not in known:
        problems.append(f"scope '{scope}' is not national, province or zone")
    elif scope is not None and scope_id is not None and scope_id not in known[scope]:
        problems.append(f"scope_id '{scope_id}' is not a known {scope}")
    if row["indicator"] is not None and not INDICATOR_NAME_RE.fullmatch(row["indicator"]):
        problems.append(f"indicator '{row['indicator']}' is not a snake_case name")
    if row["value"] is not None and not DECIMAL_RE.fullmatch(row["value"]):
        problems.append(f"value '{row['value']}' is not a decimal number")
    if row["year"] is not None and not YEAR_RE.fullmatch(row["year"]):
        problems.append(f"year '{row['year']}' is not a four-digit year")
    return problems


def park_problems(row, zone_ids, first_line):
    """A park needs its zone, a kind, a stated precision and a source; a
    position is given only as precisely as the source gives it."""
    problems = empty_problems(row, PARK_REQUIRED)
    park_id = row["park_id"]
    if park_id is not None and not ZONE_ID_RE.fullmatch(park_id):
        problems.append(f"park_id '{park_id}' may only contain a-z, 0-9 and _")
    if park_id is not None and park_id in first_line:
        problems.append(f"duplicate park_id '{park_id}' (first on line {first_line[park_id]})")
    if row["zone_id"] is not None and row["zone_id"] not in zone_ids:
        problems.append(f"zone_id '{row['zone_id']}' is not in zones.csv")
    if row["kind"] is not None and row["kind"] not in PARK_KINDS:
        problems.append(f"kind '{row['kind']}' is not one of {', '.join(PARK_KINDS)}")
    if row["precision"] is not None and row["precision"] not in PARK_PRECISIONS:
        problems.append(f"precision '{row['precision']}' is not one of {', '.join(PARK_PRECISIONS)}")
    if row["precision"] == "site" and row["lat"] is None:
        problems.append("precision 'site' needs lat and lon")
    if row["year"] is not None and not YEAR_RE.fullmatch(row["year"]):
        problems.append(f"year '{row['year']}' is not a four-digit year")
    return problems + coordinate_problems(row)


def check_parks(rows, zone_rows, errors):
    zone_ids = {z["zone_id"] for _, z in zone_rows}
    first_line = {}
    for line, row in rows:
        report(errors, "parks.csv", line, park_problems(row, zone_ids, first_line))
        if row["park_id"] is not None:
            first_line.setdefault(row["park_id"], line)


def check_indicators(rows, zone_rows, errors):
    zone_ids = {z["zone_id"] for _, z in zone_rows}
    province_codes = {z["province_code"] for _, z in zone_rows}
    for line, row in rows:
        report(errors, "indicators.csv", line, indicator_problems(row, zone_ids, province_codes))


def check_source_hosts(rows, errors):
    """host -> (kind, publisher) from the rows of source_hosts.csv."""
    hosts = {}
    for line, row in rows:
        problems = empty_problems(row, SOURCE_HOST_REQUIRED)
        host, kind = row["host"], row["kind"]
        if host is not None and not HOST_RE.fullmatch(host):
            problems.append(f"host '{host}' is not a lower-case host name (no scheme, path or port)")
        if kind is not None and kind not in SOURCE_KINDS:
            problems.append(f"kind '{kind}' is not one of {', '.join(SOURCE_KINDS)}")
        if host is not None and host in hosts:
            problems.append(f"host '{host}' already listed on line {hosts[host][0]}")
        elif host is not None and not problems:
            hosts[host] = (line, kind, row["publisher"])
        report(errors, "source_hosts.csv", line, problems)
    return {h: (k, p) for h, (_, k, p) in hosts.items()}


def url_host(url):
    """The URL's host in lower case, without a trailing dot, or None."""
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return None
    return host.rstrip(".") if host else None


def host_entry(host, hosts):
    """(listed host, kind, publisher) for host or its nearest listed parent domain."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in hosts:
            return (candidate,) + hosts[candidate]
    return None


def collect_sources(tables, hosts, errors):
    """url -> (host, kind, publisher) for every URL in every field of
    every CSV table; a URL whose host has no kind is an error."""
    sources = {}
    for name, rows in tables:
        for line, row in rows:
            for column, value in row.items():
                for url in URL_RE.findall(value or ""):
                    url = url.rstrip(".")
                    host = url_host(url)
                    if host is None:
                        errors.append(f"{name}:{line}: {column}: '{url}' has no host")
                        continue
                    entry = host_entry(host, hosts)
                    if entry is None:
                        errors.append(f"{name}:{line}: {column}: host '{host}' has no kind: "
                                      "add it (or a parent domain) to source_hosts.csv")
                        continue
                    sources[url] = (host, entry[1], entry[2])
    return sources


def load_tables(data_dir):
    """Validated batches and zones rows, or InputError listing every problem."""
    errors = []
    batch_rows = read_csv(os.path.join(data_dir, "batches.csv"), "batches.csv",
                          BATCH_COLUMNS, errors)
    zone_rows = read_csv(os.path.join(data_dir, "zones.csv"), "zones.csv",
                         ZONE_COLUMNS, errors)
    indicator_rows = read_csv(os.path.join(data_dir, "indicators.csv"), "indicators.csv",
                              INDICATOR_COLUMNS, errors)
    park_rows = read_csv(os.path.join(data_dir, "parks.csv"), "parks.csv", PARK_COLUMNS, errors)
    host_rows = read_csv(os.path.join(data_dir, "source_hosts.csv"), "source_hosts.csv",
                         SOURCE_HOST_COLUMNS, errors)
    batches = check_batches(batch_rows, errors)
    check_zones(zone_rows, batches, errors)
    check_zone_counts(batches, zone_rows, errors)
    check_indicators(indicator_rows, zone_rows, errors)
    check_parks(park_rows, zone_rows, errors)
    hosts = check_source_hosts(host_rows, errors)
    sources = collect_sources((("batches.csv", batch_rows), ("zones.csv", zone_rows),
                               ("indicators.csv", indicator_rows), ("parks.csv", park_rows)),
                              hosts, errors)
    if errors:
        raise InputError(errors)
    return ([r for _, r in batch_rows], [r for _, r in zone_rows],
            [r for _, r in indicator_rows], [r for _, r in park_rows], sources)


# ------------------------------------------------------------ GeoJSON input

def read_features(basemap_dir, filename):
    name = f"basemap/{filename}"
    try:
        with open(os.path.join(basemap_dir, filename), "rb") as f:
            collection = json.loads(f.read().decode("utf-8"))
        return name, collection["features"]
    except OSError as e:
        raise InputError([f"{name}: cannot read: {e.strerror}"])
    except (ValueError, KeyError, TypeError) as e:
        raise InputError([f"{name}: not a GeoJSON FeatureCollection: {e}"])


def position(p):
    x, y = float(p[0]), float(p[1])
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError("coordinate is not a finite number")
    return x, y


def polygons_of(geometry):
    """A GeoJSON Polygon or MultiPolygon as a list of polygons (lists of rings)."""
    kind, coords = geometry["type"], geometry["coordinates"]
    parts = {"Polygon": [coords], "MultiPolygon": coords}[kind]
    return [[[position(p) for p in ring] for ring in polygon] for polygon in parts]


def lines_of(geometry):
    """A GeoJSON LineString or MultiLineString as a list of point lists."""
    kind, coords = geometry["type"], geometry["coordinates"]
    parts = {"LineString": [coords], "MultiLineString": coords}[kind]
    return [[position(p) for p in line] for line in parts]


def geometries(name, features, convert):
    """convert() applied to each feature's geometry, with errors located."""
    result = []
    for index, feature in enumerate(features):
        try:
            result.append((convert(feature["geometry"]), feature.get("properties") or {}))
        except (KeyError, TypeError, ValueError, IndexError) as e:
            raise InputError([f"{name}: feature {index}: bad geometry ({e!r})"])
    return result


def load_basemap(basemap_dir):
    """Rows (geometry, kind, properties) for the provinces, land and borders tables."""
    name, features = read_features(basemap_dir, PROVINCES_FILE)
    provinces = geometries(name, features, polygons_of)
    land, borders = [], []
    for detail in DETAILS:
        name, features = read_features(basemap_dir, f"world_land_{detail}.geojson")
        # One row per polygon keeps each envelope small for culling.
        land += [([polygon], {"detail": detail})
                 for g, _ in geometries(name, features, polygons_of)
                 for polygon in g]
        name, features = read_features(basemap_dir, f"world_borders_{detail}.geojson")
        borders += [(g, dict(props, detail=detail))
                    for g, props in geometries(name, features, lines_of)]
    return provinces, land, borders


def input_files(data_dir, basemap_dir):
    basemap = [PROVINCES_FILE] + [f"world_{kind}_{detail}.geojson"
                                  for detail in DETAILS
                                  for kind in ("land", "borders")]
    return ([os.path.join(data_dir, f) for f in ("zones.csv", "batches.csv", "indicators.csv",
                                                   "parks.csv", "source_hosts.csv")]
            + [os.path.join(basemap_dir, f) for f in basemap + list(CONVENTION_FILES.values())])


# ------------------------------------------------- China's map conventions

# Layers for maps drawn as published in China: the areas China claims where
# Natural Earth's default outline differs, the dashed line and the small
# islands of the South China Sea.
CONVENTION_FILES = {
    "claims": "disputed_areas_china_10m.geojson",
    "sea_line": "china_nine_dash_line_10m.geojson",
    "sea_islands": "south_china_sea_minor_islands_10m.geojson",
    "cities": "china_prefecture_cities.geojson",
    "rivers": "context_rivers_10m.geojson",
    "lakes": "context_lakes_10m.geojson",
    "urban_areas": "context_urban_areas_50m.geojson",
}
# Context layers: what the map shows around the zones as it zooms in.
RIVER_COLUMNS = (("name", "TEXT"), ("name_en", "TEXT"), ("scalerank", "INTEGER"), ("min_zoom", "REAL"))
LAKE_COLUMNS = (("name", "TEXT"), ("scalerank", "INTEGER"), ("min_zoom", "REAL"))
URBAN_COLUMNS = (("scalerank", "INTEGER"), ("min_zoom", "REAL"))
CLAIM_COLUMNS = (("name_en", "TEXT"), ("sovereignt", "TEXT"), ("note", "TEXT"))
SEA_LINE_COLUMNS = (("note", "TEXT"),)
SEA_ISLAND_COLUMNS = (("scalerank", "INTEGER"),)
# Prefecture-level cities: their kind ranks zone labels (municipalities and
# provincial capitals first).
CITY_COLUMNS = (("adcode", "TEXT"), ("name_zh", "TEXT"), ("name_en", "TEXT"), ("kind", "TEXT"),
                ("province_adcode", "TEXT"), ("population", "INTEGER"))
CITY_KINDS = ("municipality", "provincial_capital", "prefecture", "sar_or_taiwan_capital")


def load_conventions(basemap_dir):
    """Rows (geometry, properties) for the claims, sea_line, sea_islands, cities and context tables."""
    name, features = read_features(basemap_dir, CONVENTION_FILES["claims"])
    claims = [(g, {"name_en": p.get("brk_name"), "sovereignt": p.get("sovereignt"),
                   "note": p.get("note_brk")})
              for g, p in geometries(name, features, polygons_of)]
    name, features = read_features(basemap_dir, CONVENTION_FILES["sea_line"])
    line = geometries(name, features, lines_of)
    name, features = read_features(basemap_dir, CONVENTION_FILES["sea_islands"])
    islands = geometries(name, features, polygons_of)
    name, features = read_features(basemap_dir, CONVENTION_FILES["cities"])
    cities = geometries(name, features, lambda g: position(g["coordinates"]) if g["type"] == "Point" else None)
    for index, (point, props) in enumerate(cities):
        if point is None or props.get("kind") not in CITY_KINDS or not props.get("name_zh"):
            raise InputError([f"{name}: feature {index}: not a point with a name and a known kind"])
    context = []
    for key, convert in (("rivers", lines_of), ("lakes", polygons_of), ("urban_areas", polygons_of)):
        name, features = read_features(basemap_dir, CONVENTION_FILES[key])
        context.append(geometries(name, features, convert))
    return (claims, line, islands, cities, *context)


def write_conventions(con, conventions, stamp):
    claims, line, islands, cities, rivers, lakes, urban = conventions
    write_features(con, "claims", "MULTIPOLYGON", CLAIM_COLUMNS, claims, stamp,
                   "Areas China claims where Natural Earth's default outline differs (Natural Earth 1:10m)")
    write_features(con, "sea_line", "MULTILINESTRING", SEA_LINE_COLUMNS, line, stamp,
                   "China's dashed line in the South China Sea (Natural Earth 1:10m, China's point of view)")
    write_features(con, "sea_islands", "MULTIPOLYGON", SEA_ISLAND_COLUMNS, islands, stamp,
                   "Small islands and reefs of the South China Sea (Natural Earth 1:10m)")
    write_cities(con, cities, stamp)
    write_features(con, "rivers", "MULTILINESTRING", RIVER_COLUMNS, rivers, stamp,
                   "Rivers and lake centre-lines around China (Natural Earth 1:10m)")
    write_features(con, "lakes", "MULTIPOLYGON", LAKE_COLUMNS, lakes, stamp,
                   "Lakes and reservoirs around China (Natural Earth 1:10m)")
    write_features(con, "urban_areas", "MULTIPOLYGON", URBAN_COLUMNS, urban, stamp,
                   "Built-up areas around China (Natural Earth 1:50m)")


def write_cities(con, cities, stamp):
    create_table(con, "cities", CITY_COLUMNS, geometry="POINT")
    env, rows = None, []
    for (x, y), props in cities:
        env = merge(env, (x, x, y, y))
        rows.append([point_blob(x, y)] + [props.get(c) for c, _ in CITY_COLUMNS])
    insert_rows(con, "cities", ["geom"] + [c for c, _ in CITY_COLUMNS], rows)
    register(con, "cities", "features",
             "Prefecture-level cities of China (names: NBS division codes; points: GeoNames, CC BY 4.0)",
             stamp, "POINT", env)


def build_time(data_dir, basemap_dir):
    """Fixed time for last_change so that identical inputs give identical files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        seconds = max(int(os.stat(f).st_mtime) for f in input_files(data_dir, basemap_dir))
    elif UINT_RE.fullmatch(epoch):
        seconds = int(epoch)
    else:
        raise InputError([f"SOURCE_DATE_EPOCH '{epoch}' is not a whole number"])
    moment = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ---------------------------------------------------------- GeoPackage blobs

def envelope(points):
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), max(xs), min(ys), max(ys)


def merge(a, b):
    if a is None:
        return b
    return min(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), max(a[3], b[3])


def wkb_points(points):
    return struct.pack("<I", len(points)) + b"".join(
        struct.pack("<dd", x, y) for x, y in points)


def wkb_polygon(rings):
    return struct.pack("<BII", 1, 3, len(rings)) + b"".join(
        wkb_points(r) for r in rings)


def wkb_multipolygon(polygons):
    return struct.pack("<BII", 1, 6, len(polygons)) + b"".join(
        wkb_polygon(p) for p in polygons)


def wkb_multilinestring(lines):
    return struct.pack("<BII", 1, 5, len(lines)) + b"".join(
        struct.pack("<BI", 1, 2) + wkb_points(line) for line in lines)


def gpkg_header(env):
    """'GP', version 0, flags (bit 0 little-endian, bits 1-3 envelope type), srs."""
    if env is None:
        return b"GP" + struct.pack("<BBi", 0, 0x01, SRS_ID)
    minx, maxx, miny, maxy = env
    return b"GP" + struct.pack("<BBi4d", 0, 0x03, SRS_ID, minx, maxx, miny, maxy)


def point_blob(x, y):
    return gpkg_header(None) + struct.pack("<BIdd", 1, 1, x, y)


def multipolygon_blob(polygons):
    env = envelope([p for poly in polygons for ring in poly for p in ring])
    return gpkg_header(env) + wkb_multipolygon(polygons), env


def multilinestring_blob(lines):
    env = envelope([p for line in lines for p in line])
    return gpkg_header(env) + wkb_multilinestring(lines), env


# ------------------------------------------------------------ GeoPackage out

def create_table(con, table, columns, first=FID_COLUMN, geometry=None, required=()):
    """first: the integer primary key that GeoPackage user tables need."""
    defs = [first]
    if geometry:
        defs.append(f"geom {geometry}")
    for name, sql_type in columns:
        defs.append(f"{name} {sql_type}" + (" NOT NULL" if name in required else ""))
    con.execute(f"CREATE TABLE {table} (\n  " + ",\n  ".join(defs) + "\n)")


def typed(value, sql_type):
    """CSV text (already validated) as the column's SQL type."""
    if value is None or sql_type == "TEXT":
        return value
    return int(value) if sql_type == "INTEGER" else float(value)


def insert_rows(con, table, names, rows):
    marks = ", ".join("?" for _ in names)
    con.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)


def register(con, table, data_type, description, stamp, geometry_type=None, env=None):
    minx, maxx, miny, maxy = env if env else (None,) * 4
    srs = SRS_ID if geometry_type else None
    con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                " description, last_change, min_x, min_y, max_x, max_y, srs_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (table, data_type, table, description, stamp, minx, miny, maxx, maxy, srs))
    if geometry_type:
        con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                    (table, geometry_type, SRS_ID))


def write_zones(con, zones, stamp):
    create_table(con, "zones", ZONE_COLUMNS, geometry="POINT", required=ZONE_REQUIRED)
    con.execute("CREATE UNIQUE INDEX zones_zone_id ON zones(zone_id)")
    con.execute("CREATE INDEX zones_batch ON zones(batch)")
    con.execute("CREATE INDEX zones_province_code ON zones(province_code)")
    env, rows = None, []
    for zone in zones:
        values = [typed(zone[c], t) for c, t in ZONE_COLUMNS]
        lat, lon = zone["lat"], zone["lon"]
        geom = None
        if lat is not None:
            geom = point_blob(float(lon), float(lat))
            env = merge(env, (float(lon),) * 2 + (float(lat),) * 2)
        rows.append([geom] + values)
    insert_rows(con, "zones", ["geom"] + [c for c, _ in ZONE_COLUMNS], rows)
    register(con, "zones", "features", "Pilot zones, one point per zone", stamp, "POINT", env)


def write_batches(con, batches, stamp):
    create_table(con, "batches", BATCH_COLUMNS[1:], first="batch INTEGER PRIMARY KEY NOT NULL",
                 required=BATCH_REQUIRED)
    rows = [[typed(b[c], t) for c, t in BATCH_COLUMNS] for b in batches]
    insert_rows(con, "batches", [c for c, _ in BATCH_COLUMNS], rows)
    register(con, "batches", "attributes", "Approval batches of pilot zones", stamp)


def write_parks(con, parks, stamp):
    """Parks as points; one known only to district or city precision has
    no geometry, and the app draws it at its zone, marked approximate."""
    create_table(con, "parks", PARK_COLUMNS, geometry="POINT", required=PARK_REQUIRED)
    con.execute("CREATE UNIQUE INDEX parks_park_id ON parks(park_id)")
    con.execute("CREATE INDEX parks_zone_id ON parks(zone_id)")
    env, rows = None, []
    for park in parks:
        geom = None
        if park["lat"] is not None:
            lon, lat = float(park["lon"]), float(park["lat"])
            geom = point_blob(lon, lat)
            env = merge(env, (lon, lon, lat, lat))
        rows.append([geom] + [typed(park[c], t) for c, t in PARK_COLUMNS])
    insert_rows(con, "parks", ["geom"] + [c for c, _ in PARK_COLUMNS], rows)
    register(con, "parks", "features", "Cross-border e-commerce industrial parks", stamp, "POINT", env)


def write_indicators(con, indicators, stamp):
    create_table(con, "indicators", INDICATOR_COLUMNS,
                 first="id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", required=INDICATOR_REQUIRED)
    con.execute("CREATE INDEX indicators_scope ON indicators(scope, scope_id, indicator)")
    rows = [[typed(r[c], t) for c, t in INDICATOR_COLUMNS] for r in indicators]
    insert_rows(con, "indicators", [c for c, _ in INDICATOR_COLUMNS], rows)
    register(con, "indicators", "attributes",
             "Sourced figures (trade value, enterprises, warehouses...) by year", stamp)


def write_sources(con, sources, stamp):
    """One row per distinct source URL, so that the app can say whose page
    a link is ("Official document (www.gov.cn)", "Reported by Xinhua")."""
    create_table(con, "sources", SOURCE_COLUMNS,
                 first="id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL",
                 required=("url", "host", "kind", "publisher"))
    con.execute("CREATE UNIQUE INDEX sources_url ON sources(url)")
    rows = [(url,) + sources[url] for url in sorted(sources)]
    insert_rows(con, "sources", [c for c, _ in SOURCE_COLUMNS], rows)
    register(con, "sources", "attributes",
             "Each source URL with its host, kind (official, state_media, other) and publisher",
             stamp)


def write_features(con, table, geometry_type, columns, features, stamp, description):
    """features: (parts, properties) pairs; parts are polygons or lines."""
    create_table(con, table, columns, geometry=geometry_type)
    encode = multipolygon_blob if geometry_type == "MULTIPOLYGON" else multilinestring_blob
    env, rows = None, []
    for parts, props in features:
        blob, part_env = encode(parts)
        env = merge(env, part_env)
        rows.append([blob] + [props.get(c) for c, _ in columns])
    insert_rows(con, table, ["geom"] + [c for c, _ in columns], rows)
    register(con, table, "features", description, stamp, geometry_type, env)


def write_meta(con, zones, stamp):
    # GeoPackage attribute tables need an integer primary key; key stays unique.
    create_table(con, "pz_meta", (("key", "TEXT"), ("value", "TEXT")),
                 first="id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", required=("key",))
    con.execute("CREATE UNIQUE INDEX pz_meta_key ON pz_meta(key)")
    rows = [("schema_version", SCHEMA_VERSION), ("generator", "build-db.py"),
            ("data_date", max(z["approved"] for z in zones))]
    insert_rows(con, "pz_meta", ["key", "value"], rows)
    register(con, "pz_meta", "attributes", "Pilot Zones database metadata", stamp)


def fill(con, batches, zones, indicators, parks, sources, basemap, stamp, conventions=None):
    provinces, land, borders = basemap
    con.executescript(GPKG_CORE_SQL)
    con.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", SRS_ROWS)
    write_zones(con, zones, stamp)
    write_batches(con, batches, stamp)
    write_indicators(con, indicators, stamp)
    write_parks(con, parks, stamp)
    write_sources(con, sources, stamp)
    write_features(con, "provinces", "MULTIPOLYGON", PROVINCE_COLUMNS, provinces, stamp,
                   "Provincial-level divisions of China (Natural Earth 1:10m)")
    write_features(con, "land", "MULTIPOLYGON", LAND_COLUMNS, land, stamp,
                   "World land polygons (Natural Earth 1:50m and 1:110m)")
    write_features(con, "borders", "MULTILINESTRING", BORDER_COLUMNS, borders, stamp,
                   "Land borders between countries (Natural Earth 1:50m and 1:110m)")
    if conventions is not None:
        write_conventions(con, conventions, stamp)
    write_meta(con, zones, stamp)


def write_atomically(output, *content):
    """Build in a temporary file beside output, then rename it into place."""
    directory = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(prefix=".build-db-", suffix=".gpkg", dir=directory)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            fill(con, *content)
            con.commit()
        finally:
            con.close()
        # mkstemp makes the file private; the database is installed data.
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True, help="directory with zones.csv etc.")
    parser.add_argument("--basemap-dir", help="directory with the basemap GeoJSON (default: DIR/basemap)")
    parser.add_argument("--output", required=True, help="GeoPackage file to write")
    args = parser.parse_args(argv)
    basemap_dir = args.basemap_dir or os.path.join(args.data_dir, "basemap")
    try:
        batches, zones, indicators, parks, sources = load_tables(args.data_dir)
        basemap = load_basemap(basemap_dir)
        stamp = build_time(args.data_dir, basemap_dir)
        conventions = load_conventions(basemap_dir)
        write_atomically(args.output, batches, zones, indicators, parks, sources, basemap, stamp, conventions)
    except InputError as e:
        for message in e.messages:
            print(f"build-db: {message}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as e:
        reason = getattr(e, "strerror", None) or e
        print(f"build-db: {args.output}: cannot write: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
