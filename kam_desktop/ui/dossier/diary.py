"""The account diary: meetings, calls, letters, visits and notes, newest first, each with
the next step it leads to and the date that step is due."""
from __future__ import annotations

import html
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
)
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import DiaryKind
from kam_desktop.services.diary import set_attendees
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.errors import InputError
from kam_desktop.ui.forms import BoolField, ChoiceField, DateField, FieldEditor, MultilineField
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.sections import Column, RecordSection, Row
from kam_desktop.ui.undo import Update, run_edit
from kam_desktop.ui.messages import translated

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def is_overdue(row: Row, today: date) -> bool:
    """An open next step whose due date has passed (due today is not yet overdue)."""
    due = row["next_step_due"]
    return not row["done"] and due is not None and due < today


def _short_date(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


def _first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


@dataclass(frozen=True)
class SetAttendees:
    """An undoable change of who attended a diary entry."""

    entry_id: uuid.UUID
    people: tuple[uuid.UUID, ...]

    def apply(self, session: Session) -> "SetAttendees":
        previous = set_attendees(session, entry_id=self.entry_id, people=list(self.people))
        return SetAttendees(self.entry_id, tuple(previous))


class AttendeesField(FieldEditor):
    """Who was there: a checkable list of the client's contacts (with their position),
    then our team. Every tick or untick is committed as the whole new list."""

    def __init__(self, parent=None) -> None:
        super().__init__("attendee_ids", parent)
        people = QListWidget()
        people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        people.setTextElideMode(Qt.TextElideMode.ElideRight)
        people.setMinimumHeight(120)
        people.setMaximumHeight(190)
        people.itemChanged.connect(self._commit)
        self._people: list[tuple[uuid.UUID, str]] = []
        self._finish_layout(people)

    def set_people(self, contacts: list[Row], team: list[Row]) -> None:
        """List the people who can attend; rebuilt only when they change, so a tick never
        pulls the list from under the mouse."""
        people = [(c["id"], ", ".join(filter(None, (c["name"], c["position"]))))
                  for c in contacts]
        people += [(t["id"], ", ".join(filter(None, (t["name"], t["department"]))))
                   for t in team]
        if people == self._people:
            return
        self._people = people
        self._loading = True
        try:
            self.input.clear()
            if not people:
                self._add_heading(self.tr("Add contacts or team members first to record "
                                          "who was present."))
            if contacts:
                self._add_heading(self.tr("The client's people"))
                for person, text in people[:len(contacts)]:
                    self._add_person(person, text)
            if team:
                self._add_heading(self.tr("Our team"))
                for person, text in people[len(contacts):]:
                    self._add_person(person, text)
        finally:
            self._loading = False

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.input)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)

    def _add_person(self, person: uuid.UUID, text: str) -> None:
        item = QListWidgetItem(text, self.input)
        item.setToolTip(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(PERSON_ROLE, person)

    def _items(self) -> list[QListWidgetItem]:
        items = (self.input.item(i) for i in range(self.input.count()))
        return [item for item in items if item.data(PERSON_ROLE) is not None]

    def _set(self, value: Any) -> None:
        present = set(value or ())
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(PERSON_ROLE) in present
                               else Qt.CheckState.Unchecked)

    def value(self) -> list[uuid.UUID]:
        return [item.data(PERSON_ROLE) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]


class DiaryPage(RecordSection):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("people", "diary")

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: _short_date(r["date"]),
                   lambda r: r["date"].isoformat()),
            Column(self.tr("Kind"), lambda r: name_of(r["kind"])),
            Column(self.tr("Summary"), lambda r: _first_line(r["summary"])),
            Column(self.tr("Attendees"), lambda r: ", ".join(r["attendees"])),
            Column(term("next_step"), self._next_step_text),
            Column(term("due"), self._due_text,
                   lambda r: r["next_step_due"].isoformat() if r["next_step_due"] else ""),
            Column(self.tr("Done"), lambda r: "✓" if r["done"] else ""),
        ]
        super().__init__(context, "diary_entry", columns, self._new_entry_values,
                         self.tr("diary entry"), parent)
        self.model.highlight = lambda row: is_overdue(row, date.today())
        for column, width in enumerate((80, 72, 190, 150, 190, 165)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.splitter.setSizes([650, 400])
        self._contacts: list[Row] = []
        self._team: list[Row] = []

        # the dossier window binds the shortcut, so it works from every section
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.add_button.setText(self.tr("New entry"))
        self.add_button.setToolTip(self.tr("Add an entry dated today ({shortcut})")
                                   .format(shortcut=shortcut))

        self.add_editor(self.tr("Date"), DateField("date"))
        self.add_editor(self.tr("Kind"), ChoiceField(
            "kind", [(kind.value, name_of(kind)) for kind in DiaryKind]))
        self.summary = self.add_editor(self.tr("Summary"), MultilineField("summary"))
        self.summary.input.setFixedHeight(96)
        self.attendees = AttendeesField()
        self.attendees.committed.connect(self._commit_attendees)
        self.form.addRow(self.tr("Attendees"), self.attendees)
        self.add_editor(term("next_step"), MultilineField("next_step"))
        self.add_editor(term("due"), DateField("next_step_due"))
        self.add_editor(self.tr("Done"), BoolField("done", self.tr("The next step is done")))
        self._build_next_step_bar()

    def _build_next_step_bar(self) -> None:
        """The selected entry's next step across the top, with the button that closes it."""
        bar = QFrame()
        bar.setObjectName("next_step_bar")
        bar.setStyleSheet("QFrame#next_step_bar { border: 1px solid palette(mid);"
                          " border-radius: 4px; }")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(10, 6, 6, 6)
        self.next_step_label = QLabel()
        self.next_step_label.setWordWrap(True)
        self.next_step_label.setTextFormat(Qt.TextFormat.RichText)
        self.mark_done_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            self.tr("Mark next step done"))
        self.mark_done_button.setToolTip(self.tr("Close the next step of the selected entry "
                                                 "(Ctrl+Z undoes it)"))
        self.mark_done_button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.mark_done_button.clicked.connect(self.mark_next_step_done)
        layout.addWidget(self.next_step_label, 1)
        layout.addWidget(self.mark_done_button)
        self.layout().insertWidget(0, bar)
        self.layout().setStretchFactor(self.splitter, 1)  # the bar keeps to its text

    # -- showing --------------------------------------------------------------

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self._contacts = dossier.sections["contact"]
        self._team = dossier.sections["team_member"]
        self.set_rows(dossier.sections["diary_entry"], account_id, account_id)
        self._show_next_step(self.current_row())

    def row_shown(self, row: Row) -> None:
        self.attendees.set_people(self._contacts, self._team)
        self.attendees.load(row["attendee_ids"])
        self._show_next_step(row)

    def _next_step_text(self, row: Row) -> str:
        step = _first_line(row["next_step"])
        return f"⚠ {step}" if step and is_overdue(row, date.today()) else step

    def _due_text(self, row: Row) -> str:
        due = _short_date(row["next_step_due"])
        if is_overdue(row, date.today()):
            return self.tr("⚠ {date}, overdue").format(date=due)
        return due

    def _show_next_step(self, row: Row | None) -> None:
        has_step = row is not None and bool(row["next_step"] or row["next_step_due"])
        self.mark_done_button.setEnabled(has_step and not row["done"])
        if row is None:
            text = self.tr("Select an entry to see its next step.")
        elif not has_step:
            text = self.tr("No next step planned for this entry.")
        else:
            step = html.escape(_first_line(row["next_step"]) or self.tr("(not described)"))
            due = _short_date(row["next_step_due"])
            if row["done"]:
                text = self.tr("✓ <b>Next step done:</b> {step}").format(step=step)
            elif is_overdue(row, date.today()):
                late = self.tr("Overdue by %n day(s)", "",
                               (date.today() - row["next_step_due"]).days)
                text = self.tr("⚠ <b>{late}:</b> {step} (due {due})").format(
                    late=late, step=step, due=due)
            elif due:
                text = self.tr("<b>Next step:</b> {step} (due {due})").format(step=step, due=due)
            else:
                text = self.tr("<b>Next step:</b> {step} (no due date)").format(step=step)
        self.next_step_label.setText(text)

    # -- edits ----------------------------------------------------------------

    def _new_entry_values(self) -> dict[str, Any]:
        return {"date": date.today(), "kind": DiaryKind.MEETING.value,
                "summary": self.tr("New entry")}

    def new_entry(self) -> None:
        """Add a meeting dated today and put the cursor in its summary, the placeholder
        selected so that typing replaces it."""
        before = self.current_id()
        super().add()
        if self.current_id() not in (None, before):
            self.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.summary.input.selectAll()

    add = new_entry  # the "New entry" button does the same

    def _commit_attendees(self, people: list[uuid.UUID]) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        try:
            run_edit(self.context, self.tr("Change attendees"),
                     SetAttendees(entry_id, tuple(people)))
        except InputError as error:
            self.attendees.show_error(translated(error.message))

    def mark_next_step_done(self) -> None:
        row = self.current_row()
        if row is None or row["done"]:
            return
        try:
            run_edit(self.context, self.tr("Mark next step done"),
                     Update(self.kind, row["id"], {"done": True}))
        except InputError as error:  # the entry was deleted meanwhile (e.g. by an import)
            self.next_step_label.setText(html.escape(translated(error.message)))
