#!/usr/bin/env bash
# Runs the in-process compliance-engine benchmark (JMH) and leaves the JSON results in
# bench/target/engine-jmh.json. Extra arguments go to JMH, e.g. a quick run:
#   bench/run-engine.sh -wi 1 -i 2 -r 1s
# or CPU time per assessment instead of JMH wall-clock time (seconds per case, default 20):
#   bench/run-engine.sh --cpu 20 [workspace/sample]
# JMH on a scheme folder instead of the synthetic scheme: bench/run-engine.sh -p scheme=workspace/sample
# Run from anywhere; the benchmark reads workspace/rules and workspace/data of this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -pl bench -am package -DskipTests
CP="bench/target/classes:$(find bench/target/lib -name '*.jar' | sort | tr '\n' ':')"
if [ "${1:-}" = "--cpu" ]; then
    # CPU time per assessment of the measuring thread: robust on a busy, shared machine
    shift
    exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.ecozoning.bench.EngineCpuTime "$@"
fi
exec "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main ComplianceEngineBenchmark \
    -rf json -rff bench/target/engine-jmh.json "$@"
