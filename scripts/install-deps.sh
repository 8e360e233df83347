#!/usr/bin/env bash
# Installs, with apt-get, whatever Loopline needs to build, run and test that is
# not on this Debian machine yet. Safe to run again: it installs only what is missing.
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ ccache pkg-config dpkg-dev file appstream desktop-file-utils
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qtkeychain-qt6-dev libphonenumber-dev libxlsxwriter-dev libzxing-dev zlib1g-dev
    postgresql sqlite3
    xvfb xauth fonts-dejavu-core
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed."
    exit 0
fi

SUDO=""
if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
