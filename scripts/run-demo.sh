#!/usr/bin/env bash
# One command for a new user: installs what is missing, builds, and starts
# Loopline on a demo SQLite database (created with sample data on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR=${LOOPLINE_BUILD_DIR:-build}

DATA_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/Loopline
DEMO_DB=${LOOPLINE_DEMO_DB:-$DATA_DIR/demo.sqlite}
ARGS=(--db "$DEMO_DB")
if [[ ! -s "$DEMO_DB" ]]; then
    ARGS+=(--demo "${LOOPLINE_DEMO_CONTACTS:-5000}")
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    # No screen here (a server or a CI box): show that it works with a screenshot instead.
    SHOT=${LOOPLINE_SCREENSHOT:-$PWD/loopline-demo.png}
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/loopline" "${ARGS[@]}" --screenshot "$SHOT" "$@"
    echo "run-demo: no display found; Loopline rendered its window to $SHOT"
    echo "run-demo: on a desktop, the same command opens the window."
    exit 0
fi
exec "$BUILD_DIR/app/loopline" "${ARGS[@]}" "$@"
