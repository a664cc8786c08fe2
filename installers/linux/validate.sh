#!/usr/bin/env bash
# Validate the Linux packaging files: the desktop entry (desktop-file-validate), the
# AppStream metainfo (appstreamcli validate) and the MIME type (update-mime-database).
# Installs the validators with apt-get when they are missing (sudo when not root).
set -euo pipefail
cd "$(dirname "$0")"

APP_ID=ru.kamdesktop.KamDesktop
TOOLS=(desktop-file-utils appstream shared-mime-info)

bash ../../scripts/install-packages.sh "${TOOLS[@]}"

desktop-file-validate "$APP_ID.desktop"
appstreamcli validate --no-net "$APP_ID.metainfo.xml"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$data/mime/packages"
cp "$APP_ID.mime.xml" "$data/mime/packages/$APP_ID.xml"
XDG_DATA_HOME=$data update-mime-database "$data/mime"
grep -q '<glob pattern="\*.kamsync"' "$data/mime/application/x-kamsync.xml"
echo "Packaging files are valid: $APP_ID.desktop, $APP_ID.metainfo.xml, $APP_ID.mime.xml"
