"""The merge, scenario by scenario, on real database files: what the team sees when
laptops exchange bundles."""
from __future__ import annotations

import itertools
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kam_desktop.services import records, sync
from kam_desktop.services.deals_import import apply_deals, resolve_mapping
from kam_desktop.services.demo import load_demo
from kam_desktop.services.erasure import erase_contact, scrub_files
from kam_desktop.services.errors import InputError
from kam_desktop.services.tabular import read_table
from kam_desktop.store import clock
from kam_desktop.store.models import (
    Account,
    Contact,
    Deal,
    InvolvementShare,
    Potential,
    Revenue,
    SyncConflict,
    SyncReplica,
    SyncSeen,
    ValueEntry,
)
from fresh_databases import fresh_database
from sync_support import dump


class Laptop:
    """One colleague's laptop: a database file in its own folder."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        self.db = fresh_database(folder / name / "portfolio.sqlite3")
        self.folder = folder
        self.sent = 0

    def send(self, *, accounts: list[str] | None = None, password: str | None = None) -> Path:
        self.sent += 1
        path = self.folder / f"{self.name}-{self.sent}.kamsync"
        with self.db.transaction() as session:
            sync.export_bundle(session, path=path, account_names=accounts, password=password,
                               allow_unlocked=True, with_personal=True)
        return path

    def receive(self, bundle: Path, password: str | None = None) -> sync.ImportResult:
        with self.db.transaction() as session:
            result = sync.import_bundle(session, path=bundle, password=password)
        sync.finish_import(self.db.engine, self.db.path, result)
        return result

    def add(self, kind: str, parent=None, **values):
        with self.db.transaction() as session:
            return records.add_record(session, kind=kind, parent_id=parent, values=values)

    def edit(self, kind: str, record, **changes) -> None:
        with self.db.transaction() as session:
            records.update_record(session, kind=kind, record_id=record, changes=changes)

    def delete(self, kind: str, record):
        with self.db.transaction() as session:
            return records.delete_record(session, kind=kind, record_id=record)

    def get(self, entity, record):
        with self.db.sessions() as session:
            return session.get(entity, record)

    def conflicts(self) -> list[sync.ConflictInfo]:
        with self.db.sessions() as session:
            return sync.list_conflicts(session)


@pytest.fixture
def team(tmp_path):
    laptops = [Laptop(tmp_path, name) for name in ("anna", "boris", "vera")]
    yield laptops
    for laptop in laptops:
        laptop.db.close()


def _backups(laptop: Laptop) -> list[Path]:
    return sorted((laptop.db.path.parent / "backups").glob("*.sqlite3"))


def test_a_portfolio_travels_whole_and_coming_back_changes_nothing(team) -> None:
    anna, boris, _ = team
    with anna.db.transaction() as session:
        load_demo(session, accounts=6, seed=2, today=date(2026, 11, 1))
    first = anna.send()
    result = boris.receive(first)
    assert (result.added, result.updated, result.deleted, result.conflicts) == (6, 0, 0, 0)
    assert dump(anna.db) == dump(boris.db)
    assert len(_backups(boris)) == 1

    back = boris.receive(first)
    assert back.already_imported
    reply = anna.receive(boris.send())
    assert not reply.already_imported and not any(c.changed for _, c in reply.accounts)
    assert _backups(anna) == []  # nothing new: no backup taken, nothing written
    assert dump(anna.db) == dump(boris.db)

    anna.edit("account", anna_accounts(anna)[0], notes="новое")
    newer = anna.send()
    assert boris.receive(newer).updated == 1
    assert boris.receive(first).already_imported  # older than one already merged


def test_who_delivered_a_value_entry_travels_and_is_forgotten_with_them(team) -> None:
    """A reference to a team member (not only to a contact) is written once its target
    has arrived, follows later changes, and is cleared when the member is deleted."""
    anna, boris, _ = team
    account = anna.add("account", name="АО «Вклад»")
    member = anna.add("team_member", account, name="Ирина Соколова", department="Сервис")
    with anna.db.transaction() as session:  # (add() takes the record's kind as "kind")
        entry = records.add_record(session, kind="value_entry", parent_id=account, values={
            "date": date(2026, 3, 1), "kind": "training", "title": "Обучение",
            "delivered_by_id": member})
    boris.receive(anna.send())
    assert boris.get(ValueEntry, entry).delivered_by_id == member
    other = boris.add("team_member", account, name="Олег Ким")
    boris.edit("value_entry", entry, delivered_by_id=other, delivered_by_department="Сервис")
    anna.receive(boris.send())
    assert anna.get(ValueEntry, entry).delivered_by_id == other
    anna.delete("team_member", other)
    boris.receive(anna.send())
    credited = boris.get(ValueEntry, entry)
    assert (credited.delivered_by_id, credited.delivered_by_department) == (None, "Сервис")
    assert dump(anna.db) == dump(boris.db)


def anna_accounts(laptop: Laptop) -> list:
    with laptop.db.sessions() as session:
        return session.scalars(select(Account.id).order_by(Account.name)).all()


def test_concurrent_changes_of_a_field_end_alike_and_the_loser_is_logged(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="АО «Север»", notes="общее")
    boris.receive(anna.send())
    anna.edit("account", account, notes="версия Анны")
    boris.edit("account", account, notes="версия Бориса")  # later: wins
    to_anna, to_boris = boris.send(), anna.send()
    assert anna.receive(to_anna).conflicts == 1
    assert boris.receive(to_boris).conflicts == 1
    for laptop in (anna, boris):
        assert laptop.get(Account, account).notes == "версия Бориса"
        (conflict,) = laptop.conflicts()
        assert (conflict.field, conflict.value, conflict.other_value) == \
            ("notes", "версия Бориса", "версия Анны")
        assert conflict.value_by and conflict.other_by and conflict.can_switch
        assert conflict.account == "АО «Север»" and conflict.record == "АО «Север»"

    with anna.db.transaction() as session:
        sync.switch_conflict(session, conflict_id=anna.conflicts()[0].id)
    assert anna.get(Account, account).notes == "версия Анны"
    assert anna.conflicts()[0].switched
    boris.receive(anna.send())
    assert boris.get(Account, account).notes == "версия Анны"  # an ordinary, newer edit
    with anna.db.transaction() as session:  # undo: switch back
        sync.switch_conflict(session, conflict_id=anna.conflicts()[0].id)
    assert anna.get(Account, account).notes == "версия Бориса"


def test_an_edit_after_a_deletion_elsewhere_brings_the_record_back(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="ООО «Юг»")
    person = anna.add("contact", account, name="Ольга Рябова", phone="111")
    boris.receive(anna.send())
    anna.delete("contact", person)
    boris.edit("contact", person, phone="222")  # after the deletion, not knowing of it
    anna.receive(boris.send())
    boris.receive(anna.send())
    for laptop in (anna, boris):
        assert laptop.get(Contact, person).phone == "222"
    assert [c.kind for c in anna.conflicts()] == ["restored"]
    assert [c.kind for c in boris.conflicts()] == ["kept"]
    assert dump(anna.db) == dump(boris.db)


def test_a_deletion_made_after_seeing_an_edit_deletes_everywhere(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="ООО «Запад»")
    person = anna.add("contact", account, name="Илья Дронов")
    boris.receive(anna.send())
    boris.edit("contact", person, position="директор")
    anna.receive(boris.send())
    anna.delete("account", account)
    result = boris.receive(anna.send())
    assert result.deleted == 1 and result.conflicts == 0
    assert boris.get(Account, account) is None and boris.get(Contact, person) is None
    assert dump(anna.db) == dump(boris.db)


def test_an_erasure_wins_everywhere_and_travels_without_the_person(team) -> None:
    anna, boris, vera = team
    account = anna.add("account", name="АО «Восток»", notes="ключевой клиент")
    person = anna.add("contact", account, name="Зимина Дарья", phone="+7 911 000-11-22",
                      email="zimina@example.ru")
    anna.add("personal_notes", person, education="ТайныйДиплом")
    for laptop in (boris, vera):
        laptop.receive(anna.send())
    boris.edit("contact", person, position="главбух")  # concurrently with the erasure
    boris.edit("account", account, notes="Созвон с Зимина Дарья в пятницу")
    early = boris.send()  # made before Boris knew of the erasure
    with anna.db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Анна")
    scrub_files(anna.db.engine, anna.db.path, person)
    erasure = anna.send()
    with zipfile.ZipFile(erasure) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist())
    for secret in ("Зимина", "zimina@", "+7 911", "ТайныйДиплом"):
        assert secret.encode() not in content

    held = anna.receive(early)
    assert held.held_back == ["АО «Восток»"]
    assert anna.get(Contact, person) is None
    assert "Зимина" not in (anna.get(Account, account).notes or "")

    result = boris.receive(erasure)
    assert result.erased == [person]
    assert boris.get(Contact, person) is None
    assert boris.get(Account, account).notes == "Созвон с […] в пятницу"
    anna.receive(boris.send())
    vera.receive(boris.send())
    assert dump(anna.db) == dump(boris.db) == dump(vera.db)
    for laptop in team:
        laptop.db.close()
        for path in laptop.db.path.parent.rglob("*"):
            if path.is_file():
                assert "Зимина".encode() not in path.read_bytes(), path


def test_any_order_of_imports_ends_in_the_same_state(team, tmp_path) -> None:
    anna, boris, vera = team
    account = anna.add("account", name="ООО «Центр»", notes="начало")
    person = anna.add("contact", account, name="Лев Орлов")
    for laptop in (boris, vera):
        laptop.receive(anna.send())
    anna.edit("account", account, notes="от Анны")
    boris.edit("account", account, notes="от Бориса", region="Тверь")
    vera.delete("contact", person)
    boris.add("contact", account, name="Новый Человек")
    vera.add("revenue", account, period="2025", amount="100.00")
    bundles = [laptop.send() for laptop in team]
    finals = []
    for number, order in enumerate(itertools.permutations(bundles)):
        target = Laptop(tmp_path, f"order{number}")
        for bundle in order:
            target.receive(bundle)
        state = dump(target.db)
        for bundle in order:  # idempotent: nothing changes the second time
            assert target.receive(bundle).already_imported
        assert dump(target.db) == state
        finals.append(state)
        target.db.close()
    assert all(state == finals[0] for state in finals)


def test_writes_with_the_same_clock_are_ordered_by_the_laptop(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="АО «Равные»")
    boris.receive(anna.send())
    ahead = clock.wall_hlc() + (3600 * 1000 << clock.PHYSICAL_SHIFT)  # an hour
    for laptop in (anna, boris):  # both clocks ahead and equal: the next stamps tie
        with laptop.db.transaction() as session:
            session.execute(update(SyncReplica).where(SyncReplica.is_self.is_(True))
                            .values(clock=ahead))
    anna.edit("account", account, notes="А")
    boris.edit("account", account, notes="Б")
    to_anna, to_boris = boris.send(), anna.send()
    anna.receive(to_anna)
    boris.receive(to_boris)
    assert anna.get(Account, account).notes == boris.get(Account, account).notes


def test_accounts_of_the_same_name_made_on_two_laptops_are_both_kept(team) -> None:
    anna, boris, _ = team
    first = anna.add("account", name="ООО «Дубль»", notes="у Анны")
    second = boris.add("account", name="ООО «Дубль»", notes="у Бориса")
    anna.receive(boris.send())
    boris.receive(anna.send())
    assert dump(anna.db) == dump(boris.db)
    with anna.db.sessions() as session:
        names = dict(session.execute(select(Account.id, Account.name)).all())
    keeper, renamed = sorted((first, second), key=str)
    assert names[keeper] == "ООО «Дубль»"
    assert names[renamed] == f"ООО «Дубль» ({renamed.hex[:6]})"
    assert [c.kind for c in anna.conflicts()] == ["duplicate"]


def test_revenue_for_one_period_entered_twice_keeps_one_entry(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="ООО «Выручка»")
    boris.receive(anna.send())
    anna.add("revenue", account, period="2025", amount="100.00")
    boris.add("revenue", account, period="2025", amount="250.00")
    anna.receive(boris.send())
    boris.receive(anna.send())
    assert dump(anna.db) == dump(boris.db)
    with anna.db.sessions() as session:
        (kept,) = session.scalars(select(Revenue)).all()
    logged = anna.conflicts()
    assert [c.kind for c in logged] == ["duplicate"]
    assert {logged[0].other_value} | {f"{kept.amount:.2f}"} == {"100.00", "250.00"}


def test_a_potential_for_one_year_entered_twice_keeps_one_entry(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="ООО «Потенциал»")
    anna.add("potential", account, year=2023, amount="900000.00")
    boris.receive(anna.send())
    anna.add("potential", account, year=2025, amount="1000000.00")
    boris.add("potential", account, year=2025, amount="1200000.00")
    anna.receive(boris.send())
    boris.receive(anna.send())
    assert dump(anna.db) == dump(boris.db)
    with anna.db.sessions() as session:
        kept = {p.year: p.amount for p in session.scalars(select(Potential))}
    assert sorted(kept) == [2023, 2025] and kept[2023] == Decimal("900000.00")
    logged = anna.conflicts()
    assert [c.kind for c in logged] == ["duplicate"]
    assert {logged[0].other_value} | {f"{kept[2025]:.2f}"} == {"1000000.00", "1200000.00"}


def test_a_departments_share_of_a_stage_given_twice_keeps_one_entry(team) -> None:
    """Entered twice as new records, then made to clash by an edit of one stored on both
    laptops: each time the entry with the smaller id keeps the stage and department."""
    anna, boris, _ = team
    account = anna.add("account", name="ООО «Участие»")
    boris.receive(anna.send())
    anna.add("involvement_share", account, stage="search", department="Сервис", percent=40)
    boris.add("involvement_share", account, stage="search", department="Сервис", percent=60)
    edited = boris.add("involvement_share", account, stage="repeat_sale",
                       department="Логистика", percent=20)
    anna.receive(boris.send())
    boris.receive(anna.send())
    assert dump(anna.db) == dump(boris.db)
    kept = anna.add("involvement_share", account, stage="repeat_sale", department="Сервис",
                    percent=30)
    boris.edit("involvement_share", edited, department="Сервис")
    anna.receive(boris.send())
    boris.receive(anna.send())
    assert dump(anna.db) == dump(boris.db)
    with anna.db.sessions() as session:
        shares = session.execute(select(InvolvementShare.id, InvolvementShare.stage,
                                        InvolvementShare.department)).all()
    assert sorted((stage.value, department) for _, stage, department in shares) == [
        ("repeat_sale", "Сервис"), ("search", "Сервис")]
    assert min(kept, edited, key=str) in {share_id for share_id, _, _ in shares}
    assert [c.kind for c in anna.conflicts()] == ["duplicate", "duplicate"]


def test_a_bundle_of_one_account_carries_that_account_only(team) -> None:
    anna, boris, _ = team
    anna.add("account", name="ООО «Раз»")
    other = anna.add("account", name="ООО «Два»")
    anna.add("contact", other, name="Пётр Два")
    bundle = anna.send(accounts=["ООО «Два»"])
    result = boris.receive(bundle)
    assert [c.name for _, c in result.accounts] == ["ООО «Два»"]
    with boris.db.sessions() as session:
        assert session.scalars(select(Account.name)).all() == ["ООО «Два»"]
        assert {row.account_id for row in session.scalars(select(SyncSeen))} == {other}


def test_a_conflict_about_an_erased_person_leaves_the_log(team) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="АО «Тихий»")
    person = anna.add("contact", account, name="Серова Нина", position="юрист")
    boris.receive(anna.send())
    anna.edit("contact", person, position="Серова Нина — юрист")
    boris.edit("contact", person, position="старший юрист")
    anna.receive(boris.send())
    assert anna.conflicts()
    with anna.db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by=None)
    boris.receive(anna.send())
    for laptop in (anna, boris):
        assert laptop.conflicts() == []


def test_wrong_passwords_and_switching_what_cannot_switch_are_refused(team) -> None:
    anna, boris, _ = team
    anna.add("account", name="ООО «Ключ»")
    bundle = anna.send(password="верный ключ от Вектора")
    with pytest.raises(InputError, match="cannot be decrypted"):
        boris.receive(bundle, password="неверный ключ от Вектора")
    assert boris.receive(bundle, password="верный ключ от Вектора").added == 1
    with boris.db.transaction() as session:
        session.add(SyncConflict(account_id=anna_accounts(boris)[0], table_name="account",
                                 record_id=anna_accounts(boris)[0], field=None,
                                 kind="restored", winner_hlc=1, loser_hlc=1))
    with boris.db.transaction() as session, pytest.raises(InputError, match="only a changed"):
        sync.switch_conflict(session, conflict_id=boris.conflicts()[0].id)


def _files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_an_erasure_reaches_the_backups_of_a_laptop_that_had_deleted_the_person(team) -> None:
    """Found by the three-laptop property test: Boris had deleted the person (not erased),
    so his database no longer knew their name, but his pre-sync backups still held an
    account note that named them. The erasure's own blanks tell him what to scrub."""
    anna, boris, _ = team
    account = anna.add("account", name="Альфа")
    person = anna.add("contact", account, name="Персона1 Тестова")
    anna.edit("account", account, notes="Встреча с Персона1 Тестова, v5")
    boris.receive(anna.send())
    boris.delete("contact", person)
    anna.edit("account", account, region="Урал")
    boris.receive(anna.send())  # its pre-sync backup holds the note, not the person
    assert _files_holding(boris.folder / "boris", "Персона1")
    with anna.db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Анна")
    scrub_files(anna.db.engine, anna.db.path, person)

    result = boris.receive(anna.send())

    assert result.forgotten == [person]
    assert boris.get(Account, account).notes == "Встреча с […], v5"
    assert _files_holding(boris.folder / "boris", "Персона1") == []


def test_a_laptop_that_never_held_the_person_scrubs_the_mentions_it_received(team) -> None:
    """Vera got the note naming the person from Boris, who had deleted the person before
    sending; the erasure comes later from Anna, who still had them."""
    anna, boris, vera = team
    account = anna.add("account", name="Альфа")
    person = anna.add("contact", account, name="Персона2 Тестова", phone="+7 900 0000002")
    anna.edit("account", account, notes="Звонок Персона2 Тестова по +7 900 0000002")
    boris.receive(anna.send())
    boris.delete("contact", person)
    vera.receive(boris.send())
    boris.edit("account", account, region="Урал")
    vera.receive(boris.send())  # a pre-sync backup with the note, never the person
    with anna.db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Анна")
    scrub_files(anna.db.engine, anna.db.path, person)

    vera.receive(anna.send())

    assert vera.get(Account, account).notes == "Звонок […] по […]"
    for secret in ("Персона2", "0000002"):
        assert _files_holding(vera.folder / "vera", secret) == []


def test_a_change_lost_to_a_deletion_made_without_it_is_logged(team) -> None:
    """Found by the property test: Vera changed a contact while Anna deleted the whole
    account; when Boris's later change brought the account back, Vera's value had gone
    with the deletion and no log said so."""
    anna, boris, vera = team
    account = anna.add("account", name="Бета")
    person = anna.add("contact", account, name="Иванов Пётр", position="инженер")
    for laptop in (boris, vera):
        laptop.receive(anna.send())
    vera.edit("contact", person, position="главный инженер")
    anna.delete("account", account)
    boris.edit("contact", person, position="технический директор")  # after the deletion
    deletion = anna.send()
    vera.receive(deletion)
    assert vera.get(Contact, person) is None
    lost = [(c.field, c.kind, c.value, c.other_value) for c in vera.conflicts()
            if c.record_id == person]
    assert lost == [("position", "deleted", None, "главный инженер")]
    vera.receive(boris.send())
    assert vera.get(Contact, person).position == "технический директор"


def test_a_mention_written_before_the_writer_learnt_of_the_erasure_leaves_no_backup(team) -> None:
    """Found by the deep property run: Boris named the person in a note before Vera's
    erasure reached him; Anna, who had deleted the account, got the note (the account
    came back for it, the person did not), then the erasure, with nothing to tell her the
    name; Boris's blanked note came later, and the backups Anna took meanwhile kept the
    name until then."""
    anna, boris, vera = team
    account = anna.add("account", name="Бета")
    person = anna.add("contact", account, name="Персона11 Тестова")
    for laptop in (boris, vera):
        laptop.receive(anna.send())
    with vera.db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Вера")
    scrub_files(vera.db.engine, vera.db.path, person)
    anna.delete("account", account)
    boris.edit("account", account, notes="Встреча с Персона11 Тестова, v14")
    anna.receive(boris.send())  # the account comes back with the note
    anna.receive(vera.send())  # the erasure: nobody here knows the name
    boris.receive(vera.send())  # Boris blanks his note
    anna.receive(boris.send())

    assert anna.get(Account, account).notes == "Встреча с […], v14"
    assert _files_holding(anna.folder / "anna", "Персона11") == []


def test_deals_merge_field_by_field_and_one_erp_export_imported_twice_stays_one(
        team, tmp_path) -> None:
    anna, boris, _ = team
    account = anna.add("account", name="АО «Север»", inn="7707083893")
    deal = anna.add("deal", account, date="2026-03-02", amount="1000", product_group="Насосы")
    boris.receive(anna.send())
    anna.edit("deal", deal, amount="1200")           # Anna corrects the amount,
    boris.edit("deal", deal, reference="РТУ-000017")  # Boris adds the ERP's number
    anna.receive(boris.send())
    boris.receive(anna.send())
    for laptop in (anna, boris):
        stored = laptop.get(Deal, deal)
        assert (stored.amount, stored.reference) == (Decimal("1200"), "РТУ-000017")
        assert not laptop.conflicts()

    export = tmp_path / "shipments.csv"
    export.write_bytes("ИНН;Дата;Сумма;Документ\r\n7707083893;05.04.2026;2 500,00;РТУ-000020\r\n"
                       .encode("cp1251"))
    for laptop in (anna, boris):  # both import the same export before they exchange
        table = read_table(export)
        with laptop.db.transaction() as session:
            apply_deals(session, table=table, columns=resolve_mapping(
                {"inn": "ИНН", "date": "Дата", "amount": "Сумма", "reference": "Документ"},
                table))
    anna.receive(boris.send())
    boris.receive(anna.send())
    assert dump(anna.db) == dump(boris.db)
    with anna.db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Deal)) == 2
