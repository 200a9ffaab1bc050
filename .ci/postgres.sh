#!/usr/bin/env bash
# Starts a PostgreSQL server on 127.0.0.1:5432 for the real "Test connection" tests and prints
#   DATAFOR_TEST_PG_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres
# Idempotent: installs Debian's `postgresql` only when it is missing, reuses a running cluster,
# and (re)sets the `postgres` user's password to `postgres` every time.
# As root it uses the Debian cluster tools (pg_createcluster / pg_ctlcluster); otherwise it
# runs initdb + pg_ctl in a private data directory.
set -euo pipefail

PG_PORT=5432
PG_PASSWORD=postgres
log() { echo "postgres.sh: $*" >&2; }

have_server_binaries() {
  command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

if ! have_server_binaries && ! command -v initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL server binaries are missing and installing them needs root"; exit 1
  fi
  log "installing postgresql from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed major version, never a hard-coded one.
PG_VERSION=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
PG_BIN=${PG_VERSION:+/usr/lib/postgresql/$PG_VERSION/bin}
[ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] || PG_BIN=$(dirname "$(command -v initdb)")

wait_ready() {
  for _ in $(seq 1 60); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then return 0; fi
    sleep 0.5
  done
  log "PostgreSQL did not become ready on 127.0.0.1:$PG_PORT"; return 1
}

if [ "$(id -u)" -eq 0 ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  existing_port=$(pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { print $3 }')
  if [ -z "$existing_port" ]; then
    log "creating cluster $PG_VERSION/main on port $PG_PORT"
    pg_createcluster "$PG_VERSION" main -p "$PG_PORT" >/dev/null
  elif [ "$existing_port" != "$PG_PORT" ]; then
    # An existing cluster on another port (5432 was taken when it was created): use it as it is.
    log "cluster $PG_VERSION/main listens on port $existing_port"
    PG_PORT=$existing_port
  fi
  if ! pg_ctlcluster "$PG_VERSION" main status >/dev/null 2>&1; then
    log "starting cluster $PG_VERSION/main"
    pg_ctlcluster "$PG_VERSION" main start
  fi
  wait_ready
  runuser -u postgres -- psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 \
    -c "ALTER USER postgres PASSWORD '$PG_PASSWORD'" >/dev/null
else
  DATA_DIR=${DATAFOR_PG_DATA:-$HOME/.cache/datafor-postgres}
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    log "initialising $DATA_DIR"
    mkdir -p "$DATA_DIR"
    pwfile=$(mktemp)
    printf '%s\n' "$PG_PASSWORD" >"$pwfile"
    "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 >/dev/null
    rm -f "$pwfile"
  fi
  if ! "$PG_BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
    log "starting PostgreSQL from $DATA_DIR"
    "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $DATA_DIR" start >/dev/null
  fi
  wait_ready
  PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
    -c "ALTER USER postgres PASSWORD '$PG_PASSWORD'" >/dev/null
fi

echo "DATAFOR_TEST_PG_URL=postgres://postgres:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
