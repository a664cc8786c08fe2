#!/usr/bin/env bash
# Refresh the translation sources from the code (new strings appear as unfinished),
# then translate them in Qt Linguist (.venv/bin/pyside6-linguist) or by editing the .ts,
# and run this again: it compiles the .qm files, which are committed with their sources.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find kam_desktop/ui -name '*.py' | sort)
for language in ru en; do
    .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" \
        -ts "resources/translations/kam_desktop_${language}.ts"
done
for source in resources/translations/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$source" -qm "${source%.ts}.qm"
done
