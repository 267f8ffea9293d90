#!/usr/bin/env bash
# Start PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) when they are not answering,
# installing them first when they are absent and we are root; make sure database `test` exists.
# Idempotent: services that already answer are left alone.
set -euo pipefail

# The addresses are fixed for the tests; the ports and database name can be overridden for trying the script.
PG_HOST=127.0.0.1
PG_PORT="${PG_PORT:-5432}"
PG_DB="${PG_DB:-test}"
REDIS_HOST=127.0.0.1
REDIS_PORT="${REDIS_PORT:-6379}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

die() { echo "services: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
have() { command -v "$1" >/dev/null 2>&1; }

port_open() {  # host port
    if have python3; then
        python3 - "$1" "$2" <<'PY' >/dev/null 2>&1
import socket, sys
with socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1):
    pass
PY
    else
        timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" >/dev/null 2>&1
    fi
}

pg_up() {
    if have pg_isready; then
        pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1
    else
        port_open "$PG_HOST" "$PG_PORT"
    fi
}

redis_up() {
    if have redis-cli; then
        [ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]
    else
        port_open "$REDIS_HOST" "$REDIS_PORT"
    fi
}

wait_for() {  # name check-function
    for _ in $(seq 1 60); do
        if "$2"; then return 0; fi
        sleep 0.5
    done
    die "$1 did not answer within 30 s after starting"
}

apt_install() {
    is_root || die "$* not installed: run 'sudo apt-get install -y $*' (or start the services yourself)"
    have apt-get || die "$* not installed and there is no apt-get here: install them and run again"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >"$log" 2>&1; then
        cat "$log" >&2
        die "apt-get install $* failed"
    fi
}

pg_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1; }

# PostgreSQL
if ! pg_up; then
    if ! have pg_ctlcluster || [ -z "$(pg_version)" ]; then
        apt_install postgresql
    fi
    is_root || die "PostgreSQL is not answering on $PG_HOST:$PG_PORT: start it with 'sudo pg_ctlcluster $(pg_version) main start'"
    version="$(pg_version)"
    [ -n "$version" ] || die "no PostgreSQL cluster under /etc/postgresql"
    if ! pg_ctlcluster --skip-systemctl-redirect "$version" main start >"$log" 2>&1; then
        # "already running" is fine when it answers after all.
        pg_up || { cat "$log" >&2; die "could not start PostgreSQL $version/main"; }
    fi
    wait_for PostgreSQL pg_up
fi

# Redis
if ! redis_up; then
    have redis-server || apt_install redis-server
    is_root || die "Redis is not answering on $REDIS_HOST:$REDIS_PORT: start it with 'redis-server --daemonize yes --port $REDIS_PORT'"
    mkdir -p /var/lib/redis /var/log/redis
    if ! redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
        --dir /var/lib/redis --logfile /var/log/redis/ci.log >"$log" 2>&1; then
        cat "$log" >&2
        die "could not start redis-server"
    fi
    wait_for Redis redis_up
fi

# Database $PG_DB (`test`): over TCP as postgres (trust auth), else over the socket as the postgres OS user.
psql_q() {
    if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc "$1" 2>/dev/null; then
        return 0
    fi
    if is_root && have runuser; then
        runuser -u postgres -- psql -p "$PG_PORT" -d postgres -tAc "$1" 2>/dev/null
    else
        return 1
    fi
}
if have psql; then
    exists="$(psql_q "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" || true)"
    if [ "$exists" != "1" ]; then
        if ! createdb -h "$PG_HOST" -p "$PG_PORT" -U postgres "$PG_DB" >"$log" 2>&1; then
            if ! { is_root && have runuser && runuser -u postgres -- createdb -p "$PG_PORT" "$PG_DB"; } >>"$log" 2>&1; then
                cat "$log" >&2
                die "could not create database '$PG_DB' (as postgres on $PG_HOST:$PG_PORT)"
            fi
        fi
    fi
else
    die "psql is missing (package postgresql-client): cannot check database '$PG_DB'"
fi
