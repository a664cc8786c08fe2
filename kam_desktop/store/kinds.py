"""Every kind of record, named once: by its table.

What the schema already says — the model, the columns, the record a row belongs to — is
read from ``Base.metadata``; the few facts it cannot say are declared here, one line per
table: what a person calls such a record, which column names one to them, where its list
sits in the interchange file and by which columns a record without an id is found there,
and which of its fields a document meant for the client may print. Forms, the
interchange file, bundles, table import, erasure and the demo all read this table, so a
kind has one name everywhere and a new table is declared in one place.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from kam_desktop.domain.text import Text
from kam_desktop.store.models import Base


@dataclass(frozen=True)
class RecordKind:
    name: str  #: the table's name, the only name the kind goes by
    model: type[Base]
    table: Table
    #: the column naming the record this one belongs to (its first cascading parent)
    parent: str | None
    #: the kind of that record
    parent_kind: str | None
    #: what one such record is called in a message ("a contact"), translatable
    noun: Text
    #: the column that names one record to a person (a conflict list, an error)
    title: str | None
    #: the key of its list in the interchange file; None when the file has no such list
    section: str | None
    #: the columns that find a record of the file that carries no id
    natural_key: tuple[str, ...]
    #: no two records of one parent share the natural key, whether or not they have ids
    #: (people are referred to by name); the database's own unique constraints aside
    unique_key: bool
    #: the fields that are notes about a person: never in anything meant for the client,
    #: erased with the person
    personal: frozenset[str]
    #: the fields a document meant for the client may print
    client_safe: frozenset[str]


@dataclass(frozen=True)
class _Declared:
    noun: Text
    title: str | None = None
    section: str | None = None
    natural_key: tuple[str, ...] = ()
    unique_key: bool = False
    personal: bool = False
    client_safe: tuple[str, ...] = ()


#: what the schema cannot say, per table, in the order of the interchange file's sections
_DECLARED: dict[str, _Declared] = {
    "account": _Declared(Text("an account"), "name", None, ("name",),
                         client_safe=("name", "legal_name", "currency")),
    "revenue": _Declared(Text("a revenue record"), "period", "revenue", ("period",),
                         client_safe=("period", "amount")),
    "potential": _Declared(Text("a purchase potential"), "year", "potentials", ("year",)),
    #: a product group's potential, competitor and the competitor's share, per year
    "group_potential": _Declared(Text("a product group's potential"), "product_group",
                                 "group_potentials", ("year", "product_group")),
    #: the ERP's reference is the deal's identity there; a file's deal without an id is
    #: the stored one only when all four agree (deals.py imports by reference)
    "deal": _Declared(Text("a deal"), "date", "deals",
                      ("date", "amount", "product_group", "reference")),
    "ladder_assessment": _Declared(Text("a ladder assessment"), "date", "ladder", ("date",),
                                   client_safe=("date", "our_view", "client_view")),
    "contact": _Declared(Text("a contact"), "name", "contacts", ("name",), unique_key=True),
    "personal_notes": _Declared(Text("personal notes"), personal=True),
    "team_member": _Declared(Text("a team member"), "name", "team", ("name",), unique_key=True),
    "diary_entry": _Declared(Text("a diary entry"), "summary", "diary", ("date", "summary")),
    "diary_attendee": _Declared(Text("a diary attendee")),
    "opportunity": _Declared(Text("an opportunity"), "title", "opportunities", ("title",)),
    "goal": _Declared(Text("a goal"), "our_goal", "goals", ("our_goal",)),
    "plan_action": _Declared(Text("a plan action"), "title", "actions", ("title",)),
    "value_entry": _Declared(Text("a value entry"), "title", "value", ("date", "title"),
                             client_safe=("date", "kind", "title", "description", "department",
                                          "our_cost", "client_benefit", "acknowledged")),
    "statistic": _Declared(Text("a statistic"), "name", "statistics", ("name", "period"),
                           client_safe=("name", "value", "period")),
    "involvement_share": _Declared(Text("an involvement share"), "department", "involvement",
                                   ("stage", "department")),
    #: the value dossier closes with the barriers: what changing supplier would mean
    "switching_barrier": _Declared(Text("a switching barrier"), "description",
                                   "switching_barriers", ("description",),
                                   client_safe=("description", "since")),
    "cooling_reason": _Declared(Text("a cooling record"), "reason", "cooling",
                                ("date", "reason")),
    "handover": _Declared(Text("a hand-over"), "to_name", "handovers", ("date", "to_name")),
    #: a lost client's structured loss, and the dated plan to win it back
    "loss": _Declared(Text("a loss record"), "date", "losses", ("date", "cause")),
    "win_back_action": _Declared(Text("a win-back action"), "title", "win_back", ("title",)),
    "workload_factors": _Declared(Text("workload factors")),
    "map_snapshot": _Declared(Text("a role map snapshot"), "date"),
    "map_snapshot_entry": _Declared(Text("a role map snapshot entry"), "name"),
    "erasure_log": _Declared(Text("an erasure record")),
    #: the portfolio's exchange rates: no account's, so in no interchange file (which is
    #: per account); not in bundles either (store.clock) since each laptop imports the
    #: same central bank's rates
    "exchange_rate": _Declared(Text("an exchange rate"), "period", None,
                               ("currency", "base", "period")),
}


def _parent(table: Table) -> tuple[str, str] | None:
    """(column, table) of the first parent whose deletion takes the row with it."""
    for column in table.columns:
        for key in column.foreign_keys:
            if key.ondelete == "CASCADE":
                return column.name, key.column.table.name
    return None


def _kind(name: str, declared: _Declared) -> RecordKind:
    table = Base.metadata.tables[name]
    model = next(m.class_ for m in Base.registry.mappers if m.local_table is table)
    parent = _parent(table)
    fields = frozenset(c.name for c in table.columns if not c.primary_key and not c.foreign_keys)
    return RecordKind(
        name=name, model=model, table=table,
        parent=parent[0] if parent else None, parent_kind=parent[1] if parent else None,
        noun=declared.noun, title=declared.title, section=declared.section,
        natural_key=declared.natural_key, unique_key=declared.unique_key,
        personal=fields if declared.personal else frozenset(),
        client_safe=frozenset(declared.client_safe))


#: every kind of record the user keeps (not the exchange's own bookkeeping), by name
KINDS: dict[str, RecordKind] = {name: _kind(name, declared)
                                for name, declared in _DECLARED.items()}
#: the kinds in an order that satisfies the foreign keys (parents first)
IN_DEPENDENCY_ORDER: tuple[RecordKind, ...] = tuple(
    KINDS[table.name] for table in Base.metadata.sorted_tables if table.name in KINDS)
#: the kinds of the interchange file's lists, in the file's order
SECTIONS: tuple[RecordKind, ...] = tuple(k for k in KINDS.values() if k.section)


def kind_of(model: type[Base] | Table | str) -> RecordKind:
    """The kind of a model class, a table or a table's name."""
    name = model if isinstance(model, str) else getattr(model, "__tablename__", None) \
        or model.name
    return KINDS[name]
