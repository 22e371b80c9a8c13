#!/usr/bin/env bash
# Shared launcher of the OGC conformance harness (see docs/CONFORMANCE.md).
#   conformance/run-suite.sh wfs20|gml32 URL [--max-failures N] [--min-passed N] [--out DIR]
#                            [--suite-java-home JDK] [--proxy-port P] [--timeout-minutes M] [--jvm-arg ARG]...
# Builds conformance/ with Maven when needed (first time: downloads the suites from Maven Central; after
# that everything is offline), then runs the suite in a child JVM and gates on its results.
# Exit: 0 within limits, 1 too many failures / too few passes, 2 the run could not be made.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 2 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,8p' "$0"
  exit 2
fi
SUITE="$1"; URL="$2"; shift 2

pick_java_home() {
  for candidate in "${CONFORMANCE_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
JAVA_HOME="$(pick_java_home)" || { echo "找不到 JDK，请设置 CONFORMANCE_JAVA_HOME / no JDK found: set CONFORMANCE_JAVA_HOME" >&2; exit 2; }
export JAVA_HOME

TARGET="$HERE/target"
STAMP="$TARGET/.harness-built"
needs_build() {
  [ -f "$STAMP" ] || return 0
  [ -f "$TARGET/suites/ets-wfs20-aio.jar" ] && [ -f "$TARGET/suites/ets-gml32-aio.jar" ] || return 0
  [ -n "$(find "$HERE/pom.xml" "$HERE/../pom.xml" "$HERE/src/main" -newer "$STAMP" -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "构建测试工具 / building the harness (mvn -f conformance/pom.xml package)…" >&2
  mvn -B -q -f "$HERE/pom.xml" package -DskipTests >&2
  touch "$STAMP"
fi

exec "$JAVA_HOME/bin/java" -cp "$TARGET/classes:$TARGET/lib/*" -Dconformance.home="$TARGET" \
  org.ecozoning.conformance.ConformanceMain --suite "$SUITE" --url "$URL" "$@"
