# Shared by smoke-test.sh and deb-test.sh (sourced, not run): numbered steps, one failure
# line, and the bare environment a user's program meets (no Python, no repository, a
# throw-away home under $scratch).
#   needs: $TEST_NAME, $scratch (a temporary folder), $home (the throw-away home in it)
#   gives: step, fail, and the array bare=(env -i ...)
steps=0
step() { steps=$((steps + 1)); echo "--- $*"; }
fail() {
    echo "${TEST_NAME^^} FAILED: $*" >&2
    echo "$TEST_NAME: $((steps - 1)) passed, 1 failed"
    exit 1
}
mkdir -p "$home" "$scratch/work" "$scratch/runtime"
chmod 700 "$scratch/runtime"
bare=(env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8
      XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
      XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/runtime"
      QT_QPA_PLATFORM=offscreen)
