#!/usr/bin/env bash
# One command for a fresh Debian machine: installs what is missing, builds and
# runs every test (core and UI, on SQLite and on a private PostgreSQL server the
# tests start themselves), then builds the Debian package, installs it and runs the
# installed program (scripts/package-check.sh). .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR=${LOOPLINE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${LOOPLINE_JOBS:-2}" "$@"
# A run narrowed to some tests (arguments for ctest) is a developer's: no package then.
if (($# == 0)); then
    scripts/package-check.sh
fi
