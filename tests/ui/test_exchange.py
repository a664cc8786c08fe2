"""Sending and receiving exchange files in the window, and the conflicts view."""
from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.portfolio import list_account_names
from kam_desktop.services.records import add_record, update_record
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.exchange import ConflictsDialog, Exchange, ImportSummaryDialog, SendDialog
from kam_desktop.ui.main_window import MainWindow
from fresh_databases import fresh_database


@pytest.fixture
def laptops(qtbot, context, tmp_path):
    """Two laptops: ours (the `context` fixture) and a colleague's, each with its window."""
    other_db = fresh_database(tmp_path / "colleague" / "portfolio.sqlite3")
    colleague = AppContext(other_db)
    windows = []
    for ctx in (context, colleague):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        windows.append(window)
    yield windows
    windows[1].loader.wait()
    other_db.close()


def _names(context) -> list[str]:
    return [row.name for row in context.read(list_account_names)]


def _settle(qtbot, exchange: Exchange) -> None:
    qtbot.waitUntil(lambda: exchange.report is not None and exchange.report.isVisible(),
                    timeout=30000)


def test_send_locked_and_receive_with_the_password(qtbot, laptops, tmp_path) -> None:
    ours, theirs = laptops
    with ours.context.db.transaction() as s:
        account = add_record(s, kind="account", parent_id=None, values={"name": "АО «Вектор»"})
        add_record(s, kind="contact", parent_id=account, values={"name": "Орлов Иван"})
    path = tmp_path / "to-colleague.kamsync"
    ours.exchange.write(path, None, "зелёный трамвай над Окой 42")
    _settle(qtbot, ours.exchange)
    assert "locked" in ours.exchange.report.text() and path.exists()
    assert "Орлов".encode() not in path.read_bytes()  # encrypted

    theirs.exchange.read(path, "не тот")
    _settle(qtbot, theirs.exchange)
    assert isinstance(theirs.exchange.report, QMessageBox)
    assert "password" in theirs.exchange.report.text()
    assert _names(theirs.context) == []

    theirs.exchange.report.close()
    theirs.exchange.read(path, "зелёный трамвай над Окой 42")
    _settle(qtbot, theirs.exchange)
    summary = theirs.exchange.report
    assert isinstance(summary, ImportSummaryDialog)
    assert "Accounts added: 1" in summary.text.text()
    assert summary.table.item(0, 0).text().startswith("АО «Вектор»")
    assert _names(theirs.context) == ["АО «Вектор»"]

    summary.close()
    theirs.exchange.read(path, "зелёный трамвай над Окой 42")
    _settle(qtbot, theirs.exchange)
    assert "Nothing to do" in theirs.exchange.report.text.text()


def test_the_send_dialog_checks_its_choices(qtbot, context) -> None:
    with context.db.transaction() as s:
        add_record(s, kind="account", parent_id=None, values={"name": "АО «Вектор»"})
    dialog = SendDialog(context)
    qtbot.addWidget(dialog)
    dialog.password.setText("a")
    dialog.repeat.setText("b")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "differ" in dialog.error.text()
    dialog.chosen.setChecked(True)
    assert "Tick" in dialog.problem()
    dialog.accounts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.protect.setChecked(False)
    assert dialog.problem() == "" and dialog.account_names() == ["АО «Вектор»"]
    assert dialog.chosen_password() is None


def test_the_send_dialog_refuses_a_guessable_password_and_suggests_one(qtbot, context) -> None:
    with context.db.transaction() as s:
        add_record(s, kind="account", parent_id=None, values={"name": "АО «Вектор»"})
    dialog = SendDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "qwerty123")
    qtbot.keyClicks(dialog.repeat, "qwerty123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "too easy to guess" in dialog.error.text()
    assert "for example" in dialog.error.text()

    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    passphrase = dialog.password.text()
    assert len(passphrase.split("-")) == 5 and dialog.repeat.text() == passphrase
    assert passphrase in dialog.suggestion.text() and dialog.error.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen_password() == passphrase

    locked_out = SendDialog(context)
    qtbot.addWidget(locked_out)
    locked_out.protect.setChecked(False)
    assert not locked_out.suggest_button.isEnabled()


def test_a_conflict_is_listed_and_the_other_value_taken_with_undo(qtbot, laptops, tmp_path) -> None:
    ours, theirs = laptops
    with ours.context.db.transaction() as s:
        account = add_record(s, kind="account", parent_id=None,
                             values={"name": "АО «Вектор»", "region": "Пермь"})
    first = tmp_path / "first.kamsync"
    ours.exchange.write(first, None, None)
    _settle(qtbot, ours.exchange)
    theirs.exchange.read(first, None)
    _settle(qtbot, theirs.exchange)
    for ctx, region in ((theirs.context, "Казань"), (ours.context, "Самара")):
        with ctx.db.transaction() as s:
            update_record(s, kind="account", record_id=account, changes={"region": region})
    second = tmp_path / "second.kamsync"
    ours.exchange.report.close()
    ours.exchange.write(second, None, None)
    _settle(qtbot, ours.exchange)
    theirs.exchange.report.close()
    theirs.exchange.read(second, None)
    _settle(qtbot, theirs.exchange)
    assert "Conflicts: 1" in theirs.exchange.report.text.text()

    region = lambda: theirs.context.read(lambda s: load_dossier(s, account)).account["region"]
    kept = region()
    dialog = ConflictsDialog(theirs.context, theirs)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() in ("region", "регион")
    assert {dialog.table.item(0, 3).text(), dialog.table.item(0, 4).text()} == {"Казань", "Самара"}
    dialog.table.selectRow(0)
    assert dialog.switch_button.isEnabled()
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert region() != kept and region() in {"Казань", "Самара"}
    theirs.context.undo_stack.undo()
    assert region() == kept


def test_personal_questionnaires_go_only_when_ticked(qtbot, laptops, tmp_path) -> None:
    ours, _ = laptops
    with ours.context.db.transaction() as s:
        account = add_record(s, kind="account", parent_id=None, values={"name": "АО «Вектор»"})
        person = add_record(s, kind="contact", parent_id=account, values={"name": "Орлов Иван"})
        add_record(s, kind="personal_notes", parent_id=person, values={"interests": "шахматы"})
    dialog = SendDialog(ours.context)
    qtbot.addWidget(dialog)
    assert not dialog.personal.isChecked() and not dialog.with_personal()
    for ticked in (False, True):
        dialog.personal.setChecked(ticked)
        path = tmp_path / f"personal-{ticked}.kamsync"
        ours.exchange.write(path, None, None, dialog.with_personal())
        _settle(qtbot, ours.exchange)
        with zipfile.ZipFile(path) as bundle:
            assert json.loads(bundle.read("manifest.json"))["personal"] is ticked
            assert ("tables/personal_notes.jsonl" in bundle.namelist()) is ticked
        ours.exchange.report.close()
