#!/usr/bin/env bash
# Set up (first time only) and run every check: lint, types, the whole test suite.
# Arguments go to pytest (e.g. `bash scripts/test.sh -k export`).
# The archive tests run on SQLite and on a PostgreSQL server started here for the run
# (127.0.0.1 only, stopped at the end); PRESSESTELLE_TEST_PG_URL names another server.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$(dirname "${BASH_SOURCE[0]}")/test_postgres.sh"
ensure_debian_packages $RUNTIME_PACKAGES $TEST_PACKAGES
ensure_venv dev
cd "$PROJECT_DIR"
echo "== ruff" >&2
"$VENV/bin/ruff" check editor tests bench main.py
echo "== mypy" >&2
"$VENV/bin/mypy"
start_test_postgres
echo "== pytest" >&2
status=0
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@" || status=$?
exit "$status"
