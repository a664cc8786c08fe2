"""The supplier ladder: where the client puts us, and each competitor, over time, with
the six diagnostic questions that suggest the rung and the steps to climb higher."""
from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import LADDER_QUESTIONS, LadderLevel
from kam_desktop.domain.ladder import (
    FAVOURABLE, MIN_ANSWERED, client_level, level_trend, overrated, suggest_level,
)
from kam_desktop.services.dossier import Dossier
from kam_desktop.ui.forms import ChoiceField, DateField, FieldEditor, MultilineField
from kam_desktop.ui.labels import name_of, rung
from kam_desktop.ui.sections import Column, RecordSection, Row

LEVELS = tuple(int(level) for level in LadderLevel)
#: the answer each combo index stands for: don't know, yes, no
ANSWERS = (None, True, False)


def level_meaning(level: int) -> str:
    """What the rung means, from the client's side, in one line."""
    return {
        1: QCoreApplication.translate(
            "LadderPage", "Price is all that counts: we are one of many."),
        2: QCoreApplication.translate(
            "LadderPage", "Goods with small extras, still judged on price: one of some."),
        3: QCoreApplication.translate(
            "LadderPage", "We help the client reach its goals: one of the chosen."),
        4: QCoreApplication.translate(
            "LadderPage", "An insider whose advice keeps adding to the client's success."),
    }[level]


def climbing_advice(level: int) -> str:
    """What lifts the client's view of us from ``level`` to the next rung."""
    return {
        1: QCoreApplication.translate(
            "LadderPage", "To climb: add extras this client values (delivery, documents, "
            "service), so that price is no longer the only thing compared."),
        2: QCoreApplication.translate(
            "LadderPage", "To climb: learn the client's own goals, tie our offer to them and "
            "record the value we add, in money, in the value dossier."),
        3: QCoreApplication.translate(
            "LadderPage", "To climb: bring advice the client acts on — joint plans, our "
            "experts in their projects, regular talks with their leaders."),
        4: QCoreApplication.translate(
            "LadderPage", "At the top: keep the partnership visible, and review the value "
            "dossier with the client's leaders."),
    }[level]


def level_text(level: int | None) -> str:
    return "—" if level is None else rung(level)


def level_dots(level: int) -> str:
    """The rung as filled and empty dots, readable without colour."""
    return "●" * level + "○" * (len(LEVELS) - level)


def question_text(key: str) -> str:
    return {
        "needs_us_as_much": QCoreApplication.translate(
            "LadderPage", "Does the client need us as much as we need them?"),
        "deals_with_competitors": QCoreApplication.translate(
            "LadderPage", "Does the client sign contracts with our competitors?"),
        "likes_discussing_business": QCoreApplication.translate(
            "LadderPage", "Is the client keen to talk over its business problems with us?"),
        "buys_from_competitors": QCoreApplication.translate(
            "LadderPage", "Does the client buy from competitors now and then?"),
        "drives_us_mad": QCoreApplication.translate(
            "LadderPage", "Does the client exasperate us from time to time?"),
        "postpones_visits": QCoreApplication.translate(
            "LadderPage", "Does the client put off visits that were agreed?"),
    }[key]


def _short_date(value: date) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def _level_choices() -> list[tuple[int, str]]:
    return [(level, level_text(level)) for level in LEVELS]


def _level_combo(level: int) -> QComboBox:
    combo = QComboBox()
    for value, label in _level_choices():
        combo.addItem(label, value)
        combo.setItemData(combo.count() - 1, level_meaning(value), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(combo.findData(level))
    return combo


class AnswersField(FieldEditor):
    """The six diagnostic questions, each yes / no / don't know. Any change commits the
    whole set of answers; ``live`` reports it first (also while loading) so that the
    suggested rung can follow."""

    live = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__("answers", parent)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self.combos: dict[str, QComboBox] = {}
        for row, key in enumerate(LADDER_QUESTIONS):
            question = QLabel(question_text(key))
            question.setWordWrap(True)
            question.setToolTip(self.tr("A “yes” points up the ladder.") if FAVOURABLE[key]
                                else self.tr("A “no” points up the ladder."))
            combo = QComboBox()
            combo.addItems([self.tr("Don't know"), self.tr("Yes"), self.tr("No")])
            combo.setAccessibleName(question.text())
            combo.setToolTip(question.toolTip())
            question.setBuddy(combo)
            combo.currentIndexChanged.connect(self._changed)
            grid.addWidget(question, row, 0)
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
            self.combos[key] = combo
        self._finish_layout(grid_widget)
        self.setFocusProxy(self.combos[LADDER_QUESTIONS[0]])

    def _changed(self) -> None:
        self.live.emit(self.value())
        self._commit()

    def _set(self, value: Any) -> None:
        for key, combo in self.combos.items():
            combo.setCurrentIndex(ANSWERS.index((value or {}).get(key)))

    def value(self) -> dict[str, bool]:
        answers = {key: ANSWERS[combo.currentIndex()] for key, combo in self.combos.items()}
        return {key: answer for key, answer in answers.items() if answer is not None}


class CompetitorsField(FieldEditor):
    """Competitors and where the client puts each: a small table of name and rung. A
    renamed, re-ranked or removed competitor commits the whole list; a new row waits
    until it has a name."""

    def __init__(self, parent=None) -> None:
        super().__init__("competitors", parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Competitor"),
                                              self.tr("Where the client puts them")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._commit)
        self.table.currentCellChanged.connect(self._enable_remove)
        self.add_button = QPushButton(self.tr("Add competitor"))
        self.remove_button = QPushButton(self.tr("Remove competitor"))
        self.add_button.clicked.connect(self.add_competitor)
        self.remove_button.clicked.connect(self.remove_competitor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._finish_layout(box)
        self.setFocusProxy(self.table)
        self._fit_height()
        self._enable_remove()

    def rows(self) -> list[tuple[str, int]]:
        return [(self.table.item(row, 0).text().strip(),
                 self.table.cellWidget(row, 1).currentData())
                for row in range(self.table.rowCount())]

    def value(self) -> dict[str, int]:
        return dict(self.rows())

    def _commit(self, *_args) -> None:
        if self._loading:
            return
        if any(not name for name, _level in self.rows()):
            self.show_error(self.tr("Each competitor needs a name; nothing is saved until "
                                    "every row has one."))
            return
        names = [name.casefold() for name, _level in self.rows()]
        twice = next((name for name in names if names.count(name) > 1), None)
        if twice is not None:
            self.show_error(self.tr("“{name}” is listed twice: name each competitor once.")
                            .format(name=twice))
            return
        super()._commit()

    def _set(self, value: Any) -> None:
        value = value or {}
        if self.rows() == list(value.items()):
            return  # what the user just committed: keep the table (and any open editor)
        self.table.setRowCount(0)
        for name, level in value.items():
            self._append(name, level)
        self._fit_height()
        self._enable_remove()

    def _append(self, name: str, level: int) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = _level_combo(level)
        combo.setAccessibleName(self.tr("Where the client puts this competitor"))
        combo.currentIndexChanged.connect(self._commit)
        self.table.setCellWidget(row, 1, combo)
        return row

    def add_competitor(self) -> None:
        self._loading = True
        try:
            row = self._append("", LEVELS[0])
        finally:
            self._loading = False
        self._fit_height()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_competitor(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._fit_height()
        self._enable_remove()
        self._commit()

    def _enable_remove(self, *_args) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def _fit_height(self) -> None:
        """Tall enough for the rows (at least two, at most six) without a scroll bar."""
        rows = min(max(self.table.rowCount(), 2), 6)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())


class LadderComparison(QFrame):
    """The latest assessment at a glance: our view, the client's and every competitor's
    rung, and how our place moved since the assessment before."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ladder_comparison")
        self.setStyleSheet("QFrame#ladder_comparison { border: 1px solid palette(mid);"
                           " border-radius: 4px; }")
        self.levels = QLabel()
        self.levels.setTextFormat(Qt.TextFormat.RichText)
        self.trend = QLabel()
        self.trend.setTextFormat(Qt.TextFormat.RichText)
        self.trend.setWordWrap(True)
        self.trend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        #: the gap to the client's view, how to climb, the competitors' question
        self.advice = QLabel()
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        row = QHBoxLayout()
        row.addWidget(self.levels)
        row.addSpacing(24)
        row.addWidget(self.trend, 1)
        layout.addLayout(row)
        layout.addWidget(self.advice)

    def show_assessments(self, rows: list[Row]) -> None:
        """``rows`` newest first, as the dossier gives them."""
        if not rows:
            self.levels.setText(self.tr("No assessment yet. Add one to record where the "
                                        "client puts us on the supplier ladder."))
            self.trend.clear()
            self.advice.clear()
            return
        latest = rows[0]
        client = client_level(latest["client_view"], latest["answers"])
        client_title = (self.tr("Client's view") if latest["client_view"]
                        else self.tr("Client's view (from the answers)"))
        lines = [(client_title, client), (self.tr("Our view"), latest["our_view"])]
        lines += sorted(latest["competitors"].items(), key=lambda item: (-item[1], item[0]))
        cells = "".join(
            f"<tr><td>{html.escape(who)}</td><td style='padding-left:12px'>"
            + (f"{level_dots(level)}&nbsp;&nbsp;{html.escape(level_text(level))}"
               if level else html.escape(self.tr("not known")))
            + "</td></tr>"
            for who, level in lines)
        title = self.tr("Latest assessment, {date}").format(date=_short_date(latest["date"]))
        notes = [self._gap_note(latest, client),
                 html.escape(climbing_advice(client or latest["our_view"]))]
        if not latest["competitors"]:
            notes.append(html.escape(self.tr("Where would the client put our competitors? "
                                             "Record them beside us.")))
        self.levels.setText(f"<b>{html.escape(title)}</b><table>{cells}</table>")
        self.advice.setText("<br>".join(note for note in notes if note))
        trends = [self._trend_line(self.tr("Our view"), rows, "our_view"),
                  self._trend_line(self.tr("Client's view"), rows, "client_view")]
        self.trend.setText("<b>{}</b><br>{}".format(html.escape(self.tr("Trend")),
                                                     "<br>".join(trends)))

    def _gap_note(self, latest: Row, client: int | None) -> str:
        """A warning in red when we rate ourselves above where the client puts us."""
        if not overrated(latest["our_view"], latest["client_view"], latest["answers"]):
            return ""
        text = self.tr("We think we are a {ours}; the client sees a {client}. The client's "
                       "view is the one that counts: that gap is what the plan has to close."
                       ).format(ours=name_of(LadderLevel(latest["our_view"])).lower(),
                                client=name_of(LadderLevel(client)).lower())
        return f"<span style='color:#b00020'>{html.escape(text)}</span>"

    def _trend_line(self, who: str, rows: list[Row], field: str) -> str:
        dated = [(row["date"], row[field]) for row in rows if row[field] is not None]
        if len(dated) < 2:
            change = self.tr("no earlier assessment to compare with")
        else:
            change = self.tr("{trend} since {date}").format(
                trend=self._trend_text(level_trend(dated)), date=_short_date(dated[1][0]))
        return html.escape(f"{who}: {change}")

    def _trend_text(self, delta: int) -> str:
        if delta > 0:
            return self.tr("▲ up %n rung(s)", "", delta)
        if delta < 0:
            return self.tr("▼ down %n rung(s)", "", -delta)
        return self.tr("= unchanged")


class LadderPage(RecordSection):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("ladder",)

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: _short_date(r["date"]),
                   lambda r: r["date"].isoformat()),
            Column(self.tr("Client's view"), lambda r: level_text(r["client_view"]),
                   lambda r: r["client_view"] or 0),
            Column(self.tr("Our view"), lambda r: level_text(r["our_view"]),
                   lambda r: r["our_view"]),
            Column(self.tr("Suggested"), lambda r: level_text(r["suggested"]),
                   lambda r: r["suggested"] or 0),
            Column(self.tr("Competitors"), lambda r: ", ".join(
                f"{name} ({level})" for name, level in
                sorted(r["competitors"].items(), key=lambda item: (-item[1], item[0])))),
            Column(self.tr("Next steps to climb"),
                   lambda r: ((r["next_steps"] or "").strip().splitlines() or [""])[0]),
        ]
        super().__init__(context, "ladder_assessment", columns, self._new_assessment,
                         self.tr("ladder assessment"), parent)
        for column, width in enumerate((80, 150, 150, 150, 220)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.comparison = LadderComparison()
        self.layout().insertWidget(0, self.comparison)
        self.layout().setStretchFactor(self.splitter, 1)

        self.add_editor(self.tr("Date"), DateField("date"))
        # where the client puts us first: it is the rung that counts
        self.client_view = self.add_editor(
            self.tr("Client's view"), ChoiceField("client_view", _level_choices(), optional=True))
        self.our_view = self.add_editor(self.tr("Our view"),
                                        ChoiceField("our_view", _level_choices()))
        self.our_view_meaning = QLabel()
        self.our_view_meaning.setWordWrap(True)
        self.form.addRow("", self.our_view_meaning)
        self.our_view.input.currentIndexChanged.connect(self._show_meaning)

        questions = QGroupBox(self.tr("Diagnostic questions"))
        questions_layout = QVBoxLayout(questions)
        self.answers = AnswersField()
        self.answers.committed.connect(lambda value: self.commit(self.answers, value))
        self.editors.append(self.answers)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggested_level")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.answers.live.connect(self._show_suggestion)
        questions_layout.addWidget(self.answers)
        questions_layout.addWidget(self.suggestion)
        self.form.addRow(questions)

        self.competitors = self.add_editor(self.tr("Competitors"), CompetitorsField())
        self.add_editor(self.tr("Next steps to climb"), MultilineField("next_steps"))

    def _new_assessment(self) -> dict[str, Any]:
        """Today's assessment starts from the latest one's views and competitors, so a
        review only changes what moved; the answers start blank."""
        latest = self.model.rows[0] if self.model.rows else None
        if latest is None:
            return {"date": date.today(), "our_view": LEVELS[0]}
        return {"date": date.today(), "our_view": latest["our_view"],
                "client_view": latest["client_view"],
                "competitors": dict(latest["competitors"])}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        rows = dossier.sections["ladder_assessment"]
        self.comparison.show_assessments(rows)
        self.set_rows(rows, account_id, account_id)

    def row_shown(self, row: Row) -> None:
        self._show_meaning()
        self._show_suggestion()

    def _show_meaning(self, *_args) -> None:
        level = self.our_view.value()
        self.our_view_meaning.setText(level_meaning(level) if level else "")

    def _show_suggestion(self, *_args) -> None:
        """The rung the current answers suggest, live, before they are committed."""
        answers = self.answers.value()
        suggested = suggest_level(answers)
        if suggested is None:
            self.suggestion.setText(html.escape(self.tr(
                "Answer at least {needed} of the {total} questions to get a suggested rung "
                "({answered} answered so far).").format(
                    needed=MIN_ANSWERED, total=len(LADDER_QUESTIONS), answered=len(answers))))
            return
        text = self.tr("Suggested by the answers: {level}").format(level=level_text(suggested))
        note = level_meaning(suggested)
        if suggested != self.our_view.value():
            note += " " + self.tr("Our view differs. What counts is where the client puts us, "
                                  "so the answers weigh more than our own estimate.")
        self.suggestion.setText(f"<b>{html.escape(text)}</b><br>{html.escape(note)}")
