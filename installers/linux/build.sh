#!/usr/bin/env bash
# Build the Linux release of KAM Desktop:
#   dist/kam-desktop/                               the one-folder application
#   dist/kam-desktop-VERSION-linux-ARCH.tar.gz      it, with install.sh, uninstall.sh,
#                                                   the desktop entry, icons, metainfo, MIME type
# PyInstaller runs in its own virtual environment (build/venv-installer), apart from the
# test environment in .venv, with the package installed from this tree (not editable).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=ru.kamdesktop.KamDesktop
PYTHON=${PYTHON:-python3}
VENV=build/venv-installer
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
release="kam-desktop-$version-linux-$(uname -m)"

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "KAM Desktop needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version)" >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV" || { echo "Install python3-venv first" >&2; exit 1; }
fi
pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
"${pip[@]}" --upgrade pip
# setuptools would reuse a stale build/lib and ship files removed from the tree
rm -rf build/lib build/bdist.*
"${pip[@]}" "pyinstaller>=6.10,<7" .
# The translations go into the package, so compile them and install it once more.
for source in resources/translations/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$source" -qm "${source%.ts}.qm"
done
rm -rf build/lib build/bdist.*
"${pip[@]}" --no-deps --force-reinstall .

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/kam-desktop.spec

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
