"""The role map: dragging cards and moving them with the keys stores the scores and the
role, undo puts a card back, warnings follow the people, the map exports."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from kam_desktop.services.demo import load_demo
from kam_desktop.services.diary import set_attendees
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record, update_record
from kam_desktop.services.snapshots_map import save_map_snapshot
from kam_desktop.store.models import Contact
from kam_desktop.ui.dossier.rolemap import RoleMapPage
from kam_desktop.ui.dossier.rolemap.cards import SIDE, UNIT, initials, to_scene
from kam_desktop.ui.dossier.rolemap.scene import INTEREST_TITLE, INVOLVEMENT_TITLE


@pytest.fixture
def account(make_account):
    return make_account()


@pytest.fixture
def add(db, account):
    def add(kind, values, parent=None):
        with db.transaction() as session:
            return add_record(session, kind=kind, parent_id=parent or account, values=values)
    return add


@pytest.fixture
def page(qtbot, context, account):
    page = RoleMapPage(context)
    qtbot.addWidget(page)

    def reload(*_):
        page.refresh(context.read(lambda s: load_dossier(s, account)), account)

    context.changed.connect(reload)
    page.reload = reload
    reload()
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _stored(context, account, contact_id):
    rows = context.read(lambda s: load_dossier(s, account)).sections["contact"]
    return next(r for r in rows if r["id"] == contact_id)


def _at(page, card, dx=0.0, dy=0.0) -> QPoint:
    return page.view.mapFromScene(card.pos().x() + dx, card.pos().y() + dy)


def test_dragging_a_card_stores_the_scores_and_the_role(qtbot, page, context, account, add):
    orlov = add("contact", {"name": "Орлов И. П.", "interest": 3.0, "involvement": 3.0})
    add("team_member", {"name": "Смирнова Анна", "mirrors_id": orlov})
    page.reload()
    card = page.cards[orlov]
    assert card.role().value == "butler"
    viewport = page.view.viewport()
    start = _at(page, card)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert card.isSelected()
    assert "Butler" in page.guidance_title.text()
    # halfway: across the involvement line only, the role on the card follows live
    qtbot.mouseMove(viewport, _at(page, card, 2.4 * UNIT, 0))
    assert card.role().value == "assistant"
    assert "Assistant" in page.guidance_title.text()
    end = page.view.mapFromScene(card.pos().x(), card.pos().y() - 4 * UNIT)
    qtbot.mouseMove(viewport, end)
    assert card.role().value == "leader"
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    stored = _stored(context, account, orlov)
    assert stored["role"].value == "leader"
    assert stored["interest"] == pytest.approx(7.0, abs=0.11)
    assert stored["involvement"] == pytest.approx(5.4, abs=0.11)
    assert stored["interest"] == round(stored["interest"], 1)  # one decimal
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    stored = _stored(context, account, orlov)
    assert (stored["interest"], stored["involvement"]) == (3.0, 3.0)
    assert page.cards[orlov].role().value == "butler"
    context.undo_stack.redo()
    assert _stored(context, account, orlov)["role"].value == "leader"


def test_a_click_without_moving_stores_nothing(qtbot, page, context, add):
    card_id = add("contact", {"name": "Ким", "interest": 6.0, "involvement": 2.0})
    page.reload()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_at(page, page.cards[card_id]))
    assert page.cards[card_id].isSelected()
    assert "Specifier" in page.guidance_title.text()
    assert context.undo_stack.count() == 0


def test_arrow_keys_move_the_selected_card(qtbot, page, context, account, add):
    kim = add("contact", {"name": "Ким", "interest": 4.5, "involvement": 9.8})
    page.reload()
    page.select(kim)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    stored = _stored(context, account, kim)
    assert (stored["interest"], stored["role"].value) == (5.0, "leader")
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # clamped at 10
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    stored = _stored(context, account, kim)
    assert (stored["interest"], stored["involvement"]) == (4.5, 9.5)
    assert page.cards[kim].isSelected()  # the card stays selected for the next press
    scores = lambda: tuple(_stored(context, account, kim)[f] for f in ("interest", "involvement"))
    context.undo_stack.undo()
    assert scores() == (5.0, 9.5)
    context.undo_stack.undo()  # consecutive presses along one axis are one step
    assert scores() == (5.0, 9.8)
    context.undo_stack.undo()
    assert scores() == (4.5, 9.8)
    assert page.cards[kim].role().value == "assistant"
    context.undo_stack.redo()
    assert scores() == (5.0, 9.8)


def test_warnings_follow_the_people(qtbot, page, db, add):
    texts = lambda: page.warning_label.text().split("</p>")
    assert any("No leader identified" in t for t in texts())
    lebedeva = add("contact", {"name": "Лебедева", "interest": 2.0, "involvement": 2.0})
    add("team_member", {"name": "Смирнова", "mirrors_id": lebedeva})
    page.reload()
    assert any("assistant or a butler" in t for t in texts())
    orlov = add("contact", {"name": "Орлов", "interest": 9.0, "involvement": 9.0,
                            "stance": "opponent"})
    page.reload()
    assert not any("No leader" in t for t in texts())
    assert any("opponent holds a key role: Орлов" in t for t in texts())
    assert any("has met the leader yet: Орлов" in t for t in texts())
    assert any("mirrors: Орлов" in t for t in texts())
    assert not any("Лебедева" in t for t in texts())  # the team member mirrors her
    assert "Mirrored by: Смирнова" in page.cards[lebedeva].toolTip()

    # a specialist on the leader is a mirror; top-to-top needs one of our executives
    ryabinin = add("team_member", {"name": "Рябинин", "mirrors_id": orlov})
    page.reload()
    assert not any("mirrors: Орлов" in t for t in texts())
    assert any("No top-to-top with the leader" in t and "Орлов" in t for t in texts())
    with db.transaction() as session:
        update_record(session, kind="team_member", record_id=ryabinin,
                      changes={"level": "executive"})
    page.reload()
    assert not any("top-to-top" in t for t in texts())
    assert "Mirrored by: Рябинин (executive)" in page.cards[orlov].toolTip()

    entry = add("diary_entry", {"date": date.today() - timedelta(days=60), "kind": "meeting",
                          "summary": "Переговоры"})
    with db.transaction() as session:
        set_attendees(session, entry_id=entry, people=[orlov])
    page.reload()
    assert any("leader for 60 day" in t and "Орлов" in t for t in texts())
    assert "60 d" in page.cards[orlov].toolTip()
    assert "not met" in page.cards[lebedeva].toolTip()


def test_cards_with_equal_scores_do_not_overlap(page, add):
    for name in ("Иванов", "Петров", "Сидоров"):
        add("contact", {"name": name, "interest": 7.0, "involvement": 7.0})
    page.reload()
    rects = [c.sceneBoundingRect().adjusted(2, 2, -2, -2) for c in page.cards.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert {c.scores() for c in page.cards.values()} == {(7.0, 7.0)}


def test_fifteen_people_on_three_points_never_cover_each_other_or_the_axes(page, add):
    """Five people on each of three points, one of them on the interest axis (where a
    card centred on its point ran over the axis title) and one on the involvement axis:
    every card is clear of every other and of both axes' titles and scales; a card
    moved aside has its leader line to a dot at its point."""
    points = [(5.0, 0.0), (0.0, 6.0), (7.0, 7.0)]  # (interest, involvement)
    for n in range(15):
        interest, involvement = points[n % 3]
        add("contact", {"name": f"Контакт {n + 1}", "interest": interest,
                        "involvement": involvement})
    page.reload()
    cards = list(page.cards.values())
    assert len(cards) == 15
    rects = [card.sceneBoundingRect() for card in cards]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    for rect in rects:
        assert not rect.intersects(INTEREST_TITLE) and not rect.intersects(INVOLVEMENT_TITLE)
        assert rect.left() >= 0 and rect.bottom() <= SIDE  # clear of the scales' numbers
    for card in cards:
        interest, involvement = card.scores()
        assert (interest, involvement) in points
        exact = to_scene(interest, involvement)
        assert card.leader.isVisible() == (card.pos() != exact)
        if card.leader.isVisible():
            assert card.leader.mapToScene(card.leader.point) == exact


def test_zoom_and_fit(qtbot, page):
    fitted = page.view.transform().m11()
    qtbot.mouseClick(page.zoom_in, Qt.MouseButton.LeftButton)
    assert page.view.transform().m11() > fitted
    assert page.zoom_in.accessibleName() and page.zoom_out.accessibleName()
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.view.transform().m11() == pytest.approx(fitted)


def test_export_png_and_svg(page, add, tmp_path):
    add("contact", {"name": "Орлов", "interest": 9.0, "involvement": 9.0})
    page.reload()
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    page.export_png(str(png))
    page.export_svg(str(svg))
    assert png.stat().st_size > 1000 and png.read_bytes()[:4] == b"\x89PNG"
    assert svg.stat().st_size > 1000 and b"<svg" in svg.read_bytes()


def test_initials():
    assert initials("Смирнова Анна") == "СА"
    assert initials("Орлов И. П.") == "ОИП"
    assert initials("") == ""


# --- snapshots --------------------------------------------------------------------
from kam_desktop.ui.dossier.rolemap.snapshots import MoveArrow, SnapshotDialog  # noqa: E402


def _open_dialog(qtbot, page) -> SnapshotDialog:
    qtbot.mouseClick(page.snapshots.save_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in page.findChildren(SnapshotDialog) if d.isVisible()]
    return dialog


def _save_through_the_dialog(qtbot, page, note: str) -> None:
    dialog = _open_dialog(qtbot, page)
    dialog.note.input.setPlainText(note)
    dialog.accept()
    assert not dialog.isVisible()


def _drag(qtbot, page, card, dx, dy):
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_at(page, card))
    qtbot.mouseMove(viewport, _at(page, card, dx / 2, dy / 2))
    end = _at(page, card, dx, dy)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_save_a_snapshot_move_a_card_and_compare(qtbot, page, context, add):
    orlov = add("contact", {"name": "Орлов И. П.", "interest": 3.0, "involvement": 3.0})
    kim = add("contact", {"name": "Ким А. С.", "interest": 8.0, "involvement": 8.0})
    page.reload()
    assert not page.changes_list.isVisible() and not page.snapshots.delete_button.isEnabled()
    _save_through_the_dialog(qtbot, page, "После встречи с ИТ-директором")
    assert page.snapshots.compare_combo.count() == 2  # "no comparison" and the snapshot
    assert "После встречи" in page.snapshots.compare_combo.itemText(1)
    assert context.undo_stack.count() == 1

    _drag(qtbot, page, page.cards[orlov], 2.4 * UNIT, -4 * UNIT)
    assert _stored(context, page.account_id, orlov)["role"].value == "leader"

    page.snapshots.compare_combo.setCurrentIndex(1)  # with the current map
    arrows = [item for item in page.scene.items() if isinstance(item, MoveArrow)]
    assert [a.movement.name for a in arrows] == ["Орлов И. П."]
    line = arrows[0].line()
    assert line.p1().y() > line.p2().y() and line.p1().x() < line.p2().x()  # up and right
    texts = [page.changes_list.item(i).text() for i in range(page.changes_list.count())]
    assert texts == ["Орлов И. П.: Butler → Leader"]
    assert page.changes_list.isVisible()
    assert page.cards[kim].opacity() < 1  # the cards fade behind the arrows

    # moving the card back updates the comparison live
    context.undo_stack.undo()
    assert not [i for i in page.scene.items() if isinstance(i, MoveArrow)]
    assert page.changes_list.item(0).text() == "Nobody changed role."

    page.snapshots.compare_combo.setCurrentIndex(0)
    assert page.cards[kim].opacity() == 1 and not page.changes_list.isVisible()


def test_compare_two_snapshots(qtbot, page, db, add):
    orlov = add("contact", {"name": "Орлов И. П.", "interest": 3.0, "involvement": 3.0})
    page.reload()
    _save_through_the_dialog(qtbot, page, "до тендера")
    page.select(orlov)
    for _ in range(6):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)  # involvement 3 -> 6: an assistant
    add("contact", {"name": "Ким А. С.", "interest": 8.0, "involvement": 2.0})
    page.reload()
    _save_through_the_dialog(qtbot, page, "после тендера")
    older, newer = (uuid.UUID(page.snapshots.compare_combo.itemData(i)) for i in (2, 1))
    page.compare(older, newer)
    assert page.snapshots.with_combo.currentData() == str(newer)
    texts = [page.changes_list.item(i).text() for i in range(page.changes_list.count())]
    assert texts == ["Ким А. С.: new on the map (Specifier)", "Орлов И. П.: Butler → Assistant"]
    assert len([i for i in page.scene.items() if isinstance(i, MoveArrow)]) == 1


def test_delete_a_snapshot_and_undo(qtbot, page, context, add):
    add("contact", {"name": "Орлов И. П.", "interest": 3.0, "involvement": 3.0})
    page.reload()
    _save_through_the_dialog(qtbot, page, "до тендера")
    page.snapshots.compare_combo.setCurrentIndex(1)
    qtbot.mouseClick(page.snapshots.delete_button, Qt.MouseButton.LeftButton)
    assert page.snapshots.compare_combo.count() == 1 and page.snapshots.compare_combo.currentData() is None
    context.undo_stack.undo()
    assert page.snapshots.compare_combo.count() == 2
    context.undo_stack.undo()  # the saving itself
    assert page.snapshots.compare_combo.count() == 1
    context.undo_stack.redo()
    assert "до тендера" in page.snapshots.compare_combo.itemText(1)


def test_a_snapshot_needs_a_date(qtbot, page, context):
    dialog = _open_dialog(qtbot, page)
    dialog.date.load(None)
    dialog.accept()
    assert dialog.isVisible() and "must not be empty" in dialog.date.error.text()
    assert context.undo_stack.count() == 0
    dialog.reject()


#: 1280 logical pixels less the dossier's section list leave about 1,050 for a page;
#: the role map keeps well inside that, so a smaller screen or larger font still fits
NARROWEST_PAGE = 700


def test_the_page_fits_a_small_screen_beside_the_section_list(qtbot, context, db, russian):
    with db.transaction() as session:
        load_demo(session, accounts=12, seed=1, today=date.today())
        busiest = session.scalar(select(Contact.account_id).group_by(Contact.account_id)
                                 .order_by(func.count().desc()).limit(1))
        for days, note in ((90, "После встречи с техническим директором и службой закупок "
                                "по итогам квартала"), (20, "До тендера")):
            save_map_snapshot(session, account_id=busiest, on=date.today() - timedelta(days),
                              note=note)
    page = RoleMapPage(context)
    qtbot.addWidget(page)
    page.refresh(context.read(lambda s: load_dossier(s, busiest)), busiest)
    assert len(page.cards) >= 5 and page.snapshots.compare_combo.count() == 3
    page.compare(uuid.UUID(page.snapshots.compare_combo.itemData(2)))
    assert page.snapshots.save_button.text() == "Сохранить снимок…"
    assert page.minimumSizeHint().width() <= NARROWEST_PAGE
    page.resize(NARROWEST_PAGE, 600)
    page.show()
    qtbot.waitExposed(page)
    row = page.snapshots
    assert row.delete_button.geometry().right() <= row.width()  # nothing cut off
