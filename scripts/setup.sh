# Shared set-up for scripts/run.sh and scripts/test.sh; sourced, not run.
# Checks the Debian packages Qt needs (installs them when root; otherwise prints the line to
# run), creates .venv and installs the project into it whenever its packaging changed.
# Each step prints one line; what the tools print goes to .setup.log, named on failure.
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$PROJECT_DIR/.venv"
SETUP_LOG="$PROJECT_DIR/.setup.log"

# Debian packages: Python's venv, the libraries Qt loads, fonts that match Word's, and
# Enchant with the Hunspell dictionaries spell checking uses.
# Names are Debian 12's; a package providing the name, or its "t64" successor (Debian 13,
# Ubuntu 24.04), counts as installed.
RUNTIME_PACKAGES="python3 python3-venv libglib2.0-0 libgl1 libegl1 libxkbcommon0 \
libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito \
fonts-crosextra-caladea libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libenchant-2-2 hunspell-de-de \
hunspell-en-gb hunspell-en-us poppler-utils"
# For the tests and screenshots: LibreOffice to convert exports (also what the PDF and
# e-mail exports use when it is installed; without it they say so), a virtual screen,
# pandoc, the validators of the desktop entry and the AppStream metainfo, PostgreSQL
# (the archive tests run on a server of their own as well as on SQLite), and exiftool
# (a test reads cleaned photos with it: no location may be left).
TEST_PACKAGES="libreoffice-writer-nogui xvfb pandoc desktop-file-utils appstream \
postgresql libimage-exiftool-perl"

# The commands below (and the user id, SETUP_UID) can be replaced: tests run the logic
# against recorded outputs.
DPKG_QUERY="${DPKG_QUERY:-dpkg-query}"
APT_CACHE="${APT_CACHE:-apt-cache}"
APT_GET="${APT_GET:-apt-get}"

# Every installed package's name and each name it provides, one per line.
installed_names() {
    LC_ALL=C "$DPKG_QUERY" -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
        awk -F'|' '$1 ~ /^[hi]i/ {
            print $2
            n = split($3, provided, ",")
            for (i = 1; i <= n; i++) {
                name = provided[i]
                sub(/^[ \t]+/, "", name)
                sub(/[ \t(:].*$/, "", name)
                if (name != "") print name
            }
        }' | sort -u
}

# The names among "$@" that nothing installed is or provides (nor their t64 successors).
missing_packages() {
    local have pkg
    have="$(installed_names)"
    for pkg in "$@"; do
        grep -qxF -e "$pkg" -e "${pkg}t64" <<<"$have" || echo "$pkg"
    done
}

# The name apt installs for PKG: PKG if the package lists have it, else its t64 successor.
installable_name() {
    local pkg="$1"
    if has_candidate "$pkg" || ! has_candidate "${pkg}t64"; then
        echo "$pkg"
    else
        echo "${pkg}t64"
    fi
}

has_candidate() {
    LC_ALL=C "$APT_CACHE" policy "$1" 2>/dev/null | grep -q '^ *Candidate: [^(]'
}

# step "what is done" COMMAND…: one line on stderr; the command's output goes to the log.
step() {
    local what="$1" status=0
    shift
    printf '%s … ' "$what" >&2
    printf '\n== %s (%s)\n' "$what" "$(date '+%F %T')" >>"$SETUP_LOG"
    "$@" >>"$SETUP_LOG" 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then
        echo "done" >&2
        return 0
    fi
    echo "failed (exit code $status); the whole output is in $SETUP_LOG, its end:" >&2
    tail -n 8 "$SETUP_LOG" | sed 's/^/    /' >&2
    exit "$status"
}

ensure_debian_packages() {
    local missing=() names=() pkg
    command -v "$DPKG_QUERY" >/dev/null 2>&1 || return 0   # not Debian: trust the user
    mapfile -t missing < <(missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "${SETUP_UID:-$(id -u)}" -eq 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        step "Updating the package lists" "$APT_GET" update
        for pkg in "${missing[@]}"; do names+=("$(installable_name "$pkg")"); done
        step "Installing ${#names[@]} system packages (${names[*]})" \
            "$APT_GET" install -y --no-install-recommends "${names[@]}"
    else
        for pkg in "${missing[@]}"; do names+=("$(installable_name "$pkg")"); done
        {
            echo "These system packages are missing: ${names[*]}"
            echo "Install them as root, then run this again:"
            echo "  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends ${names[*]}'"
            echo "or, where there is no sudo (it asks for root's password):"
            echo "  su -c 'apt-get update && apt-get install -y --no-install-recommends ${names[*]}'"
        } >&2
        exit 1
    fi
}

# ensure_venv [dev]: .venv with the app's dependencies; "dev" adds the development tools.
ensure_venv() {
    local python="${PYTHON:-python3}" stamp="$VENV/.installed" want have="" spec
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "Pressestelle needs Python 3.11 or newer; $python is" \
                "$("$python" --version 2>&1 || echo missing)." >&2
            exit 1
        fi
        step "Creating the virtual environment in .venv" "$python" -m venv "$VENV"
    fi
    want="$(cat "$PROJECT_DIR/pyproject.toml" "$PROJECT_DIR/setup.py" | sha256sum | cut -d' ' -f1)"
    [ -f "$stamp" ] && have="$(cat "$stamp")"
    if [ "$have" = "$want dev" ] || { [ "${1:-}" != dev ] && [ "$have" = "$want app" ]; }; then
        return 0
    fi
    spec="$PROJECT_DIR"
    [ "${1:-}" = dev ] && spec="$PROJECT_DIR[dev]"
    step "Updating pip in .venv" "$VENV/bin/python" -m pip install --upgrade pip
    step "Installing Pressestelle and the packages it needs into .venv" \
        "$VENV/bin/python" -m pip install --editable "$spec"
    echo "$want ${1:-app}" >"$stamp"
}
