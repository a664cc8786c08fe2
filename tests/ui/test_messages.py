"""Every message the services can refuse an edit with can be shown in Russian."""
from __future__ import annotations

import ast
from pathlib import Path

from kam_desktop.domain.text import Text
from kam_desktop.ui.messages import TEMPLATES, translated

PACKAGE = Path(__file__).resolve().parents[2] / "kam_desktop"


def _templates_in_code() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Text":
                found.add(ast.literal_eval(node.args[0]))
    return found


def test_every_template_is_listed_for_translation() -> None:
    assert _templates_in_code() - set(TEMPLATES) == set()
    assert set(TEMPLATES) - _templates_in_code() == set()


def test_a_refusal_is_shown_in_russian(russian) -> None:
    message = Text("is longer than {length} characters", length=50)
    assert str(message) == "is longer than 50 characters"
    assert translated(message) == "длиннее 50 символов"
    assert translated("plain text stays") == "plain text stays"
