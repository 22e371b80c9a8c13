#!/usr/bin/python3
"""Exercises the ecozoning WPS 1.0.0 endpoint with OWSLib: capabilities, describe and execute
(sync and async) of zoning:AdmissionCompliance, zoning:BatchCompliance and zoning:UnitsAt.

Usage: /usr/bin/python3 wps_owslib.py http://127.0.0.1:18900/wps
Exits 0 when every check passes, 1 otherwise (the failing check is printed).
"""
import json
import sys
import time

from owslib.util import ServiceException
from owslib.wps import WebProcessingService, ComplexDataInput, SYNC, ASYNC

SITE = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))"
BATCH = json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"industry": "2614", "nature": "new"},
     "geometry": {"type": "Point", "coordinates": [112.605, 37.795]}},
    {"type": "Feature", "properties": {"industry": "4411"},
     "geometry": {"type": "Point", "coordinates": [112.615, 37.805]}}]})

CASES = {
    "zoning:AdmissionCompliance": ([("geometry", ComplexDataInput(SITE, mimeType="application/wkt")),
                                    ("industry", "2614"), ("nature", "new")], "report", '"verdict"'),
    "zoning:BatchCompliance": ([("features", ComplexDataInput(BATCH, mimeType="application/geo+json")),
                                ("nature", "new")], "summary", '"verdicts"'),
    "zoning:UnitsAt": ([("geometry", ComplexDataInput("POINT(112.605 37.795)", mimeType="application/wkt"))], "units", '"clauses"'),
}


def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)
    print("ok  ", what)


def output_text(execution, ident):
    for o in execution.processOutputs:
        if o.identifier == ident:
            if o.reference:
                return o.retrieveData() if hasattr(o, "retrieveData") else None
            return "".join(d if isinstance(d, str) else d.decode("utf-8") for d in o.data)
    return None


def main(url):
    wps = WebProcessingService(url, version="1.0.0", skip_caps=False)
    ids = [p.identifier for p in wps.processes]
    for pid in CASES:
        check(pid in ids, "capabilities list " + pid)
    for pid, (inputs, out, marker) in CASES.items():
        d = wps.describeprocess(pid)
        check(d.identifier == pid and len(d.dataInputs) > 0 and len(d.processOutputs) > 0, "describe " + pid)
        # synchronous, output embedded
        ex = wps.execute(pid, inputs, output=[(out, False, "application/json")], mode=SYNC)
        check(ex.isSucceded(), "sync execute %s (%s)" % (pid, ex.status))
        text = output_text(ex, out)
        check(text is not None and marker in text, "sync output %s of %s" % (out, pid))
        # asynchronous, polled through statusLocation, output by reference
        ex = wps.execute(pid, inputs, output=[(out, True, "application/json")], mode=ASYNC)
        check(ex.statusLocation is not None, "async statusLocation for " + pid)
        for _ in range(600):
            if ex.isComplete():
                break
            time.sleep(0.1)
            ex.checkStatus(sleepSecs=0)
        check(ex.isSucceded(), "async execute %s (%s %s)" % (pid, ex.status, [e.text for e in ex.errors]))
        text = output_text(ex, out)
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        check(text is not None and marker in text, "async output %s of %s" % (out, pid))
    # a bad request comes back as an exception, the service keeps answering
    try:
        ex = wps.execute("zoning:AdmissionCompliance", [("geometry", ComplexDataInput("POLYGON((1 2", mimeType="application/wkt")),
                                                        ("industry", "2614"), ("nature", "new")], output=[("report", False, None)], mode=SYNC)
        reported = not ex.isSucceded() and len(ex.errors) > 0
    except ServiceException as e:  # OWSLib raises on an ExceptionReport with an HTTP error status
        reported = "InvalidParameterValue" in str(e) and 'locator="geometry"' in str(e)
    check(reported, "bad geometry reported as an ExceptionReport")
    check(len(WebProcessingService(url, version="1.0.0").processes) == 3, "service still answers")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    try:
        sys.exit(main(sys.argv[1]))
    except SystemExit:
        raise
    except Exception as e:  # any OWSLib or network error is a failure
        print("FAIL:", type(e).__name__, e)
        sys.exit(1)
