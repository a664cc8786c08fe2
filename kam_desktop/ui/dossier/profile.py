"""Profile and classification: who the client is, how we classify and serve it, where it
stands in its lifecycle, and our revenue from it with the share of its wallet we hold."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Category, Lifecycle, Motivation
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.holdings import holding_choices, holding_of
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.holding_link import holding_link, show_holding
from kam_desktop.ui.dossier.lifecycle_history import StageHistory
from kam_desktop.ui.dossier.loss_form import LossDialog
from kam_desktop.ui.forms import (
    ChoiceField,
    FieldEditor,
    IntField,
    MoneyField,
    MultilineField,
    SearchableChoiceField,
    TextField,
    format_money,
)
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.sections import Column, RecordSection, Row, fit_columns
from kam_desktop.ui.undo import Update, run_edit
from kam_desktop.ui.messages import translated


def category_hint(value: str) -> str:
    """What the category means for how we serve the account."""
    return {
        "key": QCoreApplication.translate(
            "profile", "Serves our long-term plans: it gets our time, people and money first."),
        "developing": QCoreApplication.translate(
            "profile", "Would be key if we were a more attractive supplier: work on what "
            "would make us one."),
        "maintained": QCoreApplication.translate(
            "profile", "Loyal for years: serve it well at low cost and free resources "
            "for other accounts."),
        "occasional": QCoreApplication.translate(
            "profile", "Serve it when it pays, and promise nothing we cannot keep."),
    }[value]


def motivation_hint(value: str | None) -> str:
    """How to serve a client whose main motive is ``value``."""
    if value is None:
        return QCoreApplication.translate(
            "profile", "What drives the client's choice of supplier? It tells how to serve it.")
    return {
        "price": QCoreApplication.translate(
            "profile", "Buys on the lowest price alone and seeks no lasting relationship: its "
            "value to us is doubtful. Keep the offer lean and invest nothing ahead."),
        "novelty": QCoreApplication.translate(
            "profile", "Wants the new: tell it first of new products, consult it on market "
            "trends, invite it to pilots — but do not count on a long relationship."),
        "belonging": QCoreApplication.translate(
            "profile", "Wants closeness: invitations, first-hand information, bonuses."),
        "stability": QCoreApplication.translate(
            "profile", "Loyal and wary of change: avoid surprises and treat it as especially "
            "important."),
    }[value]


def percent(share: Decimal | None) -> str:
    """A share (a fraction) as a percentage; "—" when unknown."""
    return "—" if share is None else QLocale().toString(float(share) * 100, "f", 1) + " %"


def share_change(change: Decimal | None) -> str:
    """A change of share in percentage points, with an arrow and a sign so that the
    direction does not depend on colour."""
    if change is None:
        return ""
    points = round(float(change) * 100, 1)
    number = QLocale().toString(abs(points), "f", 1)
    if points > 0:
        text = f"▲ +{number}"
    elif points < 0:
        text = f"▼ −{number}"
    else:
        text = f"±{number}"
    return QCoreApplication.translate("profile", "{change} pp").format(change=text)


def _number(value: Decimal | None) -> float:
    """A sort key that puts unknown values first."""
    return float("-inf") if value is None else float(value)


def hint_label() -> QLabel:
    """A wrapped line of secondary text under a field."""
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class CurrencyField(TextField):
    """A three-letter currency code; typed in any case, committed in capitals."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.input.setMaxLength(3)
        self.input.setPlaceholderText("RUB")

    def value(self) -> Any:
        return self.input.text().strip().upper()


class RevenueSection(RecordSection):
    """Our revenue by period, with the potential in force then and the share of the
    client's wallet the revenue represents."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Period"), lambda r: r["period"]),
            Column(self.tr("Revenue"), lambda r: format_money(r["amount"]),
                   lambda r: float(r["amount"]), True),
            Column(term("potential"), lambda r: format_money(r["potential"], 0),
                   lambda r: _number(r["potential"]), True),
            Column(term("share_of_wallet"), lambda r: percent(r["share"]),
                   lambda r: _number(r["share"]), True),
            Column(self.tr("Change of share"), lambda r: share_change(r["share_change"]),
                   lambda r: _number(r["share_change"])),
        ]
        super().__init__(context, "revenue", columns, self._new_revenue, self.tr("revenue"), parent)
        self.period = self.add_editor(self.tr("Period"), TextField("period"))
        self.period.input.setPlaceholderText(self.tr("2025 or 2025-Q3"))
        self.add_editor(self.tr("Revenue"), MoneyField("amount"))
        self.share = QLabel()
        self.share.setWordWrap(True)
        self.form.addRow(term("share_of_wallet"), self.share)
        # five columns beside the potentials need the width: the editor goes below
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setSizes([280, 100])
        fit_columns(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _new_revenue(self) -> dict[str, Any]:
        """The latest year not yet recorded, counting back from this one."""
        taken = {row["period"] for row in self.model.rows}
        year = date.today().year
        while str(year) in taken:
            year -= 1
        return {"period": str(year), "amount": "0"}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_rows(dossier.sections["revenue"], account_id, account_id)

    def row_shown(self, row: Row) -> None:
        if row["potential"] is None:
            self.share.setText(self.tr("Unknown: no purchase potential is recorded for "
                                       "{year} or a year before.")
                               .format(year=row["period"][:4]))
        elif row["share"] is None:
            self.share.setText(self.tr("Unknown: the potential in force is zero."))
        else:
            self.share.setText(" ".join(filter(None, [percent(row["share"]),
                                                      share_change(row["share_change"])])))

    def commit(self, editor: FieldEditor, value: Any) -> None:
        if editor.field == "period" and isinstance(value, str):
            others = {r["period"] for r in self.model.rows if r["id"] != self.current_id()}
            if value.strip() in others:
                editor.show_error(self.tr("Revenue for {period} is already recorded.")
                                  .format(period=value.strip()))
                return
        super().commit(editor, value)


class PotentialSection(RecordSection):
    """The client's purchase potential as estimated year by year; each estimate holds
    until a later year's replaces it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Year"), lambda r: str(r["year"]), lambda r: r["year"]),
            Column(self.tr("Potential"), lambda r: format_money(r["amount"], 0),
                   lambda r: float(r["amount"]), True),
        ]
        super().__init__(context, "potential", columns, self._new_potential,
                         self.tr("purchase potential"), parent)
        self.year = self.add_editor(self.tr("Year"), IntField("year", maximum=2199))
        self.add_editor(self.tr("Potential"), MoneyField("amount")).setToolTip(self.tr(
            "What the client buys a year of the kinds of goods we sell, from us and from others"))
        # two narrow columns: the editor goes under the table
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setSizes([280, 100])
        self.editor_panel.setMinimumWidth(0)
        fit_columns(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _fit_editor_panel(self) -> None:
        """Under the table the editor takes the section's width."""

    def _new_potential(self) -> dict[str, Any]:
        """This year's, or the latest year not yet estimated, counting back; at the
        latest estimate's amount, to be corrected."""
        taken = {row["year"] for row in self.model.rows}
        year = date.today().year
        while year in taken:
            year -= 1
        latest = max(self.model.rows, key=lambda row: row["year"], default=None)
        return {"year": year, "amount": str(latest["amount"]) if latest else "0"}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_rows(dossier.sections["potential"], account_id, account_id)

    def commit(self, editor: FieldEditor, value: Any) -> None:
        if editor is self.year and value is not None:
            others = {r["year"] for r in self.model.rows if r["id"] != self.current_id()}
            if value in others:
                editor.show_error(self.tr("A potential for {year} is already recorded.")
                                  .format(year=value))
                return
        super().commit(editor, value)


class ProfilePage(QScrollArea):
    """The account's own fields (edited in place, each change undoable) above its revenue."""

    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("revenue", "lifecycle")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.account: Row = {}
        self.editors: dict[str, FieldEditor] = {}
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        company = QGroupBox(self.tr("Company"))
        form = self._form(company)
        self._add(form, self.tr("Short name"), TextField("name"))
        self._add(form, self.tr("Legal name"), TextField("legal_name"))
        self._add(form, self.tr("INN"), TextField("inn")).input.setPlaceholderText(
            self.tr("10 or 12 digits"))
        self.holding = self._add(form, self.tr("Holding / parent company"),
                                 SearchableChoiceField("parent_id"))
        self.holding.setToolTip(self.tr("The group this company belongs to; type to search"))
        self.holding_link = holding_link(context)
        form.addRow("", self.holding_link)
        self._add(form, self.tr("Industry"), TextField("industry"))
        self._add(form, self.tr("Staff"), IntField("staff")).setToolTip(
            self.tr("How many people the company employs"))
        self._add(form, self.tr("Sites"), IntField("sites", maximum=10_000)).setToolTip(
            self.tr("Plants, warehouses and branches: each may have its own buyers"))
        self._add(form, self.tr("Region"), TextField("region"))
        self._add(form, self.tr("Website"), TextField("website"))
        self._add(form, self.tr("Address"), MultilineField("address"))
        self._add(form, self.tr("Responsible KAM"), TextField("owner"))
        self._add(form, self.tr("Notes"), MultilineField("notes"))

        classification = QGroupBox(self.tr("Classification"))
        form = self._form(classification)
        self.category = self._add(form, term("category"), ChoiceField(
            "category", [(c.value, name_of(c)) for c in Category]))
        self.category_hint = self._hint(form, self.category, category_hint)
        self.motivation = self._add(form, term("motivation"), ChoiceField(
            "motivation", [(m.value, name_of(m)) for m in Motivation], True))
        self.motivation_hint = self._hint(form, self.motivation, motivation_hint)
        self.price_warning = hint_label()
        self.price_warning.setObjectName("price_warning")
        self.price_warning.setText(self.tr(
            "A key account that buys on price alone: the sources doubt such a client's value "
            "to us. Check the category, or give it reasons to stay beyond price (the value "
            "dossier, switching barriers)."))
        form.addRow("", self.price_warning)
        for editor in (self.category, self.motivation):
            editor.input.currentIndexChanged.connect(self._warn_on_price)
        self._warn_on_price()
        self.lifecycle = self._add(form, term("stage"), ChoiceField(
            "lifecycle", [(s.value, name_of(s)) for s in Lifecycle]))
        self.reason = self._add(form, self.tr("Reason"),
                                MultilineField("lifecycle_reason"))
        self.reason.input.setPlaceholderText(
            self.tr("Why the client is sleeping or lost — needed for those stages"))
        self._add(form, self.tr("Currency"), CurrencyField("currency"))

        self.revenue = RevenueSection(context)
        self.revenue.setMinimumHeight(380)
        self.revenue.layout().setContentsMargins(0, 0, 0, 0)
        self.potentials = PotentialSection(context)
        self.potentials.layout().setContentsMargins(0, 0, 0, 0)
        potential_box = QGroupBox(self.tr("Purchase potential by year"))
        QVBoxLayout(potential_box).addWidget(self.potentials)
        self.revenue_box = QGroupBox()
        revenue_layout = QVBoxLayout(self.revenue_box)
        explanation = hint_label()
        explanation.setText(self.tr(
            "Share of wallet: our revenue as a part of what the client buys of our kinds of "
            "goods. Each period is set against the potential of its own year — the latest "
            "estimate up to then — and a quarter against a quarter of it."))
        self.revenue_note = QLabel()
        self.revenue_note.setWordWrap(True)
        self.revenue_note.setObjectName("revenue_note")
        revenue_layout.addWidget(explanation)
        revenue_layout.addWidget(self.revenue_note)
        figures = QHBoxLayout()
        figures.addWidget(self.revenue, 3)
        figures.addWidget(potential_box, 1)
        revenue_layout.addLayout(figures, 1)

        top = QHBoxLayout()
        top.addWidget(company, 1)
        top.addWidget(classification, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        self.stage_history = StageHistory()
        history_box = QGroupBox(self.tr("Stage history"))
        QVBoxLayout(history_box).addWidget(self.stage_history)
        layout.addWidget(history_box)
        layout.addWidget(self.revenue_box, 1)
        self.setWidget(content)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _register(self, editor: FieldEditor) -> FieldEditor:
        editor.committed.connect(lambda value, e=editor: self._commit(e, value))
        self.editors[editor.field] = editor
        return editor

    def _add(self, form: QFormLayout, label: str, editor: FieldEditor) -> FieldEditor:
        form.addRow(label, self._register(editor))
        return editor

    @staticmethod
    def _hint(form: QFormLayout, editor: ChoiceField, text: Callable[[Any], str]) -> QLabel:
        """A line under a choice that explains the current choice as it changes."""
        label = hint_label()
        editor.input.currentIndexChanged.connect(lambda *_: label.setText(text(editor.value())))
        label.setText(text(editor.value()))
        form.addRow("", label)
        return label

    def _warn_on_price(self, *_args) -> None:
        self.price_warning.setVisible(self.category.value() == Category.KEY.value
                                      and self.motivation.value() == Motivation.PRICE.value)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        self.account = account = dossier.account
        self.holding.offer(
            lambda: self.context.read(lambda s: holding_choices(s, account_id=account_id)),
            self.context.read(lambda s: holding_of(s, account_id=account_id)))
        for field, editor in self.editors.items():
            editor.load(account[field])
        show_holding(self.holding_link, account["parent_id"], None)
        self.revenue_box.setTitle(self.tr("Our revenue and share of wallet, {currency}")
                                  .format(currency=account["currency"]))
        self.revenue.refresh(dossier, account_id)
        self.potentials.refresh(dossier, account_id)
        self.stage_history.refresh(dossier)
        self._show_revenue_note(dossier.sections["revenue"], bool(dossier.sections["potential"]))

    def _ask_for_the_loss(self) -> None:
        """A client set to lost: the loss form records why (and makes it lost); cancelled,
        the stage stays as it was."""
        account = self.account
        dialog = LossDialog(self.context, self.account_id, account["name"],
                            account["lifecycle"], self.reason.value() or None, parent=self)
        if not dialog.exec():
            self.lifecycle.load(account["lifecycle"])

    def _show_revenue_note(self, rows: list[Row], estimated: bool) -> None:
        over = [r["period"] for r in rows if r["share"] is not None and r["share"] > 1]
        before = sorted(r["period"] for r in rows if r["potential"] is None)
        if rows and not estimated:
            text = self.tr("Give the client's purchase potential by year to see the share "
                           "of wallet.")
        elif before:
            text = self.tr("No potential is recorded for {periods} or before: give the "
                           "potential of those years to see their share of wallet."
                           ).format(periods=before[-1][:4])
        elif over:
            text = self.tr("⚠ Our revenue exceeds the client's potential in {periods}: "
                           "the potential is probably too low.").format(periods=", ".join(over))
        else:
            text = ""
        self.revenue_note.setText(text)
        self.revenue_note.setVisible(bool(text))

    def _commit(self, editor: FieldEditor, value: Any) -> None:
        if self.account_id is None:
            return
        if editor is self.lifecycle and value == Lifecycle.LOST.value \
                and self.account["lifecycle"] is not Lifecycle.LOST:
            self._ask_for_the_loss()
            return
        changes = {editor.field: value}
        if editor is self.reason:
            # a sleeping or lost stage refused for want of a reason is still chosen in
            # the list: giving the reason stores both together
            changes["lifecycle"] = self.lifecycle.value()
        try:
            run_edit(self.context, self.tr("Edit account profile"),
                     Update("account", self.account_id, changes))
        except InputError as error:
            target = self.editors.get(error.where, editor)
            target.show_error(translated(error.message))
            if target is not editor:
                target.setFocus()
        else:
            linked = (self.lifecycle, self.reason)
            for shown in linked if editor in linked else (editor,):
                shown.show_error(None)
