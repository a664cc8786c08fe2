"""The account development plan: our goals set as mirrors of the client's goals, the
four-point strategy and the resources behind each goal, and the actions that carry it
out, with progress per goal and for the whole plan."""
from __future__ import annotations

import uuid
from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import ActionStatus, Category, DiaryKind, Lifecycle
from kam_desktop.domain.plan import ActionItem, Progress, is_overdue
from kam_desktop.domain.plan_review import NOT_REVIEWED, plan_review
from kam_desktop.services.dossier import Dossier
from kam_desktop.ui import settings
from kam_desktop.ui.forms import (
    ChoiceField,
    DateField,
    IntField,
    MoneyField,
    MultilineField,
    TextField,
)
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.sections import (
    Column,
    RecordsAndTheirParts,
    RecordSection,
    Row,
    fit_columns,
    unused_name,
)
from kam_desktop.ui.undo import Add, run_edit

OVERDUE_COLOUR = "#c62828"


def strategy_points() -> list[tuple[str, str, str]]:
    """(field, name, what belongs there) for the four points of the goal's strategy."""
    return [
        ("strategy_product", QCoreApplication.translate("PlanPage", "Product / service"),
         QCoreApplication.translate(
             "PlanPage", "Redesign, extra benefits, other quantities or packaging, a new "
             "offer.")),
        ("strategy_price", QCoreApplication.translate("PlanPage", "Price"),
         QCoreApplication.translate(
             "PlanPage", "Lower to win a bigger share, or higher for a new product.")),
        ("strategy_promotion", QCoreApplication.translate("PlanPage", "Promotion"),
         QCoreApplication.translate(
             "PlanPage", "Meetings, presentations and seminars, exhibitions, sponsorship, "
             "newsletters.")),
        ("strategy_place", QCoreApplication.translate("PlanPage", "Place"),
         QCoreApplication.translate(
             "PlanPage", "Ways of distribution, quality control, outsourced delivery, new "
             "channels.")),
    ]


def progress_text(progress: Progress) -> str:
    """"1 of 2 (50%)"; dropped actions are not counted (see domain.plan)."""
    if progress.ratio is None:
        return QCoreApplication.translate("PlanPage", "no actions")
    return QCoreApplication.translate("PlanPage", "{done} of {total} ({percent}%)").format(
        done=progress.done, total=progress.total,
        percent=QLocale().toString(round(progress.ratio * 100)))


def _date(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


def first_line(text: str | None, limit: int = 160) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _date_key(value: date | None) -> int:
    """Sort key that puts records without a date after all dated ones."""
    return value.toordinal() if value else date.max.toordinal()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label


class PlanSection(RecordSection):
    def set_up_actions(self, add_tip: str) -> None:
        """What every list of dated actions has: its buttons, sorted by due date, and the
        editors of the title, the owner on our side and the due date."""
        self.add_button.setText(self.tr("Add action"))
        self.add_button.setToolTip(add_tip)
        self.delete_button.setText(self.tr("Delete action"))
        fit_columns(self.table, stretch=(0,))
        self.splitter.setSizes([700, 380])
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.add_editor(self.tr("Action"), TextField("title"))
        owner = self.add_editor(term("owner"), TextField("owner"))
        owner.input.setPlaceholderText(self.tr("Who on our side does it"))
        self.add_editor(term("due"), DateField("due"))

    def row_shown(self, row: Row) -> None:
        # long one-line texts (an action's title) show their beginning, not their end
        for editor in self.editors:
            if isinstance(editor.input, QLineEdit):
                editor.input.setCursorPosition(0)


class GoalsSection(PlanSection):
    """The goals of the plan, each shown as the pair: the client's goal ↔ our goal.

    Rows carry the dossier's derived ``progress`` and the page's ``overdue`` count."""

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Client's goal"), lambda r: first_line(r["client_goal"])),
            Column(self.tr("↔ Our goal"), lambda r: first_line(r["our_goal"])),
            Column(self.tr("Measure"), lambda r: first_line(r["measure"])),
            Column(self.tr("Deadline"), lambda r: _date(r["deadline"]),
                   lambda r: _date_key(r["deadline"])),
            Column(self.tr("Progress"), lambda r: progress_text(r["progress"]),
                   lambda r: -1.0 if r["progress"].ratio is None else r["progress"].ratio, True),
            Column(self.tr("Overdue"), lambda r: f"⚠ {r['overdue']}" if r["overdue"] else "",
                   lambda r: r["overdue"], True),
        ]
        super().__init__(context, "goal", columns, self._new_goal, self.tr("goal"), parent)
        self.model.highlight = lambda row: row["overdue"] > 0
        self.add_button.setText(self.tr("Add goal"))
        self.add_button.setToolTip(self.tr("Add a goal to the plan"))
        self.delete_button.setText(self.tr("Delete goal"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected goal with its actions (Ctrl+Z undoes it)"))
        fit_columns(self.table, stretch=(0, 1, 2))
        # goals are few and their texts long: two lines per goal (still one height for all)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * 2 + 10)
        self.splitter.setSizes([700, 380])
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)

        client = self.add_editor(self.tr("Client's goal"), MultilineField("client_goal"))
        client.input.setPlaceholderText(self.tr("What the client wants to achieve, and by when"))
        ours = self.add_editor(self.tr("Our goal"), MultilineField("our_goal"))
        ours.input.setPlaceholderText(
            self.tr("What we will achieve so that the client reaches its goal"))
        measure = self.add_editor(self.tr("Measure"), TextField("measure"))
        measure.input.setPlaceholderText(self.tr("How we will know, e.g. 10 % of mail orders"))
        self.add_editor(self.tr("Deadline"), DateField("deadline"))

        self.form.addRow(_heading(self.tr("Strategy: four points")))
        for field, name, hint in strategy_points():
            editor = self.add_editor(name, MultilineField(field))
            editor.input.setPlaceholderText(hint)
            editor.setToolTip(hint)

        self.form.addRow(_heading(self.tr("Resources")))
        self.add_editor(self.tr("People"), IntField("resource_people", maximum=10_000))
        self.add_editor(self.tr("Days"), IntField("resource_days", maximum=100_000))
        self.budget = self.add_editor(self.tr("Budget"), MoneyField("resource_budget"))

    def _new_goal(self) -> dict[str, Any]:
        taken = {row["client_goal"] for row in self.model.rows}
        return {"client_goal": unused_name(self.tr("Client's goal {n}"), taken),
                "our_goal": self.tr("Our goal that mirrors it")}

    def set_currency(self, currency: str) -> None:
        self.form.labelForField(self.budget).setText(
            self.tr("Budget, {currency}").format(currency=currency))


class ActionsSection(PlanSection):
    """The actions of one goal. Rows carry ``overdue_days`` (0 when not overdue)."""

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Action"), lambda r: first_line(r["title"])),
            Column(term("owner"), lambda r: r["owner"] or ""),
            Column(term("due"), self._due_text, lambda r: _date_key(r["due"])),
            Column(term("status"), lambda r: name_of(r["status"]),
                   lambda r: list(ActionStatus).index(r["status"])),
        ]
        super().__init__(context, "plan_action", columns, self._new_action, self.tr("action"),
                         parent)
        self.model.highlight = lambda row: row["overdue_days"] > 0
        self.set_up_actions(self.tr("Add an action to the selected goal"))
        self.add_editor(term("status"), ChoiceField(
            "status", [(s.value, name_of(s)) for s in ActionStatus]))

    def _due_text(self, row: Row) -> str:
        due = _date(row["due"])
        if row["overdue_days"]:
            return self.tr("⚠ {date}, overdue by %n day(s)", "", row["overdue_days"]).format(
                date=due)
        return due

    def _new_action(self) -> dict[str, Any]:
        return {"title": unused_name(self.tr("New action {n}"),
                                   {row["title"] for row in self.model.rows})}


class PlanProgressBar(QWidget):
    """The whole plan's progress, always in view above the goals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Plan progress"))
        title.setStyleSheet("font-weight: 600;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Plan progress"))
        self.bar.setToolTip(self.tr("Done actions of all goals; dropped actions are not "
                                    "counted"))
        self.summary = QLabel()
        self.overdue = QLabel()
        self.overdue.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: 600;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.overdue)

    def show_progress(self, progress: Progress, overdue: int) -> None:
        if progress.ratio is None:
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("no actions yet"))
            self.summary.clear()
        else:
            self.bar.setValue(round(progress.ratio * 100))
            self.bar.setFormat(self.tr("%p%"))
            self.summary.setText(self.tr("Done: {done} of {total}").format(
                done=progress.done, total=progress.total))
        self.overdue.setText(self.tr("⚠ Overdue: {count}").format(count=overdue))
        self.overdue.setVisible(overdue > 0)


class PlanReviewLine(QWidget):
    """When the written plan was last reviewed with the team, when the next review is
    due (domain.plan_review), and the button that records one in the diary."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.label = QLabel()
        self.button = QPushButton(self.tr("Record a plan review…"))
        self.button.setToolTip(self.tr("Add a “plan review” entry dated today to the diary, "
                                       "then write there what the team decided"))
        self.button.clicked.connect(self.record)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def show_review(self, dossier: Dossier, account_id: uuid.UUID, today: date) -> None:
        self.account_id = account_id
        if Lifecycle(dossier.account["lifecycle"]) in NOT_REVIEWED:
            self.label.setText(self.tr("No reviews while the client is lost or sleeping: its "
                                       "plan is closed, or waits until it is woken."))
            self.label.setStyleSheet("")
            return
        last = max((row["date"] for row in dossier.sections["diary_entry"]
                    if row["kind"] == DiaryKind.PLAN_REVIEW and row["date"] <= today),
                   default=None)
        category = Category(dossier.account["category"])
        review = plan_review(last, settings.review_months()[category])
        every = self.tr("every %n month(s)", "", review.months)
        if review.last is None:
            text = self.tr("The written plan was never reviewed with the team ({every} for "
                           "this category).").format(every=every)
        else:
            text = self.tr("Plan last reviewed {last}; next review {due} ({every})").format(
                last=_date(review.last), due=_date(review.due), every=every)
        overdue = bool(dossier.sections["goal"]) and review.is_due(today)
        self.label.setText(("⚠ " if overdue else "") + text)
        self.label.setStyleSheet(f"color: {OVERDUE_COLOUR};" if overdue else "")

    def record(self) -> None:
        if self.account_id is None:
            return
        reverse = run_edit(self.context, self.tr("Record a plan review"), Add(
            "diary_entry", self.account_id,
            {"date": date.today(), "kind": DiaryKind.PLAN_REVIEW.value,
             "summary": self.tr("Plan reviewed with the team")}))
        # in a dossier window, open the new entry for the team's decisions
        show_section = getattr(self.window(), "show_section", None)
        if show_section is not None:
            show_section("diary", reverse.record_id)


class PlanPage(RecordsAndTheirParts):
    """Goals above, the selected goal's actions below, the overall progress and the
    plan's review on top."""

    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("plan", "diary")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(GoalsSection(context), ActionsSection(context), "goal_id", parent)
        self.goals, self.actions = self.records, self.parts
        self.actions_caption = self.caption
        self.progress = PlanProgressBar()
        self.review = PlanReviewLine(context)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.goals)
        splitter.addWidget(self.parts_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.review)
        layout.addWidget(splitter, 1)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        today = date.today()
        actions = [row | {"overdue_days": _days_overdue(row, today)}
                   for row in dossier.sections["plan_action"]]
        self.set_parts(actions, account_id)
        late = Counter(row["goal_id"] for row in actions if row["overdue_days"])
        self.progress.show_progress(dossier.progress, sum(late.values()))
        self.review.show_review(dossier, account_id, today)
        self.goals.set_currency(dossier.account["currency"])
        self.goals.set_rows([row | {"overdue": late[row["id"]]}
                             for row in dossier.sections["goal"]], account_id, account_id)
        self.show_parts()

    def show_caption(self, goal: Row | None) -> None:
        if goal is None:
            self.caption.setText(self.tr("Actions"))
            self.actions.empty_label.setText(self.tr("Select a goal to see its actions."))
        else:
            self.caption.setText(self.tr("Actions for the goal “{goal}”").format(
                goal=first_line(goal["our_goal"], 70)))


def _days_overdue(row: Row, today: date) -> int:
    if not is_overdue(ActionItem(row["due"], row["status"]), today):
        return 0
    return (today - row["due"]).days
