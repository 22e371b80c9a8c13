#!/usr/bin/env bash
# Creates (once) and starts a throwaway PostgreSQL 15 + PostGIS cluster "zoningtest" on loopback
# port 18500 with a database "zoning", and prints its JDBC URL on the last line, e.g.
#   export ZONING_TEST_PG_URL=$(bash .ci/postgis.sh | tail -1)
# Idempotent: re-running reuses the cluster. Stop it with: pg_ctlcluster 15 zoningtest stop
# Installs Debian's postgresql-15-postgis-3 when missing (needs root, as on CI).
set -euo pipefail
PORT="${ZONING_PG_PORT:-18500}"
VER=15
NAME=zoningtest

if ! command -v pg_createcluster >/dev/null 2>&1 || [ ! -f "/usr/share/postgresql/$VER/extension/postgis.control" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "postgresql-$VER-postgis-3" >&2
fi

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VER $NAME"; then
  pg_createcluster "$VER" "$NAME" -p "$PORT" -- --auth=trust >&2
fi
# loopback only, on our port (Debian's postgresql.conf includes conf.d/)
pg_conftool "$VER" "$NAME" remove listen_addresses >/dev/null 2>&1 || true
printf "listen_addresses = '127.0.0.1'\nport = %s\n" "$PORT" > "/etc/postgresql/$VER/$NAME/conf.d/zoning.conf"
if ! pg_lsclusters -h | awk -v v="$VER" -v n="$NAME" '$1==v && $2==n {print $4}' | grep -qx online; then
  pg_ctlcluster "$VER" "$NAME" start >&2
fi
for _ in $(seq 1 50); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.2
done
if ! runuser -u postgres -- psql -h 127.0.0.1 -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname='zoning'" | grep -qx 1; then
  runuser -u postgres -- psql -q -h 127.0.0.1 -p "$PORT" -c "CREATE DATABASE zoning" >&2
fi
runuser -u postgres -- psql -q -h 127.0.0.1 -p "$PORT" -d zoning -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis" >&2
echo "jdbc:postgresql://127.0.0.1:$PORT/zoning?user=postgres"
