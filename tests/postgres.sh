#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `tests/postgres.sh start DIR PORT` creates and starts it (trust
# authentication, loopback only) and prints the admin connection string; `tests/postgres.sh stop DIR` stops it and
# removes DIR; `halt DIR` stops the server and keeps the data, `resume DIR` starts it again on the same port (the
# load suite's database outage). Uses Debian's postgresql package (installed by .ci/run). Runs the server as the 'postgres' user when
# started as root, because PostgreSQL refuses to run as root.
set -euo pipefail
action=${1:?usage: postgres.sh start DIR PORT | stop DIR | halt DIR | resume DIR}
dir=${2:?data folder}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/pg_ctl" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)." >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

server_start() {
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

case "$action" in
start)
    port=${3:?port}
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    server_start "$port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"
    ;;
halt)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    server_start "$(cat "$dir/port")"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres.sh start DIR PORT | stop DIR | halt DIR | resume DIR" >&2
    exit 2
    ;;
esac
