#!/usr/bin/env bash
# Install KAM Desktop for the current user, from the unpacked release tarball:
#   ~/.local/lib/kam-desktop/          the application (and uninstall.sh)
#   ~/.local/bin/kam-desktop           the command line (a link)
#   ~/.local/share/applications, icons/hicolor, metainfo, mime/packages
# Needs no root and no Python. Running it again upgrades in place; your portfolio
# (~/.local/share/KAM Desktop) and settings are never touched.
set -euo pipefail

APP_ID=ru.kamdesktop.KamDesktop
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/kam-desktop
bin_dir=$HOME/.local/bin

if [ ! -x "$here/kam-desktop/kam-desktop" ]; then
    echo "install.sh: run me from the unpacked KAM Desktop tarball" >&2
    exit 1
fi

echo "Installing KAM Desktop into $app_dir"
mkdir -p "$(dirname "$app_dir")" "$bin_dir"
rm -rf "$app_dir.new"
cp -a "$here/kam-desktop" "$app_dir.new"
install -m 755 "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sfn "$app_dir/kam-desktop" "$bin_dir/kam-desktop"

# The desktop session's PATH may lack ~/.local/bin: the entry names the program itself.
mkdir -p "$data_home/applications"
sed -e "s|^TryExec=kam-desktop\$|TryExec=$app_dir/kam-desktop|" \
    -e "s|^Exec=kam-desktop |Exec=\"$app_dir/kam-desktop\" |" \
    "$here/share/applications/$APP_ID.desktop" > "$data_home/applications/$APP_ID.desktop"

cp -r "$here/share/icons" "$data_home/"
install -D -m 644 "$here/share/metainfo/$APP_ID.metainfo.xml" \
    "$data_home/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$here/share/mime/packages/$APP_ID.xml" \
    "$data_home/mime/packages/$APP_ID.xml"

# Refresh the desktop's caches where the tools exist (they are optional).
if command -v update-mime-database >/dev/null; then
    update-mime-database "$data_home/mime"
fi
if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data_home/applications"
fi
if command -v gtk-update-icon-cache >/dev/null && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -f "$data_home/icons/hicolor" || true
fi

echo "Done. Start KAM Desktop from the applications menu, or run: kam-desktop"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "($bin_dir is not on your PATH: the command line is $app_dir/kam-desktop)" ;;
esac
echo "To remove it: $app_dir/uninstall.sh (your data stays)"
