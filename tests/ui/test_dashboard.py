"""The dashboard tab and the workload page, driven through the real widgets."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.demo import load_demo
from kam_desktop.store.models import Account, WorkloadFactors
from kam_desktop.ui import settings
from kam_desktop.ui.dashboard import VIEWS
from kam_desktop.ui.dossier.workload import SetFactors
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.preferences import PreferencesDialog
from kam_desktop.ui.undo import run_edit


def _demo(context, accounts: int = 60) -> None:
    with context.db.transaction() as session:
        load_demo(session, accounts=accounts, seed=1, today=date.today())


def _dashboard(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 780)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.loading and not window.loading, timeout=10000)
    return window, dashboard


def _show(dashboard, key: str) -> None:
    dashboard.views.setCurrentRow(VIEWS.index(key))
    dashboard.canvas.draw()  # lay the figure out, so that positions are final


def _click(qtbot, dashboard, axes, x: float, y: float) -> None:
    """A real mouse click on the canvas at data point (x, y) of ``axes``."""
    shown_x, shown_y = axes.transData.transform((x, y))
    ratio = dashboard.canvas.devicePixelRatioF()
    point = QPoint(round(shown_x / ratio),
                   round((dashboard.figure.bbox.height - shown_y) / ratio))
    qtbot.mouseClick(dashboard.canvas, Qt.MouseButton.LeftButton, pos=point)


def _bar_centre(rect) -> tuple[float, float]:
    return rect.get_x() + rect.get_width() / 2, rect.get_y() + rect.get_height() / 2


def test_matplotlib_waits_until_the_dashboard_is_first_shown(tmp_path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from datetime import date
        from PySide6.QtWidgets import QApplication
        from kam_desktop.services.demo import load_demo
        from kam_desktop.store.database import open_database
        from kam_desktop.ui.context import AppContext
        from kam_desktop.ui.main_window import MainWindow
        app = QApplication([])
        database = open_database({str(tmp_path / "demo.sqlite3")!r})
        with database.transaction() as session:
            load_demo(session, accounts=12, seed=3, today=date.today())
        window = MainWindow(AppContext(database))
        window.show()
        while window.loading:
            app.processEvents()
        print("after start", "matplotlib" in sys.modules)
        window.tabs.setCurrentWidget(window.dashboard)
        app.processEvents()
        print("after the tab", "matplotlib" in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "after start False" in result.stdout
    assert "after the tab True" in result.stdout


def test_every_view_draws_clickable_charts_of_the_demo(qtbot, context) -> None:
    _demo(context)
    window, dashboard = _dashboard(qtbot, context)
    assert dashboard.data is not None and len(dashboard.data.accounts) == 60
    for key in VIEWS:
        if key == "whitespace":  # a table, not a chart (tests/ui/test_group_views.py)
            continue
        _show(dashboard, key)
        assert dashboard.title.text() == dashboard.views.currentItem().text()
        axes = [a for a in dashboard.figure.axes if a.axison]
        assert axes, key
        assert dashboard.targets, key
        assert dashboard.note.text(), key
        assert dashboard.since.isVisible() == (key == "ladder")


def test_clicking_a_bar_lists_its_accounts_and_a_double_click_opens_one(qtbot, context) -> None:
    _demo(context)
    window, dashboard = _dashboard(qtbot, context)
    _show(dashboard, "lifecycle")
    funnel = dashboard.targets[0]
    lost = next(i for i, s in enumerate(funnel.selections)
                if set(s.accounts) and all(dashboard.data.accounts[a].lifecycle is Lifecycle.LOST
                                           for a in s.accounts))
    _click(qtbot, dashboard, funnel.axes, *_bar_centre(funnel.rects[lost]))
    listed = dashboard.listed_accounts()
    assert set(listed) == set(funnel.selections[lost].accounts)
    assert str(len(listed)) in dashboard.caption.text()
    names = [dashboard.model.index(r, 0).data() for r in range(dashboard.model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    first = dashboard.table.visualRect(dashboard.model.index(0, 0)).center()
    qtbot.mouseClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert listed[0] in window.dossiers


def test_a_click_beside_a_short_bar_still_picks_it_and_a_bubble_lists_its_account(
        qtbot, context) -> None:
    _demo(context)
    window, dashboard = _dashboard(qtbot, context)
    _show(dashboard, "ladder")
    movement = dashboard.targets[1]
    rect = movement.rects[2]  # slipped: a short bar
    low, high = movement.axes.get_xlim()
    _click(qtbot, dashboard, movement.axes, high * 0.9, _bar_centre(rect)[1])
    assert set(dashboard.listed_accounts()) == set(movement.selections[2].accounts)

    _show(dashboard, "wallet")
    bubbles = dashboard.targets[0]
    biggest = dashboard.data.wallet.points[0]
    _click(qtbot, dashboard, bubbles.axes, float(biggest.potential), float(biggest.share))
    assert biggest.account in dashboard.listed_accounts()
    selected = dashboard.table.selectionModel().selectedRows()
    assert selected and selected[0].data() == dashboard.data.accounts[biggest.account].name
    assert dashboard.model.headerData(2, Qt.Orientation.Horizontal) == "Share"


def test_the_pareto_area_lists_the_class_of_the_clicked_account(qtbot, context) -> None:
    _demo(context)
    window, dashboard = _dashboard(qtbot, context)
    _show(dashboard, "pareto")
    pareto = dashboard.data.pareto
    _click(qtbot, dashboard, dashboard.targets[0].axes, 0.01, 0.5)
    assert dashboard.listed_accounts() and set(dashboard.listed_accounts()) == set(
        pareto.classes[0].accounts)
    assert "A" in dashboard.caption.text()


def _dark_palette() -> QPalette:
    palette = QApplication.instance().style().standardPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1f1f1f"),
                         (QPalette.ColorRole.Text, "#e8e8e8")):
        palette.setColor(role, QColor(colour))
    return palette


def test_switching_to_dark_mode_recolours_the_charts(qtbot, context) -> None:
    from matplotlib.colors import to_hex

    _demo(context, accounts=20)
    window, dashboard = _dashboard(qtbot, context)
    _show(dashboard, "value")
    light = to_hex(dashboard.figure.get_facecolor())
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(_dark_palette())
    try:
        qtbot.waitUntil(lambda: to_hex(dashboard.figure.get_facecolor()) == "#1f1f1f",
                        timeout=3000)
        axes = dashboard.figure.axes[0]
        assert to_hex(axes.get_facecolor()) == "#1f1f1f"
        assert to_hex(axes.get_yticklabels()[0].get_color()) == "#e8e8e8"
        assert dashboard.targets  # still clickable
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: to_hex(dashboard.figure.get_facecolor()) == light, timeout=3000)


def test_the_dashboard_follows_changes_and_the_workload_norm(qtbot, context) -> None:
    _demo(context, accounts=30)
    window, dashboard = _dashboard(qtbot, context)
    _show(dashboard, "workload")
    norm_line = [line for line in dashboard.figure.axes[0].get_lines()]
    assert any(line.get_xdata()[0] == settings.value("workload_norm") for line in norm_line)
    settings.set_value("workload_norm", 3)
    dashboard.settings_changed()
    owners = dashboard.targets[0]
    assert all("norm 3 " in s.caption for s in owners.selections)
    assert any(line.get_xdata()[0] == 3 for line in dashboard.figure.axes[0].get_lines())

    with context.db.sessions() as session:
        account_id = session.scalars(select(Account.id).where(
            Account.lifecycle != Lifecycle.LOST)).first()

    before = dashboard.data
    worst = {"client_potential": 5, "kam_experience": 1, "distance": 5,
             "purchasing_centralisation": 1, "people_to_keep": 5, "internal_coordination": 5,
             "delivery_reliability": 1, "competition": 5, "support_staff": 1}
    run_edit(context, "test", SetFactors(account_id, worst))
    qtbot.waitUntil(lambda: dashboard.data is not before and not dashboard.loading,
                    timeout=10000)
    assert dashboard.data.heaviest[0].account == account_id
    assert dashboard.data.heaviest[0].score.load == pytest.approx(4.0)


def test_preferences_offer_the_workload_norm(qtbot) -> None:
    settings.set_value("workload_norm", 17)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.numbers["workload_norm"].value() == 17


def test_the_workload_page_edits_factors_shows_the_load_and_undoes(qtbot, context,
                                                                   make_account) -> None:
    account_id = make_account("ООО «Нагрузка»")
    window = MainWindow(context)
    qtbot.addWidget(window)
    dossier = window.open_account(account_id, "workload")
    page = dossier.page("workload")
    assert "1.00" in page.load_label.text() or "1,00" in page.load_label.text()
    distance = page.editors["distance"]
    distance.input.setCurrentIndex(distance.input.findData(5))
    qtbot.waitUntil(lambda: "1.22" in page.load_label.text(), timeout=3000)
    assert "1 of 9" in page.assessed_label.text()

    def stored(name: str):
        with context.db.sessions() as session:
            row = session.get(WorkloadFactors, account_id)
            return None if row is None else getattr(row, name)

    assert stored("distance") == 5
    support = page.editors["support_staff"]
    support.input.setCurrentIndex(support.input.findData(5))
    qtbot.waitUntil(lambda: "1.10" in page.load_label.text(), timeout=3000)  # 4 ^ ((2 - 1) / 14)
    assert stored("support_staff") == 5
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "1.22" in page.load_label.text(), timeout=3000)
    assert stored("support_staff") is None and support.value() is None
    window.undo_action.trigger()
    assert stored("distance") is None
    qtbot.waitUntil(lambda: page.editors["distance"].value() is None, timeout=3000)
    window.redo_action.trigger()
    assert stored("distance") == 5
