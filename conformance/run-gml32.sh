#!/usr/bin/env bash
# Runs the OGC GML 3.2 suite (ets-gml32 1.33) against a GML document URL (http(s) or file:), offline.
#   conformance/run-gml32.sh <GML document URL> [--max-failures N] [other options of run-suite.sh]
# Exit 0 when failed tests <= N (default 0), 1 when more, 2 when the run could not be made.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then sed -n '2,4p' "$0"; exit 2; fi
exec "$HERE/run-suite.sh" gml32 "$@"
