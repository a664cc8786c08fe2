#!/usr/bin/env bash
# Install the Debian package built by build-deb.sh as an administrator would
# (apt-get install ./FILE.deb), use it as a user, and remove it again:
#   the files are in place (application, /usr/bin link, desktop entry, icons, MIME type);
#   --version; the window opens offscreen in Russian; a demo portfolio, a value dossier
#   PDF and `check` in a throw-away home; removal leaves no /opt/kam-desktop and keeps
#   the user's portfolio. The package is removed even when a step fails.
# Needs root (or sudo without a password); says so and exits 0 where neither exists.
#
#   bash installers/linux/deb-test.sh [dist/kam-desktop_VERSION_ARCH.deb]
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=ru.kamdesktop.KamDesktop
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
deb=$(realpath "${1:-dist/kam-desktop_${version}_$(dpkg --print-architecture).deb}")
[ -f "$deb" ] || { echo "no $deb: run installers/linux/build-deb.sh first" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "deb-test: skipped, installing a package needs root or password-less sudo"
    exit 0
fi
if dpkg-query -W -f='${Status}' kam-desktop 2>/dev/null | grep -q "ok installed"; then
    echo "deb-test: kam-desktop is already installed on this machine; not touching it" >&2
    exit 1
fi

scratch=$(mktemp -d /tmp/kam-deb.XXXXXX)
chmod 755 "$scratch"
cleanup() {
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kam-desktop \
        >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT
home=$scratch/home
TEST_NAME=deb-test
source installers/linux/test-steps.sh
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120)

step "apt-get install $(basename "$deb")"
cp "$deb" "$scratch/"   # apt's sandbox user must be able to read it
"${apt[@]}" install -y -q --no-install-recommends "$scratch/$(basename "$deb")" \
    | grep -E "^(Setting up|Unpacking|Selecting) " || true
dpkg-query -W -f='${Status}\n' kam-desktop | grep -q "ok installed" || fail "not installed"
for file in /opt/kam-desktop/kam-desktop /usr/bin/kam-desktop \
        "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
        "/usr/share/mime/packages/$APP_ID.xml" \
        "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
        /usr/share/doc/kam-desktop/copyright; do
    [ -e "$file" ] || fail "the package did not install $file"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "/usr/share/applications/$APP_ID.desktop" || fail "invalid desktop entry"
fi
if [ -f /usr/share/mime/application/x-kamsync.xml ]; then
    echo "MIME type application/x-kamsync registered by the trigger"
fi

run() { (cd "$scratch/work" && "${bare[@]}" kam-desktop "$@"); }

step "version"
shown=$(run --version)
[ "$shown" = "kam-desktop $version" ] || fail "--version says '$shown', pyproject says $version"

step "window (offscreen, Russian)"
gui=$(cd "$scratch/work" && "${bare[@]}" LANG=ru_RU.UTF-8 timeout 120 kam-desktop --smoke-test)
echo "$gui"
grep -q "Файл" <<<"$gui" || fail "the window is not in Russian"

step "demo portfolio, value dossier, check"
run demo --accounts 10
db="$home/.local/share/KAM Desktop/portfolio.sqlite3"
[ -f "$db" ] || fail "no database at $db"
account=$(run accounts --json | sed -n 's/^    "name": "\(.*\)",$/\1/p' | head -n 1)
run report value-dossier --account "$account" -o "$scratch/work/dossier.pdf"
[ "$(head -c 4 "$scratch/work/dossier.pdf")" = "%PDF" ] || fail "dossier.pdf is not a PDF"
run check

step "apt-get remove kam-desktop"
"${apt[@]}" remove -y -q kam-desktop | grep -E "^Removing " || true
[ ! -e /opt/kam-desktop ] || fail "/opt/kam-desktop is still there after removal"
[ ! -e /usr/bin/kam-desktop ] || fail "/usr/bin/kam-desktop is still there after removal"
[ -f "$db" ] || fail "removing the package removed a user's portfolio"

echo "DEB TEST PASSED: $(du -sh "$deb" | cut -f1) package"
echo "deb-test: $steps passed, 0 failed"
