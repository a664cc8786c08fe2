"""PySide6 would read the source of every module imported after it (its ``__feature__``
support); kam_desktop.ui stops that, and a module is then treated as any module without
``from __feature__ import``."""
from __future__ import annotations

import sys

import kam_desktop.ui  # noqa: F401  (the package stops the reading)


def test_a_module_imported_after_pyside_is_not_read_for_features(tmp_path, monkeypatch) -> None:
    (tmp_path / "mentions_pyside.py").write_text(
        "from PySide6.QtCore import QObject\n\nPLAIN = QObject\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    feature = sys.modules["shibokensupport.feature"]
    read = []
    monkeypatch.setattr("linecache.getlines", lambda *args: read.append(args) or [])
    module = __import__("mentions_pyside")  # an import statement, as the hook sees it
    assert module.PLAIN.__name__ == "QObject"
    assert feature.pyside_feature_dict["mentions_pyside"] == -1  # as for a module without Qt
    assert read == []  # its source was not read
    sys.modules.pop("mentions_pyside")
