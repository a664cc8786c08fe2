"""The org chart: the client's reporting lines as a tree, our team beside it with
mirror lines, and export as a picture or a drawing."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsPathItem

from kam_desktop.services.records import add_record, update_record
from kam_desktop.ui.dossier.scene import READABLE_SCALE
from kam_desktop.ui.dossier.window import DossierWindow


def _account(db, make_account):
    account = make_account()
    with db.transaction() as s:
        def person(name, boss=None, **values):
            return add_record(s, kind="contact", parent_id=account, values={
                "name": name, "reports_to_id": boss, **values})
        ceo = person("Егорова Виктория", interest=9.0, involvement=9.0, position="Генеральный директор")
        cfo = person("Иванова Мария", ceo, interest=3.0, involvement=8.0)
        zuev = person("Зуев Степан", ceo, interest=8.0, involvement=2.0)
        loose = person("Гусева Нина", interest=2.0, involvement=2.0)
        gone = person("Шаров Олег", cfo)
        update_record(s, kind="contact", record_id=gone, changes={"left_on": date(2026, 1, 1)})
        add_record(s, kind="team_member", parent_id=account, values={
            "name": "Мезенцев", "mirrors_id": ceo, "level": "executive"})
        add_record(s, kind="team_member", parent_id=account, values={
            "name": "Ершова", "department": "КАМ", "mirrors_id": zuev})
    return account, ceo, cfo, loose, gone


def _ours(page, name):
    return next(c for c in page.cards.values() if c.person.ours and c.person.name == name)


def _page(qtbot, context, account):
    window = DossierWindow(context, account)
    qtbot.addWidget(window)
    window.show()
    window.show_section("orgchart")
    return window, window.page("orgchart")


def test_the_chart_places_managers_above_their_reports_and_our_team_beside(
        qtbot, context, db, make_account) -> None:
    account, ceo, cfo, loose, gone = _account(db, make_account)
    _, page = _page(qtbot, context, account)
    cards = page.cards
    assert gone not in cards  # who left is off the chart
    assert cards[ceo].y() < cards[cfo].y()
    assert cards[loose].y() > cards[cfo].y()  # apart, under the trees
    team = [c for c in cards.values() if c.person.ours]
    assert sorted(c.person.name for c in team) == ["Ершова", "Мезенцев"]
    assert min(c.x() for c in team) > max(c.x() for c in cards.values() if not c.person.ours)
    # two reporting lines, two mirror lines; our executive on the leader is top-to-top
    mezentsev = _ours(page, "Мезенцев")
    assert len(mezentsev.lines) == 1
    top_to_top = mezentsev.lines[0].pen()
    assert top_to_top.style() == Qt.PenStyle.SolidLine and top_to_top.widthF() > 2
    assert _ours(page, "Ершова").lines[0].pen().style() == Qt.PenStyle.DashLine
    paths = [i for i in page.scene.items() if isinstance(i, QGraphicsPathItem)]
    assert len(paths) == 4
    assert not page.message.isVisible()


def test_selecting_a_card_highlights_its_lines_and_double_click_opens_it(
        qtbot, context, db, make_account) -> None:
    account, ceo, *_ = _account(db, make_account)
    _, page = _page(qtbot, context, account)
    card = page.cards[ceo]
    card.setSelected(True)
    highlight = page.scene.palette().color(page.scene.palette().ColorRole.Highlight)
    assert all(line.pen().color() == highlight for line in card.lines)
    opened = []
    context.open_requested.connect(lambda *args: opened.append(args))
    card.opened.emit(card)
    ershova = _ours(page, "Ершова")
    ershova.opened.emit(ershova)
    assert opened == [(account, "contacts", ceo), (account, "team", ershova.person.person_id)]


def test_the_chart_follows_edits(qtbot, context, db, make_account) -> None:
    account, ceo, cfo, loose, _ = _account(db, make_account)
    window, page = _page(qtbot, context, account)
    contacts = window.page("contacts")
    window.show_section("contacts")
    contacts.select(loose)
    contacts.reports_to.input.setCurrentIndex(contacts.reports_to.input.findText("Иванова Мария"))
    assert page.cards[loose].y() > page.cards[cfo].y()
    assert page.cards[loose].x() == page.cards[cfo].x()  # the only report, right below
    context.undo_stack.undo()
    assert page.cards[loose].y() > page.cards[cfo].y() + 2 * 62


def test_an_empty_or_flat_account_says_what_to_do(qtbot, context, db, make_account) -> None:
    account = make_account("ООО «Пусто»")
    _, page = _page(qtbot, context, account)
    assert page.message.isVisible() and "Contacts" in page.message.text()
    with db.transaction() as s:
        add_record(s, kind="contact", parent_id=account, values={"name": "Один"})
    window, page = _page(qtbot, context, account)
    assert "Reports to" in page.message.text()


def test_export_png_and_svg(qtbot, context, db, make_account, tmp_path) -> None:
    account, *_ = _account(db, make_account)
    _, page = _page(qtbot, context, account)
    page.export_png(str(tmp_path / "chart.png"))
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() > 800 and image.height() > 200
    page.export_svg(str(tmp_path / "chart.svg"))
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "Егорова Виктория" in svg and "Мезенцев" in svg


def test_people_outside_the_trees_never_run_under_our_team(qtbot, context, db, make_account) -> None:
    account = make_account("ООО «Плоско»")
    with db.transaction() as s:
        boss = add_record(s, kind="contact", parent_id=account, values={"name": "Босс"})
        add_record(s, kind="contact", parent_id=account, values={"name": "Зам", "reports_to_id": boss})
        for n in range(7):
            add_record(s, kind="contact", parent_id=account, values={"name": f"Сам по себе {n}"})
        add_record(s, kind="team_member", parent_id=account, values={"name": "Мы", "mirrors_id": boss})
    _, page = _page(qtbot, context, account)
    ours = _ours(page, "Мы")
    assert all(c.x() + c.boundingRect().width() < ours.x()
               for c in page.cards.values() if not c.person.ours)


def test_a_large_chart_stays_readable_and_scrolls(qtbot, context, db, make_account) -> None:
    """Fitting forty people in the window used to shrink their names to 5 px."""
    account = make_account()
    with db.transaction() as s:
        boss = add_record(s, kind="contact", parent_id=account, values={"name": "Директор"})
        for n in range(40):
            add_record(s, kind="contact", parent_id=account,
                       values={"name": f"Сотрудник {n:02}", "reports_to_id": boss})
    window, page = _page(qtbot, context, account)
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: page.view.transform().m11() == pytest.approx(READABLE_SCALE))
    assert page.view.horizontalScrollBar().maximum() > 0
    page.view.zoom(1 / 1.25)  # the user may still zoom out on purpose
    assert page.view.transform().m11() < READABLE_SCALE


def test_a_specialist_mirroring_the_leader_draws_a_mirror_not_top_to_top(
        qtbot, context, db, make_account) -> None:
    account = make_account("ООО «Вертикаль»")
    with db.transaction() as s:
        boss = add_record(s, kind="contact", parent_id=account, values={
            "name": "Директор", "interest": 9.0, "involvement": 9.0})
        junior = add_record(s, kind="team_member", parent_id=account, values={
            "name": "Новиков", "mirrors_id": boss, "level": "specialist"})
    _, page = _page(qtbot, context, account)
    pen = page.cards[junior].lines[0].pen()
    assert pen.style() == Qt.PenStyle.DashLine and pen.widthF() < 2
    assert "Specialist" in page.cards[junior].person.detail
