# Shared set-up for scripts/run.sh and scripts/test.sh; sourced, not run.
# Installs the Debian packages Qt needs (when root; otherwise prints the apt-get line),
# creates .venv and installs the project into it whenever pyproject.toml changed.
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$PROJECT_DIR/.venv"

# Debian packages: Python's venv, the libraries Qt loads, and fonts that match Word's.
RUNTIME_PACKAGES="python3 python3-venv python3-pip libglib2.0-0 libgl1 libegl1 libxkbcommon0 \
libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito \
fonts-crosextra-caladea libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
# For the tests and screenshots: LibreOffice to convert exports, poppler, a virtual screen.
TEST_PACKAGES="libreoffice-writer-nogui poppler-utils xvfb pandoc"

ensure_debian_packages() {
    local wanted="$*" missing=() pkg
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: trust the user
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing system packages: ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    else
        echo "These system packages are missing; install them with:" >&2
        echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
}

ensure_venv() {
    local python="${PYTHON:-python3}" stamp="$VENV/.installed" want
    if [ ! -x "$VENV/bin/python" ]; then
        echo "Creating the virtual environment in .venv" >&2
        "$python" -m venv "$VENV"
    fi
    want="$(sha256sum "$PROJECT_DIR/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "Installing Pressestelle and its dependencies into .venv" >&2
        "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
        "$VENV/bin/python" -m pip install --quiet -e "$PROJECT_DIR[dev]" >&2
        echo "$want" > "$stamp"
    fi
}
