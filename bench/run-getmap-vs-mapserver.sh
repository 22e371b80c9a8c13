#!/usr/bin/env bash
# WMS GetMap throughput and latency of our server against Debian's MapServer 8 (FastCGI under
# lighttpd), side by side in one run on the same data, the same SLD-equivalent style and the same
# seeded random boxes (EPSG:4326, four zoom levels), PNG 256x256 and 1024x768, concurrency 1, 4, 16,
# rounds interleaved ecozoning/mapserver/ecozoning/mapserver. Every response must be a PNG of the
# asked size (anything else counts as an error). Results: docs/BENCHMARKS.md ("WMS GetMap over HTTP
# vs MapServer").
#
#   bench/run-getmap-vs-mapserver.sh [--port 19240] [--duration-s 10] [--warmup-s 3] [--rounds 2]
#                                    [--concurrency 1,4,16] [--procs 2] [--dir RUN-DIR]
# Our server listens on PORT, MapServer on PORT+1 (loopback only). NO_BUILD=1 skips the build.
set -euo pipefail
source "$(dirname "$0")/lib-http.sh"
PORT=19240; DUR=10; WARM=3; ROUNDS=2; CONC=1,4,16; PROCS=2; DIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2" ;; --duration-s) DUR="$2" ;; --warmup-s) WARM="$2" ;; --rounds) ROUNDS="$2" ;;
    --concurrency) CONC="$2" ;; --procs) PROCS="$2" ;; --dir) DIR="$2" ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
  shift 2
done
[ -n "$DIR" ] || DIR="${TMPDIR:-/tmp}/ecozoning-httpbench-$PORT"
trap 'stop_mapserver; stop_ecozoning_all' EXIT
build_all
rm -rf "$DIR"; mkdir -p "$DIR"
cp -r "$ROOT/workspace" "$DIR/ws"; rm -rf "$DIR/ws/var"
OURS="http://127.0.0.1:$PORT"
start_ecozoning "$PORT" "$DIR/ws" "$DIR/ecozoning.log" -Xmx1g
start_mapserver_units "$((PORT + 1))" "$DIR/mapserver" "$OURS" "$PROCS"
MS="http://127.0.0.1:$((PORT + 1))/cgi-bin/mapserv"
machine_line | tee "$DIR/results.tsv"
echo "# ecozoning pid $ECOZ_PID (-Xmx1g), MapServer $(/usr/lib/cgi-bin/mapserv -v | sed -n 's/^MapServer version \([^ ]*\).*/\1/p') FastCGI max-procs $PROCS;"\
     "units: $(grep -o '"numberMatched":[0-9]*' "$DIR/mapserver/data/control_units.geojson")" | tee -a "$DIR/results.tsv"
for size in 256x256 1024x768; do
  run_java org.ecozoning.bench.http.GetMapRequests "$DIR/getmap-$size.txt" "${size%x*}" "${size#*x}"
  # sample images of both servers for a visual check
  mkdir -p "$DIR/images"
  n=0
  for q in $(grep '^GET' "$DIR/getmap-$size.txt" | head -4 | cut -d' ' -f2); do
    n=$((n + 1))
    curl -fsS --noproxy '*' -o "$DIR/images/ecozoning-$size-$n.png" "$OURS/wms?$q"
    curl -fsS --noproxy '*' -o "$DIR/images/mapserver-$size-$n.png" "$MS?$q"
  done
  run_java org.ecozoning.bench.http.HttpLoad --case "getmap-png-$size" --requests "$DIR/getmap-$size.txt" \
    --target "ecozoning=$OURS/wms?" --target "mapserver=$MS?" --check "png:$size" \
    --concurrency "$CONC" --rounds "$ROUNDS" --warmup-s "$WARM" --duration-s "$DUR" --tsv "$DIR/results.tsv"
done
echo "# 结果 / results: $DIR/results.tsv, images: $DIR/images"
