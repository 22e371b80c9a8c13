#!/usr/bin/env bash
# Batch compliance over synthetic change polygons (default 100,000) on the sample scheme:
#   1. BatchComplianceProcess called in-process (no protocol), in a JVM with a small heap;
#   2. the same file submitted async over HTTP to a running server (its own JVM, same small heap,
#      GC log for the peak heap) through OGC API – Processes (JSON), then — after a server restart,
#      so that each run's peak heap and RSS high-water mark are its own — through WPS 1.0.0 (XML,
#      the collection in CDATA).
# Prints the docs/BENCHMARKS.md table rows. Loopback only; the server is stopped at the end.
#   bench/run-batch.sh [count] [heap] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
N="${1:-100000}"
HEAP="${2:-256m}"
PORT="${3:-19260}"
mvn -B -q -o -pl bench,zoning-server -am package -Dmaven.test.skip=true
BENCH_CP="bench/target/classes:$(find bench/target/lib -name '*.jar' | sort | tr '\n' ':')"
SERVER_JAR=$(ls zoning-server/target/zoning-server-*.jar | grep -v -e sources -e javadoc -e tests | head -1)
TMP=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{print int($2/1024)}') MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$BENCH_CP" org.ecozoning.bench.BatchHttpBench generate "$TMP/features.geojson" "$N" workspace

echo "== in-process, -Xmx$HEAP"
"$JAVA_HOME/bin/java" -Xmx"$HEAP" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$BENCH_CP" \
  org.ecozoning.bench.BatchHttpBench inprocess "$TMP/features.geojson" workspace

for PROTOCOL in api wps; do
  rm -rf "$TMP/ws" && mkdir -p "$TMP/ws"
  (cd workspace && tar --exclude=./var -cf - .) | (cd "$TMP/ws" && tar -xf -)
  printf 'server.bind=127.0.0.1\nserver.port=%s\njobs.runTimeout=60m\n' "$PORT" > "$TMP/ws/server.properties"
  echo "== server -Xmx$HEAP, $PROTOCOL"
  "$JAVA_HOME/bin/java" -Xmx"$HEAP" -Xlog:gc:file="$TMP/gc-$PROTOCOL.log" -Decozoning.home="$PWD" -Decozoning.bcrypt.cost=4 \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$SERVER_JAR:zoning-server/target/lib/*" \
    org.ecozoning.server.cli.ZoningCli serve --workspace "$TMP/ws" --warm-up 0 > "$TMP/server-$PROTOCOL.out" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null || { cat "$TMP/server-$PROTOCOL.out"; exit 1; }
  "$JAVA_HOME/bin/java" -Xmx512m -cp "$BENCH_CP" org.ecozoning.bench.BatchHttpBench "$PROTOCOL" "$TMP/features.geojson" \
    "http://127.0.0.1:$PORT" "$SERVER_PID" "$TMP/gc-$PROTOCOL.log"
  echo "server spool folder after the run (result kept until jobs.ttl): $(ls "$TMP/ws/var/spool" 2>/dev/null | wc -l) file(s)"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  echo "after stop (memory job store): $(ls "$TMP/ws/var/spool" 2>/dev/null | wc -l) file(s)"
  SERVER_PID=""
done
