#!/usr/bin/env python3
"""OWSLib (a WMS client nobody on this project wrote) against our WMS 1.3.0 and 1.1.1.

Usage: owslib_wms.py BASE_URL LON LAT UNIT_CODE
LON/LAT is a point inside the control unit UNIT_CODE. For each version: reads the capabilities
(zoning:control_units with its Chinese title, GetMap/GetFeatureInfo offered), gets a PNG map of
Shanxi (magic bytes, size) and asks GetFeatureInfo (JSON and plain text) at the point, which must
name UNIT_CODE. OWSLib itself maps the lon/lat bbox to the axis order of the CRS (lat/lon for
EPSG:4490 in 1.3.0). Prints one line per check; exits 1 on the first failure.
"""
import json
import struct
import sys

from owslib.wms import WebMapService

LAYER = "zoning:control_units"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SHANXI = (110.2, 34.5, 114.6, 40.8)  # lon/lat


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print("ok: " + msg)


def png_size(data):
    check(data[:8] == PNG_MAGIC, f"PNG magic bytes ({data[:16]!r})")
    check(data[12:16] == b"IHDR", "PNG starts with IHDR")
    return struct.unpack(">II", data[16:24])


def codes_in_json(data):
    doc = json.loads(data.decode("utf-8"))
    check(doc.get("type") == "FeatureCollection", f"GetFeatureInfo JSON is a FeatureCollection ({str(doc)[:200]})")
    found = set()
    for f in doc.get("features", []):
        for v in (f.get("properties") or {}).values():
            if isinstance(v, str):
                found.add(v)
        if f.get("id") is not None:
            found.add(str(f["id"]))
    return found, len(doc.get("features", []))


def run(base, version, lon, lat, code):
    wms = WebMapService(base + "/wms", version=version, timeout=60)
    check(wms.version == version, f"{version}: capabilities version {wms.version}")
    check(LAYER in wms.contents, f"{version}: {LAYER} in capabilities ({len(wms.contents)} layers)")
    title = wms[LAYER].title or ""
    check("环境管控单元" in title, f"{version}: {LAYER} title {title}")
    check("zoning:counties" in wms.contents, f"{version}: zoning:counties in capabilities")
    ops = [op.name for op in wms.operations]
    check("GetMap" in ops and "GetFeatureInfo" in ops, f"{version}: operations {ops}")
    fmts = wms.getOperationByName("GetMap").formatOptions
    check("image/png" in fmts, f"{version}: GetMap formats {fmts}")
    info_fmts = wms.getOperationByName("GetFeatureInfo").formatOptions
    check("application/json" in info_fmts and "text/plain" in info_fmts, f"{version}: GetFeatureInfo formats {info_fmts}")

    # the whole province, 400 x 560 (OWSLib swaps the lon/lat bbox for the yx axis order of EPSG:4490 in 1.3.0)
    img = wms.getmap(layers=[LAYER], styles=[""], srs="EPSG:4490", bbox=SHANXI, size=(400, 560),
                     format="image/png", transparent=True)
    ctype = img.info().get("Content-Type", "")
    data = img.read()
    check(ctype.startswith("image/png"), f"{version}: GetMap content type {ctype} ({data[:200]!r})")
    w, h = png_size(data)
    check((w, h) == (400, 560), f"{version}: GetMap image is {w}x{h}")

    # GetFeatureInfo at the centre pixel of a small map around the point
    d = 0.002
    bbox = (lon - d, lat - d, lon + d, lat + d)
    for info_format in ("application/json", "text/plain"):
        kw = dict(layers=[LAYER], styles=[""], srs="EPSG:4490", bbox=bbox, size=(101, 101), format="image/png",
                  query_layers=[LAYER], info_format=info_format, xy=(50, 50), feature_count=5)
        res = wms.getfeatureinfo(**kw)
        body = res.read()
        ctype = res.info().get("Content-Type", "")
        check(ctype.startswith(info_format), f"{version}: GetFeatureInfo {info_format} content type {ctype} ({body[:200]!r})")
        if info_format == "application/json":
            found, n = codes_in_json(body)
            check(code in found, f"{version}: GetFeatureInfo JSON has {n} feature(s) incl. unit {code}")
        else:
            text = body.decode("utf-8")
            check(code in text, f"{version}: GetFeatureInfo text names unit {code} ({len(text)} chars)")


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    base, lon, lat, code = sys.argv[1].rstrip("/"), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
    for version in ("1.3.0", "1.1.1"):
        run(base, version, lon, lat, code)
    print("ALL OK")


if __name__ == "__main__":
    main()
