"""The Qt user interface: the only package that imports PySide6.

Importing PySide6 replaces Python's import with one that, after every module imported
from then on, reads that module's whole source looking for the word "PySide6": it is
how PySide6 supports ``from __feature__ import snake_case, true_property``, which this
program never uses. The window imports some 450 modules after PySide6 (SQLAlchemy, the
models, the services): reading them took about a fifth of their import time, some 100 ms
between the first screen and the figures (napari/napari#8584 found the same tax). So
every module is taken for one that does not select a feature, as each of ours is:
PySide6 then treats it as any module without ``__feature__``.
"""
import sys

import PySide6.QtCore  # noqa: F401  (installs the import hook patched below)


def _skip_feature_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda _module: False


_skip_feature_scan()
