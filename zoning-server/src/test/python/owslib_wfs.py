#!/usr/bin/env python3
"""OWSLib (a WFS client nobody on this project wrote) against our WFS 2.0.0 and 1.1.0.

Usage: owslib_wfs.py BASE_URL EXPECTED_UNITS
Reads the capabilities of each version, then gets control units with a filter
(PropertyIsEqualTo class = PRIORITY_PROTECTION) and with a bbox, and checks the answers
against each other and against the total. Prints one line per check; exits 1 on the first failure.
"""
import json
import sys
import xml.etree.ElementTree as ET

from owslib.wfs import WebFeatureService

TYPE = "zoning:control_units"
GML_NS = {"2.0.0": "http://www.opengis.net/wfs/2.0", "1.1.0": "http://www.opengis.net/wfs"}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print("ok: " + msg)


def members(xml_bytes, version):
    """Feature count of a GML FeatureCollection (wfs:member for 2.0, gml:featureMember(s) for 1.1)."""
    root = ET.fromstring(xml_bytes)
    if not root.tag.endswith("FeatureCollection"):
        fail("not a FeatureCollection: " + xml_bytes[:300].decode("utf-8", "replace"))
    n = 0
    for el in root.iter():
        local = el.tag.rsplit("}", 1)[-1]
        if local.endswith("control_units"):
            n += 1
    return n


def classes(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return {el.text for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "class"}


def filter_xml(version):
    """An fes:Filter (2.0) or ogc:Filter (1.1) built by OWSLib's own filter classes."""
    if version == "2.0.0":
        from owslib import fes2
        prop = fes2.PropertyIsEqualTo(propertyname="zoning:class", literal="PRIORITY_PROTECTION")
        return fes2.FilterRequest().setConstraint(prop)  # an element: what the POST request builder takes
    from owslib import fes
    prop = fes.PropertyIsEqualTo(propertyname="zoning:class", literal="PRIORITY_PROTECTION")
    text = fes.FilterRequest().setConstraint(prop, tostring=True)
    return text.decode("utf-8") if isinstance(text, bytes) else text  # GET puts str(filter) in the URL


def run(base, version, expected):
    wfs = WebFeatureService(base + "/wfs", version=version, timeout=60)
    check(wfs.version == version, f"{version}: capabilities version {wfs.version}")
    check(TYPE in wfs.contents, f"{version}: {TYPE} in capabilities ({len(wfs.contents)} feature types)")
    ops = [op.name for op in wfs.operations]
    check("GetFeature" in ops and "DescribeFeatureType" in ops, f"{version}: operations {ops}")

    # all units: the total
    every = wfs.getfeature(typename=[TYPE], maxfeatures=expected + 10).read()
    total = members(every, version)
    check(total == expected, f"{version}: GetFeature returns {total} units (expected {expected})")

    # filter: priority-protection units only
    flt = filter_xml(version)
    # OWSLib 0.27 sends a 2.0 filter over GET as a non-standard QUERY parameter; POST builds a proper GetFeature
    got = wfs.getfeature(typename=[TYPE], filter=flt, method="POST" if version == "2.0.0" else "GET").read()
    n_prio = members(got, version)
    cls = classes(got)
    check(0 < n_prio < total, f"{version}: PropertyIsEqualTo class=PRIORITY_PROTECTION gives {n_prio} of {total}")
    check(cls == {"PRIORITY_PROTECTION"}, f"{version}: only PRIORITY_PROTECTION in the answer ({cls})")

    # bbox around Taiyuan (lon/lat in CRS84 order for the client; the server is told the CRS)
    bbox = (112.3, 37.6, 112.8, 38.0)
    if version == "2.0.0":
        got = wfs.getfeature(typename=[TYPE], bbox=bbox + ("urn:ogc:def:crs:OGC:1.3:CRS84",)).read()
    else:
        got = wfs.getfeature(typename=[TYPE], bbox=bbox, srsname="EPSG:4490").read()
    n_bbox = members(got, version)
    check(0 < n_bbox < total, f"{version}: bbox {bbox} gives {n_bbox} of {total}")
    return n_prio, n_bbox


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    base, expected = sys.argv[1].rstrip("/"), int(sys.argv[2])
    results = {v: run(base, v, expected) for v in ("2.0.0", "1.1.0")}
    check(results["2.0.0"] == results["1.1.0"], f"2.0.0 and 1.1.0 agree: {json.dumps(results)}")
    print("ALL OK")


if __name__ == "__main__":
    main()
