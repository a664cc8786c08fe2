#!/usr/bin/env bash
# Build the Linux release of KAM Desktop:
#   dist/kam-desktop/                               the one-folder application
#   dist/kam-desktop-VERSION-linux-ARCH.tar.gz      it, with install.sh, uninstall.sh,
#                                                   the desktop entry, icons, metainfo, MIME type
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
release="kam-desktop-$version-linux-$(uname -m)"

bash installers/pyinstaller.sh

# A Python built from source keeps its debugging information: 20-30 MB nobody needs.
# Only the interpreter's own files: stripping wheels' patched libraries can break them.
if command -v strip >/dev/null; then
    strip --strip-debug dist/kam-desktop/_internal/libpython3*.so* \
        dist/kam-desktop/_internal/python3*/lib-dynload/*.so 2>/dev/null || true
fi

stage="build/release/$release"
rm -rf build/release
mkdir -p "$stage"
cp -a dist/kam-desktop "$stage/kam-desktop"
install -m 755 installers/linux/install.sh installers/linux/uninstall.sh "$stage/"
bash installers/linux/desktop-files.sh "$(realpath "$stage")/share"
tar -C build/release --owner=0 --group=0 --sort=name -czf "dist/$release.tar.gz" "$release"

echo "Built dist/kam-desktop ($(du -sh dist/kam-desktop | cut -f1)) and dist/$release.tar.gz ($(du -sh "dist/$release.tar.gz" | cut -f1))"
