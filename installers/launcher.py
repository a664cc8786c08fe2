"""Entry point of the frozen application: the `kam-desktop` command line (no command opens
the window), plus what only a frozen build needs at start-up.

``--smoke-test`` (hidden, first argument only) opens the window as usual, waits until it
is shown and exits 0; installers/linux/smoke-test.sh and the start-time measurement use it.

A lone ``FILE.kamsync`` argument is what the desktop passes when a sync bundle is opened
(the file associations of the installers); the window opens and receives it.
"""
from __future__ import annotations

import os
import sys

SMOKE_TEST = "--smoke-test"
BUNDLE_EXTENSION = ".kamsync"  # as installers/freeze.py
SMOKE_TIMEOUT_MS = 60_000


def keep_matplotlib_cache() -> None:
    """PyInstaller's matplotlib hook gives every run a new temporary MPLCONFIGDIR, so the
    font list would be rebuilt (seconds) before the first chart of each run. The fonts of
    a one-folder build never move: keep matplotlib's cache in the user's cache folder."""
    import platformdirs

    from kam_desktop.store.location import APP_NAME

    os.environ["MPLCONFIGDIR"] = os.path.join(
        platformdirs.user_cache_dir(APP_NAME, appauthor=False), "matplotlib")


def smoke_test(argv: list[str]) -> int:
    """Start the GUI and leave as soon as the main window is on screen; 1 when it never
    appears or has no icon (the bundled resources were not found)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kam_desktop.__main__ import main

    app = QApplication(sys.argv[:1])
    clock = QElapsedTimer()
    clock.start()

    def look() -> None:
        # the main window itself, not the portfolio's first screen shown before it
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
                 and type(w).__name__ == "MainWindow"]
        if shown:
            window = shown[0]
            menus = ", ".join(a.text() for a in window.menuBar().actions())
            print(f"smoke test: window {window.windowTitle()!r} shown after "
                  f"{clock.elapsed()} ms; menus: {menus}; "
                  f"icon sizes: {sorted(s.width() for s in app.windowIcon().availableSizes())}",
                  flush=True)
            app.exit(0 if not app.windowIcon().isNull() else 1)
        elif clock.elapsed() > SMOKE_TIMEOUT_MS:
            print("smoke test: no window within the time limit", file=sys.stderr, flush=True)
            app.exit(1)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return main(argv)


def run() -> int:
    if getattr(sys, "frozen", False):
        keep_matplotlib_cache()
    argv = sys.argv[1:]
    if len(argv) == 1 and argv[0].lower().endswith(BUNDLE_EXTENSION):
        argv = ["--receive", argv[0]]  # opened from the desktop: receive it in the window
    if argv[:1] == [SMOKE_TEST]:
        return smoke_test(argv[1:])
    from kam_desktop.__main__ import main

    return main(argv)


if __name__ == "__main__":
    raise SystemExit(run())
