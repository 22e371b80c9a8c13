#!/usr/bin/env bash
# Supervision over synthetic change polygons (default 100,000) on the sample scheme, embedded
# H2GIS store in a temp dir, with a deliberately small heap (-Xmx, default 384m) to show that
# memory does not grow with the number of changes. Prints the BENCHMARKS.md table row.
#   bench/run-supervision.sh [count] [heap]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -o -pl bench -am package -DskipTests
CP="bench/target/classes:$(find bench/target/lib -name '*.jar' | sort | tr '\n' ':')"
exec "$JAVA_HOME/bin/java" -Xmx"${2:-384m}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" org.ecozoning.bench.SupervisionBench "${1:-100000}" workspace
