"""Lost clients: a loss recorded makes the account lost, the form offers the competitors
already named, the list and the analysis count what was recorded, Today reminds of the
win-back actions due, and losses travel in the interchange file and in bundles with their
win-back plans, merged field by field."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle, LossCause
from kam_desktop.services import interchange, losses, sync
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import delete_record, restore_record, update_record
from kam_desktop.services.today import today_items
from kam_desktop.store.models import Account, Loss, WinBackAction

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402
from sync_support import dump  # noqa: E402

TODAY = date(2026, 12, 6)


def _account(add, name: str, **values) -> object:
    return add("account", None, name=name, **({"lifecycle": "key"} | values))


def _loss(db, account_id, **values) -> object:
    with db.transaction() as session:
        return losses.record_loss(session, account_id=account_id, values={
            "date": "2026-03-01", "cause": "price", "details": "Проиграли тендер"} | values)


def test_recording_a_loss_makes_the_account_lost_with_its_words_as_the_reason(db, add):
    account_id = _account(add, "АО «Вектор»", lifecycle="sleeping",
                          lifecycle_reason="Заморозили закупки")
    loss_id = _loss(db, account_id, competitor="«Уралкомплект»", win_back_possible=True,
                    could_have_done="Годовой контракт с фиксированной ценой")
    with db.sessions() as session:
        account = session.get(Account, account_id)
        loss = session.get(Loss, loss_id)
        assert account.lifecycle is Lifecycle.LOST
        assert account.lifecycle_reason == "Проиграли тендер"
        assert (loss.date, loss.cause, loss.competitor, loss.win_back_possible) == (
            date(2026, 3, 1), LossCause.PRICE, "«Уралкомплект»", True)
    # a second loss of a lost account leaves the account as it is
    _loss(db, account_id, details="Снова ушли", date="2026-05-01")
    with db.sessions() as session:
        assert session.get(Account, account_id).lifecycle_reason == "Проиграли тендер"


@pytest.mark.parametrize("values,where", [
    ({"cause": "weather"}, "cause"),
    ({"details": "  "}, "details"),
    ({"date": "2026-02-30"}, "date"),
])
def test_a_bad_loss_is_refused_and_nothing_changes(db, add, values, where):
    account_id = _account(add, "АО «Вектор»")
    with pytest.raises(InputError) as refused:
        _loss(db, account_id, **values)
    assert refused.value.where == where
    with db.sessions() as session:
        assert session.get(Account, account_id).lifecycle is Lifecycle.KEY
        assert session.scalars(select(Loss)).all() == []


def test_the_form_offers_the_accounts_own_competitors_first_then_the_portfolios(db, add):
    vector = _account(add, "АО «Вектор»")
    other = _account(add, "ООО «Кама»")
    add("ladder_assessment", vector, date="2026-01-10", our_view=2,
        competitors={"«СтеклоХим»": 3, "«Кварц-Ресурс»": 2})
    add("ladder_assessment", other, date="2026-01-10", our_view=2,
        competitors={"«АгроХимРесурс»": 2, "«стеклохим»": 1})
    _loss(db, other, competitor="«Балтийская промышленная компания»")
    with db.sessions() as session:
        offered = losses.competitors_named(session, vector)
    assert offered == ["«СтеклоХим»", "«Кварц-Ресурс»", "«АгроХимРесурс»",
                       "«Балтийская промышленная компания»"]


def test_the_analysis_counts_losses_per_year_by_cause_and_by_competitor(db, add):
    a, b, c = (_account(add, name) for name in ("А", "Б", "В"))
    _loss(db, a, date="2025-04-01", cause="price", competitor="«Альфа»", win_back_possible=True)
    _loss(db, a, date="2026-02-01", cause="price", competitor="«Альфа»")
    _loss(db, b, date="2026-03-01", cause="delivery", competitor="«Бета»",
          win_back_possible=True)
    _loss(db, c, date="2026-07-01", cause="price")
    with db.transaction() as session:
        plan = session.scalar(select(Loss.id).where(Loss.account_id == b))
        losses.records.add_record(session, kind="win_back_action", parent_id=plan,
                                  values={"title": "Показать новый склад", "due": "2026-12-01"})
    with db.sessions() as session:
        result = losses.loss_analysis(session)
    # by hand: 2025 one price loss (А); 2026 two price (А, В) and one delivery (Б)
    assert result.years == (2025, 2026)
    assert [(b.year, b.key, b.count, set(b.accounts)) for b in result.by_cause] == [
        (2025, "price", 1, {a}), (2026, "delivery", 1, {b}), (2026, "price", 2, {a, c})]
    assert [(b.year, b.key, b.count) for b in result.by_competitor] == [
        (2025, "«Альфа»", 1), (2026, "", 1), (2026, "«Альфа»", 1), (2026, "«Бета»", 1)]
    assert result.competitors == ("«Альфа»", "«Бета»", "")
    assert (result.total, result.win_back_possible, result.win_back_planned) == (4, 2, 1)


def test_today_reminds_of_win_back_actions_due_and_not_done(db, add):
    account_id = _account(add, "АО «Вектор»")
    loss_id = _loss(db, account_id, win_back_possible=True)
    due = add("win_back_action", loss_id, title="Позвонить новому главному инженеру",
              due="2026-12-01", owner="Анна Смирнова")
    add("win_back_action", loss_id, title="Пригласить на семинар", due="2027-01-15")
    add("win_back_action", loss_id, title="Отправить отчёт", due="2026-11-01", done=True)
    with db.sessions() as session:
        items = [i for i in today_items(session, today=TODAY) if i.kind == "win_back"]
    assert [(i.record_id, i.account_name, i.text, i.due, i.days) for i in items] == [
        (due, "АО «Вектор»", "Позвонить новому главному инженеру", date(2026, 12, 1), 5)]


def test_deleting_a_loss_takes_its_plan_and_undo_brings_both_back(db, add):
    account_id = _account(add, "АО «Вектор»")
    loss_id = _loss(db, account_id)
    add("win_back_action", loss_id, title="Позвонить", due="2026-12-01")
    with db.transaction() as session:
        snapshot = delete_record(session, kind="loss", record_id=loss_id)
    with db.sessions() as session:
        assert session.scalars(select(WinBackAction)).all() == []
    with db.transaction() as session:
        restore_record(session, snapshot=snapshot)
    with db.sessions() as session:
        assert [a.title for a in session.get(Loss, loss_id).actions] == ["Позвонить"]


def test_the_interchange_file_carries_a_loss_with_its_win_back_plan(db, add, tmp_path):
    account_id = _account(add, "АО «Вектор»")
    loss_id = _loss(db, account_id, competitor="«Альфа»", win_back_possible=True)
    add("win_back_action", loss_id, title="Позвонить", due="2026-12-01", owner="Анна")
    with db.sessions() as session:
        document = interchange.export_document(session)
    (exported,) = document["accounts"][0]["losses"]
    assert exported["cause"] == "price" and exported["competitor"] == "«Альфа»"
    assert [(a["title"], a["due"], a["done"]) for a in exported["win_back"]] == [
        ("Позвонить", "2026-12-01", False)]

    other = fresh_database(tmp_path / "other" / "portfolio.sqlite3")
    with other.transaction() as session:
        interchange.import_document(session, document)
    with other.sessions() as session:
        assert interchange.export_document(session) == document
    exported["win_back"][0]["done"] = "yes"
    with other.transaction() as session, pytest.raises(InputError) as refused:
        interchange.import_document(session, document)
    assert refused.value.where == "accounts[0].losses[0].win_back[0].done"
    other.close()


def _send(source, path: Path) -> Path:
    with source.transaction() as session:
        sync.export_bundle(session, path=path, allow_unlocked=True)
    return path


def _receive(target, bundle: Path) -> None:
    with target.transaction() as session:
        result = sync.import_bundle(session, path=bundle)
    sync.finish_import(target.engine, target.path, result)


def test_bundles_carry_losses_and_merge_their_fields(tmp_path):
    first = fresh_database(tmp_path / "first" / "portfolio.sqlite3")
    second = fresh_database(tmp_path / "second" / "portfolio.sqlite3")
    with first.transaction() as session:
        account = Account(name="АО «Вектор»", lifecycle=Lifecycle.KEY)
        session.add(account)
        session.flush()
        loss_id = losses.record_loss(session, account_id=account.id, values={
            "date": "2026-03-01", "cause": "service", "details": "Сервис не отвечал",
            "win_back_possible": True})
        action_id = losses.records.add_record(session, kind="win_back_action",
                                              parent_id=loss_id,
                                              values={"title": "Позвонить", "due": "2026-12-01"})
    _receive(second, _send(first, tmp_path / "1.kamsync"))
    assert dump(second)["loss"] == dump(first)["loss"]
    assert dump(second)["win_back_action"] == dump(first)["win_back_action"]
    # each laptop changes another field of the same records: both changes survive
    with first.transaction() as session:
        update_record(session, kind="loss", record_id=loss_id,
                      changes={"competitor": "«Бета»"})
    with second.transaction() as session:
        update_record(session, kind="win_back_action", record_id=action_id,
                      changes={"done": True})
        update_record(session, kind="loss", record_id=loss_id,
                      changes={"could_have_done": "Закрепить сервисного инженера"})
    _receive(second, _send(first, tmp_path / "2.kamsync"))
    _receive(first, _send(second, tmp_path / "3.kamsync"))
    assert dump(first) == dump(second)
    with first.sessions() as session:
        loss = session.get(Loss, loss_id)
        assert (loss.competitor, loss.could_have_done) == ("«Бета»",
                                                            "Закрепить сервисного инженера")
        assert session.get(WinBackAction, action_id).done is True
    first.close()
    second.close()


def test_a_loss_naming_a_person_is_in_their_export_and_blanked_by_their_erasure(
        db, add, tmp_path):
    from pypdf import PdfReader

    from kam_desktop.services.contact_export import export_person
    from kam_desktop.services.erasure import PLACEHOLDER, erase_contact

    account_id = _account(add, "АО «Омега»")
    person = add("contact", account_id, name="Зайцева Алевтина Борисовна")
    loss_id = _loss(db, account_id, details="Ушла Зайцева А. Б., наш лидер; новый привёл "
                                            "прежнего поставщика")
    action_id = add("win_back_action", loss_id, title="Узнать, куда перешла Зайцева А. Б.")
    path = tmp_path / "person.pdf"
    with db.sessions() as session:
        export_person(session, contact_id=person, path=path, today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "потеря клиента" in text and "Ушла Зайцева А. Б." in text

    with db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Соколова")
    with db.sessions() as session:
        assert session.get(Loss, loss_id).details.startswith(f"Ушла {PLACEHOLDER}")
        assert session.get(WinBackAction, action_id).title == f"Узнать, куда перешла {PLACEHOLDER}"
