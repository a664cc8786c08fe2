"""Recording a hand-over, the accounts whose deals crossed a trigger, Today's prompt, and
the hand-over travelling in a bundle to a colleague's laptop."""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from kam_desktop.domain.handover import HandoverThresholds
from kam_desktop.services import sync
from kam_desktop.services.errors import InputError
from kam_desktop.services.handover import handovers_due, record_handover
from kam_desktop.services.records import add_record
from kam_desktop.services.today import today_items
from kam_desktop.store.models import Account, Handover

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402
from sync_support import dump  # noqa: E402

TODAY = date(2026, 11, 23)
THREE_DEALS = HandoverThresholds(deals=3, amount=0, share=0, months=0)


def _portfolio(db):
    """A prospect with three deals, one with two, a key account with three (not watched)."""
    with db.transaction() as session:
        ids = {}
        for name, stage, deals in (("Третья", "prospect", 3), ("Вторая", "developing", 2),
                                   ("Ключевой", "key", 3)):
            ids[name] = add_record(session, kind="account", parent_id=None, values={
                "name": name, "lifecycle": stage, "owner": "Игорь Лебедев"})
            for n in range(deals):
                add_record(session, kind="deal", parent_id=ids[name], values={
                    "date": TODAY - timedelta(days=30 * n), "amount": "100000"})
    return ids


def test_accounts_crossing_a_trigger_are_proposed_for_hand_over_until_handed(db) -> None:
    ids = _portfolio(db)
    with db.sessions() as session:
        due = handovers_due(session, today=TODAY, thresholds=THREE_DEALS)
        items = [i for i in today_items(session, today=TODAY, handover=THREE_DEALS)
                 if i.kind == "handover"]
    assert [(d.account_name, d.owner, d.triggers) for d in due] == [
        ("Третья", "Игорь Лебедев", ("deals",))]
    assert [(i.account_id, i.text, i.triggers) for i in items] == [
        (ids["Третья"], "Игорь Лебедев", ("deals",))]

    with db.transaction() as session:
        done = record_handover(session, account_id=ids["Третья"], to_name="  Марина Ершова ",
                               on=TODAY, note="Три сделки")
    assert done.previous_owner == "Игорь Лебедев"
    with db.sessions() as session:
        assert session.get(Account, ids["Третья"]).owner == "Марина Ершова"
        record = session.get(Handover, done.handover_id)
        assert (record.from_name, record.to_name, record.note) == (
            "Игорь Лебедев", "Марина Ершова", "Три сделки")
        assert handovers_due(session, today=TODAY, thresholds=THREE_DEALS) == []


def test_a_hand_over_without_a_receiver_or_to_the_owner_is_refused(db) -> None:
    ids = _portfolio(db)
    for receiver in ("", "   ", "игорь  лебедев"):
        with pytest.raises(InputError):
            with db.transaction() as session:
                record_handover(session, account_id=ids["Вторая"], to_name=receiver, on=TODAY)
    with db.sessions() as session:
        assert session.get(Account, ids["Вторая"]).owner == "Игорь Лебедев"
        assert session.query(Handover).count() == 0


def test_a_hand_over_travels_to_a_colleague(tmp_path) -> None:
    anna = fresh_database(tmp_path / "anna" / "portfolio.sqlite3")
    boris = fresh_database(tmp_path / "boris" / "portfolio.sqlite3")
    ids = _portfolio(anna)
    with anna.transaction() as session:
        record_handover(session, account_id=ids["Вторая"], to_name="Марина Ершова", on=TODAY)
        sync.export_bundle(session, path=tmp_path / "a.kamsync", account_names=None,
                           password=None, allow_unlocked=True)
    with boris.transaction() as session:
        result = sync.import_bundle(session, path=tmp_path / "a.kamsync", password=None)
    sync.finish_import(boris.engine, boris.path, result)
    assert dump(anna)["handover"] == dump(boris)["handover"] != []
    with boris.sessions() as session:
        assert session.get(Account, ids["Вторая"]).owner == "Марина Ершова"
    anna.close()
    boris.close()
