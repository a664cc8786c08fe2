#!/usr/bin/env bash
# Build "KAM Desktop.app" and pack it into dist/kam-desktop-VERSION-macos-ARCH.dmg, a disk
# image that shows the application beside a link to /Applications (drag to install).
# UNTESTED: written from the hdiutil and codesign manuals, never run here (no macOS).
#
#   bash installers/macos/make-dmg.sh
#   CODESIGN_IDENTITY="Developer ID Application: ..." bash installers/macos/make-dmg.sh
#
# Without CODESIGN_IDENTITY the application keeps PyInstaller's ad-hoc signature: it runs
# on the Mac that built it, and elsewhere only after the user allows it in System
# Settings > Privacy & Security. Distribution needs a Developer ID signature and
# notarization (xcrun notarytool submit ... --wait; xcrun stapler staple).
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
app="dist/KAM Desktop.app"
dmg="dist/kam-desktop-$version-macos-$(uname -m).dmg"

bash installers/pyinstaller.sh
[ -d "$app" ] || { echo "PyInstaller did not write $app" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --sign "$CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict "$app"
fi

stage=build/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "KAM Desktop $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
echo "Built $dmg"
