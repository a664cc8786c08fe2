"""The dossier's completeness bar and the portfolio's Dossier column."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kam_desktop.ui.dossier.window import DossierWindow
from kam_desktop.ui.main_window import MainWindow


def test_a_missing_part_is_a_link_to_its_section(qtbot, context, make_account, add) -> None:
    account = make_account("Дельта", lifecycle="key", legal_name="АО «Дельта»",
                           industry="Химия", region="Пермь")
    add("contact", account, name="Орлов", interest=9, involvement=9)
    window = DossierWindow(context, account)
    qtbot.addWidget(window)
    bar = window.completeness
    assert bar.bar.maximum() == 10 and bar.bar.value() == 2  # the profile and a leader
    text = bar.missing.text()
    assert 'href="specifier"' in text and 'href="leader"' not in text
    bar.missing.linkActivated.emit("specifier")
    assert window.current_page() is window.page("rolemap")
    bar.missing.linkActivated.emit("next_step")
    assert window.current_page() is window.page("diary")

    add("contact", account, name="Ким", interest=9, involvement=1)
    window.refresh()
    assert bar.bar.value() == 3 and 'href="specifier"' not in bar.missing.text()


def test_the_portfolio_shows_the_share_and_names_what_is_missing(qtbot, context,
                                                                  make_account) -> None:
    make_account("Дельта", lifecycle="prospect")
    window = MainWindow(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    model = window.portfolio.model
    column = model.column_of("completeness")
    index = model.index(0, column)
    assert index.data() == ""  # hidden by default: not read
    window.portfolio.column_chooser.show_column(column, True)  # shown: read now
    qtbot.waitUntil(lambda: not window.loading and model.index(0, column).data() != "",
                    timeout=10000)
    index = model.index(0, column)
    assert index.data() == "0 %"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "a leader on the role map" in tip and "ladder" not in tip  # not for a prospect
