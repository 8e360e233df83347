#!/usr/bin/env bash
# Builds the Debian package (CPack), installs it with apt-get as a user would, with the
# dependencies it declares, and runs the installed program: --version, and a window
# rendered to a PNG from /usr/bin/loopline on a demo database. scripts/test.sh runs it after
# the tests; it needs root or sudo, as installing any package does.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${LOOPLINE_BUILD_DIR:-build}
SUDO=""
[[ "$(id -u)" == 0 ]] || SUDO="sudo"

rm -f "$BUILD_DIR"/loopline_*.deb
(cd "$BUILD_DIR" && cpack -G DEB > cpack.log) || { cat "$BUILD_DIR/cpack.log" >&2; exit 1; }
deb=$(ls "$BUILD_DIR"/loopline_*.deb)
version=$(dpkg-deb -f "$deb" Version)
echo "package-check: built $(basename "$deb"); Depends: $(dpkg-deb -f "$deb" Depends)"

contents=$(dpkg-deb -c "$deb")
for file in usr/bin/loopline usr/share/applications/loopline.desktop \
    usr/share/metainfo/org.loopline.Loopline.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/loopline.svg \
    usr/share/icons/hicolor/16x16/apps/loopline.png usr/share/icons/hicolor/48x48/apps/loopline.png \
    usr/share/icons/hicolor/256x256/apps/loopline.png; do
    grep -q " \./$file\$" <<<"$contents" || { echo "package-check: $file is missing from the package" >&2; exit 1; }
done

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends "$(realpath "$deb")" > "$BUILD_DIR/package-install.log" \
    || { cat "$BUILD_DIR/package-install.log" >&2; exit 1; }
[[ "$(dpkg-query -W -f='${Version}' loopline)" == "$version" ]] \
    || { echo "package-check: loopline $version is not the installed version" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
said=$(/usr/bin/loopline --version)
[[ "$said" == *"$version"* ]] || { echo "package-check: --version said \"$said\", not $version" >&2; exit 1; }
echo "package-check: /usr/bin/loopline --version: $said"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/loopline --db "$work/demo.sqlite" --demo 300 --screenshot "$work/installed.png" --size 1280x800
[[ -s "$work/installed.png" ]] || { echo "package-check: the installed program wrote no screenshot" >&2; exit 1; }
cp "$work/installed.png" "$BUILD_DIR/package-check.png"
echo "package-check: the installed program rendered its window ($BUILD_DIR/package-check.png)"

appstreamcli validate --no-net /usr/share/metainfo/org.loopline.Loopline.metainfo.xml
desktop-file-validate /usr/share/applications/loopline.desktop
echo "package-check: passed"
