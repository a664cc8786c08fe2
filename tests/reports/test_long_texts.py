"""Every text of every report lays out at any length (issue 20).

The fields come from the model: each free-text column (String or Text, not an enum, not
one with a format rule such as a period) of every record a report reads, less the ones
the report leaves out on purpose, listed below with the reason. Each is filled to 20,000
characters (or the column's own limit) with ordinary words, with one long word, or with
Cyrillic words; each report is rendered once per case into a real PDF, and every text
must be in it whole — interrupted only where a page ends — or, where the report shortens
it on purpose, with the note that says so.
"""
from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Enum, String

from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.reports.portfolio import build_portfolio_report
from kam_desktop.reports.texts import texts
from kam_desktop.reports.value_dossier import SUMMARY_DESCRIPTION, build_value_dossier
from kam_desktop.services.diary import set_attendees
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import meeting_pack_data, portfolio_data, value_dossier_data
from kam_desktop.services.reports.issuer import TEXT_LIMIT
from kam_desktop.store import schema
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryEntry,
    Goal,
    LadderAssessment,
    Opportunity,
    PersonalNotes,
    PlanAction,
    Revenue,
    Statistic,
    SwitchingBarrier,
    TeamMember,
    ValueEntry,
)
from fresh_databases import fresh_database

TODAY = date(2026, 11, 23)
LENGTH = 20_000

ALLOW_LIST = "client-facing: not on the value dossier's allow-list"
NOT_IN_PACK = "not part of the briefing (the dossier window shows it)"
ONE_LINE = "the accounts table has one line per account: name, figures, owner"
#: report -> every record it reads -> its free-text columns the report leaves out, and why
READS: dict[str, dict[type, dict[str, str]]] = {
    "value_dossier": {
        Account: dict.fromkeys(("industry", "region", "website", "address", "notes", "owner",
                                "lifecycle_reason"), ALLOW_LIST),
        ValueEntry: {"delivered_by_department": "internal: who delivered it is ours to know"},
        Statistic: {},
        SwitchingBarrier: {},  # the closing section: what changing supplier would mean
        Revenue: {},  # its only text, the period, is a code with a format rule
        LadderAssessment: {"next_steps": ALLOW_LIST},  # only its levels reach the history
    },
    "meeting_pack": {
        Account: dict.fromkeys(("website", "address", "notes", "lifecycle_reason"),
                               NOT_IN_PACK),
        Contact: dict.fromkeys(("department", "email", "phone", "left_to"), NOT_IN_PACK),
        PersonalNotes: {},  # the attendees': the contact below is one
        TeamMember: {"department": NOT_IN_PACK},  # named as a diary attendee
        DiaryEntry: {},
        Goal: dict.fromkeys(("measure", "strategy_product", "strategy_price",
                             "strategy_promotion", "strategy_place"), NOT_IN_PACK),
        PlanAction: {},
        Opportunity: {},
        SwitchingBarrier: {},
        LadderAssessment: {},
        Revenue: {},
        ValueEntry: dict.fromkeys(("title", "description", "department"),
                                  "the pack gives the value totals only"),
    },
    "portfolio": {
        Account: dict.fromkeys(("legal_name", "industry", "region", "website", "address",
                                "notes", "lifecycle_reason"), ONE_LINE),
    },
}
#: texts a report prints that are not columns: who the report is from (set in
#: Preferences, as long as they may be there) and a competitor on the ladder (a JSON key)
AUTHOR = {"issuer.name", "issuer.position"}
EXTRA = {"value_dossier": AUTHOR | {"issuer.company", "issuer.phone", "issuer.email"},
         "meeting_pack": AUTHOR | {"competitor"}, "portfolio": AUTHOR}
LANGUAGE = {"words": "en", "long word": "en", "cyrillic": "ru"}
VOCABULARY = {"words": ("delivery", "training", "stock", "audit", "service", "line"),
              "cyrillic": ("поставка", "обучение", "склад", "аудит", "сервис", "линия")}


def free_text_columns(entity: type) -> dict[str, int]:
    """The entity's free-text columns with the length each is filled to."""
    table = entity.__table__
    return {column.name: min(column.type.length or LENGTH, LENGTH)
            for column in table.columns
            if isinstance(column.type, String) and not isinstance(column.type, Enum)
            and (table.name, column.name) not in schema.RULES}


def printed_fields(report: str) -> set[str]:
    """``table.column`` of every text ``report`` prints, and its EXTRA texts."""
    fields = set(EXTRA.get(report, ()))
    for entity, left_out in READS[report].items():
        columns = free_text_columns(entity)
        assert set(left_out) <= set(columns), f"{entity.__name__}: no such text columns"
        fields |= {f"{entity.__tablename__}.{name}" for name in columns
                   if name not in left_out}
    return fields


def case_text(case: str, number: int, length: int) -> str:
    """``length`` characters that belong to field ``number`` only: numbered words (so a
    piece lost anywhere is noticed), Cyrillic ones, or all of them run into one word."""
    vocabulary = VOCABULARY["cyrillic" if case == "cyrillic" else "words"]
    separator = "" if case == "long word" else " "
    words, size = [], 0
    for n in itertools.count():
        if size >= length:
            break
        words.append(f"{vocabulary[n % len(vocabulary)]}{number:02d}{n:04d}")
        size += len(words[-1]) + len(separator)
    return separator.join(words)[:length].strip()


@pytest.fixture(scope="module", params=list(LANGUAGE))
def filled(request, tmp_path_factory) -> tuple[str, object, dict[str, str]]:
    """One account with a record of each kind the reports read, every free-text field
    filled for the case; returns the case, the database and field -> text."""
    case = request.param
    database = fresh_database(tmp_path_factory.mktemp("long") / "portfolio.sqlite3")
    numbers = itertools.count()
    texts_of: dict[str, str] = {field: case_text(case, next(numbers), length)
                                for field, length in (("competitor", 200), *(
                                    (f"issuer.{name}", TEXT_LIMIT) for name in (
                                        "company", "name", "position", "phone", "email")))}

    def fill(entity: type) -> dict[str, str]:
        values = {name: case_text(case, next(numbers), length)
                  for name, length in free_text_columns(entity).items()}
        texts_of.update({f"{entity.__tablename__}.{name}": text for name, text in values.items()})
        return values

    with database.transaction() as session:
        def add(entity: type, parent, **values):
            return add_record(session, kind=entity.__tablename__, parent_id=parent,
                              values=fill(entity) | values)

        account = add(Account, None)
        contact = add(Contact, account, interest=8, involvement=7)
        add(PersonalNotes, contact)
        member = add(TeamMember, account)
        entry = add(DiaryEntry, account, date=date(2026, 11, 1), kind="meeting",
                    next_step_due=date(2026, 12, 1))
        set_attendees(session, entry_id=entry, people=[contact, member])
        goal = add(Goal, account, deadline=date(2027, 6, 30))
        add(PlanAction, goal, due=date(2026, 12, 15))
        add(Opportunity, account, opportunity_class="grow_usage", benefit=Decimal(500))
        add(SwitchingBarrier, account, since=date(2024, 5, 1))
        add(LadderAssessment, account, date=date(2026, 10, 1), our_view=3,
            competitors={texts_of["competitor"]: 2})
        add(ValueEntry, account, date=date(2026, 3, 2), kind="training",
            our_cost=Decimal(100), client_benefit=Decimal(123456), acknowledged=True)
        # another department and year, so that the dossier draws those charts too
        add_record(session, kind="value_entry", parent_id=account, values={
            "date": date(2025, 6, 1), "kind": "consulting", "title": "—", "department": "—",
            "client_benefit": Decimal(10)})
        add(Statistic, account, value=98.5, period="2026")
        add(Revenue, account, period="2025", amount=Decimal(10) ** 7)
    yield case, database, texts_of
    database.close()


def render(report: str, session, texts_of: dict[str, str], language: str,
           path: Path) -> None:
    account = texts_of["account.name"]
    issuer = Issuer(**{field.removeprefix("issuer."): text for field, text in texts_of.items()
                       if field.startswith("issuer.")})
    if report == "value_dossier":
        build_value_dossier(value_dossier_data(session, account_name=account, today=TODAY),
                            language, path, issuer)
    elif report == "meeting_pack":
        build_meeting_pack(meeting_pack_data(
            session, account_name=account, attendees=[texts_of["contact.name"]], today=TODAY),
            language, path, issuer)
    else:
        build_portfolio_report(portfolio_data(session, today=TODAY), language, path, issuer)


def squeezed(text: str) -> str:
    """``text`` without any white space: lines break at spaces, and long words break
    with none."""
    return "".join(text.split())


def pieces(expected: str, printed: str) -> int | None:
    """In how many pieces ``expected`` stands in ``printed``, in order, each piece as
    long as it can be (what stands between two is a page's footer and header, and
    the other cells of the row); None when some of it is nowhere."""
    position = start = count = 0
    while start < len(expected):
        low, high = 0, len(expected) - start
        while low < high:  # the longest piece found from ``position`` on
            middle = (low + high + 1) // 2
            if printed.find(expected[start:start + middle], position) >= 0:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            return None
        position = printed.find(expected[start:start + low], position) + low
        start += low
        count += 1
    return count


@pytest.mark.parametrize("report", list(READS))
def test_every_text_prints_whole(filled, report, tmp_path):
    case, database, texts_of = filled
    path = tmp_path / f"{report}.pdf"
    with database.sessions() as session:
        render(report, session, texts_of, LANGUAGE[case], path)
    pages = PdfReader(path).pages
    printed = "".join(squeezed(page.extract_text()) for page in pages)
    for field in sorted(printed_fields(report)):
        found = pieces(squeezed(texts_of[field]), printed)
        # a text may go on over every page break, and nowhere else
        assert found is not None and found <= len(pages), (field, found)
    if report == "value_dossier":
        assert len(texts_of["value_entry.description"]) > SUMMARY_DESCRIPTION
        note = texts(LANGUAGE[case])["summary.cut"].partition("{count}")[0]
        assert squeezed(note) in printed  # the summary's excerpt says it is one
        for field in set(texts_of) - printed_fields(report):  # the allow-list holds
            assert squeezed(texts_of[field])[:14] not in printed, field
