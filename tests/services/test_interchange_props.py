"""Properties of the interchange format over generated portfolios:
export(import(doc)) is the document in its normal form, and importing an export,
or the same document again, changes nothing."""
from __future__ import annotations

import tempfile
import uuid
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kam_desktop.domain.enums import (
    CONSENT_FIELDS,
    LADDER_QUESTIONS,
    PERSONAL_FIELDS,
    ActionStatus,
    Category,
    DiaryKind,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Stage,
    Stance,
    TeamLevel,
    ValueKind,
)
from kam_desktop.domain.inn import make_inn10
from kam_desktop.domain.roles import role_for
from kam_desktop.services.interchange import export_document, import_document
from kam_desktop.store.models import Base
from fresh_databases import fresh_database

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
ALPHABET = CYRILLIC + "abcxyzQW0123456789 -.,«»№%"

# --- generated documents --------------------------------------------------------------

text = st.text(ALPHABET, min_size=1, max_size=12).filter(str.strip)
optional_text = st.none() | text
iso_dates = st.dates(date(2000, 1, 1), date(2035, 12, 31)).map(date.isoformat)
optional_dates = st.none() | iso_dates
money = st.integers(0, 10 ** 11).map(lambda cents: Decimal(cents).scaleb(-2))
optional_money = st.none() | money
scores = st.integers(0, 20).map(lambda halves: Decimal(halves) / 2)
counts = st.none() | st.integers(0, 500)
levels = st.integers(1, 4)
periods = st.builds(lambda year, quarter: f"{year}" if quarter is None else f"{year}-Q{quarter}",
                    st.integers(2000, 2030), st.none() | st.integers(1, 4))
inns = st.none() | st.integers(10 ** 8, 10 ** 9 - 1).map(lambda n: make_inn10(str(n)))


def values(enum) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


def unique_records(strategy, *key: str, max_size: int = 2):
    return st.lists(strategy, max_size=max_size,
                    unique_by=lambda record: tuple(record.get(k) for k in key))


revenue = st.fixed_dictionaries({"period": periods, "amount": money})
potential = st.fixed_dictionaries({"year": st.integers(2000, 2030), "amount": money})
group_potential = st.fixed_dictionaries(
    {"year": st.integers(2000, 2030), "product_group": text, "amount": money},
    optional={"competitor": optional_text,
              "competitor_share": st.none() | st.integers(0, 1000).map(
                  lambda n: Decimal(n).scaleb(-1)),
              "competitor_reason": optional_text})
deal = st.fixed_dictionaries({"date": iso_dates, "amount": money},
                             optional={"product_group": optional_text,
                                       "reference": optional_text})
ladder = st.fixed_dictionaries(
    {"date": iso_dates, "our_view": levels},
    optional={"client_view": st.none() | levels,
              "competitors": st.dictionaries(text, levels, max_size=2),
              "answers": st.dictionaries(st.sampled_from(LADDER_QUESTIONS), st.booleans()),
              "next_steps": optional_text})
personal = st.none() | st.fixed_dictionaries(
    {}, optional={key: optional_text for key in PERSONAL_FIELDS[:4]})
opportunity = st.fixed_dictionaries(
    {"title": text, "class": values(OpportunityClass)},
    optional={"benefit": optional_money, "cost": optional_money, "people": counts,
              "days": counts, "status": values(OpportunityStatus)})
action = st.fixed_dictionaries(
    {"title": text},
    optional={"owner": optional_text, "due": optional_dates, "status": values(ActionStatus)})
goal = st.fixed_dictionaries(
    {"client_goal": text, "our_goal": text},
    optional={"measure": optional_text, "deadline": optional_dates,
              "strategy": st.none() | st.fixed_dictionaries(
                  {}, optional={"product": optional_text, "place": optional_text}),
              "resources": st.none() | st.fixed_dictionaries(
                  {}, optional={"people": counts, "budget": optional_money}),
              "actions": unique_records(action, "title")})
value_entry = st.fixed_dictionaries(
    {"date": iso_dates, "kind": values(ValueKind), "title": text},
    optional={"description": optional_text, "department": optional_text, "our_cost": money,
              "client_benefit": money, "acknowledged": st.booleans()})
statistic = st.fixed_dictionaries(
    {"name": text, "value": st.integers(-10 ** 9, 10 ** 9).map(lambda n: Decimal(n) / 100)},
    optional={"period": st.none() | periods})
barrier = st.fixed_dictionaries({"description": text}, optional={"since": optional_dates})
cooling = st.fixed_dictionaries({"date": iso_dates, "reason": text})


@st.composite
def people(draw) -> dict:
    """Contacts (each may report to an earlier one), team members mirroring contacts,
    and diary entries attended by some of them."""
    names = draw(st.lists(text, max_size=4, unique=True))
    contacts = []
    for i, name in enumerate(names):
        contact = draw(st.fixed_dictionaries(
            {"name": st.just(name)},
            optional={"position": optional_text, "department": optional_text,
                      "email": optional_text, "phone": optional_text, "interest": scores,
                      "involvement": scores, "stance": values(Stance),
                      "personal": personal,
                      "confirmed_on": optional_dates, "left_on": optional_dates,
                      "left_to": optional_text,
                      "reports_to": st.none() | st.sampled_from(names[:i] or [None])}))
        contacts.append(contact)
    members = draw(st.lists(text.filter(lambda name: name not in names), max_size=3,
                            unique=True))
    team = [draw(st.fixed_dictionaries(
        {"name": st.just(name)},
        optional={"department": optional_text, "level": values(TeamLevel),
                  "mirrors": st.none() | st.sampled_from(names or [None])}))
        for name in members]
    diary = draw(unique_records(st.fixed_dictionaries(
        {"date": iso_dates, "kind": values(DiaryKind), "summary": text},
        optional={"attendees": st.lists(st.sampled_from(names + members or ["-"]),
                                        unique=True).filter(lambda a: "-" not in a),
                  "next_step": optional_text, "next_step_due": optional_dates,
                  "done": st.booleans()}), "date", "summary"))
    return {"contacts": contacts, "team": team, "diary": diary}


@st.composite
def involvement(draw) -> dict:
    """Each stage drawn gets departments whose shares (two decimals) sum to 100."""
    result = {}
    for stage in draw(st.lists(values(Stage), max_size=3, unique=True)):
        departments = draw(st.lists(text, min_size=1, max_size=3, unique=True))
        cuts = sorted(draw(st.lists(st.integers(0, 10000), min_size=len(departments) - 1,
                                    max_size=len(departments) - 1)))
        bounds = [0, *cuts, 10000]
        result[stage] = {department: Decimal(bounds[i + 1] - bounds[i]).scaleb(-2)
                         for i, department in enumerate(departments)}
    return result


@st.composite
def account(draw, name: str) -> dict:
    lifecycle = draw(values(Lifecycle))
    result = draw(st.fixed_dictionaries(
        {"name": st.just(name)},
        optional={"legal_name": optional_text, "inn": inns, "industry": optional_text,
                  "region": optional_text, "website": optional_text, "address": optional_text,
                  "notes": optional_text, "owner": optional_text,
                  "category": values(Category), "motivation": st.none() | values(Motivation),
                  "currency": st.sampled_from(["RUB", "EUR", "USD"]),
                  "revenue": unique_records(revenue, "period", max_size=3),
                  "potentials": unique_records(potential, "year", max_size=3),
                  "group_potentials": unique_records(group_potential, "year", "product_group",
                                                     max_size=3),
                  "deals": unique_records(deal, "date", max_size=3),
                  "ladder": unique_records(ladder, "date"),
                  "opportunities": unique_records(opportunity, "title"),
                  "goals": unique_records(goal, "our_goal"),
                  "value": unique_records(value_entry, "date", "title"),
                  "statistics": unique_records(statistic, "name", "period"),
                  "involvement": involvement(),
                  "switching_barriers": unique_records(barrier, "description"),
                  "cooling": unique_records(cooling, "date", "reason")}))
    if draw(st.booleans()):
        result["lifecycle"] = lifecycle
        result["lifecycle_reason"] = draw(text if lifecycle in ("sleeping", "lost")
                                          else optional_text)
    sections = draw(people())
    for key in draw(st.lists(st.sampled_from(sorted(sections)), unique=True)):
        result[key] = sections[key]
    if ("team" in result or "diary" in result) and "contacts" not in result:
        result["contacts"] = sections["contacts"]  # they name contacts
    if "diary" in result and "team" not in result:
        result["team"] = sections["team"]
    return result


def records_of(account_: dict):
    yield account_
    for key in LISTS:
        for record in account_.get(key, ()):
            yield record
            yield from record.get("actions", ())


@st.composite
def documents(draw) -> dict:
    names = draw(st.lists(text, max_size=4, unique=True))
    accounts = [draw(account(name)) for name in names]
    first_id = draw(st.integers(0, 2 ** 120))
    records = [record for item in accounts for record in records_of(item)]
    for i, record in enumerate(records):
        if draw(st.booleans()):
            record["id"] = str(uuid.UUID(int=first_id + i))
    return {"format": "kam-desktop.accounts", "version": 1, "accounts": accounts}


# --- the normal form: what an export of the document must be -----------------------------

LISTS = ("revenue", "potentials", "group_potentials", "deals", "ladder", "contacts", "team", "diary", "opportunities", "goals",
         "value", "statistics", "switching_barriers", "cooling", "handovers", "losses")
NATURAL_KEYS = {
    # deals: the document's deals have distinct dates, which order them alone
    "revenue": ("period",), "potentials": ("year",),
    "group_potentials": ("year", "product_group"), "deals": ("date",), "ladder": ("date",), "contacts": ("name",),
    "team": ("name",),
    "diary": ("date", "summary"), "opportunities": ("title",), "goals": ("our_goal",),
    "value": ("date", "title"), "statistics": ("name", "period"),
    "switching_barriers": ("description",), "cooling": ("date", "reason"), "actions": ("title",),
    "handovers": ("date", "to_name"), "losses": ("date", "cause"),
}
DEFAULTS = {
    "account": {**dict.fromkeys(("legal_name", "inn", "industry", "region", "website", "address",
                                 "notes", "owner", "motivation", "lifecycle_reason", "staff",
                                 "sites", "parent")),
                "category": "developing", "lifecycle": "prospect", "currency": "RUB",
                **{key: [] for key in LISTS}, "involvement": {}},
    "revenue": {},
    "potentials": {},
    "group_potentials": dict.fromkeys(("competitor", "competitor_share", "competitor_reason")),
    "deals": {"product_group": None, "reference": None},
    "ladder": {"client_view": None, "competitors": {}, "answers": {}, "next_steps": None},
    "contacts": {**dict.fromkeys(("position", "department", "reports_to", "email", "phone",
                                  "personal", "confirmed_on", "contact_type", "left_on",
                                  "left_to")),
                 "interest": 5, "involvement": 5, "stance": "neutral"},
    "team": {"department": None, "level": "specialist", "mirrors": None},
    "diary": {"attendees": [], "next_step": None, "next_step_due": None, "done": False},
    "opportunities": {**dict.fromkeys(("benefit", "cost", "people", "days")), "status": "idea"},
    "goals": {"measure": None, "deadline": None, "strategy": None, "resources": None,
              "actions": []},
    "actions": {"owner": None, "due": None, "status": "planned"},
    "value": {"description": None, "department": None, "our_cost": 0, "client_benefit": 0,
              "acknowledged": False, "delivered_by": None, "delivered_by_department": None},
    "statistics": {"period": None},
    "switching_barriers": {"since": None},
    "cooling": {},
}


def normal_list(key: str, records: list[dict]) -> list[dict]:
    result = [normal_record(key, record) for record in records]
    return sorted(result, key=lambda r: tuple(r[k] or "" for k in NATURAL_KEYS[key]))


def normal_record(key: str, record: dict) -> dict:
    result = {**DEFAULTS[key], **record}
    if key == "contacts":
        result["role"] = role_for(float(result["interest"]), float(result["involvement"])).value
        if result["personal"] is not None:
            result["personal"] = {**dict.fromkeys((*PERSONAL_FIELDS, *CONSENT_FIELDS)),
                                  **result["personal"]}
    if key == "diary":
        result["attendees"] = sorted(result["attendees"])
    if key == "goals":
        result["strategy"] = {**dict.fromkeys(("product", "price", "promotion", "place")),
                              **(result["strategy"] or {})}
        result["resources"] = {**dict.fromkeys(("people", "days", "budget")),
                               **(result["resources"] or {})}
        result["actions"] = normal_list("actions", result["actions"])
    return result


def normal_form(document: dict) -> dict:
    accounts = []
    for item in document["accounts"]:
        result = {**DEFAULTS["account"], **item}
        for key in LISTS:
            result[key] = normal_list(key, result[key])
        accounts.append(result)
    return {**document, "accounts": sorted(accounts, key=lambda a: a["name"])}


def adopt_ids(expected, exported) -> None:
    """Records the document gave no id get the one the database gave them."""
    if isinstance(expected, dict) and isinstance(exported, dict):
        if "id" in exported and "id" not in expected:
            expected["id"] = exported["id"]
        for key, value in expected.items():
            adopt_ids(value, exported.get(key))
    elif isinstance(expected, list) and isinstance(exported, list):
        for pair in zip(expected, exported):
            adopt_ids(*pair)


# --- the properties -----------------------------------------------------------------------


@contextmanager
def scratch_database():
    """An empty database for one example, gone after it."""
    with tempfile.TemporaryDirectory() as folder:
        db = fresh_database(Path(folder) / "portfolio.sqlite3")
        try:
            yield db
        finally:
            db.close()


def snapshot(db) -> dict[str, list[tuple]]:
    with db.engine.connect() as connection:
        return {table.name: sorted((tuple(row) for row in connection.execute(select(table))),
                                   key=repr)
                for table in Base.metadata.sorted_tables}


def load(db, document: dict):
    with db.transaction() as session:
        return import_document(session, document)


def export(db) -> dict:
    with db.sessions() as session:
        return export_document(session)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document=documents())
def test_import_export_round_trip(document) -> None:
    names = [item["name"] for item in document["accounts"]]
    with scratch_database() as db:
        assert load(db, document).added == names

        exported = export(db)
        expected = normal_form(document)
        adopt_ids(expected, exported)
        assert exported == expected

        before = snapshot(db)
        summary = load(db, exported)  # importing one's own export is a no-op
        assert (summary.added, summary.updated) == ([], [])
        assert snapshot(db) == before

        summary = load(db, document)  # and so is importing the same file again
        assert (summary.added, summary.updated, summary.unchanged) == ([], [], names)
        assert snapshot(db) == before
