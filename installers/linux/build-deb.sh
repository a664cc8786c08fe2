#!/usr/bin/env bash
# Pack the one-folder application built by build.sh into a Debian package, what a
# company's administrator deploys to a fleet of laptops (apt install ./FILE.deb):
#   /opt/kam-desktop/                      the application
#   /usr/bin/kam-desktop                   the command line and the window (a link)
#   /usr/share/applications, icons/hicolor, metainfo, mime/packages
#   /usr/share/doc/kam-desktop/            copyright and changelog
# The desktop's caches (MIME types, desktop entries, icons) are refreshed by the dpkg
# triggers of shared-mime-info, desktop-file-utils and the icon theme: no maintainer
# scripts. Each user's portfolio stays in their home folder and survives removal.
#
#   bash installers/linux/build-deb.sh [APP_FOLDER [OUT_FOLDER]]
#       -> OUT_FOLDER/kam-desktop_VERSION_ARCH.deb (by default from dist/kam-desktop to dist)
set -euo pipefail
cd "$(dirname "$0")/../.."
app=$(realpath "${1:-dist/kam-desktop}")
out=$(realpath "${2:-dist}")

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
arch=$(dpkg --print-architecture)
deb="$out/kam-desktop_${version}_$arch.deb"
# who answers for the package in the fleet: set DEB_MAINTAINER="Name <mail>" when building
maintainer=${DEB_MAINTAINER:-KAM Desktop team <kam-desktop@example.invalid>}
[ -x "$app/kam-desktop" ] || { echo "no $app/kam-desktop: run installers/linux/build.sh first" >&2; exit 1; }

mkdir -p "$out"
root=$(mktemp -d /tmp/kam-deb-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
rm -f "$deb"
chmod 755 "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/kam-desktop"
cp -a "$app" "$root/opt/kam-desktop"
ln -s /opt/kam-desktop/kam-desktop "$root/usr/bin/kam-desktop"
bash installers/linux/desktop-files.sh "$root/usr/share"
gzip -9n -c CHANGELOG.md > "$root/usr/share/doc/kam-desktop/changelog.gz"
cat > "$root/usr/share/doc/kam-desktop/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: KAM Desktop

Files: *
Copyright: KAM Desktop team
License: proprietary
 All rights reserved.
 The application folder /opt/kam-desktop bundles Python, Qt (PySide6, LGPL-3.0),
 ReportLab (BSD), matplotlib (PSF-based), SQLAlchemy (MIT) and the DejaVu fonts
 (Bitstream Vera licence); their licences are in /opt/kam-desktop/_internal.
COPYRIGHT

# What Qt's xcb platform and the bundled libraries take from the system. glib's package
# was renamed libglib2.0-0t64 in Debian 13 and Ubuntu 24.04.
depends="libc6, libgl1, libegl1, libdbus-1-3, libfontconfig1, libfreetype6,
 libglib2.0-0t64 | libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0,
 libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0"
cat > "$root/DEBIAN/control" <<CONTROL
Package: kam-desktop
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $(tr -d '\n' <<<"$depends")
Recommends: shared-mime-info, desktop-file-utils
Description: offline workbench of key-account managers
 KAM Desktop keeps each key account's dossier, the role map of the client's
 decision-makers, the account development plan, the value dossier and the account
 diary on the laptop, prints PDF reports and exchanges data between laptops by
 files. Russian and English.
CONTROL

dpkg-deb --build --root-owner-group -Zgzip -z6 "$root" "$deb" >/dev/null
echo "Built $deb ($(du -sh "$deb" | cut -f1))"
