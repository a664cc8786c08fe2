"""Acting on Today's lines: a next step, plan action or win-back action done, or
postponed to a date, as one undoable step however many lines were chosen."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kam_desktop.domain.enums import ActionStatus
from kam_desktop.services.today import TodayItem
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.undo import Batch, Update, run_edit

# the kinds of line that can be done or postponed from Today: their record, the change
# that marks it done, and its due date's field
ACTIONABLE = {"next_step": ("diary_entry", {"done": True}, "next_step_due"),
              "action": ("plan_action", {"status": ActionStatus.DONE.value}, "due"),
              "win_back": ("win_back_action", {"done": True}, "due")}


def _done(item: TodayItem) -> Update:
    kind, done, _due = ACTIONABLE[item.kind]
    return Update(kind, item.record_id, dict(done))


def _moved(item: TodayItem, day: date) -> Update:
    kind, _done, due = ACTIONABLE[item.kind]
    return Update(kind, item.record_id, {due: day})


def mark_done(context: AppContext, items: list[TodayItem]) -> None:
    """A next step is done; a plan action's status becomes done."""
    text = QCoreApplication.translate("today_actions", "Mark done from Today: {count}")
    run_edit(context, text.format(count=len(items)),
             Batch(tuple(_done(item) for item in items)))


def postpone(context: AppContext, items: list[TodayItem], day: date) -> None:
    """Move the due date of next steps and plan actions to ``day``."""
    text = QCoreApplication.translate("today_actions", "Postpone from Today: {count}")
    run_edit(context, text.format(count=len(items)),
             Batch(tuple(_moved(item, day) for item in items)))


def pick_date(parent: QWidget, first: date) -> date | None:
    """Ask for the new due date, from ``first`` on (None when cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("today_actions", "Postpone to"))
    calendar = QCalendarWidget()
    calendar.setMinimumDate(QDate(first.year, first.month, first.day))
    calendar.setSelectedDate(calendar.minimumDate())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    calendar.activated.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return calendar.selectedDate().toPython()
