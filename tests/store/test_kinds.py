"""The registry of record kinds agrees with the schema, and every place that lists kinds
reads it: a table added without a declaration, or a declaration naming a column that is
not there, fails here."""
from __future__ import annotations

from kam_desktop.domain.enums import CONSENT_FIELDS, PERSONAL_FIELDS
from kam_desktop.services import records
from kam_desktop.services.interchange.format import ACCOUNT_SECTIONS, ACTIONS, WIN_BACK
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.kinds import IN_DEPENDENCY_ORDER, KINDS, SECTIONS, kind_of
from kam_desktop.store.models import Base, Contact, PlanAction


def test_every_table_but_the_exchange_bookkeeping_is_a_kind() -> None:
    tables = {t for t in Base.metadata.tables if not t.startswith("sync_")}
    assert set(KINDS) == tables
    assert set(SHAPES) <= set(KINDS)


def test_the_declared_columns_exist() -> None:
    for kind in KINDS.values():
        columns = set(kind.table.columns.keys())
        named = {kind.title, *kind.natural_key, *kind.client_safe} - {None}
        assert named <= columns, f"{kind.name}: {sorted(named - columns)}"
        assert kind.model.__tablename__ == kind.name


def test_parents_come_from_the_foreign_keys() -> None:
    assert KINDS["plan_action"].parent == "goal_id"
    assert KINDS["plan_action"].parent_kind == "goal"
    assert KINDS["personal_notes"].parent_kind == "contact"
    assert KINDS["account"].parent is None
    order = [kind.name for kind in IN_DEPENDENCY_ORDER]
    for kind in KINDS.values():
        if kind.parent_kind:
            assert order.index(kind.parent_kind) < order.index(kind.name)


def test_a_persons_notes_are_personal_and_never_client_safe() -> None:
    assert KINDS["personal_notes"].personal == {*PERSONAL_FIELDS, *CONSENT_FIELDS}
    assert not KINDS["personal_notes"].client_safe
    assert not KINDS["contact"].client_safe  # who the people are is ours, not the client's
    assert all(not kind.personal for name, kind in KINDS.items() if name != "personal_notes")


def test_the_interchange_file_lists_the_kinds_with_a_section() -> None:
    in_file = [section.kind for section in (*ACCOUNT_SECTIONS, ACTIONS, WIN_BACK)]
    assert sorted(k.__tablename__ for k in in_file) == sorted(k.name for k in SECTIONS)
    assert ACTIONS.kind is PlanAction and kind_of(PlanAction).parent_kind == "goal"


def test_a_kind_has_one_name_everywhere() -> None:
    assert kind_of(Contact) is kind_of("contact") is kind_of(Contact.__table__)
    for name in KINDS:
        assert records.entity(name) is KINDS[name].model
