"""The main window driven through its real widgets on a temporary database."""
from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from sqlalchemy import select

from kam_desktop.services.records import add_record
from kam_desktop.store.models import Account, Contact, PlanAction, Potential
from kam_desktop.ui.main_window import MainWindow


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return window


def _settle(qtbot, window: MainWindow) -> None:
    """Wait for the portfolio and Today, which load in the background."""
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)


def test_an_empty_database_shows_the_welcome_page(qtbot, context) -> None:
    window = _window(qtbot, context)
    assert window.pages.currentWidget() is window.welcome


def test_loading_the_demo_from_the_welcome_page_fills_the_portfolio(qtbot, context) -> None:
    window = _window(qtbot, context)
    demo_button = next(button for button in window.welcome.findChildren(QPushButton)
                       if "demo" in button.text().lower())
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.pages.currentIndex() == 1
    assert window.portfolio.visible_count() == 60
    assert "60" in window.statusBar().currentMessage()
    assert window.today.model.rowCount() > 0


def test_search_finds_accounts_by_name_and_contact(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.load_demo()
    _settle(qtbot, window)
    portfolio = window.portfolio
    first = portfolio.model.rows[0]
    portfolio.search.setText(first.name[:12])  # QTest.keyClicks asserts on non-ASCII keys
    assert 1 <= portfolio.visible_count() < 60
    portfolio.search.clear()
    with context.db.sessions() as session:  # a contact's surname, from the database
        surname = session.scalars(select(Contact.name).where(
            Contact.account_id == first.id)).first().split()[0]
    portfolio.search.setText(surname)
    assert first.id in {row.id for row in portfolio.model.rows}
    assert all(surname.casefold() in row.search_text for row in portfolio.model.rows)
    portfolio.search.clear()
    assert portfolio.visible_count() == 60


def test_search_finds_accounts_by_diary_text(qtbot, context, make_account) -> None:
    target = make_account("Альфа")
    make_account("Бета")
    with context.db.transaction() as session:
        add_record(session, kind="diary_entry", parent_id=target, values={
            "date": date.today(), "kind": "meeting", "summary": "Обсудили ВНЕДРЕНИЕ портала"})
    window = _window(qtbot, context)
    window.portfolio.search.setText("внедрение")
    qtbot.waitUntil(lambda: window.portfolio.visible_count() == 1, timeout=3000)
    assert window.portfolio.model.index(0, 0).data() == "Альфа"


def test_filters_narrow_the_portfolio(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.load_demo()
    _settle(qtbot, window)
    portfolio = window.portfolio
    portfolio.abc.setCurrentIndex(portfolio.abc.findText("A"))
    assert 0 < portfolio.visible_count() < 60
    assert all(portfolio.model.index(r, 3).data() == "A" for r in range(portfolio.visible_count()))
    portfolio.abc.setCurrentIndex(0)
    portfolio.overdue.setChecked(True)
    assert portfolio.visible_count() > 0
    assert all(row.overdue for row in portfolio.model.rows)


def test_sorting_by_a_money_column_sorts_numbers(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.load_demo()
    _settle(qtbot, window)
    table, model = window.portfolio.table, window.portfolio.model
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    with context.db.sessions() as session:
        potentials = session.scalars(select(Potential.amount)
                                     .where(Potential.year == date.today().year)).all()
    shown = [model.rows[r].potential for r in range(model.rowCount())]
    assert shown == sorted(potentials, key=lambda v: -1 if v is None else v, reverse=True)
    assert model.index(0, 4).data() != ""


def test_new_account_opens_its_dossier_and_is_undoable(qtbot, context) -> None:
    window = _window(qtbot, context)
    account_id = window.create_account("ООО «Новый клиент»")
    assert account_id in window.dossiers
    _settle(qtbot, window)
    assert window.portfolio.visible_count() == 1
    window.undo_action.trigger()
    _settle(qtbot, window)
    assert window.portfolio.model.rows == []
    window.redo_action.trigger()
    _settle(qtbot, window)
    assert [r.name for r in window.portfolio.model.rows] == ["ООО «Новый клиент»"]


def test_a_next_step_written_in_the_diary_appears_in_today(qtbot, context, make_account) -> None:
    account = make_account("Гамма")
    window = _window(qtbot, context)
    with context.db.transaction() as session:
        add_record(session, kind="diary_entry", parent_id=account, values={
            "date": date.today() - timedelta(days=7), "kind": "call", "summary": "Звонок",
            "next_step": "Отправить договор", "next_step_due": date.today() - timedelta(days=1)})
    window.tabs.setCurrentWidget(window.portfolio)  # Today is filled while hidden
    window.refresh()
    _settle(qtbot, window)
    model = window.today.model
    texts = [model.data(model.index_of(item, 2)) for item in model.items]
    assert "Отправить договор" in texts
    # once shown, every group is open with its lines showing; a line has no lines under it
    window.tabs.setCurrentWidget(window.today)
    tree = window.today.tree
    assert all(tree.isExpanded(model.index(row, 0)) for row in range(model.rowCount()))
    line = model.index_of(next(item for item in model.items if item.kind == "next_step"))
    assert tree.visualRect(line).isValid()
    assert model.rowCount(line) == 0 and not model.index(0, 0, line).isValid()
    assert not model.index(model.rowCount(), 0).isValid()
    assert not model.index(0, model.columnCount()).isValid()


def test_a_bad_file_shows_a_dialog_and_changes_nothing(qtbot, context, tmp_path: Path) -> None:
    window = _window(qtbot, context)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kam-desktop.accounts", "version": 1, "accounts": '
                   '[{"name": "Альфа", "category": "vip"}]}', encoding="utf-8")
    before = hashlib.sha256(context.db.path.read_bytes()).hexdigest()
    window.import_path(bad)
    dialog = window.findChild(QMessageBox, "bad_input_dialog")
    assert dialog is not None and dialog.isVisible()
    assert "accounts[0].category" in dialog.text()
    assert window.pages.currentWidget() is window.welcome
    assert hashlib.sha256(context.db.path.read_bytes()).hexdigest() == before
    dialog.close()


def test_today_is_read_beside_the_figures_not_after_them(qtbot, context, make_account) -> None:
    make_account("Гамма")
    window = _window(qtbot, context)
    window.refresh()
    assert window.loader.waiting("portfolio") and window.loader.waiting("today")
    _settle(qtbot, window)
    assert [row.name for row in window.portfolio.model.all_rows] == ["Гамма"]


def test_ctrl_q_closes_the_window(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_ctrl_z_in_a_dossier_window_undoes_its_edit(qtbot, context, make_account) -> None:
    window = _window(qtbot, context)
    dossier = window.open_account(make_account("Дельта"), "contacts")
    qtbot.addWidget(dossier)
    contacts = dossier.page("contacts")
    contacts.add()
    assert contacts.model.rowCount() == 1
    dossier.activateWindow()
    qtbot.waitUntil(dossier.isActiveWindow)
    qtbot.keyClick(contacts.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.model.rowCount() == 0


def test_after_switching_language_edits_still_refresh_quietly(qtbot, context, make_account) -> None:
    from kam_desktop.ui.app import Application

    make_account("Эпсилон")
    locale = QLocale()
    # the controller closes and deletes each replaced window itself: only the last one
    # is left for qtbot to close
    controller = Application(QApplication.instance(), context, [])
    controller.switch_language("ru")
    _settle(qtbot, controller.window)
    assert controller.window.menuBar().actions()[0].text() == "&Файл"
    controller.window.create_account("Дзета")  # would raise in the old, deleted window
    _settle(qtbot, controller.window)
    assert {r.name for r in controller.window.portfolio.model.rows} == {"Эпсилон", "Дзета"}
    controller.switch_language("en")
    qtbot.addWidget(controller.window)
    _settle(qtbot, controller.window)
    assert controller.window.menuBar().actions()[0].text() == "&File"
    controller.window.close()
    for translator in controller.translators:  # later tests expect the plain source texts
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(locale)


def test_a_failing_read_is_reported_not_lost(qtbot, context) -> None:
    window = _window(qtbot, context)
    errors = []
    window.loader.failed.connect(errors.append)

    def broken(session):
        raise RuntimeError("disk on fire")

    window.loader.load("portfolio", broken, lambda rows: None)
    qtbot.waitUntil(lambda: errors == ["disk on fire"], timeout=5000)
    assert not window.loading
    dialog = window.findChild(QMessageBox, "load_error_dialog")
    assert dialog is not None and "disk on fire" in dialog.text()
    dialog.close()


def test_a_today_line_opens_its_record(qtbot, context, make_account) -> None:
    account = make_account("Тета")
    with context.db.transaction() as session:
        entry = add_record(session, kind="diary_entry", parent_id=account, values={
            "date": date.today() - timedelta(days=3), "kind": "call", "summary": "Звонок",
            "next_step": "Выслать счёт", "next_step_due": date.today() - timedelta(days=1)})
    window = _window(qtbot, context)
    item = next(i for i in window.today.model.items if i.kind == "next_step")
    window.open_today_item(item)
    dossier = window.dossiers[account]
    assert dossier.current_page() is dossier.page("diary")
    assert dossier.page("diary").current_id() == entry


def test_check_boxes_show_their_frame_in_dark_mode(qtbot) -> None:
    """Fusion frames a check box in a shade of the window colour, which vanishes on a
    dark list; our style draws the frame in a visible colour."""
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from kam_desktop.ui.dark_style import OutlinedChecks

    style = OutlinedChecks("Fusion")
    palette = style.standardPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, QColor(colour))
    option = QStyleOptionButton()
    option.rect = QImage(16, 16, QImage.Format.Format_ARGB32).rect()
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f1f1f"))
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter)
    painter.end()
    brightest = max(QColor(image.pixel(x, y)).lightness() for x in range(16) for y in range(16))
    assert brightest > 100


def test_a_bare_system_locale_gets_english_words_and_dates(qapp) -> None:
    """With LANG unset Qt reports the C locale: the window must still read as English
    (plurals, day-month-year dates), not show its source texts and "2 11 2026"."""
    from kam_desktop.ui.app import install_translators

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    installed = install_translators(qapp, "C")
    try:
        assert QLocale().language() == QLocale.Language.English
        assert QCoreApplication.translate("MainWindow", "%n account(s)", "", 5) == "5 accounts"
        assert QLocale().toString(QDate(2026, 11, 2), QLocale.FormatType.ShortFormat) == "02/11/2026"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_today_closes_a_lost_accounts_plan_in_one_undoable_step(qtbot, context,
                                                                make_account) -> None:
    lost = make_account("ООО «Ушли»", lifecycle="lost", lifecycle_reason="Ушли к конкуренту")
    with context.db.transaction() as session:
        goal = add_record(session, kind="goal", parent_id=lost, values={
            "client_goal": "Снизить издержки", "our_goal": "Удержать поставки"})
        for title in ("Встреча", "Новое КП"):
            add_record(session, kind="plan_action", parent_id=goal, values={
                "title": title, "due": date.today() - timedelta(days=2)})
    window = _window(qtbot, context)
    model = window.today.model
    (item,) = [i for i in model.items if i.kind == "lost_actions"]
    assert "has 2 open action(s)" in model.data(model.index_of(item, 2))  # no translator here
    assert not window.today.drop_button.isEnabled()
    window.today.select([item])
    assert window.today.drop_button.isEnabled()

    qtbot.mouseClick(window.today.drop_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    statuses = lambda: context.read(lambda s: sorted(  # noqa: E731
        a.status.value for a in s.scalars(select(PlanAction))))
    assert statuses() == ["dropped", "dropped"]
    assert "lost_actions" not in [item.kind for item in window.today.model.items]
    context.undo_stack.undo()
    assert statuses() == ["planned", "planned"]


def test_the_window_title_names_the_application_once(qtbot, context) -> None:
    window = _window(qtbot, context)
    assert window.windowTitle() == context.db.path.name  # Qt adds " — KAM Desktop"


def test_the_window_opens_on_the_tab_it_was_closed_on(qtbot, context) -> None:
    window = _window(qtbot, context)
    assert window.tabs.currentWidget() is window.today  # the first start
    window.tabs.setCurrentWidget(window.portfolio)
    window.close()
    again = _window(qtbot, context)
    assert again.tabs.currentWidget() is again.portfolio
