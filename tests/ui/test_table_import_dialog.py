"""The spreadsheet import dialog and the File menu's table and calendar exports, driven
through the real widgets on a temporary database."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from kam_desktop.domain.inn import make_inn10
from kam_desktop.services.portfolio import list_account_names
from kam_desktop.store.models import Account, Contact
from kam_desktop.ui import table_actions
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.table_import import TableImportDialog

INN = make_inn10("770708389")
HEADER = "Наименование;ИНН;Город;Контактное лицо;Должность;Email сотрудника"


def _file(tmp_path: Path, name: str = "клиенты.csv", header: str = HEADER) -> Path:
    rows = [header,
            f"АО Вектор;{INN};Казань;Иванов Иван;Директор;ivanov@vector.ru",
            "ООО Ромашка;;Тула;Петрова Ольга;Закупщик;petrova(at)romashka",
            "ООО Лето;;Сочи;;;"]
    path = tmp_path / name
    path.write_bytes("\r\n".join(rows).encode("cp1251"))
    return path


def _dialog(qtbot, context, path: Path) -> TableImportDialog:
    dialog = TableImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    _settle(qtbot, dialog)
    return dialog


def _settle(qtbot, dialog: TableImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10000)


def test_choose_map_check_and_import(qtbot, context, make_account, tmp_path) -> None:
    existing = make_account("Вектор", inn=INN)
    dialog = _dialog(qtbot, context, _file(tmp_path))
    assert "Windows-1251" in dialog.shape.text() and "semicolons" in dialog.shape.text()
    assert dialog.preview_model.rowCount() == 3
    assert dialog.preview_model.headerData(2, Qt.Orientation.Horizontal) == "ИНН\n→ INN"
    # guessed from the headers, "Город" as the region and "Email сотрудника" as the e-mail
    assert dialog.columns() == {"name": 0, "inn": 1, "region": 2, "contact_name": 3,
                                "contact_position": 4, "contact_email": 5}
    assert [(b.line, b.column) for b in dialog.bad_model.rows] == [(3, "Email сотрудника")]
    assert "'petrova(at)romashka' is not an e-mail address" in \
        dialog.bad_table.model().index(0, 2).data()
    assert dialog.preview_model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Email сотрудника:")
    assert "<b>1</b> to add, <b>1</b> to update" in dialog.summary.text()
    assert dialog.import_button.text() == "Import 2 good row(s)"
    assert dialog.import_button.isEnabled()

    dialog.set_column("contact_email", None)  # the e-mail column is not wanted after all
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.plan.bad, timeout=10000)
    assert "No bad rows." in dialog.summary.text()
    assert dialog.import_button.text() == "Import 3 row(s)"
    assert dialog.preview_model.headerData(6, Qt.Orientation.Horizontal) == "Email сотрудника\n"
    assert dialog.details.tabText(1) == "Changes (5)"

    with context.db.sessions() as session:  # checking wrote nothing
        assert list(session.scalars(select(Account.name))) == ["Вектор"]
    imported = []
    dialog.imported.connect(imported.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Importing…" and not dialog.import_button.isEnabled()
    dialog.reject()  # Escape while importing: the import finishes and is reported first
    qtbot.waitUntil(lambda: dialog.result() == TableImportDialog.DialogCode.Accepted,
                    timeout=10000)
    assert imported and len(imported[0].accounts_added) == 2
    with context.db.sessions() as session:
        assert set(session.scalars(select(Account.name))) == {"Вектор", "ООО Ромашка", "ООО Лето"}
        assert session.get(Account, existing).region == "Казань"
        assert session.scalar(select(Contact.email).where(Contact.name == "Петрова Ольга")) is None

    # the next file with the same headers, even in another order, gets this mapping back
    reordered = "ИНН;Наименование;Город;Контактное лицо;Должность;Email сотрудника"
    again = _dialog(qtbot, context, _file(tmp_path, "снова.csv", reordered))
    assert again.columns() == {"inn": 0, "name": 1, "region": 2, "contact_name": 3,
                               "contact_position": 4}
    assert any(key.startswith("table_import/mappings/") for key in QSettings().allKeys())


def test_without_the_name_column_nothing_can_be_imported(qtbot, context, tmp_path) -> None:
    dialog = _dialog(qtbot, context, _file(tmp_path))
    dialog.set_column("name", None)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "account name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column("name", 0)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=5000)


def test_an_unreadable_file_is_explained(qtbot, context, tmp_path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    dialog = TableImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.open_file(old)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "bad_input_dialog") is not None,
                    timeout=5000)
    box = dialog.findChild(QMessageBox, "bad_input_dialog")
    assert ".xls" in box.text() and box.informativeText() == str(old)
    assert not dialog.import_button.isEnabled() and dialog.preview_model.rowCount() == 0


def test_an_xlsx_with_a_two_level_header(qtbot, context, tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Компания"
    sheet.merge_cells("A1:A2")
    sheet["B1"] = "Контактное лицо"
    sheet.merge_cells("B1:C1")
    sheet["B2"], sheet["C2"] = "ФИО", "Телефон"
    sheet["A3"], sheet["B3"], sheet["C3"] = "АО Север", "Орлов", 79001234567
    path = tmp_path / "север.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, context, path)
    assert "Excel workbook" in dialog.shape.text()
    assert dialog.columns() == {"name": 0, "contact_name": 1, "contact_phone": 2}
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == TableImportDialog.DialogCode.Accepted,
                    timeout=10000)
    with context.db.sessions() as session:
        assert session.scalar(select(Contact.phone)) == "79001234567"


# --- the File menu -------------------------------------------------------------------


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.load_demo()
    qtbot.waitUntil(lambda: not window.loading and window.portfolio.visible_count() == 60,
                    timeout=20000)
    return window


def _save_as(monkeypatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(table_actions.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), chosen)))


def test_file_menu_exports_tables_and_the_calendar(qtbot, context, monkeypatch,
                                                  tmp_path) -> None:
    window = _window(qtbot, context)
    actions = window.tables
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Import from a &spreadsheet…" in texts and "Export portfolio &table…" in texts

    # the portfolio table; the file type follows the chosen filter
    _save_as(monkeypatch, tmp_path / "portfolio", table_actions.XLSX_FILTER)
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "portfolio.xlsx").exists(), timeout=10000)
    qtbot.waitUntil(lambda: "written" in window.statusBar().currentMessage(), timeout=10000)
    assert openpyxl.load_workbook(tmp_path / "portfolio.xlsx").active.max_row == 61

    # only the accounts the search leaves
    name = window.portfolio.model.rows[0].name
    window.portfolio.search.setText(name)
    _save_as(monkeypatch, tmp_path / "found.csv")
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "found.csv").exists(), timeout=10000)
    rows = list(csv.reader(io.StringIO((tmp_path / "found.csv").read_bytes()
                                       .decode("utf-8-sig")), delimiter=","))
    assert [row[0] for row in rows[1:]] == [name]

    # the selected account's contacts: nothing selected yet, then selected
    _save_as(monkeypatch, tmp_path / "contacts.csv")
    window.portfolio.table.setCurrentIndex(window.portfolio.model.index(-1, -1))
    actions.account_actions["contacts"].trigger()
    assert "Select an account" in window.statusBar().currentMessage()
    window.portfolio.table.selectRow(0)
    actions.account_actions["contacts"].trigger()
    qtbot.waitUntil(lambda: (tmp_path / "contacts.csv").exists(), timeout=10000)
    text = (tmp_path / "contacts.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith("Account,Name,Position") and name in text

    window.portfolio.search.clear()
    _save_as(monkeypatch, tmp_path / "steps")
    actions.calendar_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "steps.ics").exists(), timeout=10000)
    assert (tmp_path / "steps.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

    # a file that cannot be written is explained, not lost
    _save_as(monkeypatch, tmp_path / "missing" / "value.xlsx")
    window.portfolio.table.selectRow(0)
    actions.account_actions["value"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "bad_input_dialog") is not None,
                    timeout=10000)
    assert "cannot write the file" in window.findChild(QMessageBox, "bad_input_dialog").text()


def test_file_menu_import_refreshes_the_portfolio(qtbot, context, tmp_path) -> None:
    window = _window(qtbot, context)
    dialog = window.tables.import_spreadsheet(_file(tmp_path))
    _settle(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # the good rows only: ООО Ромашка has a bad e-mail address
    qtbot.waitUntil(lambda: not window.loading and window.portfolio.visible_count() == 62,
                    timeout=20000)
    done = window.findChild(QMessageBox, "import_done_dialog")
    assert done.text() == "Imported. Accounts: 2 added, 0 updated. Contacts: 1 added, 0 updated."
    names = {row.name for row in context.read(list_account_names)}
    assert {"АО Вектор", "ООО Лето"} <= names and "ООО Ромашка" not in names
    QApplication.processEvents()
