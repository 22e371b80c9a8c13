#!/usr/bin/env bash
# Stops the MapServer/lighttpd started by start.sh, and its FastCGI mapserv processes (lighttpd leaves
# them running when it exits). Only processes recorded by start.sh or children of its lighttpd are touched.
#   conformance/mapserver/stop.sh [--port 18401] [--dir RUNTIME_DIR]
set -euo pipefail
PORT=18401
RUN_DIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --dir) RUN_DIR="$2"; shift 2 ;;
    *) echo "未知参数 / unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$RUN_DIR" ] || RUN_DIR="${TMPDIR:-/tmp}/ecozoning-mapserver-$PORT"
PID_FILE="$RUN_DIR/lighttpd.pid"
if [ ! -f "$PID_FILE" ]; then echo "未运行 / not running (no $PID_FILE)"; exit 0; fi
PID="$(cat "$PID_FILE")"

is_named() { [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ]; }

CHILDREN="$( (pgrep -P "$PID" 2>/dev/null; cat "$RUN_DIR/fcgi.pids" 2>/dev/null) | sort -u)"
if is_named "$PID" lighttpd; then
  kill "$PID"
  for _ in $(seq 1 50); do is_named "$PID" lighttpd || break; sleep 0.1; done
  if is_named "$PID" lighttpd; then kill -9 "$PID" 2>/dev/null || true; fi
  echo "已停止 / stopped lighttpd (pid $PID)"
else
  echo "lighttpd 未运行 / lighttpd not running (stale pid $PID)"
fi
for child in $CHILDREN; do
  if is_named "$child" mapserv; then kill "$child" 2>/dev/null || true; fi
done
sleep 0.3
for child in $CHILDREN; do
  if is_named "$child" mapserv; then kill -9 "$child" 2>/dev/null || true; fi
done
rm -f "$PID_FILE" "$RUN_DIR/fcgi.pids" "$RUN_DIR/mapserv.sock"*
