"""The layer rule of ARCHITECTURE.md, checked on the source: imports point downwards
only, Qt lives in kam_desktop/ui alone, and views never import the ORM entities."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kam_desktop"
RANK = {"domain": 0, "resources": 0, "store": 1, "sync": 2, "reports": 2,
        "services": 3, "ui": 4, "cli": 5, "__main__": 6, "__init__": 0}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[str]:
    module = "kam_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against this module's package
                base = module.split(".")[: -node.level]
                found.append(".".join(base + ([node.module] if node.module else [])))
            else:
                found.append(node.module or "")
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_downwards(path: Path) -> None:
    layer = _layer("kam_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts))
    for target in _imports(path):
        if target.split(".")[0] == "PySide6":
            assert layer == "ui", f"{path.name} imports PySide6 outside kam_desktop/ui"
        if not target.startswith("kam_desktop.") or layer in ("__init__",):
            continue
        target_layer = _layer(target)
        if target_layer in ("__init__", "resources") or target_layer == layer:
            continue
        assert RANK[target_layer] < RANK[layer], f"{layer} may not import {target}"
        if layer == "ui":
            assert target != "kam_desktop.store.models", "views never touch the ORM"


def test_the_rule_sees_every_layer() -> None:
    layers = {_layer("kam_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts))
              for p in SOURCES}
    assert {"domain", "store", "services", "ui", "cli"} <= layers
    assert layers <= set(RANK)
