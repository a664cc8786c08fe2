#!/usr/bin/env bash
# Build the Linux release of KAM Desktop:
#   dist/kam-desktop/                               the one-folder application
#   dist/kam-desktop-VERSION-linux-ARCH.tar.gz      it, with install.sh, uninstall.sh,
#                                                   the desktop entry, icons, metainfo, MIME type
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=ru.kamdesktop.KamDesktop
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
release="kam-desktop-$version-linux-$(uname -m)"

bash installers/pyinstaller.sh

# A Python built from source keeps its debugging information: 20-30 MB nobody needs.
# Only the interpreter's own files: stripping wheels' patched libraries can break them.
if command -v strip >/dev/null; then
    strip --strip-debug dist/kam-desktop/_internal/libpython3*.so* \
        dist/kam-desktop/_internal/python3*/lib-dynload/*.so 2>/dev/null || true
fi

stage="build/release/$release"
rm -rf build/release
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages"
cp -a dist/kam-desktop "$stage/kam-desktop"
install -m 755 installers/linux/install.sh installers/linux/uninstall.sh "$stage/"
install -m 644 "installers/linux/$APP_ID.desktop" "$stage/share/applications/"
install -m 644 "installers/linux/$APP_ID.metainfo.xml" "$stage/share/metainfo/"
install -m 644 "installers/linux/$APP_ID.mime.xml" "$stage/share/mime/packages/$APP_ID.xml"
for png in resources/icons/kam-desktop-*.png; do
    size=${png##*-}
    size=${size%.png}
    install -D -m 644 "$png" "$stage/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 installers/icons/kam-desktop.svg \
    "$stage/share/icons/hicolor/scalable/apps/$APP_ID.svg"
tar -C build/release --owner=0 --group=0 --sort=name -czf "dist/$release.tar.gz" "$release"

echo "Built dist/kam-desktop ($(du -sh dist/kam-desktop | cut -f1)) and dist/$release.tar.gz ($(du -sh "dist/$release.tar.gz" | cut -f1))"
