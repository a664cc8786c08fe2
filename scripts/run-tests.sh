#!/usr/bin/env bash
# Set up (when needed) and run the whole test suite, GUI tests included (offscreen), in
# two processes (pytest-xdist; one on a single-core machine). worksteal hands each
# process half of the suite in order, so a module's fixtures are mostly built once, and
# moves tests to the process that finishes first. The 15 slowest tests are listed at the
# end. Options after the command go to pytest (`-n 0` runs in one process).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n auto --maxprocesses 2 --dist worksteal --durations 15 "$@"
