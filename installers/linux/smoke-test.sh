#!/usr/bin/env bash
# Smoke-test the Linux release built by build.sh as a user would meet it: unpack the
# tarball, install it with install.sh into a throw-away home, then run the installed
# application with a bare environment (no Python, no packages, no repository: env -i,
# PATH=/usr/bin:/bin, a working folder outside the tree):
#   the window opens offscreen (in Russian) and closes; a demo portfolio is created in the
#   default data folder; a value dossier PDF and the portfolio report (matplotlib's charts,
#   its font cache in the user's cache folder) are written; a sync bundle when the command
#   line has `sync export`; the database passes `check`; uninstall.sh keeps the data, and
#   deletes it when given --delete-data.
#
#   bash installers/linux/smoke-test.sh [dist/kam-desktop-VERSION-linux-ARCH.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=ru.kamdesktop.KamDesktop
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
tarball=$(realpath "${1:-dist/kam-desktop-$version-linux-$(uname -m).tar.gz}")
[ -f "$tarball" ] || { echo "no $tarball: run installers/linux/build.sh first" >&2; exit 1; }

scratch=$(mktemp -d /tmp/kam-smoke.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
home=$scratch/home
TEST_NAME=smoke-test
source installers/linux/test-steps.sh
app=$home/.local/lib/kam-desktop/kam-desktop

step "install $(basename "$tarball")"
tar -C "$scratch" -xzf "$tarball"
(cd "$scratch/work" && "${bare[@]}" bash "$scratch/$(basename "$tarball" .tar.gz)/install.sh")
[ -x "$app" ] || fail "install.sh did not install $app"
desktop=$home/.local/share/applications/$APP_ID.desktop
[ -f "$desktop" ] || fail "no desktop entry"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "the installed desktop entry is invalid"
fi
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$home/.local/share/icons/hicolor/${size}x$size/apps/$APP_ID.png" ] || fail "no ${size}px icon"
done
[ -f "$home/.local/share/mime/packages/$APP_ID.xml" ] || fail "no MIME type"
stamp=$scratch/installed.stamp
touch "$stamp"

run() { (cd "$scratch/work" && "${bare[@]}" "$app" "$@"); }

step "version"
shown=$(run --version)
[ "$shown" = "kam-desktop $version" ] || fail "--version says '$shown', pyproject says $version"

step "window (offscreen, Russian)"
gui=$(cd "$scratch/work" && "${bare[@]}" LANG=ru_RU.UTF-8 timeout 120 "$app" --smoke-test)
echo "$gui"
grep -q "Файл" <<<"$gui" || fail "the window is not in Russian: the translations were not found"

step "demo portfolio in the default data folder"
run demo --accounts 30
db="$home/.local/share/KAM Desktop/portfolio.sqlite3"
[ -f "$db" ] || fail "no database at $db"
run check

step "value dossier PDF"
account=$(run accounts --json | sed -n 's/^    "name": "\(.*\)",$/\1/p' | head -n 1)
[ -n "$account" ] || fail "no account listed"
run report value-dossier --account "$account" -o "$scratch/work/dossier.pdf"
[ "$(head -c 4 "$scratch/work/dossier.pdf")" = "%PDF" ] || fail "dossier.pdf is not a PDF"
ls -l "$scratch/work/dossier.pdf"

step "portfolio report PDF (its charts are matplotlib's)"
run report portfolio -o "$scratch/work/portfolio.pdf"
[ "$(head -c 4 "$scratch/work/portfolio.pdf")" = "%PDF" ] || fail "portfolio.pdf is not a PDF"
ls "$home/.cache/KAM Desktop/matplotlib"/fontlist-*.json >/dev/null 2>&1 \
    || fail "matplotlib's font cache was not kept in the user's cache folder"

if usage=$(run sync export --help 2>/dev/null); then
    step "sync bundle"
    bundle=$scratch/work/portfolio.kamsync
    if grep -qE -- '(^|[[ ])(-o|--output)[ =,]' <<<"$usage"; then
        target=(-o "$bundle")
    else
        target=("$bundle")
    fi
    # the demo's personal notes travel only locked: a random password, as a user's would be
    head -c 24 /dev/urandom | base64 > "$scratch/work/password"
    run sync export "${target[@]}" --password-file "$scratch/work/password" </dev/null
    [ -s "$bundle" ] || fail "no sync bundle written"
else
    echo "--- sync bundle skipped: this build's command line has no 'sync export'"
fi

step "the application wrote nothing into its own folder"
written=$(find "$home/.local/lib/kam-desktop" -newer "$stamp" | head -n 5)
[ -z "$written" ] || fail "files written into the application folder: $written"

step "uninstall keeps the data"
(cd "$scratch/work" && "${bare[@]}" bash "$home/.local/lib/kam-desktop/uninstall.sh")
[ ! -e "$home/.local/lib/kam-desktop" ] || fail "the application folder is still there"
[ ! -e "$desktop" ] || fail "the desktop entry is still there"
[ -f "$db" ] || fail "uninstall removed the portfolio"

step "uninstall --delete-data deletes it"
(cd "$scratch/work" && "${bare[@]}" bash "$scratch/$(basename "$tarball" .tar.gz)/uninstall.sh" \
    --delete-data </dev/null)
[ ! -e "$home/.local/share/KAM Desktop" ] || fail "--delete-data left the portfolio"
[ ! -e "$home/.config/KAM Desktop" ] || fail "--delete-data left the settings"

echo "SMOKE TEST PASSED: $(du -sh "$tarball" | cut -f1) tarball"
echo "smoke-test: $steps passed, 0 failed"
