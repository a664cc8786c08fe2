#!/usr/bin/env bash
# Remove KAM Desktop installed by install.sh. The portfolio, its backups and the
# settings stay unless you ask for them to go with --delete-data.
set -euo pipefail

APP_ID=ru.kamdesktop.KamDesktop
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
cache_home=${XDG_CACHE_HOME:-$HOME/.cache}
app_dir=$HOME/.local/lib/kam-desktop
bin_link=$HOME/.local/bin/kam-desktop
# the folders the application itself writes (platformdirs and QSettings, "KAM Desktop")
user_data="$data_home/KAM Desktop"
user_settings="$config_home/KAM Desktop"

delete_data=false
case "${1:-}" in
    "") ;;
    --delete-data) delete_data=true ;;
    *) echo "usage: uninstall.sh [--delete-data]" >&2; exit 2 ;;
esac

if $delete_data && [ -t 0 ]; then
    read -r -p "Delete your portfolio, its backups and your settings ($user_data, $user_settings)? This cannot be undone. [y/N] " answer
    case "$answer" in
        y|Y|yes|д|Д|да) ;;
        *) echo "Nothing deleted."; exit 0 ;;
    esac
fi

echo "Removing KAM Desktop from $app_dir"
if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$app_dir/kam-desktop" ]; then
    rm -f "$bin_link"
fi
rm -f "$data_home/applications/$APP_ID.desktop" \
      "$data_home/metainfo/$APP_ID.metainfo.xml" \
      "$data_home/mime/packages/$APP_ID.xml" \
      "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg" \
      "$data_home"/icons/hicolor/*x*/apps/"$APP_ID.png"
rm -rf "$cache_home/KAM Desktop" "$app_dir"

if command -v update-mime-database >/dev/null && [ -d "$data_home/mime/packages" ]; then
    update-mime-database "$data_home/mime"
fi
if command -v update-desktop-database >/dev/null && [ -d "$data_home/applications" ]; then
    update-desktop-database -q "$data_home/applications"
fi

if $delete_data; then
    rm -rf "$user_data" "$user_settings"
    echo "Your portfolio and settings were deleted."
elif [ -e "$user_data" ] || [ -e "$user_settings" ]; then
    echo "Your portfolio and backups stay in $user_data and your settings in"
    echo "$user_settings; delete those folders yourself, or run: uninstall.sh --delete-data"
fi
