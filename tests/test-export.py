#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Headless export from the command line, with no display: images show the
zones and the sea where they are; data files hold what the filter shows;
failures leave no file. Prints TAP.

Usage: test-export.py PATH/TO/pilot-zones PATH/TO/data/zones.csv
"""
import csv
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

APP, ZONES_CSV = sys.argv[1], sys.argv[2]
SKIP = object()
tests = []

# Colours from app/common/pz-map-style.c: batch palette and the light sea.
BATCH_COLOURS = {1: (0xd5, 0x5e, 0x00), 5: (0xcc, 0x79, 0xa7)}
SEA = (0xb4, 0xd2, 0xe7)


def test(fn):
    tests.append(fn)
    return fn


def zones_in_csv(**match):
    """Rows of data/zones.csv whose columns have the given values: the
    bundled counts come from the data, not from numbers written here."""
    with open(ZONES_CSV, encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if all(r[k] == v for k, v in match.items())]


def run(*args, expect=0):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([APP, *args], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == expect, \
        f"{args}: exit {result.returncode}, expected {expect}; stderr: {result.stderr}"
    return result


def read_png(path):
    """(width, height, rows of (r, g, b)) of an 8-bit RGB/RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 4 if colour == 6 else 3
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xff
            elif kind == 2:
                line[i] = (line[i] + b) & 0xff
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xff
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def project(lat, lon, centre_lat, centre_lon, zoom, width, height):
    """Web Mercator, as app/map/pz-view.c projects for a centred view."""
    world = 256 * 2 ** zoom
    mx = lambda lo: (lo + 180) / 360 * world
    my = lambda la: (1 - math.log(math.tan(math.radians(la)) + 1 / math.cos(math.radians(la))) / math.pi) / 2 * world
    return mx(lon) - mx(centre_lon) + width / 2, my(lat) - my(centre_lat) + height / 2


def close(a, b, tolerance=3):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


@test
def png_size_and_pixels(tmp):
    out = os.path.join(tmp, "map.png")
    centre, zoom, w, h = (34.0, 104.0), 5.0, 1600, 1000
    run("--export", out, "--width", str(w), "--height", str(h), "--no-title",
        "--center", f"{centre[0]},{centre[1]}", "--zoom", str(zoom))
    width, height, rows = read_png(out)
    assert (width, height) == (w, h), (width, height)
    for name, lat, lon, batch in (("Hangzhou", 30.29365, 120.16142, 1), ("Urumqi", 43.80096, 87.60046, 5)):
        x, y = project(lat, lon, *centre, zoom, w, h)
        pixel = rows[round(y)][round(x)]
        assert close(pixel, BATCH_COLOURS[batch]), f"{name} at ({x:.0f}, {y:.0f}) is {pixel}"
    x, y = project(31.0, 124.5, *centre, zoom, w, h)
    assert close(rows[round(y)][round(x)], SEA), f"sea east of Shanghai is {rows[round(y)][round(x)]}"


@test
def png_parks(tmp):
    """--parks draws the park symbols under the zones and explains them in
    the legend; Weihai's one park, known only to its district, sits hollow
    on a ring 15 px above its zone (app/map/pz-park-draw.c)."""
    centre, zoom, w, h = (34.0, 104.0), 5.0, 1600, 1000
    x, y = project(37.50914, 122.11356, *centre, zoom, w, h)
    pixels = {}
    for parks in (False, True):
        out = os.path.join(tmp, f"parks-{parks}.png")
        run("--export", out, "--width", str(w), "--height", str(h), "--center", f"{centre[0]},{centre[1]}",
            "--zoom", str(zoom), "--no-title", *(["--parks"] if parks else []))
        pixels[parks] = read_png(out)[2][round(y - 15)][round(x)]
    assert close(pixels[True], (0xff, 0xff, 0xff), 2), f"park symbol at Weihai is {pixels[True]}"
    assert not close(pixels[False], (0xff, 0xff, 0xff), 3), f"no park drawn, yet {pixels[False]}"

    out = os.path.join(tmp, "parks.svg")
    run("--export", out, "--parks", "--width", "1200", "--height", "800")
    desc = "".join(e.text or "" for e in ET.parse(out).getroot() if e.tag.endswith("desc"))
    assert "Industrial park (dashed: location approximate)" in desc, desc

    out = os.path.join(tmp, "parks-provinces.png")
    result = run("--export", out, "--parks", "--mode", "provinces", expect=1)
    assert "province modes" in result.stderr and not os.path.exists(out), result.stderr


@test
def png_4k(tmp):
    out = os.path.join(tmp, "4k.png")
    run("--export", out, "--width", "3840", "--height", "2160", "--batch", "5")
    width, height, _ = read_png(out)
    assert (width, height) == (3840, 2160)


@test
def svg_is_xml_with_legend(tmp):
    out = os.path.join(tmp, "map.svg")
    run("--export", out, "--width", "1200", "--height", "800")
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg"), root.tag
    # The legend is drawn as vector glyphs, and its text is in <desc>.
    desc = "".join(e.text or "" for e in root if e.tag.endswith("desc"))
    assert "Pilot zones by batch" in desc and "Batch 7 · 2022" in desc, desc
    paths = [e for e in root.iter() if e.tag.endswith("path")]
    assert len(paths) > 100, len(paths)


@test
def pdf_renders(tmp):
    out = os.path.join(tmp, "map.pdf")
    run("--export", out, "--format", "pdf", "--width", "842", "--height", "595", "--title", "Zones — 综试区")
    with open(out, "rb") as f:
        assert f.read(5) == b"%PDF-"
    if shutil.which("pdftoppm") is None:
        return SKIP
    subprocess.run(["pdftoppm", "-png", "-r", "30", out, os.path.join(tmp, "page")], check=True)
    pages = [p for p in os.listdir(tmp) if p.startswith("page")]
    assert len(pages) == 1, pages
    if shutil.which("pdftotext") is not None:
        text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
        assert "Pilot zones by batch" in text and "综试区" in text, text[:300]


@test
def subtitle_counts_in_words(tmp):
    """The subtitle under the title says "1 zone", not "1 zones"; PDF
    keeps it as text."""
    if shutil.which("pdftotext") is None:
        return SKIP
    assert len(zones_in_csv(batch="1")) == 1
    out = os.path.join(tmp, "one.pdf")
    run("--export", out, "--batch", "1", "--width", "842", "--height", "595")
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
    assert "1 zone · Batch 1 · data as of " in text, text[:300]
    assert "(null)" not in text, text[:300]


@test
def compare_on_a4(tmp):
    """--compare writes two provinces side by side on an A4 page: both
    names and their zone counts from the data are its text; an unknown id
    is refused before anything is written."""
    out = os.path.join(tmp, "compare.pdf")
    run("--compare", "330000,440000", "--export", out)
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout \
        if shutil.which("pdfinfo") else ""
    assert not info or "595.28 x 841.89" in info, info
    if shutil.which("pdftotext") is None:
        return SKIP
    words = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout.split()
    for name in ("Zhejiang", "Guangdong"):
        assert name in words, words[:60]
    for code in ("330000", "440000"):
        assert str(len(zones_in_csv(province_code=code))) in words, (code, words[:80])
    result = run("--compare", "330000,Atlantis", "--export", os.path.join(tmp, "no.pdf"), expect=1)
    assert "--compare" in result.stderr, result.stderr
    assert not os.path.exists(os.path.join(tmp, "no.pdf"))


@test
def geojson_features_follow_filter(tmp):
    out = os.path.join(tmp, "zones.geojson")
    run("--export-data", out, "--batch", "5")
    with open(out, encoding="utf-8") as f:
        collection = json.load(f)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(zones_in_csv(batch="5")), len(collection["features"])
    assert all(f["properties"]["batch"] == 5 for f in collection["features"])
    run("--export-data", out, "--batch", "5", "--province", "广东", "--force")
    with open(out, encoding="utf-8") as f:
        assert len(json.load(f)["features"]) == len(zones_in_csv(batch="5", province_en="Guangdong"))


@test
def view_link_sets_the_export(tmp):
    """--view takes a link the app copied: its filter, mode, centre and zoom."""
    out = os.path.join(tmp, "zones.geojson")
    run("--export-data", out, "--view",
        "pilotzones:?batch=5&province=440000&zoom=7&center=23.1,113.3&mode=zones&date=2022-12-31")
    with open(ZONES_CSV, encoding="utf-8") as f:
        expected = sum(1 for r in csv.DictReader(f) if r["batch"] == "5" and r["province_en"] == "Guangdong")
    with open(out, encoding="utf-8") as f:
        assert len(json.load(f)["features"]) == expected
    png = os.path.join(tmp, "view.png")
    run("--export", png, "--width", "400", "--height", "300",
        "--view", "pilotzones:?batch=1&mode=provinces&zoom=6&center=30.27,120.15")
    assert os.path.getsize(png) > 0
    result = run("--export", os.path.join(tmp, "bad.png"), "--view", "pilotzones:?batch=1&zoom=lots", expect=1)
    assert "--view" in result.stderr and "zoom" in result.stderr, result.stderr
    assert not os.path.exists(os.path.join(tmp, "bad.png"))


@test
def csv_round_trip(tmp):
    out = os.path.join(tmp, "zones.csv")
    run("--export-data", out, "--bom")
    with open(out, "rb") as f:
        raw = f.read()
    assert raw.startswith(b"\xef\xbb\xbf"), raw[:3]
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    source = {r["zone_id"]: r for r in zones_in_csv()}
    assert len(rows) == len(source), len(rows)
    for row in rows:
        original = source[row["zone_id"]]
        assert row["name_zh"] == original["name_zh"] and row["document"] == original["document"], row
    assert any(r["name_zh"] == "杭州市" for r in rows)


@test
def batch_8_and_its_successions(tmp):
    """The 2025 batch exports its 16 zones; Haikou and Sanya end when it
    made all of Hainan one zone, Alashankou ends without a successor."""
    out = os.path.join(tmp, "batch8.csv")
    run("--export-data", out, "--batch", "8")
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 16, len(rows)
    assert all(r["document"] == "国函〔2025〕40号" for r in rows), rows[0]
    every = {r["zone_id"]: r for r in zones_in_csv()}
    for zone, successor in (("haikou", "hainan"), ("sanya", "hainan"), ("alashankou", "")):
        assert every[zone]["ended"].startswith("2025") and every[zone]["successor"] == successor, every[zone]


@test
def gpkg_listed_by_ogrinfo(tmp):
    out = os.path.join(tmp, "zones.gpkg")
    run("--export-data", out, "--province", "Zhejiang")
    import sqlite3
    con = sqlite3.connect(out)
    count = con.execute("SELECT count(*) FROM zones").fetchone()[0]
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    con.close()
    assert count == len(zones_in_csv(province_en="Zhejiang")), count
    if shutil.which("ogrinfo") is None:
        return SKIP
    result = subprocess.run(["ogrinfo", "-ro", "-so", out], capture_output=True, text=True)
    assert result.returncode == 0 and "zones (Point)" in result.stdout, result.stdout + result.stderr


def no_leftovers(directory):
    return [n for n in os.listdir(directory)]


@test
def unwritable_target_fails_cleanly(tmp):
    # Root may write anywhere a mode allows, so use a place no one can
    # create files in, and a read-only directory when not root.
    for out in ["/proc/pilot-zones-test.png"] + ([] if os.geteuid() == 0 else [None]):
        if out is None:
            ro = os.path.join(tmp, "ro")
            os.mkdir(ro)
            os.chmod(ro, 0o555)
            out = os.path.join(ro, "map.png")
        result = run("--export", out, expect=1)
        assert result.stderr.startswith("pilot-zones: Cannot write") and out in result.stderr, result.stderr
        assert not os.path.exists(out)
    ro = os.path.join(tmp, "ro")
    if os.path.isdir(ro):
        assert no_leftovers(ro) == [], os.listdir(ro)


@test
def existing_file_needs_force(tmp):
    out = os.path.join(tmp, "keep.png")
    with open(out, "wb") as f:
        f.write(b"precious")
    result = run("--export", out, expect=1)
    assert "already exists" in result.stderr, result.stderr
    with open(out, "rb") as f:
        assert f.read() == b"precious"
    run("--export", out, "--force", "--width", "320", "--height", "200")
    assert read_png(out)[:2] == (320, 200)
    assert sorted(os.listdir(tmp)) == ["keep.png"], os.listdir(tmp)


@test
def bad_arguments_are_explained(tmp):
    for args, words in ((["--export", os.path.join(tmp, "x.bmp")], "Unknown image format"),
                        (["--export", os.path.join(tmp, "x.png"), "--batch", "9"], "--batch"),
                        (["--export", os.path.join(tmp, "x.png"), "--province", "Atlantis"], "Atlantis"),
                        (["--export", os.path.join(tmp, "x.png"), "--center", "95,10", "--zoom", "4"], "--center"),
                        (["--export", os.path.join(tmp, "x.png"), "--center", "30,120", "--zoom", "nan"],
                         "--zoom"),
                        (["--export-data", os.path.join(tmp, "x.xls")], "Unknown data format"),
                        # Every option is checked before anything is written: no x.png.
                        (["--export", os.path.join(tmp, "x.png"), "--export-data", os.path.join(tmp, "x.xls")],
                         "Unknown data format")):
        result = run(*args, expect=1)
        assert words in result.stderr, result.stderr
    assert os.listdir(tmp) == [], os.listdir(tmp)


def mount_tiny(path, size="64k"):
    """A tiny tmpfs for a full disk, where this process may mount (root)."""
    os.mkdir(path)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path],
                            capture_output=True)
    return result.returncode == 0


@test
def full_disk_leaves_nothing(tmp):
    tiny = os.path.join(tmp, "tiny")
    if not mount_tiny(tiny):
        return SKIP
    try:
        for args in (["--export", os.path.join(tiny, "map.png"), "--width", "1920", "--height", "1080"],
                     ["--export", os.path.join(tiny, "map.pdf")],
                     ["--export-data", os.path.join(tiny, "zones.gpkg")]):
            result = run(*args, expect=1)
            assert "No space left on device" in result.stderr or "full" in result.stderr, result.stderr
            assert os.listdir(tiny) == [], os.listdir(tiny)
    finally:
        subprocess.run(["umount", tiny])


def run_import(tmp, user_db, csv_text, expect=0):
    path = os.path.join(tmp, "list.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(csv_text)
    env = dict(os.environ, PZ_USER_DATABASE=user_db)
    env.pop("DISPLAY", None)
    result = subprocess.run([APP, "--import", path], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == expect, f"exit {result.returncode}: {result.stderr}"
    return result


@test
def import_from_command_line(tmp):
    user_db = os.path.join(tmp, "user", "user.sqlite")
    result = run_import(tmp, user_db, "name,city\nA,Hangzhou\n,Yiwu\nB,Atlantis\n")
    assert "Imported 1 enterprise" in result.stdout, result.stdout
    assert "Line 3: the enterprise name is missing" in result.stdout, result.stdout
    assert "Line 4:" in result.stdout and "Atlantis" in result.stdout, result.stdout


@test
def modes_export_what_they_draw(tmp):
    """Each map mode exports its own map: markers by batch, provinces by
    their zones, provinces by the enterprises imported (three in Zhejiang,
    none in Jiangxi), with the matching legend text; lakes show over the
    provinces' fills."""
    user_db = os.path.join(tmp, "modes", "user.sqlite")
    run_import(tmp, user_db, "name,city\nA,Hangzhou\nB,Hangzhou\nC,Yiwu\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PZ_USER_DATABASE"] = user_db
    centre, zoom, w, h = (30.0, 115.0), 5.0, 1600, 1000
    view = ["--center", f"{centre[0]},{centre[1]}", "--zoom", str(zoom), "--width", str(w), "--height", str(h),
            "--no-title"]
    legends = {"zones": "Pilot zones by batch", "provinces": "Zones per province",
               "imported": "Imported enterprises per province"}
    pixels = {}
    taihu = project(31.2, 120.2, *centre, zoom, w, h)
    for mode, legend in legends.items():
        svg, png = os.path.join(tmp, f"{mode}.svg"), os.path.join(tmp, f"{mode}.png")
        for out in (svg, png):
            result = subprocess.run([APP, "--export", out, "--mode", mode, *view], capture_output=True,
                                    text=True, env=env, timeout=120)
            assert result.returncode == 0, f"{mode}: {result.stderr}"
        desc = "".join(e.text or "" for e in ET.parse(svg).getroot() if e.tag.endswith("desc"))
        assert desc.startswith(legend), f"{mode}: {desc}"
        rows = read_png(png)[2]
        # The lakes stay over the provinces' fills.
        lake = rows[round(taihu[1])][round(taihu[0])]
        assert close(lake, SEA, 6), f"{mode}: Taihu is {lake}"
        pixels[mode] = [rows[round(y)][round(x)] for x, y in
                        (project(lat, lon, *centre, zoom, w, h) for lat, lon in ((28.0, 120.5), (27.0, 115.5)))]
    zhejiang, jiangxi = 0, 1
    assert not close(pixels["provinces"][zhejiang], pixels["zones"][zhejiang]), pixels
    assert not close(pixels["imported"][jiangxi], pixels["provinces"][jiangxi]), pixels
    assert not close(pixels["imported"][zhejiang], pixels["imported"][jiangxi]), pixels


@test
def unwritable_user_data_is_explained(tmp):
    result = run_import(tmp, "/proc/pilot-zones/user.sqlite", "name,city\nA,Hangzhou\n", expect=1)
    assert result.stderr.startswith("pilot-zones: Cannot create the folder"), result.stderr


@test
def interrupted_import_loses_nothing(tmp):
    """Killing an import midway leaves every earlier import whole and no
    half import behind: one transaction per import."""
    import signal
    import sqlite3
    user_db = os.path.join(tmp, "user.sqlite")
    run_import(tmp, user_db, "name,city\nKept,Hangzhou\n")
    big = os.path.join(tmp, "big.csv")
    with open(big, "w", encoding="utf-8") as f:
        f.write("name,city\n" + "".join(f"Enterprise {i},Ningbo\n" for i in range(200000)))
    env = dict(os.environ, PZ_USER_DATABASE=user_db)
    for delay in (0.3, 0.6, 0.9):
        proc = subprocess.Popen([APP, "--import", big], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    con = sqlite3.connect(user_db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for import_id, rows in con.execute("SELECT id, rows FROM imports").fetchall():
        stored = con.execute("SELECT count(*) FROM enterprises WHERE import_id = ?", (import_id,)).fetchone()[0]
        assert stored == rows, (import_id, rows, stored)
    assert con.execute("SELECT count(*) FROM enterprises WHERE name = 'Kept'").fetchone()[0] == 1
    con.close()


CHINA_FILL, LAND = (0xfb, 0xf9, 0xf4), (0xe9, 0xe5, 0xdc)


def sea_inset_frame(width, height):
    """The inset's frame, as app/map/pz-sea-inset.c places it on an export
    with an attribution line: x, y, w, h and the inset's world size."""
    my = lambda la: (1 - math.log(math.tan(math.radians(la)) + 1 / math.cos(math.radians(la))) / math.pi) / 2
    unit_w, unit_h = (123.0 - 105.5) / 360, my(3.0) - my(24.5)
    h = min(max(height * 0.3, 200), 300)
    w = h * unit_w / unit_h
    bottom = height - 16 - 14 - 8
    world = h / unit_h
    return (width - 16 - w, bottom - h, w, h,
            lambda lat, lon: ((lon + 180) / 360 * world - (105.5 + 180) / 360 * world + width - 16 - w,
                              (my(lat) - my(24.5)) * world + bottom - h))


@test
def national_map_follows_china_conventions(tmp):
    """A national export in Chinese has the South China Sea inset (frame,
    title 南海诸岛, islands) and the schematic-map notice; 藏南 and Taiwan
    have China's fill; --boundaries de-facto changes all of that."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(LANGUAGE="zh_CN", LC_ALL="C.UTF-8")
    centre, zoom, w, h = (26.0, 108.0), 5.5, 1600, 1000
    view = ["--center", f"{centre[0]},{centre[1]}", "--zoom", str(zoom), "--width", str(w), "--height", str(h),
            "--no-title"]
    islands_file = os.path.join(os.path.dirname(ZONES_CSV), "basemap", "south_china_sea_minor_islands_10m.geojson")
    with open(islands_file, encoding="utf-8") as f:
        islands = [feature["geometry"]["coordinates"][0] for feature in json.load(f)["features"]
                   if feature["geometry"]["type"] == "Polygon"]
    fx, fy, fw, fh, to_inset = sea_inset_frame(w, h)
    rows = {}
    for boundaries in ("china", "de-facto"):
        pdf, png = os.path.join(tmp, f"{boundaries}.pdf"), os.path.join(tmp, f"{boundaries}.png")
        for out in (pdf, png):
            result = subprocess.run([APP, "--export", out, "--boundaries", boundaries, *view],
                                    capture_output=True, text=True, env=env, timeout=120)
            assert result.returncode == 0, f"{boundaries}: {result.stderr}"
        rows[boundaries] = read_png(png)[2]
        if shutil.which("pdftotext") is not None:
            text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
            assert "示意图" in text, text[-300:]
            assert ("南海诸岛" in text) == (boundaries == "china"), f"{boundaries}: {text[-300:]}"
    china, de_facto = rows["china"], rows["de-facto"]
    # The frame: dark along its left edge, in the middle.
    frame_pixel = china[round(fy + fh / 2)][round(fx)]
    assert sum(frame_pixel) < 300, f"inset frame at ({fx:.0f}, {fy + fh / 2:.0f}) is {frame_pixel}"
    # The islands: away from the title and scale bar, each shows as a dot.
    inked = missing = 0
    for ring in islands:
        lon, lat = sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
        x, y = to_inset(lat, lon)
        if not (fx + 4 < x < fx + fw - 4 and fy + 30 < y < fy + fh - 40):
            continue
        around = [china[round(y) + dy][round(x) + dx] for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        if any(not close(p, SEA, 12) for p in around):
            inked += 1
        else:
            missing += 1
    assert inked > 20 and missing <= inked // 10, f"islands in the inset: {inked} drawn, {missing} not"
    for name, lat, lon in (("Zangnan", 28.0, 94.5), ("Taiwan", 22.9, 120.7)):
        x, y = project(lat, lon, *centre, zoom, w, h)
        assert close(china[round(y)][round(x)], CHINA_FILL), f"{name} (china) is {china[round(y)][round(x)]}"
        assert close(de_facto[round(y)][round(x)], LAND), f"{name} (de facto) is {de_facto[round(y)][round(x)]}"
    # No inset in the de facto view: the sea shows where the islands were.
    x, y = to_inset(10.0, 108.0)
    assert close(de_facto[round(y)][round(x)], SEA), f"de facto inset area is {de_facto[round(y)][round(x)]}"


@test
def dashed_line_in_the_main_map(tmp):
    """Where the main map shows the South China Sea, each dash of the line
    starts with ink; the de facto view has none."""
    line_file = os.path.join(os.path.dirname(ZONES_CSV), "basemap", "china_nine_dash_line_10m.geojson")
    with open(line_file, encoding="utf-8") as f:
        starts = [feature["geometry"]["coordinates"][0] for feature in json.load(f)["features"]]
    # 1600 wide: the width a --zoom refers to.
    centre, zoom, w, h = (13.0, 115.0), 5.0, 1600, 1600
    inked = {}
    for boundaries in ("china", "de-facto"):
        out = os.path.join(tmp, f"{boundaries}.png")
        run("--export", out, "--boundaries", boundaries, "--center", f"{centre[0]},{centre[1]}",
            "--zoom", str(zoom), "--width", str(w), "--height", str(h), "--no-title", "--no-legend",
            "--no-north", "--no-scale")
        rows = read_png(out)[2]
        inked[boundaries] = 0
        for lon, lat in starts:
            x, y = project(lat, lon, *centre, zoom, w, h)
            if 70 < y < h - 60:
                inked[boundaries] += not close(rows[round(y)][round(x)], SEA, 12)
    assert inked["china"] >= 7 and inked["de-facto"] <= 1, inked


def png_is_whole(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")


@test
def interrupted_export_leaves_nothing(tmp):
    """SIGINT, SIGTERM or SIGKILL at any point of a slow export (a large
    PNG) leave no new file, no truncated file and no temporary file; with
    --force, the old file or the whole new one."""
    import signal
    import time
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = os.path.join(tmp, "big.png")
    args = [APP, "--export", out, "--width", "6000", "--height", "6000"]
    start = time.monotonic()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)
    duration = time.monotonic() - start
    assert png_is_whole(out)
    os.unlink(out)
    old = os.path.join(tmp, "old.png")
    with open(old, "wb") as f:
        f.write(b"old content")
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        for fraction in (0.1, 0.5, 0.9, 0.98):
            for target, extra in ((out, []), (old, ["--force"])):
                proc = subprocess.Popen([APP, "--export", target, "--width", "6000", "--height", "6000", *extra],
                                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(duration * fraction / 2 if extra else duration * fraction)
                proc.send_signal(sig)
                proc.wait(timeout=300)
                names = sorted(os.listdir(tmp))
                assert set(names) <= {"big.png", "old.png"}, f"{sig.name} at {fraction}: {names}"
                if target == out and os.path.exists(out):
                    # The export finished before the signal: the file is whole.
                    assert png_is_whole(out), f"{sig.name} at {fraction}: truncated {out}"
                    os.unlink(out)
                with open(old, "rb") as f:
                    content = f.read()
                assert content == b"old content" or png_is_whole(old), f"{sig.name} at {fraction}: {old} broken"
                if content != b"old content":
                    with open(old, "wb") as f:
                        f.write(b"old content")


@test
def concurrent_exports_one_wins(tmp):
    """Two exports to one new name without --force: exactly one writes it,
    the other says it exists, in every format; nothing else is left."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for name, option in (("a.png", "--export"), ("a.svg", "--export"), ("a.pdf", "--export"),
                         ("a.csv", "--export-data"), ("a.geojson", "--export-data"), ("a.gpkg", "--export-data")):
        out = os.path.join(tmp, name)
        procs = [subprocess.Popen([APP, option, out], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        codes = sorted(code for code, _ in results)
        assert codes == [0, 1], f"{name}: {results}"
        assert "already exists" in [err for code, err in results if code == 1][0], results
        assert os.path.getsize(out) > 0
        assert name in os.listdir(tmp) and all(not n.startswith(".") for n in os.listdir(tmp)), os.listdir(tmp)


@test
def dangling_link_refused(tmp):
    out = os.path.join(tmp, "link.png")
    os.symlink(os.path.join(tmp, "nowhere.png"), out)
    for extra in ([], ["--force"]):
        result = run("--export", out, "--width", "320", "--height", "200", *extra, expect=1)
        assert "missing file" in result.stderr, result.stderr
    assert sorted(os.listdir(tmp)) == ["link.png"] and os.path.islink(out), os.listdir(tmp)
    # A link to an existing file: --force replaces the file it points to.
    real = os.path.join(tmp, "real.png")
    with open(real, "wb") as f:
        f.write(b"old")
    os.unlink(out)
    os.symlink(real, out)
    run("--export", out, "--width", "320", "--height", "200", "--force")
    assert os.path.islink(out) and png_is_whole(real)


@test
def data_files_follow_umask(tmp):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for mask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        for name in ("zones.gpkg", "zones.csv", "map.png"):
            out = os.path.join(tmp, f"{mask:o}-{name}")
            option = "--export" if name.endswith("png") else "--export-data"
            subprocess.run([APP, option, out, *(["--width", "320", "--height", "200"] if option == "--export" else [])],
                           env=env, check=True, capture_output=True, preexec_fn=lambda: os.umask(mask))
            assert os.stat(out).st_mode & 0o777 == mode, f"{out}: {os.stat(out).st_mode & 0o777:o}"


def png_chunks(path):
    """{type: [data, ...]} of a PNG's chunks."""
    with open(path, "rb") as f:
        data = f.read()
    pos, chunks = 8, {}
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunks.setdefault(kind.decode(), []).append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    return chunks


def pixel(path, x, y):
    """(r, g, b) at (x, y), read by ImageMagick (fast on large images)."""
    out = subprocess.run(["convert", path, "-format", f"%[fx:int(255*p{{{x},{y}}}.r)],%[fx:int(255*p{{{x},{y}}}.g)],"
                          f"%[fx:int(255*p{{{x},{y}}}.b)]", "info:"], capture_output=True, text=True, check=True)
    return tuple(int(v) for v in out.stdout.split(","))


def svg_texts(path):
    return [(e.text or "", float(e.get("font-size", 0))) for e in ET.parse(path).getroot().iter()
            if e.tag.endswith("}text") or e.tag == "text"]


@test
def paper_pages(tmp):
    """A4 landscape at 300 dpi: 3508 × 2480 pixels with the resolution and
    title in the PNG; a PDF page of 842 × 595 points with a title; SVG
    legend entries as <text>."""
    png, pdf, svg = (os.path.join(tmp, f"a4.{e}") for e in ("png", "pdf", "svg"))
    for out in (png, pdf, svg):
        run("--export", out, "--paper", "A4", "--landscape", *(["--dpi", "300"] if out == png else []),
            "--title", "Zones 综试区")
    width, height = struct.unpack(">II", png_chunks(png)["IHDR"][0][:8])
    assert (width, height) == (3508, 2480), (width, height)
    x_ppm, y_ppm, unit = struct.unpack(">IIB", png_chunks(png)["pHYs"][0])
    assert unit == 1 and round(x_ppm * 0.0254) == 300 == round(y_ppm * 0.0254), (x_ppm, unit)
    texts = b"".join(png_chunks(png).get("iTXt", []) + png_chunks(png).get("tEXt", []))
    assert b"Title" in texts and "综试区".encode() in texts and b"Source" in texts, texts
    if shutil.which("pdfinfo") is not None:
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        assert "841.89 x 595.28 pts (A4)" in info and "Zones 综试区" in info, info
    texts = [t for t, _ in svg_texts(svg)]
    assert "Batch 5 · 2020" in texts and "Zones 综试区" in texts, texts
    # Portrait and other papers.
    out = os.path.join(tmp, "a5.png")
    run("--export", out, "--paper", "a5", "--portrait", "--dpi", "150")
    assert struct.unpack(">II", png_chunks(out)["IHDR"][0][:8]) == (874, 1240)


@test
def legend_prints_at_nine_points(tmp):
    """Legend text is 8–10 pt on paper: its font size in the SVG, and the
    height of its text in points the same in PNGs at 150, 300 and 600 dpi."""
    svg = os.path.join(tmp, "a4.svg")
    run("--export", svg, "--paper", "A4")
    sizes = [size for text, size in svg_texts(svg) if text.startswith("Batch ")]
    assert sizes and all(8 <= size <= 10 for size in sizes), sizes
    heights = []
    for dpi in (150, 300, 600):
        out = os.path.join(tmp, f"legend-{dpi}.png")
        run("--export", out, "--paper", "A4", "--dpi", str(dpi), "--mode", "provinces", "--no-title", "--no-scale",
            "--no-north", "--no-attribution")
        width, height = struct.unpack(">II", png_chunks(out)["IHDR"][0][:8])
        m = round(11 / 25.4 * dpi)  # inside the 10 mm margin and the frame line
        # Only the legend's text has the panel text colour (#2e3436) inside the frame.
        box = subprocess.run(["convert", out, "-crop", f"{width - 2 * m}x{height - 2 * m}+{m}+{m}", "+repage",
                              "-fuzz", "4%", "-fill", "white", "+opaque", "#2e3436", "-trim", "-format", "%h", "info:"],
                             capture_output=True, text=True, check=True).stdout
        heights.append(int(box) * 72 / dpi)
    assert max(heights) - min(heights) < 0.03 * max(heights), heights
    assert 40 < heights[0] < 200, heights


@test
def same_area_at_any_size(tmp):
    """A view covers the same longitudes at 1920 × 1080 and 7680 × 4320:
    zones sit at the same fraction of the width and height."""
    centre, zoom = (34.0, 104.0), 5.0
    for w, h in ((1920, 1080), (7680, 4320)):
        out = os.path.join(tmp, f"{w}.png")
        run("--export", out, "--width", str(w), "--height", str(h), "--no-title",
            "--center", f"{centre[0]},{centre[1]}", "--zoom", str(zoom))
        for name, lat, lon, batch in (("Hangzhou", 30.29365, 120.16142, 1), ("Urumqi", 43.80096, 87.60046, 5)):
            # The zoom refers to a map 1600 logical pixels wide.
            x, y = project(lat, lon, *centre, zoom, 1600, 1600 * h / w)
            found = pixel(out, round(x * w / 1600), round(y * w / 1600))
            assert close(found, BATCH_COLOURS[batch], 4), f"{w}: {name} is {found}"


@test
def page_options_are_checked(tmp):
    out = os.path.join(tmp, "x.png")
    for args, words in ((["--export", out, "--width", "0"], "--width"),
                        (["--export", out, "--height", "-5"], "--height"),
                        (["--export", out, "--dpi", "0"], "--dpi"),
                        (["--export", out, "--paper", "B5"], "--paper"),
                        (["--export", out, "--paper", "A4", "--width", "800"], "--paper"),
                        (["--export", out, "--landscape"], "--landscape"),
                        (["--export", os.path.join(tmp, "x.svg"), "--dpi", "300"], "--dpi"),
                        (["--export", out, "--title", "T", "--no-title"], "--no-title"),
                        (["--export-data", os.path.join(tmp, "x.csv"), "--zoom", "5"], "--zoom"),
                        (["--export-data", os.path.join(tmp, "x.csv"), "--paper", "A4"], "--paper"),
                        (["--export-data", os.path.join(tmp, "x.csv"), "--no-legend"], "--no-legend"),
                        (["--export", out, "--bom"], "--bom")):
        result = run(*args, expect=1)
        assert words in result.stderr, f"{args}: {result.stderr}"
    assert os.listdir(tmp) == [], os.listdir(tmp)
    # --help-all groups the options: "Image export" and "Data export" sections.
    sections = {}
    for block in run("--help-all").stdout.split("\n\n"):
        if block.strip():
            sections[block.strip().splitlines()[0]] = block
    image = next(b for h, b in sections.items() if h.startswith("Image export"))
    data = next(b for h, b in sections.items() if h.startswith("Data export"))
    assert all(o in image for o in ("--paper", "--dpi", "--landscape", "--no-legend", "--no-north")), image
    assert "--bom" in data and "--paper" not in data and "--bom" not in image, data
    # A PDF without a size is an A4 page.
    out = os.path.join(tmp, "map.pdf")
    run("--export", out, "--no-legend", "--no-scale", "--no-north", "--no-attribution", "--no-title")
    if shutil.which("pdfinfo") is not None:
        info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
        assert "(A4)" in info, info


@test
def honest_legend_and_subtitle(tmp):
    """The legend lists the batches shown and explains hollow markers with
    the year from the data; the subtitle counts the zones inside the map
    and dates the data by its latest change."""
    with open(ZONES_CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    latest = max([r["approved"] for r in rows] + [r["ended"] for r in rows if r["ended"]])
    ended_years = sorted({r["ended"][:4] for r in rows if r["ended"] and r["batch"] == "5"})
    out = os.path.join(tmp, "b5.svg")
    run("--export", out, "--batch", "5")
    texts = [t for t, _ in svg_texts(out)]
    assert [t for t in texts if t.startswith("Batch ")] == ["Batch 5 · 2020"], texts
    if ended_years:
        assert f"Hollow: revoked in {', '.join(ended_years)}" in texts, texts
    n5 = sum(r["batch"] == "5" for r in rows)
    assert any(t.startswith(f"{n5} zones · Batch 5") and t.endswith(f"data as of {latest}") for t in texts), texts
    # A view of Zhejiang holds fewer zones than the filter shows.
    out = os.path.join(tmp, "zj.svg")
    run("--export", out, "--center", "29.2,120.3", "--zoom", "7")
    texts = [t for t, _ in svg_texts(out)]
    subtitle = next(t for t in texts if "data as of" in t)
    inside, total = subtitle.split(" zones")[0].split(" of ")
    assert int(total) == len(rows) and 5 < int(inside) < len(rows), subtitle


@test
def province_mode_frames_the_province(tmp):
    """--mode provinces --province Xinjiang frames Xinjiang's outline: the
    province fills the frame without running off it."""
    out = os.path.join(tmp, "xj.png")
    w, h = 400, 300
    run("--export", out, "--mode", "provinces", "--province", "Xinjiang", "--width", str(w), "--height", str(h),
        "--no-title", "--no-legend", "--no-scale", "--no-north", "--no-attribution")
    _, _, pixels = read_png(out)
    # The commonest colour around the centre (the province's name sits there).
    centre = [pixels[y][x] for y in range(h // 2 - 30, h // 2 + 30) for x in range(w // 2 - 30, w // 2 + 30)]
    fill = max(set(centre), key=centre.count)
    xs = [x for y in range(h) for x in range(w) if close(pixels[y][x], fill, 2)]
    ys = [y for y in range(h) for x in range(w) if close(pixels[y][x], fill, 2)]
    assert min(xs) > 10 and max(xs) < w - 10 and min(ys) > 10 and max(ys) < h - 10, (min(xs), max(xs), min(ys), max(ys))
    assert max(xs) - min(xs) > 0.6 * w or max(ys) - min(ys) > 0.6 * h, (min(xs), max(xs), min(ys), max(ys))


@test
def chinese_in_simplified_glyphs(tmp):
    """Chinese text takes the Simplified Chinese face of a CJK font even in
    the C locale, where fontconfig would otherwise pick the Japanese one."""
    if shutil.which("pdffonts") is None:
        return SKIP
    out = os.path.join(tmp, "zh.pdf")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL")}
    env["LANG"] = "C.UTF-8"
    subprocess.run([APP, "--export", out, "--title", "跨境电子商务综合试验区"], env=env, check=True, capture_output=True)
    fonts = subprocess.run(["pdffonts", out], capture_output=True, text=True, check=True).stdout
    cjk = [line.split()[0] for line in fonts.splitlines() if "CJK" in line]
    if not cjk:
        return SKIP  # no CJK font installed
    assert all("CJKsc" in name or " SC" in name for name in cjk), fonts


@test
def data_exports_carry_ids_counts_and_index(tmp):
    """GeoJSON features have an id; CSV and GeoJSON count each zone's
    parks; the GeoPackage has its extent and a spatial index."""
    import sqlite3
    out = os.path.join(tmp, "zones.geojson")
    run("--export-data", out)
    features = json.load(open(out, encoding="utf-8"))["features"]
    assert all(f["id"] == f["properties"]["zone_id"] for f in features), features[0]
    assert sum(f["properties"]["parks"] for f in features) > 0 and all(
        isinstance(f["properties"]["parks"], int) for f in features)
    out = os.path.join(tmp, "zones.csv")
    run("--export-data", out)
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    weihai = next(r for r in rows if r["zone_id"] == "weihai")
    assert int(weihai["parks"]) >= 1, weihai
    out = os.path.join(tmp, "zones.gpkg")
    run("--export-data", out)
    con = sqlite3.connect(out)
    extent = con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'zones'").fetchone()
    assert None not in extent and 73 < extent[0] < extent[2] < 136 and 18 < extent[1] < extent[3] < 54, extent
    assert con.execute("SELECT count(*) FROM rtree_zones_geom").fetchone()[0] == len(rows)
    assert con.execute("SELECT extension_name FROM gpkg_extensions").fetchone()[0] == "gpkg_rtree_index"
    con.close()
    if shutil.which("ogrinfo") is None:
        return SKIP
    info = subprocess.run(["ogrinfo", "-ro", "-so", out, "zones"], capture_output=True, text=True).stdout
    assert "Extent: (" in info and f"Feature Count: {len(rows)}" in info, info
    assert "ERROR" not in info, info


@test
def csv_formulas_neutralised(tmp):
    """A name that a spreadsheet would run as a formula is written as text."""
    import sqlite3
    db = os.path.join(tmp, "crafted.gpkg")
    shutil.copy(os.environ["PZ_DATABASE"], db)
    con = sqlite3.connect(db)
    con.execute("""UPDATE zones SET name_en = '=HYPERLINK("http://example.com","x")' WHERE zone_id = 'hangzhou'""")
    con.execute("UPDATE zones SET name_pinyin = '@SUM(1+1)', note = '-1+2' WHERE zone_id = 'tianjin'")
    con.commit()
    con.close()
    out = os.path.join(tmp, "zones.csv")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PZ_DATABASE"] = db
    subprocess.run([APP, "--export-data", out], env=env, check=True, capture_output=True)
    rows = {r["zone_id"]: r for r in csv.DictReader(open(out, encoding="utf-8"))}
    assert rows["hangzhou"]["name_en"] == "'=HYPERLINK(\"http://example.com\",\"x\")", rows["hangzhou"]["name_en"]
    assert rows["tianjin"]["name_pinyin"] == "'@SUM(1+1)" and rows["tianjin"]["note"] == "'-1+2", rows["tianjin"]
    # Coordinates stay numbers, negative or not.
    assert float(rows["hangzhou"]["lat"]) > 0


@test
def pdf_has_no_seam(tmp):
    """The PDF of centre 31.2,120.5 zoom 7, rendered by pdftoppm, is sea
    wherever the PNG of the same page is sea (away from edges): no hairline
    from the legend's text to the north arrow across the East China Sea."""
    if shutil.which("pdftoppm") is None or shutil.which("convert") is None:
        return SKIP
    view = ["--center", "31.2,120.5", "--zoom", "7"]
    pdf, png = os.path.join(tmp, "view.pdf"), os.path.join(tmp, "view.png")
    run("--export", pdf, "--width", "1600", "--height", "1000", *view)
    run("--export", png, "--width", "2500", "--height", "1563", "--dpi", "150", *view)
    # 1200 × 750 pt at 150 dpi: the PNG's 2500 × 1563 pixels, the same page.
    subprocess.run(["pdftoppm", "-png", "-r", "150", pdf, os.path.join(tmp, "pdf")], check=True)
    rendered = os.path.join(tmp, "pdf-1.png")
    sea = "#%02X%02X%02X" % SEA
    sea_png, not_sea_pdf = os.path.join(tmp, "a.png"), os.path.join(tmp, "b.png")
    # White where the PNG is sea (not within 2 px of anything else) ...
    subprocess.run(["convert", png, "-fuzz", "1%", "-fill", "black", "+opaque", sea, "-fill", "white", "-opaque", sea,
                    "-morphology", "Erode", "Square:2", sea_png], check=True)
    # ... and where the rendered PDF is not.
    subprocess.run(["convert", rendered, "-fuzz", "1.5%", "-fill", "white", "+opaque", sea, "-fill", "black",
                    "-opaque", sea, not_sea_pdf], check=True)
    count = subprocess.run(["convert", sea_png, not_sea_pdf, "-compose", "multiply", "-composite", "-format",
                            "%[fx:round(mean*w*h)]", "info:"], capture_output=True, text=True, check=True).stdout
    assert int(count) == 0, f"{count} sea pixels of the PNG are not sea in the PDF"


@test
def national_map_holds_every_zone(tmp):
    """A fitted national 1920 × 1080 export holds every zone inside its
    frame, below the title band (Sanya on Hainan, Heihe in Heilongjiang):
    the subtitle counts all of them, not "N of 165"."""
    with open(ZONES_CSV, encoding="utf-8") as f:
        total = sum(1 for _ in csv.DictReader(f))
    for size in (("1920", "1080"), ("1080", "1920"), ("800", "450")):
        out = os.path.join(tmp, f"national-{size[0]}.svg")
        run("--export", out, "--width", size[0], "--height", size[1])
        subtitle = next(t for t, _ in svg_texts(out) if "data as of" in t)
        assert subtitle.startswith(f"{total} zones ·"), f"{size}: {subtitle}"


@test
def charts_export_on_a_page(tmp):
    """--chart writes a statistics chart of the zones shown through the
    same page model: SVG text as <text>, a PDF page of the paper asked for,
    a PNG with its resolution; map options do not apply."""
    svg = os.path.join(tmp, "batches.svg")
    run("--export", svg, "--chart", "batches", "--batch", "1,5")
    texts = [t for t, _ in svg_texts(svg)]
    assert "Zones per batch" in texts, texts
    pdf = os.path.join(tmp, "time.pdf")
    run("--export", pdf, "--chart", "over-time", "--paper", "A5")
    if shutil.which("pdfinfo") is not None:
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        assert "595.28 x 419.53 pts" in info and "Zones in force over time" in info, info
    png = os.path.join(tmp, "provinces.png")
    run("--export", png, "--chart", "provinces", "--paper", "A4", "--dpi", "150")
    assert struct.unpack(">II", png_chunks(png)["IHDR"][0][:8]) == (1754, 1240)
    for args, words in ((["--chart", "pie"], "--chart"), (["--chart", "batches", "--zoom", "5"], "--zoom"),
                        (["--chart", "batches", "--mode", "provinces"], "--mode")):
        result = run("--export", os.path.join(tmp, "x.png"), *args, expect=1)
        assert words in result.stderr, result.stderr
    assert not os.path.exists(os.path.join(tmp, "x.png"))


print(f"1..{len(tests)}")
failed = 0
for number, fn in enumerate(tests, 1):
    with tempfile.TemporaryDirectory(prefix="pz-export-") as tmp:
        try:
            outcome = fn(tmp)
            print(f"ok {number} - {fn.__name__}" + (" # SKIP tool missing" if outcome is SKIP else ""))
        except AssertionError as e:
            failed += 1
            print(f"not ok {number} - {fn.__name__}")
            for line in str(e).splitlines():
                print(f"# {line}")
sys.exit(1 if failed else 0)
