# A throw-away PostgreSQL server for the tests; sourced by scripts/test.sh, not run.
# start_test_postgres: initdb in a temporary folder (as the `postgres` user when run as
# root: initdb refuses root), listening on 127.0.0.1 only, on a free port; exports
# PRESSESTELLE_TEST_PG_URL. stop_test_postgres stops it and removes the folder.
# An address already in PRESSESTELLE_TEST_PG_URL is used as it is and nothing is started.

PG_TEST_DIR=""

postgres_bin_dir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

free_local_port() {
    "$VENV/bin/python" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_test_postgres() {
    local bin port
    [ -n "${PRESSESTELLE_TEST_PG_URL:-}" ] && return 0
    if ! bin="$(postgres_bin_dir)"; then
        if [ "${CI:-}" = "true" ]; then
            echo "PostgreSQL's server programs are missing (Debian package postgresql)." >&2
            exit 1
        fi
        echo "No PostgreSQL server programs: the archive tests run on SQLite only." >&2
        return 0
    fi
    PG_TEST_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pressestelle-pg.XXXXXX")"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_TEST_DIR"
    port="$(free_local_port)"
    step "Creating a test database server" as_server_user "$bin/initdb" -D "$PG_TEST_DIR/data" \
        -U app --auth=trust -E UTF8 --locale=C.UTF-8
    # in its configuration, so that a test restarting the server gets the same settings
    printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $port" \
        "unix_socket_directories = '$PG_TEST_DIR'" "fsync = off" \
        >>"$PG_TEST_DIR/data/postgresql.conf"
    step "Starting it on 127.0.0.1:$port" as_server_user "$bin/pg_ctl" -D "$PG_TEST_DIR/data" \
        -l "$PG_TEST_DIR/server.log" -w start
    export PRESSESTELLE_TEST_PG_URL="postgresql+psycopg://app@127.0.0.1:$port/postgres"
    export PRESSESTELLE_TEST_PG_DATA="$PG_TEST_DIR/data"
    export PRESSESTELLE_TEST_PG_CTL="$bin/pg_ctl"
    trap stop_test_postgres EXIT
}

stop_test_postgres() {
    [ -n "$PG_TEST_DIR" ] || return 0
    as_server_user "$PRESSESTELLE_TEST_PG_CTL" -D "$PG_TEST_DIR/data" -m fast -w stop \
        >>"$SETUP_LOG" 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=""
}
