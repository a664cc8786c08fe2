#!/usr/bin/env bash
# Freeze KAM Desktop with PyInstaller into dist/ (Linux: dist/kam-desktop/; macOS: also
# "dist/KAM Desktop.app"). PyInstaller runs in its own virtual environment,
# build/venv-installer, apart from the test environment in .venv, with the package
# installed from this tree (not editable) and its translations compiled.
# Used by installers/linux/build.sh and installers/macos/make-dmg.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv-installer

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
# The translations go into the package: compile them, then install it once more.
for source in resources/translations/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$source" -qm "${source%.ts}.qm"
done
rm -rf build/lib build/bdist.*
"${pip[@]}" --no-deps --force-reinstall .

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/kam-desktop.spec
