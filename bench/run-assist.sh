#!/usr/bin/env bash
# Times the assist functions in process (suggest, propose, search) on the sample data; results go to
# docs/BENCHMARKS.md ("Assist"). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -pl bench -am package -DskipTests
CP="bench/target/classes:$(find bench/target/lib -name '*.jar' | sort | tr '\n' ':')"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.ecozoning.bench.AssistLatency "$@"
