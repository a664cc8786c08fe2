"""One vocabulary: the window, the reports, the table export and the command line name
every value of every enumeration and every shared column title with the same words, in
Russian and in English."""
from __future__ import annotations

from datetime import date
from enum import Enum

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from kam_desktop.domain import glossary
from kam_desktop.domain.enums import LadderLevel
from kam_desktop.reports.internal_texts import SHARED as INTERNAL_SHARED
from kam_desktop.reports.internal_texts import internal_texts
from kam_desktop.reports.texts import SHARED as DOSSIER_SHARED
from kam_desktop.resources import RESOURCES
from kam_desktop.services.demo import load_demo
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.table_export import build_sheet
from kam_desktop.ui.labels import interface_language, name_of, term
from kam_desktop.ui.portfolio import PortfolioModel

TODAY = date(2026, 11, 23)
ENUMERATIONS: list[type[Enum]] = list(glossary.NAMES["en"])


@pytest.fixture(params=["ru", "en"])
def language(request, qapp):
    """The window in one language: our translation of it installed."""
    translator = QTranslator()
    assert translator.load(str(RESOURCES / "translations" / f"kam_desktop_{request.param}.qm"))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        load_demo(session, accounts=30, seed=3, today=TODAY)
    return db


def test_both_languages_name_the_same_values_and_terms() -> None:
    for enumeration in ENUMERATIONS:
        assert set(glossary.NAMES["ru"][enumeration]) == set(enumeration), enumeration
        assert set(glossary.NAMES["en"][enumeration]) == set(enumeration), enumeration
    assert glossary.TERMS["ru"].keys() == glossary.TERMS["en"].keys()


def test_the_window_names_every_value_as_the_glossary(language) -> None:
    assert interface_language() == language
    for enumeration in ENUMERATIONS:
        for value in enumeration:
            assert name_of(value) == glossary.name(language, value)
    for key in glossary.TERMS[language]:
        assert term(key) == glossary.term(language, key)


def test_the_reports_column_titles_are_the_windows(language) -> None:
    words = internal_texts(language)
    for key, shared in {**DOSSIER_SHARED, **INTERNAL_SHARED}.items():
        assert words[key] == term(shared), key
    model = PortfolioModel()
    titles = {key: model.headerData(i, Qt.Orientation.Horizontal)
              for i, (key, *_) in enumerate(model.columns)}
    for key, report_key in _REPORT_KEYS.items():  # the portfolio report's table
        assert titles[key] == term(key) == words[f"col.{report_key}"], key
    assert titles["silent_days"] == term("silent_days")
    assert words["col.ladder"] == term("rung")  # a number in the report's narrow column


#: the columns of the Portfolio and the keys of the same columns in the reports' words
_REPORT_KEYS = {"account": "account", "category": "category", "stage": "stage", "abc": "abc",
                "potential": "potential", "share_of_wallet": "sow",
                "value_this_year": "value_year", "next_step": "next", "due": "due",
                "owner": "owner"}


def test_the_export_and_the_command_line_use_the_windows_words(language, demo, cli) -> None:
    with demo.sessions() as session:
        sheet = build_sheet(session, kind="portfolio", language=language, today=TODAY)
        rows = {row.name: row for row in list_accounts(session, today=TODAY)}
    headers = [column.header for column in sheet.columns]
    for key in ("account", "category", "stage", "abc", "ladder", "value_this_year",
                "next_step", "due", "silent_days", "owner"):
        assert term(key) in headers, key
    column = {key: headers.index(term(key)) for key in ("category", "stage", "ladder")}
    for cells in sheet.rows:
        row = rows[cells[0]]
        assert cells[column["category"]] == name_of(row.category)
        assert cells[column["stage"]] == name_of(row.lifecycle)
        if row.ladder_level:
            assert cells[column["ladder"]] == name_of(LadderLevel(row.ladder_level))

    printed = cli("--lang", language, "accounts", db=demo.path)
    assert printed.returncode == 0, printed.stderr
    header, *lines = printed.stdout.splitlines()
    assert header.split() == " ".join(term(key) for key in (
        "account", "category", "stage", "abc", "owner", "contacts")).split()
    for name, row in rows.items():
        line = next(line for line in lines if line.startswith(name + " "))
        assert f"  {name_of(row.category)}  " in line and f"  {name_of(row.lifecycle)}  " in line
