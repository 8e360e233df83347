#!/usr/bin/env bash
# Makes Loopline.app and a disk image on macOS with Qt's macdeployqt. See installer/README.md.
# Not run by CI (no macOS machine there). Usage: installer/macos/deploy.sh BUILD_DIR OUT_DIR
set -euo pipefail
BUILD=${1:-build-mac}
OUT=${2:-dist}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's/^project(Loopline VERSION \([0-9.]*\).*/\1/p' "$ROOT/CMakeLists.txt")
APP="$OUT/Loopline.app"
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp "$BUILD/app/loopline" "$APP/Contents/MacOS/loopline"
cat > "$APP/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>CFBundleExecutable</key><string>loopline</string>
  <key>CFBundleIdentifier</key><string>org.loopline.Loopline</string>
  <key>CFBundleName</key><string>Loopline</string>
  <key>CFBundleIconFile</key><string>loopline</string>
  <key>CFBundleShortVersionString</key><string>$VERSION</string>
  <key>CFBundleVersion</key><string>$VERSION</string>
  <key>CFBundlePackageType</key><string>APPL</string>
  <key>CFBundleDevelopmentRegion</key><string>en</string>
  <key>CFBundleLocalizations</key><array><string>en</string><string>ru</string><string>uk</string></array>
  <key>NSHighResolutionCapable</key><true/>
</dict></plist>
PLIST
# The icon: the PNGs rendered at build time, as an .icns.
ICONSET=$(mktemp -d)/loopline.iconset
mkdir -p "$ICONSET"
for size in 16 32 128 256; do
    cp "$BUILD/icons/${size}x${size}/apps/loopline.png" "$ICONSET/icon_${size}x${size}.png"
done
iconutil -c icns "$ICONSET" -o "$APP/Contents/Resources/loopline.icns"
macdeployqt "$APP" -dmg -always-overwrite
if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "$APP"
fi
"$APP/Contents/MacOS/loopline" --version
echo "Loopline.app and its disk image are in $OUT"
