#!/usr/bin/env bash
# Copy what the desktop needs to know about KAM Desktop into a share folder (the
# tarball's share/, the Debian package's /usr/share): the desktop entry, the AppStream
# metainfo, the .kamsync MIME type and the icon in every hicolor size.
#
#   bash installers/linux/desktop-files.sh SHARE_FOLDER
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=ru.kamdesktop.KamDesktop
share=$1
install -D -m 644 "installers/linux/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -D -m 644 "installers/linux/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "installers/linux/$APP_ID.mime.xml" "$share/mime/packages/$APP_ID.xml"
for png in resources/icons/kam-desktop-*.png; do
    size=${png##*-}
    size=${size%.png}
    install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 installers/icons/kam-desktop.svg \
    "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
