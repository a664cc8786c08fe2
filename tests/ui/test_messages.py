"""Every message the services can refuse an edit with can be shown in Russian."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
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


def test_values_named_in_a_refusal_are_in_the_window_s_words(russian, db) -> None:
    """A duplicate involvement share names its stage as the window does, not by its code."""
    account = add_record_of(db, "account", None, {"name": "АО «Вектор»"})
    share = {"stage": "search", "department": "Снабжение", "percent": 40}
    add_record_of(db, "involvement_share", account, share)
    with pytest.raises(InputError) as refused:
        add_record_of(db, "involvement_share", account, share)
    assert "search / Снабжение" not in translated(refused.value.message)
    assert translated(refused.value.message).endswith(": Поиск / Снабжение")
    assert str(refused.value.message).endswith("for Search / Снабжение")


def add_record_of(db, kind: str, parent, values: dict):
    with db.transaction() as session:
        return add_record(session, kind=kind, parent_id=parent, values=values)
