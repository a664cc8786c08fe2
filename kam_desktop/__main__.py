"""``python -m kam_desktop`` and the ``kam-desktop`` command: the window when no command is
given, else the command line (kam_desktop.cli).

The window's start goes straight to the window: loading the command line's modules first
would load SQLAlchemy and the models before the window's first screen, which needs
neither (ui.first_screen). Anything but the window's own options (``--db``,
``--receive``, ``--lang``) — a command, ``--help``, ``--version``, a mistake — goes to
the command line, which also opens the window in any case it recognises.
"""
from __future__ import annotations

import gc
import sys
from pathlib import Path

#: the options a window's start may be given, each with one value
WINDOW_OPTIONS = ("--db", "--receive", "--lang")
LANGUAGES = ("ru", "en")


def window_options(argv: list[str]) -> dict[str, str] | None:
    """The window's options when ``argv`` asks for nothing else, else None."""
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option not in WINDOW_OPTIONS or option in found:
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if not value or (option == "--lang" and value not in LANGUAGES):
            return None
        found[option] = value
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = window_options(argv)
    if options is None:
        from kam_desktop.cli import main as command_line

        return command_line(argv)
    gc.disable()  # while the window's modules load too: see run_gui
    from kam_desktop.ui.app import run_gui

    receive = options.get("--receive")
    return run_gui(db_path=options.get("--db") and Path(options["--db"]),
                   receive=receive and Path(receive))


if __name__ == "__main__":
    raise SystemExit(main())
