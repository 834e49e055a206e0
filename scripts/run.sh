#!/usr/bin/env bash
# Set up (first time only) and start Pressestelle. Arguments go to main.py.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_debian_packages $RUNTIME_PACKAGES
ensure_venv
exec "$VENV/bin/python" "$PROJECT_DIR/main.py" "$@"
