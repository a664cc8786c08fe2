"""Handing an account over from the window: Today proposes it, the dialog records it
(the receiver becomes the owner, Ctrl+Z gives it back) and the pack is offered."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox

from kam_desktop.services.records import add_record
from kam_desktop.store.models import Account, Handover
from kam_desktop.ui import settings
from kam_desktop.ui.dossier.handover import HandoverDialog
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.reports_dialog import ReportsDialog
from kam_desktop.ui.report_requests import HANDOVER_PACK


def _owner(context, account) -> str | None:
    return context.read(lambda s: s.get(Account, account).owner)


def test_today_proposes_the_hand_over_and_recording_it_is_undoable(qtbot, context,
                                                                    make_account) -> None:
    settings.set_value("handover_deals", 2)
    account = make_account("Омега", lifecycle="prospect", owner="Игорь Лебедев")
    with context.db.transaction() as session:
        for days in (10, 40):
            add_record(session, kind="deal", parent_id=account, values={
                "date": date.today() - timedelta(days=days), "amount": "1000"})
        add_record(session, kind="team_member", parent_id=account, values={
            "name": "Марина Ершова"})
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    item = next(i for i in window.today.model.items if i.kind == "handover")
    assert item.triggers == ("deals",)
    assert "Игорь Лебедев" in window.today.model.details(item)

    window.open_today_item(item)
    dossier = window.dossiers[account]
    dialog = dossier.findChild(HandoverDialog)  # opened by the Today line
    assert [dialog.receiver.itemText(i) for i in range(dialog.receiver.count())] == [
        "Марина Ершова"]
    dialog.receiver.setCurrentText("Марина Ершова")
    dialog.note.setPlainText("Две сделки")
    dialog.accept()
    assert _owner(context, account) == "Марина Ершова"
    pack = dossier.findChild(ReportsDialog)  # the receiver's pack is offered
    assert pack.kind.currentData() == HANDOVER_PACK
    assert pack.receiver.currentText() == "Марина Ершова"
    pack.close()

    context.undo_stack.undo()
    assert _owner(context, account) == "Игорь Лебедев"
    assert context.read(lambda s: s.query(Handover).count()) == 0
    context.undo_stack.redo()
    assert _owner(context, account) == "Марина Ершова"
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    assert not [i for i in window.today.model.items if i.kind == "handover"]


def test_a_hand_over_to_nobody_says_what_is_wrong(qtbot, context, make_account,
                                                   monkeypatch) -> None:
    account = make_account("Сигма", owner="Игорь Лебедев")
    window = MainWindow(context)
    qtbot.addWidget(window)
    dossier = window.open_account(account)
    dialog = dossier.hand_over()
    dialog.receiver.setCurrentText("  ")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog.accept()
    assert shown and "say to whom the account is handed over" in shown[0]
    assert _owner(context, account) == "Игорь Лебедев"
