"""Holdings in the dossier: the holding's group section lists its subsidiaries as a tree
with the group's revenue in the main currency (the same 3 500 000 ₽ the service adds up),
each opening its dossier; the profile chooses the holding from the accounts (a circle is
refused at the field) and a subsidiary names its holding as a link."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.records import add_record
from kam_desktop.store.models import Account
from kam_desktop.ui.dossier.group import GroupPage
from kam_desktop.ui.dossier.profile import ProfilePage

LAST_YEAR = str(date.today().year - 1)


def _digits(text: str) -> str:
    """The figures of a text, whatever the locale's group separator."""
    return "".join(c for c in text if c.isdigit())


def _group(context, make_account):
    holding = make_account("УГМК", lifecycle="key")
    plant = make_account("Ревдинский завод", parent_id=str(holding))
    abroad = make_account("UGMK Europe", currency="EUR", parent_id=str(holding))

    def write(session):
        for account, amount in ((holding, "1000000"), (plant, "500000"), (abroad, "20000")):
            add_record(session, kind="revenue", parent_id=account,
                       values={"period": LAST_YEAR, "amount": amount})
        set_rate(session, currency="EUR", base="RUB", period=LAST_YEAR, rate=Decimal(100))
    context.write(write)
    return holding, plant, abroad


def test_the_holding_shows_its_subsidiaries_and_the_group_total(
        qtbot, context, make_account, open_page) -> None:
    holding, plant, abroad = _group(context, make_account)
    make_account("Цех №3", parent_id=str(plant))
    page = open_page(GroupPage, holding)
    assert page.group.totals.revenue == Decimal("3500000")
    top = page.tree.topLevelItem(0)
    assert [top.child(i).text(0) for i in range(top.childCount())] == [
        "UGMK Europe", "Ревдинский завод"]
    assert top.child(1).child(0).text(0) == "Цех №3"
    total = page.tree.topLevelItem(1)
    assert total.text(0) == "Group total"
    assert _digits(total.text(2)) == "3500000" and total.text(2).endswith("₽")
    summary = _digits(page.summary.text())  # the year, the group's and the company's own
    assert summary == LAST_YEAR + "3500000" + "1000000"
    assert page.holding.isHidden()

    opened = []
    context.open_requested.connect(lambda *args: opened.append(args))
    page.tree.itemActivated.emit(top.child(0), 0)
    assert opened == [(abroad, "group", None)]


def _offered(qtbot, page: ProfilePage) -> list[str]:
    """The holdings the profile offers once the user opens its list (until then it holds
    the holding shown alone)."""
    combo = page.holding.input
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton,
                     pos=QPoint(combo.width() - 5, combo.height() // 2))  # the arrow
    combo.hidePopup()
    return [page.holding.input.itemText(i) for i in range(page.holding.input.count())]


def test_the_profile_chooses_the_holding_and_links_to_it(
        qtbot, context, make_account, open_page) -> None:
    holding, plant, _ = _group(context, make_account)
    page = open_page(ProfilePage, plant)
    assert page.holding.input.currentText() == "УГМК"
    assert not page.holding_link.isHidden() and str(holding) in page.holding_link.text()
    opened = []
    context.open_requested.connect(lambda *args: opened.append(args))
    page.holding_link.linkActivated.emit(str(holding))
    assert opened == [(holding, "group", None)]
    # the holding cannot be its subsidiary's subsidiary: it is not offered...
    make_account("Одиночка")
    holding_page = open_page(ProfilePage, holding)
    assert _offered(qtbot, holding_page) == ["—", "Одиночка"]
    # ...and the plant can leave the group, then join it again by typing
    assert _offered(qtbot, page) == ["—", "UGMK Europe", "Одиночка", "УГМК"]
    page.holding.input.setCurrentIndex(0)
    assert context.read(lambda s: s.get(Account, plant).parent_id) is None
    assert page.holding_link.isHidden()
    assert _offered(qtbot, page) == ["—", "UGMK Europe", "Одиночка", "УГМК"]
    page.holding.input.setCurrentIndex(page.holding.input.findText("УГМК"))
    assert context.read(lambda s: s.get(Account, plant).parent_id) == holding
    context.undo_stack.undo()
    assert context.read(lambda s: s.get(Account, plant).parent_id) is None


def test_the_wheel_over_the_holding_moves_through_every_account(
        qtbot, context, make_account, open_page) -> None:
    """The whole list is read before the wheel is handled: it moves to the next
    account up, not to "—" as it would in a list holding the holding shown alone."""
    holding, plant, abroad = _group(context, make_account)
    page = open_page(ProfilePage, plant)
    combo = page.holding.input
    at = QPointF(5, 5)
    QApplication.sendEvent(combo, QWheelEvent(
        at, combo.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    assert combo.currentText() == "UGMK Europe"
    assert context.read(lambda s: s.get(Account, plant).parent_id) == abroad


def test_a_company_alone_says_how_to_make_a_group(qtbot, context, make_account,
                                                   open_page) -> None:
    page = open_page(GroupPage, make_account("Одиночка"))
    assert page.tree.isHidden()
    assert "No subsidiaries" in page.summary.text()


def test_the_role_map_shows_the_whole_group_read_only(qtbot, context, make_account,
                                                      open_page) -> None:
    from kam_desktop.ui.dossier.rolemap import RoleMapPage

    holding, plant, _ = _group(context, make_account)
    alone = make_account("Одиночка")

    def person(account, name, position):
        return context.write(lambda s: add_record(s, kind="contact", parent_id=account, values={
            "name": name, "position": position, "interest": 8, "involvement": 8}))
    own = person(plant, "Петров П. П.", "Главный инженер")
    theirs = person(holding, "Сидоров С. С.", "Директор по закупкам")
    page = open_page(RoleMapPage, plant)
    assert set(page.cards) == {own} and page.whole_group.isEnabled()
    page.whole_group.setChecked(True)
    assert set(page.cards) == {own, theirs}
    assert page.cards[theirs].data.position == "УГМК · Директор по закупкам"
    movable = page.cards[theirs].flags() & page.cards[theirs].GraphicsItemFlag.ItemIsMovable
    assert not movable
    page._step(page.cards[theirs], 1.0, 0.0)  # the arrow keys leave another's card alone
    assert context.read(lambda s: load_dossier(s, holding)).sections["contact"][0][
        "interest"] == 8
    assert not open_page(RoleMapPage, alone).whole_group.isEnabled()


def test_the_portfolio_groups_subsidiaries_under_their_holding(qtbot, context,
                                                                make_account) -> None:
    from kam_desktop.ui.main_window import MainWindow

    holding, plant, abroad = _group(context, make_account)
    make_account("Альфа")  # alone, sorted before the group
    make_account("Цех №3", parent_id=str(plant))
    window = MainWindow(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    portfolio = window.portfolio
    model = portfolio.model
    column = [c[0] for c in model.columns].index("holding")
    header = portfolio.table.horizontalHeader()
    assert header.isSectionHidden(column)

    def shown(col: int) -> list[str]:
        return [model.index(r, col).data() for r in range(model.rowCount())]
    assert shown(0) == ["UGMK Europe", "Альфа", "Ревдинский завод", "УГМК", "Цех №3"]
    portfolio.by_holding.setChecked(True)
    assert not header.isSectionHidden(column)
    qtbot.waitUntil(lambda: bool(model.groups.totals), timeout=10000)
    names = shown(0)
    assert names == ["Альфа", "УГМК", "\u2003└ UGMK Europe", "\u2003└ Ревдинский завод",
                     "\u2003\u2003└ Цех №3"]
    holdings = dict(zip((n.strip("\u2003└ ") for n in names), shown(column)))
    assert _digits(holdings["УГМК"]) == "3500000"  # the group's revenue, as in the dossier
    assert holdings["UGMK Europe"] == "УГМК" and holdings["Альфа"] == ""
    portfolio.by_holding.setChecked(False)
    assert shown(0) == ["UGMK Europe", "Альфа", "Ревдинский завод", "УГМК", "Цех №3"]


def test_a_whole_groups_crowd_of_cards_is_seated_without_overlaps(qapp) -> None:
    """Thirty people (a group's) the search cannot seat go in rows beside the map."""
    import random

    from kam_desktop.ui.dossier.rolemap.cards import to_scene
    from kam_desktop.ui.dossier.rolemap.scene import card_spots

    rng = random.Random(1)
    spots = card_spots([to_scene(rng.uniform(1, 10), rng.uniform(1, 10)) for _ in range(30)])
    rects = [spot.rect for spot in spots]
    assert len(rects) == 30
    assert not any(a.overlaps(b) for i, a in enumerate(rects) for b in rects[i + 1:])
