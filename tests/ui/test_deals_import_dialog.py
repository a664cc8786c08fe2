"""File → Import deals from the ERP: the spreadsheet import dialog with the deals'
fields, driven through the real widgets on a temporary database."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from kam_desktop.domain.inn import make_inn10
from kam_desktop.store.models import Deal
from kam_desktop.ui.forms import format_money
from kam_desktop.ui.main_window import MainWindow

INN_VECTOR = make_inn10("770708389")
INN_STRANGER = make_inn10("500100732")


def _erp_export(tmp_path: Path) -> Path:
    """Shipments as 1C saves them: a title line, Windows-1251, semicolons, two lines of
    one document, a client the portfolio does not have."""
    lines = ["Продажи за 2026 год;;;;;",
             "Контрагент;ИНН;Документ;Дата;Номенклатурная группа;Сумма",
             f"АО «Вектор»;{INN_VECTOR};РТУ-000101;15.01.2026;Насосы;1 250 000,50",
             f"АО «Вектор»;{INN_VECTOR};РТУ-000101;15.01.2026;Запчасти;49 999,50",
             f"АО «Вектор»;{INN_VECTOR};РТУ-000107;02.03.2026;Сервис;80 000",
             f"ИП Незнакомцев;{INN_STRANGER};РТУ-000103;11.03.2026;Насосы;99 000"]
    path = tmp_path / "продажи.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


def test_deals_are_checked_then_imported_from_the_file_menu(qtbot, context, make_account,
                                                            db, tmp_path) -> None:
    make_account("АО «Вектор»", inn=INN_VECTOR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.tables.import_deals(_erp_export(tmp_path))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10000)

    assert dialog.objectName() == "deals_import_dialog"
    assert dialog.columns() == {"name": 0, "inn": 1, "reference": 2, "date": 3,
                                "product_group": 4, "amount": 5}
    assert "<b>2</b> to add, <b>0</b> to update" in dialog.summary.text()
    assert [(bad.line, bad.column) for bad in dialog.bad_model.rows] == [(6, "ИНН")]
    assert dialog.import_button.text() == "Import 3 good row(s)"
    first, second = (row[1] for row in dialog.changes_model.rows)
    assert first.startswith("АО «Вектор»: ") and first.endswith("· Насосы, Запчасти · РТУ-000101")
    assert format_money(Decimal("1300000.00")) in first  # the document's two lines added up
    assert second.endswith(f"{format_money(Decimal('80000'))} · Сервис · РТУ-000107")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "import_done_dialog") is not None,
                    timeout=10000)
    done = window.findChild(QMessageBox, "import_done_dialog")
    assert done.text() == "Imported. Deals: 2 added, 0 updated."
    with db.transaction() as session:
        amounts = sorted(session.scalars(select(Deal.amount)))
    assert amounts == [Decimal("80000.00"), Decimal("1300000.00")]

    again = window.tables.import_deals(_erp_export(tmp_path))
    qtbot.waitUntil(lambda: not again.busy and again.plan is not None, timeout=10000)
    assert "<b>0</b> to add, <b>0</b> to update, 2 unchanged" in again.summary.text()
    assert not again.import_button.isEnabled()
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Deal)) == 2


def test_without_a_client_column_nothing_can_be_checked(qtbot, context, make_account,
                                                        tmp_path) -> None:
    make_account("АО «Вектор»", inn=INN_VECTOR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.tables.import_deals(_erp_export(tmp_path))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10000)
    dialog.set_column("inn", None)
    dialog.set_column("name", None)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "INN or name" in dialog.summary.text()
    assert dialog.plan is None and not dialog.import_button.isEnabled()
