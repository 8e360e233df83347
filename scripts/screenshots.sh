#!/usr/bin/env bash
# Renders the screenshots of the README and the guides with Loopline's own --screenshot
# option, so they always show the current program: every main screen in English, Russian
# and Ukrainian, light and dark, on a demo database made for the purpose. Needs a build
# (scripts/build.sh).
#   scripts/screenshots.sh [OUT_DIR]      (default docs/screenshots)
# Light in every language and dark in English; LOOPLINE_SCREENSHOTS_ALL=1 renders dark in
# every language too (for looking at them; the README shows English).
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

shots() { # LANGUAGE THEME SUFFIX
    for view in contacts deals board leads sdr-queue campaigns tasks reports; do
        "$APP" --db demo.sqlite --lang "$1" --theme "$2" --view "$view" --size 1280x800 \
            --screenshot "$OUT/$view-$1$3.png" > /dev/null 2>&1
    done
    "$APP" --db demo.sqlite --lang "$1" --theme "$2" --booth "Expo 2026" --size 1280x800 \
        --screenshot "$OUT/booth-$1$3.png" > /dev/null 2>&1
}

# The database is named relative to the folder, so the status bar shows no machine path.
cd "$work"
"$APP" --db demo.sqlite --demo 2000 --screenshot first.png --size 1280x800 > /dev/null 2>&1
for lang in en ru uk; do
    shots "$lang" light ""
    if [[ "$lang" == en || -n "${LOOPLINE_SCREENSHOTS_ALL:-}" ]]; then
        shots "$lang" dark -dark
    fi
done
echo "screenshots: $(ls "$OUT"/*.png | wc -l) pictures in $OUT"
