#!/usr/bin/env bash
# OGC conformance gate for our own server (called by .ci/run after ./test passed; runnable by hand).
#   .ci/conformance.sh [--port N]
# Starts ./zoning serve on 127.0.0.1 over the repository's workspace with a private in-memory store
# (the sample scheme is bootstrapped into it), runs the OGC suites through conformance/ (docs/CONFORMANCE.md)
# with the gates below, stops the server. Exit 0 only when both suites pass their gates.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

PORT=18202
while (( $# > 0 )); do
  case $1 in
    --port) PORT=$2; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

# --- gates: what our server achieved when they were set (docs/CONFORMANCE.md); tighten, never loosen ---
# WFS: the one allowed failure is StoredQueryManagement.supportedStoredQueryLanguages, a bug of ets-wfs20 1.25
# (its XPath is //ows:Operation[name='CreateStoredQuery'], a child element, not @name; no valid capabilities match it)
WFS_MAX_FAILURES=1
WFS_MIN_PASSED=297
GML_MAX_FAILURES=0
GML_MIN_PASSED=23

# shellcheck source=jdk.sh
source .ci/jdk.sh
ecozoning_find_jdk

BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp)
start=$(date +%s)
echo "== conformance: ./zoning serve --port $PORT --bind 127.0.0.1 (in-memory store)"
./zoning serve --port "$PORT" --bind 127.0.0.1 --store "jdbc:h2:mem:conformance$$;DB_CLOSE_DELAY=-1" \
  --warm-up 0 >"$LOG" 2>&1 &
PID=$!
stop_server() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  rm -f "$LOG"
}
trap stop_server EXIT

ok=0
for _ in $(seq 1 600); do   # up to ~5 minutes, including a build
  if curl -fsS "$BASE/health" >/dev/null 2>&1; then ok=1; break; fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.5
done
if (( ok == 0 )); then
  echo "conformance: the server did not start; its output:" >&2
  cat "$LOG" >&2
  exit 2
fi

rc=0
conformance/run-wfs20.sh "$BASE/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities" \
  --max-failures "$WFS_MAX_FAILURES" --min-passed "$WFS_MIN_PASSED" || rc=1
# GML 3.2 of a GetFeature response: polygons (control units) and the county layer, a page of each
conformance/run-gml32.sh "$BASE/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:control_units,zoning:counties&COUNT=40" \
  --max-failures "$GML_MAX_FAILURES" --min-passed "$GML_MIN_PASSED" || rc=1

echo "== conformance: $(( $(date +%s) - start )) s, exit $rc"
exit $rc
