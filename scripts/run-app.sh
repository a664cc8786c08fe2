#!/usr/bin/env bash
# Set up (when needed) and start KAM Desktop on its local SQLite database.
# The welcome screen offers the demo portfolio; `--db PATH` picks another database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kam-desktop "$@"
