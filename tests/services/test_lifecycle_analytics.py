"""The dashboard's lifecycle view from the dated history and the loss records: who moved
between stages each quarter, and why the lost clients were lost."""
from __future__ import annotations

from datetime import date

from kam_desktop.domain.enums import Lifecycle, LossCause
from kam_desktop.domain.lifecycle_movement import lifecycle_movement
from kam_desktop.services.analytics import portfolio_analytics
from kam_desktop.services.losses import record_loss
from kam_desktop.services.records import add_record, update_record
from kam_desktop.store.lifecycle_history import TODAY


def _on(db, day, action):
    with db.transaction() as session:
        session.info[TODAY] = day
        return action(session)


def _stage(db, day, account, stage, reason=None):
    changes = {"lifecycle": stage} | ({"lifecycle_reason": reason} if reason else {})
    _on(db, day, lambda s: update_record(s, kind="account", record_id=account, changes=changes))


def test_movement_per_quarter_and_losses_by_cause(db) -> None:
    volga = _on(db, date(2025, 11, 5), lambda s: add_record(
        s, kind="account", parent_id=None, values={"name": "Волга"}))
    kama = _on(db, date(2026, 1, 20), lambda s: add_record(
        s, kind="account", parent_id=None, values={"name": "Кама"}))
    oka = _on(db, date(2026, 2, 1), lambda s: add_record(
        s, kind="account", parent_id=None, values={"name": "Ока", "lifecycle": "key"}))
    _stage(db, date(2026, 2, 10), volga, "developing")
    _stage(db, date(2026, 3, 1), kama, "developing")
    _stage(db, date(2026, 4, 15), volga, "key")
    _on(db, date(2026, 5, 20), lambda s: record_loss(s, account_id=oka, values={
        "date": date(2026, 5, 20), "cause": "delivery", "details": "Сорвали две поставки"}))
    _stage(db, date(2026, 6, 1), kama, "sleeping", "Заморозили бюджет")

    with db.sessions() as session:
        funnel = portfolio_analytics(session, today=date(2026, 6, 30),
                                     sections=["lifecycle"]).funnel
    assert len(funnel.changes) == 8  # three accounts started, five changes
    first, second = lifecycle_movement(funnel.changes, date(2026, 1, 1), date(2026, 6, 30))
    assert {b.key: b.accounts for b in first.entered if b.value} == {
        Lifecycle.PROSPECT: (kama,), Lifecycle.DEVELOPING: (volga, kama),
        Lifecycle.KEY: (oka,)}
    assert [(b.key, b.value) for b in first.moves] == [
        ((Lifecycle.PROSPECT, Lifecycle.DEVELOPING), 2), ((None, Lifecycle.PROSPECT), 1),
        ((None, Lifecycle.KEY), 1)]
    assert [(b.key, b.accounts) for b in second.moves] == [
        ((Lifecycle.DEVELOPING, Lifecycle.KEY), (volga,)),
        ((Lifecycle.DEVELOPING, Lifecycle.SLEEPING), (kama,)),
        ((Lifecycle.KEY, Lifecycle.LOST), (oka,))]
    assert [(b.key, b.accounts) for b in funnel.lost_causes] == [(LossCause.DELIVERY, (oka,))]
    assert [(b.key, b.accounts) for b in funnel.sleeping_reasons] == [
        ("Заморозили бюджет", (kama,))]


def test_accounts_made_by_a_table_import_start_their_history(db, tmp_path) -> None:
    from sqlalchemy import select

    from kam_desktop.services.table_import import apply_import, guess_mapping
    from kam_desktop.services.tabular import read_table
    from kam_desktop.store.models import LifecycleChange

    path = tmp_path / "клиенты.csv"
    path.write_bytes("Наименование;Регион\r\nООО «Ромашка»;Казань\r\nАО «Вектор»;Москва\r\n"
                     .encode("cp1251"))
    table = read_table(path)
    _on(db, date(2026, 3, 2), lambda s: apply_import(s, table=table,
                                                     columns=guess_mapping(table.headers)))
    with db.sessions() as session:
        entries = session.execute(select(LifecycleChange.date, LifecycleChange.from_stage,
                                         LifecycleChange.to_stage)).all()
    assert entries == [(date(2026, 3, 2), None, Lifecycle.PROSPECT)] * 2
