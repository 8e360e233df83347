#!/usr/bin/env bash
# Renders the screenshots of the README and the guides with Loopline's own --screenshot
# option, so they always show the current program: every main screen in English, Russian
# and Ukrainian, on a demo database made for the purpose. Needs a build (scripts/build.sh).
#   scripts/screenshots.sh [OUT_DIR]      (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${LOOPLINE_BUILD_DIR:-build}
OUT=${1:-docs/screenshots}
APP="$(cd "$BUILD_DIR" && pwd)/app/loopline"
[[ -x "$APP" ]] || { echo "screenshots: build Loopline first (scripts/build.sh)" >&2; exit 1; }
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/loopline-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# Settings of their own: no window layout or language of the person running this.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LC_ALL=C.UTF-8

# The database is named relative to the folder, so the status bar shows no machine path.
cd "$work"
"$APP" --db demo.sqlite --demo 2000 --screenshot first.png --size 1280x800 > /dev/null
for lang in en ru uk; do
    for view in contacts deals board leads sdr-queue campaigns tasks reports; do
        "$APP" --db demo.sqlite --lang "$lang" --view "$view" --size 1280x800 \
            --screenshot "$OUT/$view-$lang.png" > /dev/null 2>&1
    done
    "$APP" --db demo.sqlite --lang "$lang" --booth "Expo 2026" --size 1280x800 \
        --screenshot "$OUT/booth-$lang.png" > /dev/null 2>&1
done
echo "screenshots: $(ls "$OUT"/*.png | wc -l) pictures in $OUT"
