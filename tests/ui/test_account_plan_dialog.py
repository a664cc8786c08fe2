"""The account plan in the Reports dialog: offered for an account, built off the GUI
thread into the preview, saved as the very file."""
from __future__ import annotations

from pypdf import PdfReader

from kam_desktop.ui.reports_dialog import ReportsDialog
from kam_desktop.ui.report_requests import ACCOUNT_PLAN


def test_the_account_plan_previews_and_saves(qtbot, context, add, make_account, tmp_path) -> None:
    account_id = make_account("АО «Сигма»", category="key")
    contact = add("contact", account_id, name="Орлов Иван", interest=9, involvement=9)
    add("personal_notes", contact, interests="SECRETNOTE хоккей")
    goal = add("goal", account_id, client_goal="Снизить издержки", our_goal="Внедрить VMI",
               strategy_place="Склад у клиента")
    add("plan_action", goal, title="Пилот на складе", owner="Павел Рыбин")
    dialog = ReportsDialog(context, account_id)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ACCOUNT_PLAN))
    qtbot.waitUntil(lambda: dialog.request is not None and dialog.request.kind == ACCOUNT_PLAN
                    and not dialog._timer.isActive() and dialog.progress.isHidden(),
                    timeout=30000)
    assert dialog.pages.count() == len(PdfReader(dialog.built).pages) >= 3
    assert dialog.suggested_name() == "АО «Сигма» — account plan.pdf"
    assert dialog.save(tmp_path / "plan.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages)
    assert "Внедрить VMI" in text and "Склад у клиента" in text and "Павел Рыбин" in text
    assert "SECRETNOTE" not in text
