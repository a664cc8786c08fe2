"""The hub carries an account's holding: a laptop sets it, another pulls it, and a
holding cleared later is cleared on the other laptop too."""
from __future__ import annotations

import sys
from pathlib import Path

from kam_desktop.services import records
from kam_desktop.services.server import pull, push
from kam_desktop.store.models import Account

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402


def test_the_hub_carries_the_holding(hub, tmp_path):
    alice = fresh_database(tmp_path / "alice" / "portfolio.sqlite3")
    bob = fresh_database(tmp_path / "bob" / "portfolio.sqlite3")
    with alice.transaction() as session:
        holding = records.add_record(session, kind="account", parent_id=None,
                                     values={"name": "УГМК"})
        plant = records.add_record(session, kind="account", parent_id=None,
                                   values={"name": "Ревдинский завод", "parent_id": holding})
    push(alice, url=hub)
    pull(bob, url=hub)
    with bob.sessions() as session:
        assert session.get(Account, plant).parent_id == holding
    with bob.transaction() as session:
        records.update_record(session, kind="account", record_id=plant,
                              changes={"parent_id": None})
    push(bob, url=hub)
    pull(alice, url=hub)
    with alice.sessions() as session:
        assert session.get(Account, plant).parent_id is None
    alice.close()
    bob.close()
