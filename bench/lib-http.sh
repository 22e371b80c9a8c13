# Shared helpers of the HTTP benchmark scripts (sourced, not run): build, start/stop our server on
# loopback, run the load generator. Every process started here is stopped by pid on exit.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BENCH_CP="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"
ECOZ_PIDS=()

# Builds the server and the bench module (skip with NO_BUILD=1).
build_all() {
  [ "${NO_BUILD:-0}" = 1 ] && return 0
  (cd "$ROOT" && mvn -B -q -o -Dmaven.test.skip=true -pl zoning-server,bench -am package)
}

# start_ecozoning PORT WORKSPACE-DIR LOG-FILE [JVM options…]: starts `zoning serve` on 127.0.0.1:PORT,
# waits until it answers, sets ECOZ_PID. The anonymous compliance rate limit is lifted
# (-Decozoning.anonymous.burst) so that the load generator is not answered 429.
start_ecozoning() {
  local port="$1" ws="$2" log="$3"; shift 3
  JAVA_OPTS="$* -Decozoning.anonymous.burst=1000000000" "$ROOT/zoning" serve --workspace "$ws" --port "$port" --bind 127.0.0.1 \
    --warm-up 0 >"$log" 2>&1 &
  ECOZ_PID=$!
  ECOZ_PIDS+=("$ECOZ_PID")
  for _ in $(seq 1 600); do
    if grep -q '已就绪 / ready' "$log" 2>/dev/null; then return 0; fi
    if ! kill -0 "$ECOZ_PID" 2>/dev/null; then echo "ecozoning 启动失败 / failed to start, see $log" >&2; tail -20 "$log" >&2; return 1; fi
    sleep 0.5
  done
  echo "ecozoning 未就绪 / not ready after 300 s, see $log" >&2
  return 1
}

stop_ecozoning_all() {
  local p
  for p in "${ECOZ_PIDS[@]}"; do
    if kill -0 "$p" 2>/dev/null; then kill "$p" 2>/dev/null || true; fi
  done
  for p in "${ECOZ_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  done
  ECOZ_PIDS=()
}

# run_java CLASS ARGS…: a bench main with a 1 GB heap.
run_java() {
  local cls="$1"; shift
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$BENCH_CP" "$cls" "$@"
}

machine_line() {
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"\
       "$(free -g | awk '/Mem:/{print $2}') GB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# start_mapserver_units PORT RUN-DIR OUR-BASE-URL [PROCS]: exports zoning:control_units from our
# server (WFS GeoJSON) to a shapefile with a quadtree index, writes a mapfile styled like
# styles/control_units.sld and starts MapServer (conformance/mapserver/start.sh --mapfile).
start_mapserver_units() {
  local port="$1" dir="$2" ours="$3" procs="${4:-2}"
  mkdir -p "$dir/data"
  curl -fsS --noproxy '*' -o "$dir/data/control_units.geojson" \
    "$ours/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:control_units&OUTPUTFORMAT=application/json"
  rm -f "$dir/data/control_units".{shp,shx,dbf,prj,cpg,qix}
  ogr2ogr -q -f "ESRI Shapefile" -lco ENCODING=UTF-8 -nln control_units "$dir/data/control_units.shp" "$dir/data/control_units.geojson"
  shptree "$dir/data/control_units.shp" >/dev/null
  local font
  font="$(fc-list ':family=Noto Sans CJK SC:style=Regular' file | head -1 | sed 's/: *$//')"
  [ -n "$font" ] || font=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
  echo "noto $font" > "$dir/fonts.txt"
  sed -e "s|@DATA@|$dir/data|g" -e "s|@FONTSET@|$dir/fonts.txt|g" -e "s|@URL@|http://127.0.0.1:$port/cgi-bin/mapserv?|g" \
    "$ROOT/bench/mapserver/control_units.map.in" > "$dir/control_units.map"
  "$ROOT/conformance/mapserver/start.sh" --port "$port" --dir "$dir" --mapfile "$dir/control_units.map" --procs "$procs" --no-install | tail -1 >/dev/null
  MS_DIR="$dir"
  MS_PORT="$port"
}

stop_mapserver() {
  [ -n "${MS_DIR:-}" ] && "$ROOT/conformance/mapserver/stop.sh" --dir "$MS_DIR" >/dev/null 2>&1 || true
  MS_DIR=""
}
