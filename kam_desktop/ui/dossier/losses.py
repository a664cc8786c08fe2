"""Loss and win-back: the account's losses (why it left, for whom, what we could have
done) above the plan to win it back — the dated actions of the selected loss."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from kam_desktop.domain.enums import LossCause
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.losses import competitors_named
from kam_desktop.ui.dossier.barriers import date_order, short_date
from kam_desktop.ui.dossier.loss_form import CompetitorField, LossDialog, cause_choices
from kam_desktop.ui.dossier.plan import PlanSection, first_line
from kam_desktop.ui.dossier.profile import hint_label
from kam_desktop.ui.forms import BoolField, ChoiceField, DateField, MultilineField
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.sections import Column, RecordsAndTheirParts, Row, fit_columns, unused_name


class LossSection(PlanSection):
    """The account's losses, newest first. Add opens the loss form (the account becomes
    lost with it)."""

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: short_date(r["date"]), lambda r: date_order(r["date"])),
            Column(self.tr("Cause"), lambda r: name_of(r["cause"]),
                   lambda r: list(LossCause).index(r["cause"])),
            Column(self.tr("Competitor"), lambda r: r["competitor"] or "—"),
            Column(self.tr("Win back"), lambda r: self.tr("possible") if r["win_back_possible"]
                   else self.tr("no")),
            Column(self.tr("What happened"), lambda r: first_line(r["details"])),
        ]
        super().__init__(context, "loss", columns, dict, self.tr("loss"), parent)
        self.account: Row = {}
        self.add_button.setText(self.tr("Record a loss…"))
        self.add_button.setToolTip(self.tr("Record why the client left; the account becomes "
                                           "lost"))
        self.delete_button.setText(self.tr("Delete loss"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected loss with its win-back plan (Ctrl+Z undoes it)"))
        fit_columns(self.table, stretch=(4,))
        self.splitter.setSizes([700, 380])
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.add_editor(self.tr("Date"), DateField("date"))
        self.add_editor(self.tr("Cause"), ChoiceField("cause", cause_choices()))
        self.add_editor(self.tr("What happened"), MultilineField("details"))
        self.competitor = self.add_editor(self.tr("Competitor who won"),
                                          CompetitorField("competitor"))
        self.add_editor(self.tr("We could have"), MultilineField("could_have_done"))
        self.add_editor("", BoolField("win_back_possible", self.tr("The client can be won back")))

    def show_account(self, account: Row) -> None:
        """The account shown; the competitors the editor offers are read when the account
        changes, not on every edit (the loss form reads them afresh), and only once the
        field is first used."""
        if account["id"] != self.account.get("id"):
            self.competitor.offer_when_needed(lambda: self.context.read(
                lambda session: competitors_named(session, account["id"])))
        self.account = account

    def add(self) -> None:
        dialog = LossDialog(self.context, self.account["id"], self.account["name"],
                            self.account["lifecycle"], parent=self)
        if dialog.exec() and dialog.loss_id is not None:
            self.select(dialog.loss_id)


class WinBackSection(PlanSection):
    """The win-back plan of one loss: dated actions with an owner, done or not."""

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Action"), lambda r: first_line(r["title"])),
            Column(term("owner"), lambda r: r["owner"] or ""),
            Column(term("due"), lambda r: short_date(r["due"]), lambda r: date_order(r["due"])),
            Column(self.tr("Done"), lambda r: "✓" if r["done"] else ""),
        ]
        super().__init__(context, "win_back_action", columns, self._new_action,
                         self.tr("win-back action"), parent)
        self.model.highlight = lambda row: not row["done"] and row["due"] is not None \
            and row["due"] < date.today()
        self.set_up_actions(self.tr("Add an action to the plan to win the client back"))
        self.add_editor("", BoolField("done", self.tr("Done")))

    def _new_action(self) -> dict[str, Any]:
        return {"title": unused_name(self.tr("Win-back action {n}"),
                                     {row["title"] for row in self.model.rows}),
                "due": date.today()}


class LossPage(RecordsAndTheirParts):
    """Losses above, the selected loss's win-back plan below."""

    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("losses",)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(LossSection(context), WinBackSection(context), "loss_id", parent)
        self.losses, self.actions = self.records, self.parts
        explanation = hint_label()
        explanation.setText(self.tr(
            "Studying the clients who leave for other suppliers teaches more than "
            "satisfaction scores: why they left, for whom, and what we could have done. A "
            "client that can be won back gets a plan; Today reminds of its actions."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.losses)
        splitter.addWidget(self.parts_pane())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_parts(dossier.sections["win_back_action"], account_id)
        self.losses.show_account(dossier.account)
        self.losses.set_rows(dossier.sections["loss"], account_id, account_id)
        if self.losses.current_row() is None and self.losses.model.rows:
            self.losses.select(dossier.sections["loss"][0]["id"])  # the latest loss
        self.show_parts()

    def show_caption(self, loss: Row | None) -> None:
        if loss is None:
            self.caption.setText(self.tr("Win-back plan"))
            self.actions.empty_label.setText(self.tr("Select a loss to see its win-back plan."))
        else:
            self.caption.setText(self.tr("Win-back plan for the loss of {date}").format(
                date=short_date(loss["date"])))
