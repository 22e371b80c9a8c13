#!/usr/bin/env bash
# Protocol overhead of zoning:AdmissionCompliance: the same point, 200-vertex site polygon and 50 km
# route assessed in process (engine + JSON report), through WPS 1.0.0 Execute (XML POST,
# RawDataOutput=report as JSON) and through OGC API Processes (POST
# /ogcapi/processes/admission-compliance/execution), concurrency 1, 4, 16, interleaved; then the
# portal's industry suggestion (/api/industries/suggest) over HTTP against the suggester in process.
# Results: docs/BENCHMARKS.md ("Admission compliance over HTTP vs in process").
#
#   bench/run-wps-http.sh [--port 19242] [--duration-s 10] [--warmup-s 3] [--rounds 2]
#                         [--concurrency 1,4,16] [--only wps|suggest] [--case point|site|route] [--dir RUN-DIR]
# NO_BUILD=1 skips the build.
set -euo pipefail
source "$(dirname "$0")/lib-http.sh"
PORT=19242; DUR=10; WARM=3; ROUNDS=2; CONC=1,4,16; DIR=""; ONLY=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2" ;; --duration-s) DUR="$2" ;; --warmup-s) WARM="$2" ;; --rounds) ROUNDS="$2" ;;
    --concurrency) CONC="$2" ;; --dir) DIR="$2" ;; --only) ONLY+=(--only "$2") ;; --case) ONLY+=(--case "$2") ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
  shift 2
done
[ -n "$DIR" ] || DIR="${TMPDIR:-/tmp}/ecozoning-wpsbench-$PORT"
trap 'stop_ecozoning_all' EXIT
build_all
rm -rf "$DIR"; mkdir -p "$DIR"
cp -r "$ROOT/workspace" "$DIR/ws"; rm -rf "$DIR/ws/var"
start_ecozoning "$PORT" "$DIR/ws" "$DIR/ecozoning.log" -Xmx1g
machine_line | tee "$DIR/results.tsv"
echo "# ecozoning pid $ECOZ_PID (-Xmx1g); in-process side: this JVM (-Xmx1g), same sample scheme and rules" | tee -a "$DIR/results.tsv"
cd "$ROOT"
run_java org.ecozoning.bench.WpsHttpBench "http://127.0.0.1:$PORT" --concurrency "$CONC" --rounds "$ROUNDS" \
  --warmup-s "$WARM" --duration-s "$DUR" --tsv "$DIR/results.tsv" "${ONLY[@]}"
echo "# 结果 / results: $DIR/results.tsv"
