"""File → Restore from a backup… and the contact's "Export what we keep about this
person…", driven through the real widgets."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from kam_desktop.services.records import add_record
from kam_desktop.store.backup import backup_reason, list_backups, make_backup
from kam_desktop.ui.dossier.person import export_to
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.undo import Add, run_edit
from test_main_window import _settle, _window


def _names(window: MainWindow) -> list[str]:
    return sorted(row.name for row in window.portfolio.model.all_rows)


def test_a_backup_chosen_in_the_dialog_comes_back(qtbot, context, make_account) -> None:
    make_account("Альфа")
    backup = make_backup(context.db.engine, context.db.path)
    window = _window(qtbot, context)
    run_edit(context, "new", Add("account", None, {"name": "Бета"}))
    qtbot.waitUntil(lambda: _names(window) == ["Альфа", "Бета"], timeout=10000)
    assert context.undo_stack.count() == 1

    window.restore_from_backup()
    dialog = window.restore_dialog
    assert dialog.isVisible() and dialog.list.topLevelItemCount() == 1
    assert dialog.chosen().path == backup and dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    qtbot.waitUntil(lambda: _names(window) == ["Альфа"], timeout=10000)
    assert context.undo_stack.count() == 0
    kept = [b for b in list_backups(context.db.path) if backup_reason(b) == "before-restore"]
    assert len(kept) == 1
    assert str(kept[0]) in window.findChild(QMessageBox, "restored_dialog").text()
    # the window goes on writing to the restored database
    run_edit(context, "new", Add("account", None, {"name": "Гамма"}))
    qtbot.waitUntil(lambda: _names(window) == ["Альфа", "Гамма"], timeout=10000)


def test_a_bad_backup_is_one_dialog_and_nothing_changes(qtbot, context, make_account,
                                                        tmp_path: Path) -> None:
    make_account("Альфа")
    window = _window(qtbot, context)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"no database here" * 400)

    window.restore(junk)

    box = window.findChild(QMessageBox, "bad_input_dialog")
    assert box.isVisible() and "nothing was restored" in box.text()
    assert box.informativeText() == str(junk)
    window.refresh()
    _settle(qtbot, window)
    assert _names(window) == ["Альфа"] and list_backups(context.db.path) == []


def test_without_backups_the_dialog_says_so(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.restore_from_backup()
    dialog = window.restore_dialog
    assert dialog.list.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.explanation.text()
    dialog.reject()


def test_what_we_keep_about_a_person_is_exported(qtbot, context, make_account, db,
                                                 tmp_path: Path) -> None:
    account = make_account("Альфа")
    with db.transaction() as session:
        person = add_record(session, kind="contact", parent_id=account,
                            values={"name": "Иванов Пётр"})
    window = _window(qtbot, context)
    path = tmp_path / "ivanov.json"
    assert export_to(window, context, person, path)
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "Иванов Пётр"

    assert not export_to(window, context, person, tmp_path / "ivanov.txt")
    box = window.findChild(QMessageBox, "bad_input_dialog")
    assert box.isVisible() and ".pdf or .json" in box.text()
