#!/usr/bin/env bash
# Full-layer WFS 2.0 GeoJSON export of zoning:control_units: time per export and memory of our server
# against MapServer 8 (FastCGI, OGR GeoJSON output) on the same data, interleaved, first on the sample
# (1,033 units), then on a synthetic store of --units units (default 10,330 = 10x) with our server
# started with a small heap (--xmx, default 128m) to show that the export streams.
# Memory: peak RSS (VmHWM, reset with /proc/PID/clear_refs before the export phase) of our JVM and of
# each FastCGI mapserv, and the JVM heap from its GC log (largest occupancy before a collection and
# smallest after one, during the export phase). Results: docs/BENCHMARKS.md ("WFS full-layer export").
#
#   bench/run-wfs-export.sh [--port 19244] [--duration-s 15] [--warmup-s 5] [--rounds 2] [--units 10330]
#                           [--xmx 128m] [--concurrency 1] [--dir RUN-DIR] [--only sample|large]
# Our server listens on PORT, MapServer on PORT+1. NO_BUILD=1 skips the build.
set -euo pipefail
source "$(dirname "$0")/lib-http.sh"
PORT=19244; DUR=15; WARM=5; ROUNDS=2; UNITS=10330; XMX=128m; CONC=1; DIR=""; ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2" ;; --duration-s) DUR="$2" ;; --warmup-s) WARM="$2" ;; --rounds) ROUNDS="$2" ;;
    --units) UNITS="$2" ;; --xmx) XMX="$2" ;; --concurrency) CONC="$2" ;; --dir) DIR="$2" ;; --only) ONLY="$2" ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
  shift 2
done
[ -n "$DIR" ] || DIR="${TMPDIR:-/tmp}/ecozoning-wfsbench-$PORT"
trap 'stop_mapserver; stop_ecozoning_all' EXIT
build_all
rm -rf "$DIR"; mkdir -p "$DIR"
OURS="http://127.0.0.1:$PORT"
MS="http://127.0.0.1:$((PORT + 1))/cgi-bin/mapserv"
RESULTS="$DIR/results.tsv"
machine_line | tee "$RESULTS"

kb() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
reset_hwm() { local p; for p in "$@"; do echo 5 > "/proc/$p/clear_refs" 2>/dev/null || true; done; }
mapserv_pids() { cat "$MS_DIR/fcgi.pids" 2>/dev/null || true; }

# heap_window GC-LOG FROM-LINE: "peak-before-GC MB, min-after-GC MB, collections" of the log lines after FROM-LINE
heap_window() {
  tail -n "+$(($2 + 1))" "$1" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' |
    awk 'BEGIN{mx=0; mn=-1; n=0} {n++; if ($1>mx) mx=$1; if (mn<0 || $2<mn) mn=$2; cap=$3} END{printf "heap peak-before-GC %d MB, min-after-GC %d MB, committed %d MB, %d collections", mx, mn, cap, n}'
}

phase() { # phase NAME WORKSPACE XMX
  local name="$1" ws="$2" xmx="$3"
  start_ecozoning "$PORT" "$ws" "$DIR/ecozoning-$name.log" "-Xmx$xmx" "-Xlog:gc:file=$DIR/gc-$name.log"
  local ecoz="$ECOZ_PID"
  start_mapserver_units "$((PORT + 1))" "$DIR/mapserver-$name" "$OURS" 2
  local units bytes
  units=$(grep -o '"numberMatched":[0-9]*' "$MS_DIR/data/control_units.geojson" | cut -d: -f2)
  bytes=$(stat -c %s "$MS_DIR/data/control_units.geojson")
  echo "# phase $name: $units units, our GeoJSON $bytes bytes; ecozoning pid $ecoz -Xmx$xmx; MapServer FastCGI max-procs 2" | tee -a "$RESULTS"
  echo "GET SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature" > "$DIR/wfs.txt"
  local gc0
  gc0=$(wc -l < "$DIR/gc-$name.log")
  # shellcheck disable=SC2046
  reset_hwm "$ecoz" $(mapserv_pids)
  run_java org.ecozoning.bench.http.HttpLoad --case "wfs-geojson-$name" --requests "$DIR/wfs.txt" \
    --target "ecozoning=$OURS/wfs?TYPENAMES=zoning:control_units&OUTPUTFORMAT=application/json&" \
    --target "mapserver=$MS?TYPENAMES=control_units&OUTPUTFORMAT=geojson&" --check json \
    --concurrency "$CONC" --rounds "$ROUNDS" --warmup-s "$WARM" --duration-s "$DUR" --tsv "$RESULTS"
  echo "# $name ecozoning: VmHWM $(( $(kb "$ecoz" VmHWM) / 1024 )) MB, VmRSS $(( $(kb "$ecoz" VmRSS) / 1024 )) MB; $(heap_window "$DIR/gc-$name.log" "$gc0")" | tee -a "$RESULTS"
  local p
  for p in $(mapserv_pids); do
    echo "# $name mapserv pid $p: VmHWM $(( $(kb "$p" VmHWM) / 1024 )) MB, VmRSS $(( $(kb "$p" VmRSS) / 1024 )) MB" | tee -a "$RESULTS"
  done
  curl -fsS --noproxy '*' -o "$DIR/ours-$name.json" "$OURS/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:control_units&OUTPUTFORMAT=application/json"
  curl -fsS --noproxy '*' -o "$DIR/mapserver-$name.json" "$MS?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=control_units&OUTPUTFORMAT=geojson"
  echo "# $name features: ecozoning $(grep -o '"type": *"Feature"' "$DIR/ours-$name.json" | wc -l) ($(stat -c %s "$DIR/ours-$name.json") bytes)," \
       "mapserver $(grep -o '"type": *"Feature"' "$DIR/mapserver-$name.json" | wc -l) ($(stat -c %s "$DIR/mapserver-$name.json") bytes)" | tee -a "$RESULTS"
  stop_mapserver
  stop_ecozoning_all
}

if [ "$ONLY" != large ]; then
  cp -r "$ROOT/workspace" "$DIR/ws"; rm -rf "$DIR/ws/var"
  phase sample "$DIR/ws" 1g
fi
if [ "$ONLY" != sample ]; then
  cp -r "$ROOT/workspace" "$DIR/ws-large"; rm -rf "$DIR/ws-large/var"
  (cd "$ROOT" && run_java org.ecozoning.bench.http.SyntheticWorkspace "$ROOT" "$DIR/ws-large" "$UNITS") | tee -a "$RESULTS"
  phase large "$DIR/ws-large" "$XMX"
fi
echo "# 结果 / results: $RESULTS"
