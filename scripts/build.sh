#!/usr/bin/env bash
# Configures and builds Loopline in ./build (or $LOOPLINE_BUILD_DIR) with two jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${LOOPLINE_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${LOOPLINE_BUILD_TYPE:-RelWithDebInfo} "$@"
cmake --build "$BUILD_DIR" -j "${LOOPLINE_JOBS:-2}"
