"""The portfolio report: every account and its figures, both languages, the charts'
sections, fonts, the internal notice on every page, the filter and the command line."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.enums import Category
from kam_desktop.reports.format import Formatter
from kam_desktop.reports.portfolio import build_portfolio_report
from kam_desktop.reports.internal_texts import internal_texts
from kam_desktop.domain.glossary import name
from kam_desktop.services.demo import load_demo
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import portfolio_data

TODAY = date(2026, 11, 23)


def _pages(path: Path) -> list[str]:
    pages = []
    for page in PdfReader(path).pages:
        text = page.extract_text().replace("\u202f", " ").replace("\u00a0", " ")
        pages.append(re.sub(r"\s+", " ", text))
    return pages


def _flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.fixture
def demo(db) -> None:
    with db.transaction() as session:
        load_demo(session, accounts=8, seed=3, today=TODAY)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_account_and_its_figures(db, demo, tmp_path, language):
    with db.sessions() as session:
        rows = list_accounts(session, today=TODAY)
        data = portfolio_data(session, today=TODAY)
    assert [a.name for a in data.accounts] == [r.name for r in rows]
    path = tmp_path / "portfolio.pdf"
    build_portfolio_report(data, language, path)
    pages = _pages(path)
    words = internal_texts(language)
    for number, text in enumerate(pages, start=1):
        assert words["internal"] in text
        assert words["page"].format(page=number, pages=len(pages)) in text
    text = " ".join(pages)
    fmt = Formatter(language, "RUB", 0)
    for title in ("pareto.title", "bubbles.title", "ladder.title", "kinds.title",
                  "table.title"):
        assert words[title] in text
    packed = re.sub(r"\s", "", text)  # a name may wrap inside its cell
    for row in rows:  # a prospect has no share of wallet and no ladder level yet
        share = words["none"] if row.share_of_wallet is None else fmt.percent(row.share_of_wallet)
        level = words["none"] if row.ladder_level is None else str(row.ladder_level)
        line = [row.name, name(language, row.category), name(language, row.lifecycle),
                row.abc.value, fmt.number(row.year_potential), share, level,
                fmt.number(row.value_this_year)]
        assert re.sub(r"\s", "", "".join(line)) in packed, row.name
    total = sum(r.value_this_year for r in rows)
    assert _flat(fmt.money(total)) in text
    assert sum(v for _, v in data.value_by_kind) == total


def test_filter_hostile_names_and_fonts(db, demo, tmp_path):
    hostile = 'ООО <b>&</para><img src="http://x">'
    with db.transaction() as session:
        add_record(session, kind="account", parent_id=None,
                   values={"name": hostile, "category": "key", "owner": "<i>Я</i>"})
    with db.sessions() as session:
        data = portfolio_data(session, today=TODAY, categories=[Category.KEY])
    assert data.accounts and all(a.category is Category.KEY for a in data.accounts)
    path = tmp_path / "key.pdf"
    build_portfolio_report(data, "ru", path)
    text = " ".join(_pages(path))
    assert hostile in text and "<i>Я</i>" in text
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].get_object().values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_an_empty_selection_says_so(db, tmp_path):
    with db.sessions() as session:
        data = portfolio_data(session, today=TODAY)
    path = tmp_path / "empty.pdf"
    build_portfolio_report(data, "en", path)
    assert internal_texts("en")["portfolio.empty"] in " ".join(_pages(path))


def test_cli(cli, db, demo, db_path, tmp_path):
    db.close()
    written = tmp_path / "portfolio.pdf"
    result = cli("report", "portfolio", "--lang", "en", "-o", str(written), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Key-account portfolio" in " ".join(_pages(written))
    result = cli("report", "portfolio", "--category", "nonsense", "-o",
                 str(tmp_path / "no.pdf"), db=db_path)
    assert result.returncode == 2 and not (tmp_path / "no.pdf").exists()
