#!/usr/bin/env bash
# Regenerates the sample scheme in workspace/sample/ (样例数据，非权威 / sample data, not authoritative).
# Usage: workspace/sample/regenerate.sh [--seed N] [--out DIR] [--counties PATH]
# Default seed 20240101; the same seed always gives byte-identical files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${ECOZONING_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
args="--counties $root/workspace/data/shanxi-counties.geojson --out $root/workspace/sample"
if [ "$#" -gt 0 ]; then args="$args $*"; fi
mvn -B -q -pl zoning-sample -am -Pregenerate process-classes -Dsample.args="$args"
