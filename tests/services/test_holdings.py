"""Holdings: a subsidiary belongs to a holding; no company may become its own holding
nor belong to one that does not exist; deleting a holding leaves its subsidiaries
standing alone; a group's figures are added up in the main currency only; the
interchange file names the holding."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from kam_desktop.services import interchange
from kam_desktop.services.errors import InputError
from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.holdings import (
    group_contacts, holding_choices, holding_group, holding_of,
)
from kam_desktop.services.records import add_record, delete_record, update_record
from kam_desktop.store.models import Account
from fresh_databases import fresh_database
from test_losses import _receive, _send  # a bundle from one laptop to another

TODAY = date(2026, 12, 6)  # the last full year is 2025


def _group(db, add) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """The hand-computed group: the holding's own 1 000 000 ₽, a plant's 500 000 ₽ and
    a European plant's 20 000 € at 100 ₽ a euro: 3 500 000 ₽ in all."""
    holding = add("account", None, name="УГМК", lifecycle="key")
    plant = add("account", None, name="Ревдинский завод", parent_id=str(holding))
    abroad = add("account", None, name="UGMK Europe", currency="EUR", parent_id=str(holding))
    for account, amount in ((holding, "1000000"), (plant, "500000"), (abroad, "20000")):
        add("revenue", account, period="2025", amount=amount)
    with db.transaction() as session:
        set_rate(session, currency="EUR", base="RUB", period="2025", rate=Decimal(100))
    return holding, plant, abroad


def test_the_group_revenue_is_added_up_in_the_main_currency(db, add):
    holding, plant, abroad = _group(db, add)
    add("potential", holding, year=2025, amount="2000000")
    add("potential", abroad, year=2024, amount="50000")
    add("ladder_assessment", plant, date="2025-05-01", our_view=2)
    add("ladder_assessment", holding, date="2025-05-01", our_view=3)
    with db.sessions() as session:
        group = holding_group(session, account_id=holding, today=TODAY)
    assert group.totals.revenue == Decimal("3500000")
    assert [(c.name, c.depth, c.revenue_main) for c in group.companies] == [
        ("УГМК", 0, Decimal("1000000")), ("UGMK Europe", 1, Decimal("2000000")),
        ("Ревдинский завод", 1, Decimal("500000"))]
    # the share: the revenue of the companies with a potential against that potential
    assert group.totals.potential == Decimal("7000000")
    assert group.totals.share == Decimal("3000000") / Decimal("7000000")
    assert group.totals.ladder == (2, 3)
    assert group.holding is None and not group.left_out


def test_a_currency_without_a_rate_is_left_out_and_named(db, add):
    holding = add("account", None, name="Холдинг")
    abroad = add("account", None, name="Завод в Казахстане", currency="KZT",
                 parent_id=str(holding))
    add("revenue", holding, period="2025", amount="100")
    add("revenue", abroad, period="2025", amount="999999")
    with db.sessions() as session:
        group = holding_group(session, account_id=holding, today=TODAY)
    assert group.totals.revenue == Decimal("100")
    assert [(m.currency, m.accounts) for m in group.left_out] == [("KZT", (abroad,))]


def test_a_subsidiary_knows_its_holding_and_heads_its_own_part(db, add):
    holding, plant, _ = _group(db, add)
    workshop = add("account", None, name="Цех №3", parent_id=str(plant))
    with db.sessions() as session:
        group = holding_group(session, account_id=plant, today=TODAY)
        whole = group_contacts(session, account_id=workshop)
    assert group.holding == (holding, "УГМК")
    assert [c.name for c in group.companies] == ["Ревдинский завод", "Цех №3"]
    assert whole == []
    with db.sessions() as session:
        # the choice a profile shows first, and the whole list it offers when reached
        assert holding_of(session, account_id=plant) == [(holding, "УГМК")]
        assert holding_of(session, account_id=holding) == []
        assert [name for _, name in holding_choices(session, account_id=plant)] == [
            "UGMK Europe", "УГМК"]


@pytest.mark.parametrize("parent,expected", [
    ("self", "would make the company its own holding: УГМК → УГМК"),
    ("grandchild", "would make the company its own holding: УГМК → Цех №3 → "
                   "Ревдинский завод → УГМК"),
    ("nobody", "no such account to be the holding"),
])
def test_a_circle_or_a_missing_holding_is_refused_at_the_field(db, add, parent, expected):
    holding, plant, _ = _group(db, add)
    workshop = add("account", None, name="Цех №3", parent_id=str(plant))
    wanted = {"self": holding, "grandchild": workshop, "nobody": uuid.uuid4()}[parent]
    with pytest.raises(InputError) as refused, db.transaction() as session:
        update_record(session, kind="account", record_id=holding,
                      changes={"parent_id": str(wanted)})
    assert (refused.value.where, refused.value.message) == ("parent_id", expected)
    with db.sessions() as session:
        assert session.get(Account, holding).parent_id is None


def test_deleting_a_holding_leaves_its_subsidiaries_standing_alone(db, add):
    holding, plant, abroad = _group(db, add)
    with db.transaction() as session:
        delete_record(session, kind="account", record_id=holding)
    with db.sessions() as session:
        assert {session.get(Account, a).parent_id for a in (plant, abroad)} == {None}


def test_the_interchange_file_names_the_holding_and_refuses_a_circle(db, add):
    holding, plant, _ = _group(db, add)
    with db.sessions() as session:
        document = interchange.export_document(session)
    by_name = {a["name"]: a for a in document["accounts"]}
    assert (by_name["Ревдинский завод"]["parent"], by_name["УГМК"]["parent"]) == ("УГМК", None)

    new = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Цех №3", "parent": "Ревдинский завод"},
        {"name": "Участок", "parent": str(holding)},
        {"name": "УГМК", "parent": "Цех №3"}]}
    with pytest.raises(InputError) as refused, db.transaction() as session:
        interchange.import_document(session, new)
    assert refused.value.where == "accounts[0].parent"
    assert refused.value.message == ("would make the company its own holding: "
                                     "Цех №3 → Ревдинский завод → УГМК → Цех №3")
    new["accounts"].pop()
    new["accounts"].append({"name": "Литейка", "parent": "Рога и копыта"})
    with pytest.raises(InputError) as refused, db.transaction() as session:
        interchange.import_document(session, new)
    assert refused.value.where == "accounts[2].parent"
    new["accounts"].pop()
    with db.transaction() as session:
        summary = interchange.import_document(session, new)
    assert summary.added == ["Цех №3", "Участок"]
    with db.sessions() as session:
        parents = {a.name: a.parent_id for a in session.query(Account)}
        assert (parents["Цех №3"], parents["Участок"]) == (plant, holding)
        again = interchange.import_document(session, interchange.export_document(session))
    assert again.added == again.updated == []


def test_bundles_carry_the_holding_and_its_removal(tmp_path):
    first = fresh_database(tmp_path / "first" / "portfolio.sqlite3")
    second = fresh_database(tmp_path / "second" / "portfolio.sqlite3")
    with first.transaction() as session:
        holding = add_record(session, kind="account", parent_id=None, values={"name": "УГМК"})
        plant = add_record(session, kind="account", parent_id=None,
                           values={"name": "Ревдинский завод", "parent_id": holding})
    _receive(second, _send(first, tmp_path / "1.kamsync"))
    with second.sessions() as session:
        assert session.get(Account, plant).parent_id == holding
    with first.transaction() as session:
        update_record(session, kind="account", record_id=plant, changes={"parent_id": None})
    _receive(second, _send(first, tmp_path / "2.kamsync"))
    with second.sessions() as session:
        assert session.get(Account, plant).parent_id is None
    first.close()
    second.close()
