"""The account a report is about, named by id or by name."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account


def find_account(session: Session, account_id: uuid.UUID | None, name: str | None) -> Account:
    """The account of ``account_id`` or of ``name`` (exactly one given), or InputError."""
    if (account_id is None) == (name is None):
        raise InputError("account", Text("name exactly one account"))
    if account_id is not None:
        account = session.get(Account, account_id)
    else:
        account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise InputError("account", Text("no account is called {name}",
                                         name=repr(name if name is not None else str(account_id))))
    return account
