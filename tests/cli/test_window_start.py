"""``kam-desktop`` without a command goes straight to the window (kam_desktop.__main__);
anything else goes to the command line as before."""
from __future__ import annotations

import pytest

from kam_desktop.__main__ import window_options


@pytest.mark.parametrize("argv, options", [
    ([], {}),
    (["--db", "a.sqlite3"], {"--db": "a.sqlite3"}),
    (["--db=a.sqlite3", "--receive", "b.kamsync", "--lang", "ru"],
     {"--db": "a.sqlite3", "--receive": "b.kamsync", "--lang": "ru"}),
])
def test_the_windows_own_options_open_the_window(argv, options) -> None:
    assert window_options(argv) == options


@pytest.mark.parametrize("argv", [
    ["accounts"], ["--db", "a.sqlite3", "accounts"], ["--help"], ["-h"], ["--version"],
    ["--db"], ["--db", "--receive", "x"], ["--db="], ["--lang", "de"], ["--rec", "x"],
    ["--db", "a", "--db", "b"], ["a.sqlite3"],
])
def test_anything_else_goes_to_the_command_line(argv) -> None:
    assert window_options(argv) is None


def test_a_mistake_is_still_told_by_the_command_line(cli) -> None:
    result = cli("--lang", "de")
    assert result.returncode == 2 and "invalid choice" in result.stderr
