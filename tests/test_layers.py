"""The layer rule of ARCHITECTURE.md, checked on the source: imports point downwards
only, Qt lives in kam_desktop/ui alone, views never import the ORM entities, and no two
of our modules import each other when loaded."""
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


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("kam_desktop",) + parts)


def _imported_on_load(path: Path, modules: set[str]) -> set[str]:
    """Our modules that loading ``path`` imports: the statements run at import time,
    not those inside functions (which wait until called) or under TYPE_CHECKING."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(statements) -> None:
        for node in statements:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                if not module.startswith(base + "."):  # a parent package is loaded first anyway
                    found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)  # submodules
            elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, (ast.Try, ast.With)):
                visit(node.body)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
                visit(getattr(node, "orelse", []))
                visit(getattr(node, "finalbody", []))

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return (found & modules) - {module}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import one another, directly or around a loop
    (strongly connected components of more than one module; Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        for target in sorted(graph[name]):
            if target not in index:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], index[target])
        if low[name] == index[name]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == name:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def test_no_import_cycles_among_our_modules() -> None:
    modules = {_module_name(path): path for path in SOURCES}
    graph = {name: _imported_on_load(path, set(modules)) for name, path in modules.items()}
    assert graph["kam_desktop.ui.dashboard"] >= {"kam_desktop.ui.loader"}  # the walk sees imports
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_loop() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
