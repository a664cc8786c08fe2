#!/usr/bin/env bash
# Set up (when needed) and run the whole test suite, GUI tests included (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
