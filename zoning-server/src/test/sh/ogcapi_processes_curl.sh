#!/usr/bin/env bash
# OGC API – Processes with curl alone, as another agency's script would use it: the process list
# and descriptions, a synchronous execution of each of our three processes, an asynchronous one
# (Prefer: respond-async → 201 + Location, polled to "successful", results, dismissal), and two
# bad requests answered with problem JSON. Prints "ALL OK" at the end; exits non-zero on the first
# failed check.
#   ogcapi_processes_curl.sh BASE_URL     (e.g. http://127.0.0.1:8080)
set -euo pipefail
BASE="${1:?usage: $0 BASE_URL}/ogcapi"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
ok() { echo "ok: $*"; }
# request METHOD PATH [BODY] [extra curl args…] → status in $STATUS, body in $TMP/body, headers in $TMP/h
request() {
  local method="$1" path="$2" body="${3:-}"; shift 3 || shift $#
  local args=(-sS -X "$method" -D "$TMP/h" -o "$TMP/body" -w '%{http_code}')
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS="$(curl "${args[@]}" "$@" "$BASE$path")"
}
has() { grep -q -- "$1" "$TMP/body" || fail "$2 (body: $(head -c 300 "$TMP/body"))"; }

request GET /processes "" -H 'Accept: application/json'
[ "$STATUS" = 200 ] || fail "GET /processes → $STATUS"
for id in admission-compliance batch-compliance units-at; do has "\"$id\"" "process list lacks $id"; done
ok "process list has the three processes"

for id in admission-compliance batch-compliance units-at; do
  request GET "/processes/$id" "" -H 'Accept: application/json'
  [ "$STATUS" = 200 ] || fail "describe $id → $STATUS"
  has '"inputs"' "description of $id has no inputs"; has '"outputs"' "description of $id has no outputs"
done
ok "descriptions"

SITE='{"type":"Polygon","coordinates":[[[112.54,37.86],[112.56,37.86],[112.56,37.88],[112.54,37.88],[112.54,37.86]]]}'
ADMISSION='{"inputs":{"geometry":{"value":'"$SITE"',"mediaType":"application/geo+json"},"industry":"2521","nature":"new"},"outputs":{"report":{}}}'
request POST /processes/admission-compliance/execution "$ADMISSION"
[ "$STATUS" = 200 ] || fail "sync admission-compliance → $STATUS: $(head -c 300 "$TMP/body")"
has '"verdict"' "sync report has no verdict"; has '"units"' "sync report has no units"
ok "sync admission-compliance"

BATCH='{"inputs":{"features":{"value":{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"industry":"2521"},"geometry":'"$SITE"'},{"type":"Feature","properties":{"industry":"4416"},"geometry":{"type":"Point","coordinates":[112.2,38.9]}}]},"mediaType":"application/geo+json"},"nature":"new"},"outputs":{"summary":{}}}'
request POST /processes/batch-compliance/execution "$BATCH"
[ "$STATUS" = 200 ] || fail "sync batch-compliance → $STATUS: $(head -c 300 "$TMP/body")"
grep -Eq '"features" *: *2[,}[:space:]]' "$TMP/body" || fail "batch summary does not count two features"
grep -Eq '"errors" *: *0[,}[:space:]]' "$TMP/body" || fail "batch summary reports errors"
ok "sync batch-compliance"

UNITS='{"inputs":{"geometry":{"value":{"type":"Point","coordinates":[112.55,37.87]},"mediaType":"application/geo+json"}}}'
request POST /processes/units-at/execution "$UNITS"
[ "$STATUS" = 200 ] || fail "sync units-at → $STATUS"
has 'ZH14' "units-at names no unit"
ok "sync units-at"

request POST /processes/admission-compliance/execution "$ADMISSION" -H 'Prefer: respond-async'
[ "$STATUS" = 201 ] || fail "async execution → $STATUS (expected 201)"
LOCATION="$(grep -i '^location:' "$TMP/h" | tr -d '\r' | cut -d' ' -f2-)"
[ -n "$LOCATION" ] || fail "async execution without Location"
STATE=""
for _ in $(seq 1 100); do
  STATUS="$(curl -sS -o "$TMP/body" -w '%{http_code}' -H 'Accept: application/json' "$LOCATION")"
  [ "$STATUS" = 200 ] || fail "job status → $STATUS"
  STATE="$(grep -o '"status" *: *"[a-z]*"' "$TMP/body" | head -1 | sed 's/.*"\([a-z]*\)"$/\1/')"
  case "$STATE" in successful|failed|dismissed) break ;; esac
  sleep 0.1
done
[ "$STATE" = successful ] || fail "job ended $STATE"
STATUS="$(curl -sS -o "$TMP/body" -w '%{http_code}' "$LOCATION/results")"
[ "$STATUS" = 200 ] || fail "job results → $STATUS"
has '"verdict"' "async results have no verdict"
STATUS="$(curl -sS -o "$TMP/body" -w '%{http_code}' -X DELETE "$LOCATION")"
[ "$STATUS" = 200 ] || fail "dismiss → $STATUS"
grep -q '"dismissed"' "$TMP/body" || fail "dismissal not answered with status dismissed"
# afterwards the job is gone or shown as dismissed, and its results are gone
STATUS="$(curl -sS -o "$TMP/body" -w '%{http_code}' "$LOCATION")"
[ "$STATUS" = 404 ] || { [ "$STATUS" = 200 ] && grep -q '"dismissed"' "$TMP/body"; } || fail "dismissed job answers $STATUS"
STATUS="$(curl -sS -o /dev/null -w '%{http_code}' "$LOCATION/results")"
[ "$STATUS" != 200 ] || fail "results of a dismissed job still served"
ok "async execution, polling, results, dismissal"

request POST /processes/no-such-process/execution "$ADMISSION"
[ "$STATUS" = 404 ] || fail "unknown process → $STATUS"
grep -qi 'content-type: application/problem+json' "$TMP/h" || fail "unknown process not answered with problem JSON"
request POST /processes/admission-compliance/execution '{"inputs":{"geometry":{"value":"POLYGON((1 2","mediaType":"application/wkt"},"industry":"2521","nature":"new"}}'
[ "$STATUS" = 400 ] || fail "broken WKT → $STATUS"
grep -qi 'content-type: application/problem+json' "$TMP/h" || fail "broken WKT not answered with problem JSON"
ok "bad requests → problem JSON"
echo "ALL OK"
