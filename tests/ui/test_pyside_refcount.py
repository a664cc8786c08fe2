"""Regression test for PySide6 6.12.0 on CPython 3.11, which drops a reference to None
on every Qt call that returns nothing until the process aborts (none_dealloc)."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

PROBE = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(10_000):
    obj.setObjectName("probe")  # a Qt call that returns nothing
after = sys.getrefcount(None)
print(before, after)
"""


def test_qt_calls_returning_nothing_keep_none_alive() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    before, after = map(int, result.stdout.split())
    assert after >= before - 100, f"refcount of None fell from {before} to {after}"


def test_the_broken_combination_is_not_installed() -> None:
    if sys.version_info < (3, 12):
        assert version("PySide6-Essentials") != "6.12.0"
