"""The role map in the meeting pack, read back from the PDF: where every word of the
chart is printed. No two names overlap, and none covers an axis title, a quadrant's
name, the scale's numbers or the legend: on a map of 15 people on 3 points, and on
every account of the 20-account demo. A crowded map numbers its dots."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from itertools import combinations

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from sqlalchemy import select

from kam_desktop.domain.maplabels import Rect
from kam_desktop.reports.fonts import register_fonts
from kam_desktop.reports.internal_texts import internal_texts
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.services.demo import load_demo
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import meeting_pack_data
from kam_desktop.store.models import Account

TODAY = date(2026, 11, 23)
#: the size the chart writes names in; the table beneath the map uses 8 points
NAME_SIZE = 6.5


@dataclass(frozen=True)
class Word:
    text: str
    size: float
    box: Rect


def _multiply(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def printed_words(page) -> list[Word]:
    """Every piece of text on the page with the box its glyphs fill on the page,
    measured with the embedded font's own widths, ascent and descent."""
    register_fonts()
    words = []

    def visit(text, cm, tm, font, size):
        text = text.strip()
        if not text or font is None:
            return
        name = font["/BaseFont"].split("+")[-1]
        matrix = _multiply(tm, cm)
        ascent, descent = getAscentDescent(name, size)
        corners = [(x * matrix[0] + y * matrix[2] + matrix[4],
                    x * matrix[1] + y * matrix[3] + matrix[5])
                   for x in (0, stringWidth(text, name, size)) for y in (descent, ascent)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        scale = math.hypot(matrix[0], matrix[1])
        words.append(Word(text, round(size * scale, 2), Rect(min(xs), min(ys), max(xs), max(ys))))

    page.extract_text(visitor_text=visit)
    return words


def _role_map_page(path):
    """The pack's second page: the cover is the first."""
    return PdfReader(path).pages[1]


def assert_names_clear(page, names: list[str], language: str = "ru") -> list[Word]:
    """The chart's names on ``page`` (in the chart's size) overlap neither each other
    nor any other word of the chart; returns them."""
    words = printed_words(page)
    chart = [w for w in words if w.size <= 8.01]  # the chart's words; the table's are 8 pt
    placed = [w for w in chart if w.size == NAME_SIZE and w.text in names]
    others = [w for w in chart if w not in placed]
    text = internal_texts(language)
    titles = {text["rolemap.interest"], text["rolemap.involvement"]}
    assert titles <= {w.text for w in others}  # the axis titles are there to be avoided
    # a hair of tolerance: neighbours may touch
    boxes = [w.box.grown(-0.05) for w in placed]
    for (a, box_a), (b, box_b) in combinations(zip(placed, boxes), 2):
        assert not box_a.overlaps(box_b), (a.text, b.text)
    for word, box in zip(placed, boxes):
        for other in others:
            assert not box.overlaps(other.box), (word.text, other.text)
    return placed


@pytest.fixture
def crowded(db):
    """An account whose 15 contacts stand on 3 points of the map, 5 on each."""
    points = [(8.0, 2.0), (5.0, 5.0), (2.0, 8.0)]
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None,
                             values={"name": "ООО «Пятнадцать»", "category": "key"})
        names = []
        for n in range(15):
            interest, involvement = points[n % 3]
            names.append(f"Константинопольская-Щедрина Е. {n + 1}")
            add_record(session, kind="contact", parent_id=account,
                       values={"name": names[-1], "interest": interest,
                               "involvement": involvement})
    return names


@pytest.mark.parametrize("language", ["ru", "en"])
def test_fifteen_people_on_three_points(db, crowded, tmp_path, language):
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name="ООО «Пятнадцать»",
                                 attendees=crowded[:2], today=TODAY)
    path = tmp_path / "pack.pdf"
    build_meeting_pack(data, language, path)
    page = _role_map_page(path)
    placed = assert_names_clear(page, crowded, language)
    assert sorted(w.text for w in placed) == sorted(crowded)  # every name, each once
    assert internal_texts(language)["col.number"] not in page.extract_text()


def test_a_crowded_map_numbers_its_dots_and_the_table_says_who(db, tmp_path):
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None,
                             values={"name": "ООО «Толпа»", "category": "key"})
        for n in range(60):
            add_record(session, kind="contact", parent_id=account,
                       values={"name": f"Сотрудник отдела закупок № {n + 1}",
                               "interest": 7.0, "involvement": 3.0 + n % 2})
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name="ООО «Толпа»", attendees=[],
                                 today=TODAY)
    path = tmp_path / "crowd.pdf"
    build_meeting_pack(data, "ru", path)
    page = _role_map_page(path)
    words = internal_texts("ru")
    text = page.extract_text()
    assert words["rolemap.numbered"].split(":")[0] in text.replace("\n", " ")
    printed = printed_words(page)
    numbers = [w for w in printed if w.size == NAME_SIZE]
    assert sorted(int(w.text) for w in numbers) == list(range(1, 61))
    assert not any(a.box.grown(-0.05).overlaps(b.box) for a, b in combinations(numbers, 2))
    assert not any(w.size == NAME_SIZE and w.text.startswith("Сотрудник") for w in printed)


def test_every_role_map_of_the_demo(db, tmp_path):
    """The 20-account demo (seed 1): no account's map prints a name over another."""
    with db.transaction() as session:
        load_demo(session, accounts=20, seed=1, today=TODAY)
    with db.sessions() as session:
        accounts = session.scalars(select(Account.name).order_by(Account.name)).all()
        packs = [meeting_pack_data(session, account_name=name, attendees=[], today=TODAY)
                 for name in accounts]
    assert len(packs) == 20
    for number, data in enumerate(packs):
        path = tmp_path / f"{number}.pdf"
        build_meeting_pack(data, "ru", path)
        assert_names_clear(_role_map_page(path), [p.name for p in data.people])
