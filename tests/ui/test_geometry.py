"""Windows fit the screen: sizes from the available area, geometry remembered per screen,
and every window usable at 1280×720 logical pixels (a 1920×1080 screen at 150 %)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow

from kam_desktop.services.demo import load_demo
from kam_desktop.services.portfolio import list_account_names
from kam_desktop.ui.dossier.window import DossierWindow
from kam_desktop.ui.exchange import ConflictsDialog, SendDialog
from kam_desktop.ui.geometry import fitted_geometry, opens_maximized, restore_geometry, screen_of, settings_key
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.preferences import PreferencesDialog
from kam_desktop.ui.reports_dialog import ReportsDialog
from kam_desktop.ui.table_import import TableImportDialog

#: the room a window opens with on a 1920×1080 screen at 150 % (1280×720 logical)
SMALL_SCREEN_WINDOW = fitted_geometry(QSize(10_000, 10_000), QRect(0, 0, 1280, 720)).size()


@pytest.mark.parametrize(("available", "expected"), [
    # 1920×1080 at 150 %: 90 % of each side, centred
    (QRect(0, 0, 1280, 720), QRect(64, 36, 1152, 648)),
    # a 1366×768 laptop with a 40 px task bar at the bottom
    (QRect(0, 0, 1366, 728), QRect(68, 36, 1229, 655)),
    # 3200×2000 at 200 %, as a second screen to the right of the first
    (QRect(1920, 0, 1600, 1000), QRect(2080, 110, 1280, 780)),
])
def test_a_window_takes_its_preferred_size_up_to_nine_tenths_of_the_screen(
        available, expected) -> None:
    assert fitted_geometry(QSize(1280, 780), available) == expected


def test_a_window_never_opens_below_its_minimum_nor_beyond_the_screen() -> None:
    available = QRect(0, 0, 1280, 720)
    assert fitted_geometry(QSize(1000, 600), available, QSize(1200, 700)) == \
        QRect(40, 10, 1200, 700)
    assert fitted_geometry(QSize(1000, 600), available, QSize(1400, 800)) == available


def _fits_small_screen(window) -> bool:
    hint = window.minimumSizeHint()
    return (hint.width() <= SMALL_SCREEN_WINDOW.width()
            and hint.height() <= SMALL_SCREEN_WINDOW.height())


@pytest.fixture
def demo(context):
    with context.db.transaction() as session:
        load_demo(session, accounts=12, seed=1, today=date.today())
    return context.read(list_account_names)[0].id


@pytest.fixture(params=["en", "ru"])
def language(request) -> str:
    """Each test with this fixture runs in English, then in Russian (longer words)."""
    if request.param == "ru":
        request.getfixturevalue("russian")
    return request.param


def test_every_window_and_dialog_is_usable_on_a_1280_by_720_screen(
        qtbot, context, demo, language) -> None:
    main = MainWindow(context)
    dossier = DossierWindow(context, demo)
    windows = [main, dossier, ReportsDialog(context, demo, main), ReportsDialog(context, None, main),
               TableImportDialog(context, main), SendDialog(context, main),
               ConflictsDialog(context, main), PreferencesDialog(main)]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    for key in dossier.keys:  # a built page stays in the window
        dossier.show_section(key)
    for tab in range(main.tabs.count()):
        main.tabs.setCurrentIndex(tab)
    too_large = {type(w).__name__: w.minimumSizeHint().toTuple() for w in windows
                 if not _fits_small_screen(w)}
    assert too_large == {}


def test_the_dossier_keeps_its_section_list_and_shrinks_after_the_role_map(
        qtbot, context, demo, language) -> None:
    window = DossierWindow(context, demo)
    qtbot.addWidget(window)
    window.show()
    width = window.sections.width()
    window.show_section("rolemap")
    qtbot.waitUntil(lambda: window.page("rolemap").isVisible())
    window.show_section("contacts")
    qtbot.waitUntil(lambda: window.page("contacts").isVisible())

    sections = window.sections
    assert sections.width() == width >= 150
    assert sections.width() >= sections.sizeHintForColumn(0) + 2 * sections.frameWidth()
    assert not sections.horizontalScrollBar().isVisible()
    assert _fits_small_screen(window)
    window.resize(SMALL_SCREEN_WINDOW)
    qtbot.waitUntil(lambda: window.size() == SMALL_SCREEN_WINDOW)


def test_a_page_wider_than_the_window_scrolls_instead_of_widening_it(
        qtbot, context, demo) -> None:
    window = DossierWindow(context, demo)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 600)
    window.show_section("rolemap")
    page = window.page("rolemap")
    qtbot.waitUntil(page.isVisible)
    area = window.pages.currentWidget()
    assert window.width() == 700
    assert page.width() >= page.minimumSizeHint().width() > area.viewport().width()
    qtbot.waitUntil(area.horizontalScrollBar().isVisible, timeout=2000)


def test_a_page_that_fits_fills_the_window_without_scrolling(qtbot, context, demo) -> None:
    window = DossierWindow(context, demo)
    qtbot.addWidget(window)
    window.show()
    window.resize(SMALL_SCREEN_WINDOW)
    window.show_section("profile")
    page = window.page("profile")
    qtbot.waitUntil(page.isVisible)
    area = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.size() == area.viewport().size())
    assert not area.verticalScrollBar().isVisible()


def test_a_window_comes_back_where_it_was_left_on_the_same_screen(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    restore_geometry(window, "probe", QSize(1280, 780))
    window.show()
    window.setGeometry(30, 40, 500, 400)
    window.close()

    again = QMainWindow()
    qtbot.addWidget(again)
    restore_geometry(again, "probe", QSize(1280, 780))
    assert again.geometry() == QRect(30, 40, 500, 400)


def test_geometry_left_on_another_screen_is_not_used_on_this_one(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(30, 40, 500, 400)
    screen = screen_of(window)
    available = screen.availableGeometry()
    here = settings_key("probe", screen)
    # the same screen at another scale or resolution is another screen
    QSettings().setValue(here.replace(f"{available.width()}x{available.height()}", "9999x9999"),
                         window.saveGeometry())

    fresh = QMainWindow()
    qtbot.addWidget(fresh)
    restore_geometry(fresh, "probe", QSize(1280, 780))
    assert fresh.geometry() == fitted_geometry(QSize(1280, 780), available,
                                               fresh.minimumSizeHint())
    fresh.show()
    fresh.close()
    assert QSettings().value(here) is not None


def test_a_dialog_remembers_its_size(qtbot, context, demo) -> None:
    dialog = ReportsDialog(context, demo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(700, 500)
    dialog.reject()

    again = ReportsDialog(context, demo)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)


def test_a_section_table_has_the_room_until_a_record_is_selected(
        qtbot, context, demo, language) -> None:
    window = DossierWindow(context, demo)
    qtbot.addWidget(window)
    window.show()
    window.resize(SMALL_SCREEN_WINDOW)
    window.show_section("contacts")
    page = window.page("contacts")
    qtbot.waitUntil(page.isVisible)
    assert page.editor_panel.isHidden() and page.empty_label.isVisible()
    assert page.splitter.sizes()[1] == 0

    page.table.selectRow(0)
    panel = page.editor_panel
    qtbot.waitUntil(panel.isVisible)
    # the whole form shows: its fields are not cut at the right
    assert panel.viewport().width() >= panel.widget().minimumSizeHint().width()
    assert page.table.width() > panel.width()


@pytest.mark.parametrize(("available", "maximized"), [
    (QRect(0, 0, 1366, 728), True),    # a 1366×768 laptop: the portfolio needs the width
    (QRect(0, 0, 1280, 720), True),    # 1920×1080 at 150 %
    (QRect(0, 0, 1920, 1040), False),  # 1920×1080 at 100 %: a window of its own size
    (QRect(0, 0, 1600, 1000), False),  # 3200×2000 at 200 %
])
def test_the_main_window_takes_the_whole_of_a_small_screen(available, maximized) -> None:
    assert opens_maximized(QSize(1280, 780), available) is maximized


def test_on_a_small_screen_the_main_window_opens_maximized_and_stays_so(qtbot, context) -> None:
    """The offscreen screen is smaller than the main window would like."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert opens_maximized(QSize(1280, 780), window.screen().availableGeometry())
    assert window.isMaximized()
    window.close()  # the state is remembered with the geometry
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.isMaximized()
