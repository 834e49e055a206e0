#!/usr/bin/env bash
# Set up (first time only) and run every check: lint, types, the whole test suite.
# Arguments go to pytest (e.g. `bash scripts/test.sh -k export`).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_debian_packages $RUNTIME_PACKAGES $TEST_PACKAGES
ensure_venv dev
cd "$PROJECT_DIR"
echo "== ruff" >&2
"$VENV/bin/ruff" check editor tests bench main.py
echo "== mypy" >&2
"$VENV/bin/mypy"
echo "== pytest" >&2
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"
