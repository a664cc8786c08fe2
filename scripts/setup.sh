#!/usr/bin/env bash
# Set up everything KAM Desktop needs on a fresh Debian/Ubuntu machine: the system
# libraries Qt needs (installed only when missing), a local virtual environment in
# .venv with the package and its test tools. The compiled translations (.qm) are committed
# beside their sources, so that a wheel built from any checkout speaks Russian.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS=(libgl1 libegl1 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
         libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
         libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
TOOLS=(xvfb xauth poppler-utils)

bash scripts/install-packages.sh "${QT_LIBS[@]}" "${TOOLS[@]}"

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "KAM Desktop needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version)" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv || { echo "Install python3-venv first" >&2; exit 1; }
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --editable ".[test]"
