#!/usr/bin/env bash
# Engine vs the equivalent PostGIS SQL, side by side in one run on the same seeded sites; results go
# to docs/BENCHMARKS.md ("Engine vs PostGIS SQL (same sites, one run)"). Needs a PostGIS
# (start one with `bash .ci/postgis.sh`). Run from anywhere.
#   bench/run-engine-vs-postgis.sh [jdbc-url [sites [rounds [scheme-folder]]]]
# JAVA_OPTS=-Dreps=5 repeats every timed call 5× back to back (warm per-call cost of both sides).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -o -pl bench -am package -DskipTests
CP="bench/target/classes:$(find bench/target/lib -name '*.jar' | sort | tr '\n' ':')"
exec "$JAVA_HOME/bin/java" -Xmx1g ${JAVA_OPTS:-} -cp "$CP" org.ecozoning.bench.EngineVsPostgis "$@"
