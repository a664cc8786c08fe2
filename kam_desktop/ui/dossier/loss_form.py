"""The loss form: what the window asks when a client is lost — the cause, the competitor
who won, the date, what we could have done and whether the client can be won back. The
loss and the account becoming lost are one undoable step."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Lifecycle, LossCause
from kam_desktop.services.errors import InputError
from kam_desktop.services.losses import becoming_lost, competitors_named
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.forms import (
    BoolField, ChoiceField, DateField, FieldEditor, ListWhenNeededCombo, MultilineField,
)
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.messages import translated
from kam_desktop.ui.undo import Add, Batch, Update, run_edit


class CompetitorField(FieldEditor):
    """A competitor's name: typed, or picked among those already named (the account's
    ladder first, then the portfolio's)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        combo = ListWhenNeededCombo()
        combo.lineEdit().editingFinished.connect(self._commit_if_changed)
        combo.activated.connect(self._commit_if_changed)
        self._finish_layout(combo)

    def offer(self, names: list[str]) -> None:
        self.input.read_when_needed(None)
        self._loading = True
        current = self.value()
        self.input.clear()
        self.input.addItems(names)
        self.input.setEditText(current or "")
        self._loading = False

    def offer_when_needed(self, read: Callable[[], list[str]]) -> None:
        """Offer the names ``read`` returns once the field is first used: reading them
        is a pass over the whole portfolio's ladders, which opening a page need not wait
        for."""
        self.input.read_when_needed(lambda: self.offer(read()))

    def _set(self, value: Any) -> None:
        self.input.setEditText(value or "")

    def value(self) -> Any:
        return self.input.currentText().strip() or None


def cause_choices() -> list[tuple[str, str]]:
    return [(cause.value, name_of(cause)) for cause in LossCause]


class LossDialog(QDialog):
    """Asks for a loss of the account (``details``: words already written, such as the
    profile's reason); on OK records it (and makes the account lost), undoably. A refused
    value is named at its field and the form stays open."""

    def __init__(self, context: AppContext, account_id: uuid.UUID, account_name: str,
                 lifecycle: Lifecycle | str, details: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = account_id
        self.lifecycle = Lifecycle(lifecycle)
        self.loss_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("The client is lost: {account}").format(account=account_name))
        intro = QLabel(self.tr(
            "Why clients leave teaches more than satisfaction scores. Record why this one "
            "left and for whom, while it is fresh."))
        intro.setWordWrap(True)
        self.date = DateField("date")
        self.cause = ChoiceField("cause", cause_choices())
        self.details = MultilineField("details")
        self.details.input.setPlaceholderText(self.tr("What happened, in a few words"))
        self.competitor = CompetitorField("competitor")
        self.competitor.input.lineEdit().setPlaceholderText(
            self.tr("Who won the client, if known"))
        self.could_have_done = MultilineField("could_have_done")
        self.could_have_done.input.setPlaceholderText(
            self.tr("What we could have done to keep the client"))
        self.win_back = BoolField("win_back_possible", self.tr("The client can be won back"))
        self.editors = (self.date, self.cause, self.details, self.competitor,
                        self.could_have_done, self.win_back)
        form = QFormLayout()
        for label, editor in zip((self.tr("Date"), self.tr("Cause"), self.tr("What happened"),
                                  self.tr("Competitor who won"), self.tr("We could have"),
                                  ""), self.editors):
            form.addRow(label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the loss"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date.load(date.today())
        self.cause.load(LossCause.PRICE.value)
        self.details.load(details)
        self.competitor.offer(context.read(lambda s: competitors_named(s, account_id)))
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {editor.field: editor.value() for editor in self.editors}

    def accept(self) -> None:
        values = self.values()
        details = (values["details"] or "").strip()
        try:
            reverse = run_edit(self.context, self.tr("Record the loss"), Batch((
                Add("loss", self.account_id, values),
                Update("account", self.account_id, becoming_lost(self.lifecycle, details)))))
        except InputError as error:
            shown = next((e for e in self.editors if e.field == error.where), self.details)
            for editor in self.editors:
                editor.show_error(translated(error.message) if editor is shown else None)
            shown.setFocus()
            return
        self.loss_id = reverse.operations[-1].record_id
        super().accept()
