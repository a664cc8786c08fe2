"""The value dossier PDF: numbers against the database, escaping, the allow-list, fonts,
page numbering, the empty period, and the command line."""
from __future__ import annotations

import calendar

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Integer, cast, func, select

from kam_desktop.domain.enums import PERSONAL_FIELDS
from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports.format import Formatter
from kam_desktop.reports.texts import texts
from kam_desktop.reports.value_dossier import build_value_dossier
from kam_desktop.services.demo import load_demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import value_dossier_data
from kam_desktop.store.models import Account, Revenue, ValueEntry

TODAY = date(2026, 11, 23)
HOSTILE = '<b>&</para><img src="http://x">'


def _text(path: Path) -> list[str]:
    """The text of each page, with every kind of space made a plain one."""
    pages = []
    for page in PdfReader(path).pages:
        text = page.extract_text().replace("\u202f", " ").replace("\u00a0", " ")
        pages.append(re.sub(r"[ \t]+", " ", text))
    return pages


def _flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.fixture
def demo(db) -> str:
    """A small demo portfolio; returns the name of the account with the most entries."""
    with db.transaction() as session:
        load_demo(session, accounts=3, seed=7, today=TODAY)
    with db.sessions() as session:
        return session.execute(
            select(Account.name).join(ValueEntry).group_by(Account.id)
            .order_by(func.count(ValueEntry.id).desc())).scalars().first()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_totals_match_the_database(db, demo, tmp_path, language):
    with db.sessions() as session:
        account = session.scalar(select(Account).where(Account.name == demo))
        benefit, cost, count, acknowledged = session.execute(
            select(func.sum(ValueEntry.client_benefit), func.sum(ValueEntry.our_cost),
                   func.count(), func.sum(cast(ValueEntry.acknowledged, Integer)))
            .where(ValueEntry.account_id == account.id)).one()
        revenue = dict(session.execute(select(Revenue.period, Revenue.amount)
                                       .where(Revenue.account_id == account.id)).all())
        first, last = session.execute(select(func.min(ValueEntry.date), func.max(ValueEntry.date))
                                      .where(ValueEntry.account_id == account.id)).one()
        data = value_dossier_data(session, account_name=demo, today=TODAY)
    assert data.total.client_benefit == benefit and data.total.our_cost == cost
    # over the entries' span (the cover's period): each year's own figure, else its
    # quarters, each in proportion to its days inside the span
    total_revenue = Decimal(0)
    for year in range(first.year, last.year + 1):
        periods = [str(year)] if str(year) in revenue else \
            [f"{year}-Q{q}" for q in range(1, 5) if f"{year}-Q{q}" in revenue]
        for period in periods:
            months = (1, 12) if "-Q" not in period else \
                (3 * int(period[-1]) - 2, 3 * int(period[-1]))
            start = date(year, months[0], 1)
            end = date(year, months[1], calendar.monthrange(year, months[1])[1])
            inside = (min(end, last) - max(start, first)).days + 1
            if inside > 0:
                total_revenue += revenue[period] * inside / ((end - start).days + 1)
    ratio = benefit / total_revenue.quantize(Decimal("0.01"))
    assert data.value_to_revenue == ratio
    path = tmp_path / "dossier.pdf"
    build_value_dossier(data, language, path, Issuer(company="ООО «Поставщик»"))
    text = "\n".join(_text(path))
    fmt = Formatter(language, "RUB", 0)
    assert _flat(fmt.money(Decimal(benefit))) in text
    assert _flat(fmt.money(Decimal(cost))) in text
    assert _flat(fmt.percent(ratio)) in text
    of = " из " if language == "ru" else " of "
    assert f"{acknowledged}{of}{count}" in text
    assert texts(language)["dossier.title"] in text and "ООО «Поставщик»" in text
    for entry in data.entries:
        assert _flat(fmt.money(entry.client_benefit)) in text


def test_period_departments_and_no_cost(db, demo, tmp_path):
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    with db.sessions() as session:
        everything = value_dossier_data(session, account_name=demo, today=TODAY)
        department = everything.by_department[0].key
        data = value_dossier_data(session, account_name=demo, date_from=start, date_to=end,
                                  departments=[department], show_cost=False, today=TODAY)
    expected = [e for e in everything.entries
                if start <= e.date <= end and e.department == department]
    assert [e.title for e in data.entries] == [e.title for e in expected]
    assert data.total.client_benefit == sum((e.client_benefit for e in expected), Decimal(0))
    assert data.total.our_cost is None and all(e.our_cost is None for e in data.entries)
    path = tmp_path / "dossier.pdf"
    build_value_dossier(data, "ru", path)
    text = "\n".join(_text(path))
    assert texts("ru")["summary.cost"] not in text  # "Наши затраты"
    assert "01.01.2026 – 30.06.2026" in text


@pytest.fixture
def secrets(db) -> tuple[str, set[str]]:
    """An account whose every internal field holds a unique marker; returns its name and
    the markers. The value entry, statistic and switching barrier are the only
    client-facing records; who delivered the entry is internal."""
    markers: set[str] = set()

    def mark(field: str) -> str:
        marker = f"SECRET{len(markers):02d}{field.upper()[:6]}"
        markers.add(marker)
        return marker

    with db.transaction() as session:
        def add(record_kind, parent, **values):
            return add_record(session, kind=record_kind, parent_id=parent, values=values)

        account = add("account", None, name="АО «Прозрачность»", notes=mark("notes"),
                      owner=mark("owner"), lifecycle="sleeping",
                      lifecycle_reason=mark("lifecycle"))
        contact = add("contact", account, name=mark("contact"), position=mark("position"),
                      department=mark("cdept"), email="x@example.ru", stance="opponent")
        add("personal_notes", contact, **{field: mark(field) for field in PERSONAL_FIELDS})
        member = add("team_member", account, name=mark("team"), department=mark("tdept"))
        add("diary_entry", account, date=date(2026, 3, 1), kind="meeting", summary=mark("summary"),
            next_step=mark("nextstep"), next_step_due=date(2026, 4, 1))
        add("opportunity", account, title=mark("opportunity"),
            opportunity_class="grow_usage", benefit=Decimal(5), cost=Decimal(1))
        goal = add("goal", account, client_goal=mark("clientgoal"), our_goal=mark("ourgoal"),
                   measure=mark("measure"), strategy_product=mark("product"),
                   strategy_price=mark("price"), strategy_promotion=mark("promotion"),
                   strategy_place=mark("place"))
        add("plan_action", goal, title=mark("action"), owner=mark("actionowner"))
        add("ladder_assessment", account, date=date(2026, 2, 1), our_view=3, client_view=2,
            competitors={mark("competitor"): 2}, next_steps=mark("ladderstep"))
        add("switching_barrier", account, description="Общий портал заказов")  # client-safe
        add("cooling_reason", account, date=date(2026, 5, 1), reason=mark("cooling"))
        add("value_entry", account, date=date(2026, 3, 2), kind="training", title="Обучение",
            description="Два дня", department="Производство", our_cost=Decimal(100),
            client_benefit=Decimal(1000), acknowledged=True, delivered_by_id=member,
            delivered_by_department=mark("ourdept"))
        add("statistic", account, name="Поставки в срок, %", value=98.5, period="2026")
    return "АО «Прозрачность»", markers


@pytest.mark.parametrize("language", ["ru", "en"])
def test_internal_fields_never_reach_the_dossier(db, secrets, tmp_path, language):
    name, markers = secrets
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=name, today=TODAY)
    path = tmp_path / "dossier.pdf"
    build_value_dossier(data, language, path)
    text = "\n".join(_text(path))
    assert "Обучение" in text and ("98,5" in text or "98.5" in text)  # it has content
    assert "Общий портал заказов" in text  # the closing section's barrier
    leaked = sorted(marker for marker in markers if marker in text)
    assert leaked == []
    assert "SECRET" not in PdfReader(path).metadata.get("/Author", "")


def test_user_text_prints_literally(db, tmp_path):
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None,
                             values={"name": "ООО <i>&amp;"})
        add_record(session, kind="value_entry", parent_id=account, values={
            "date": date(2026, 1, 10), "kind": "consulting", "title": HOSTILE,
            "description": "a < b && c > d\nвторая строка", "department": "</para>",
            "our_cost": Decimal("10.50"), "client_benefit": Decimal("1234567.89")})
    with db.sessions() as session:
        data = value_dossier_data(session, account_name="ООО <i>&amp;", today=TODAY)
    path = tmp_path / "dossier.pdf"
    build_value_dossier(data, "ru", path)
    text = "\n".join(_text(path))
    assert HOSTILE in text
    assert "a < b && c > d" in text and "</para>" in text and "ООО <i>&amp;" in text
    assert "1 234 567,89 ₽" in text  # kopecks shown once any amount has them


def _fonts(path: Path) -> set[tuple[str, bool]]:
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].get_object().values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]), embedded))
    return found


def test_fonts_embedded_and_every_page_numbered(db, demo, tmp_path):
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=demo, today=TODAY)
    for language, label in (("ru", "Стр. {} из {}"), ("en", "Page {} of {}")):
        path = tmp_path / f"{language}.pdf"
        build_value_dossier(data, language, path)
        fonts = _fonts(path)
        assert fonts and all("DejaVuSans" in name and embedded for name, embedded in fonts)
        assert not any("Helvetica" in name for name, _ in fonts)
        pages = _text(path)
        assert len(pages) >= 5
        for number, text in enumerate(pages, start=1):
            assert label.format(number, len(pages)) in text


def test_an_empty_period_says_so(db, demo, tmp_path):
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=demo, date_from=date(2030, 1, 1),
                                  today=TODAY)
    assert data.entries == () and data.total.count == 0
    for language in ("ru", "en"):
        path = tmp_path / f"{language}.pdf"
        build_value_dossier(data, language, path)
        assert texts(language)["summary.empty"] in "\n".join(_text(path))


def test_unknown_account_and_reversed_period(db, demo):
    with db.sessions() as session, pytest.raises(InputError, match="no account"):
        value_dossier_data(session, account_name="Нет такого")
    with db.sessions() as session, pytest.raises(InputError, match="starts after"):
        value_dossier_data(session, account_name=demo, date_from=date(2026, 2, 1),
                           date_to=date(2026, 1, 1))


def test_a_failed_build_keeps_the_old_file(db, demo, tmp_path, monkeypatch):
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=demo, today=TODAY)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "dossier.pdf"
    path.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("kam_desktop.reports.layout.BaseDocTemplate.build", broken)
    with pytest.raises(RuntimeError):
        build_value_dossier(data, "en", path)
    assert path.read_bytes() == b"old" and list(folder.iterdir()) == [path]


def test_cli(cli, db, demo, db_path, tmp_path):
    db.close()
    missing = tmp_path / "missing.pdf"
    result = cli("report", "value-dossier", "--account", "Нет такого", "-o", str(missing),
                 db=db_path)
    assert result.returncode == 2 and "Нет такого" in result.stderr
    assert not missing.exists()
    written = tmp_path / "out.pdf"
    result = cli("report", "value-dossier", "--account", demo, "--lang", "en", "--no-cost",
                 "--from", "2025-01-01", "--to", "2026-12-31", "-o", str(written), db=db_path)
    assert result.returncode == 0, result.stderr
    text = "\n".join(_text(written))
    assert "Value dossier" in text and "Our investment" not in text
