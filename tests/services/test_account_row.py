"""The rows without figures (services.account_row.name_rows), made without the
dataclass's constructor: rows equal in every field, and behaving alike, to those the
constructor makes."""
from __future__ import annotations

import uuid
from dataclasses import asdict, fields, replace

from kam_desktop.domain.enums import Category, Lifecycle
from kam_desktop.services.account_row import AccountRow, name_rows, search_text

HOLDING = uuid.uuid4()
ACCOUNTS = [
    (uuid.uuid4(), "Ёлка", "ООО «Ёлка»", "7701234567", Category.KEY, Lifecycle.KEY,
     "Анна", "RUB", HOLDING),
    (HOLDING, "Acme Holding", None, None, Category.OCCASIONAL, Lifecycle.PROSPECT, None,
     "EUR", None),
]


def _constructed(account) -> AccountRow:
    account_id, name, legal_name, inn, category, lifecycle, owner, currency, parent = account
    return AccountRow(id=account_id, name=name, category=category, lifecycle=lifecycle,
                      owner=owner, potential=None, currency=currency, parent_id=parent,
                      search_text=search_text(name, legal_name, inn))


def test_name_rows_are_the_rows_the_constructor_makes() -> None:
    rows = name_rows(ACCOUNTS)
    expected = [_constructed(account) for account in ACCOUNTS]
    assert rows == expected
    for row, made in zip(rows, expected):
        assert type(row) is AccountRow
        assert asdict(row) == asdict(made)  # every field, the figures' defaults too
        assert all(getattr(row, field.name) == getattr(made, field.name)
                   for field in fields(AccountRow))
        assert hash(row) == hash(made) and repr(row) == repr(made)
        assert row.as_json() == made.as_json()
    assert rows[0].search_text == "ёлка ооо «ёлка» 7701234567"
    assert rows[1].search_text == "acme holding  "


def test_a_name_row_stays_frozen_and_is_completed_as_any_row() -> None:
    row = name_rows(ACCOUNTS)[:1][0]
    try:
        row.name = "Другое"
    except AttributeError:
        pass
    else:
        raise AssertionError("a row without figures could be changed")
    completed = replace(row, contacts=3, overdue=True)
    assert completed.contacts == 3 and completed.overdue and completed.name == "Ёлка"
    assert row.contacts is None and not row.overdue
