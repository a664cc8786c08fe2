"""Field editors bound to one field of a record.

Each editor shows a value, emits ``committed(value)`` when the user finishes an edit,
and can show an error in words beside the field. The section that owns it turns a
commit into an undoable service call.
"""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# the money's signs and format are the labels' (light for the portfolio's first screen);
# the dossier's pages know them from here too
from kam_desktop.ui.labels import CURRENCY_SIGNS, date_format, format_money  # noqa: F401

NO_DATE = QDate(1900, 1, 1)
#: the colour of a refusal in words under a field
ERROR_COLOR = QColor("#c62828")


class FieldEditor(QWidget):
    """Base class: an input widget over an error label."""

    committed = Signal(object)

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        #: True while a commit is one step of a continuous gesture (arrow keys on a
        #: slider): such steps merge into one undo step
        self.merging = False
        self._loading = False
        self._last: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._error: QLabel | None = None

    @property
    def error(self) -> QLabel:
        """The refusal in words under the input, made when first needed: most fields
        never refuse, and a dossier page has a score of them to build."""
        if self._error is None:
            self._error = QLabel()
            self._error.setObjectName("field_error")
            self._error.setWordWrap(True)
            # a palette, not a style sheet: a style sheet per field made a form slow to
            # build and to paint
            palette = self._error.palette()
            palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
            self._error.setPalette(palette)
            self._error.hide()
            self._layout.addWidget(self._error)  # under the input
        return self._error

    def _finish_layout(self, widget: QWidget) -> None:
        self.input = widget
        self.setFocusProxy(widget)
        self._layout.addWidget(widget)

    def load(self, value: Any) -> None:
        """Show ``value`` without committing it."""
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False
        self._last = self.value()
        self.show_error(None)

    def show_error(self, message: str | None) -> None:
        if message or self._error is not None:
            self.error.setText(message or "")
            self.error.setVisible(bool(message))

    def _commit(self, *_args) -> None:
        if not self._loading:
            self.committed.emit(self.value())

    def _commit_if_changed(self, *_args) -> None:
        """Commit when the value differs from the one last loaded or committed (editors
        that signal "finished" also do so when nothing changed)."""
        if not self._loading and self.value() != self._last:
            self._last = self.value()
            self._commit()

    def _set(self, value: Any) -> None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def value(self) -> Any:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


class TextField(FieldEditor):
    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        line = QLineEdit()
        line.editingFinished.connect(self._commit_if_changed)
        self._finish_layout(line)

    def _set(self, value: Any) -> None:
        self.input.setText("" if value is None else str(value))
        self.input.setCursorPosition(0)  # a long name shows its beginning, not its tail


    def value(self) -> Any:
        return self.input.text()


class MoneyField(TextField):
    """Money typed in the user's locale ("1 234 567,89"), committed as a Decimal text."""

    def _set(self, value: Any) -> None:
        self.input.setText("" if value is None else format_money(value))
        self.input.setCursorPosition(0)

    def value(self) -> Any:
        return parse_money(self.input.text())


class MultilineField(FieldEditor):
    """Long text, committed when the editor loses focus."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        edit = _FocusOutPlainText()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        # a form with room to spare must not stretch it away from its label
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        edit.focus_lost.connect(self._commit_if_changed)
        self._finish_layout(edit)

    def _set(self, value: Any) -> None:
        self.input.setPlainText(value or "")


    def value(self) -> Any:
        return self.input.toPlainText()


class _FocusOutPlainText(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _choice_key(value: Any) -> Any:
    """What a combo box stores for a choice. A combo finds an object among its items
    only if it is the very same object, so ids are kept as text (the services accept
    text ids) and enum members by their value."""
    if isinstance(value, uuid.UUID):
        return str(value)
    return getattr(value, "value", value)


class ListWhenNeededCombo(QComboBox):
    """An editable combo box that can read its list only when first needed: when the
    user reaches it (it takes the focus, its list opens, the wheel turns over it). A list
    read from the whole portfolio need not delay the page that shows the box."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._read_list: Callable[[], None] | None = None

    def read_when_needed(self, read_list: Callable[[], None] | None) -> None:
        """Call ``read_list`` (which fills the list) when the user first reaches the box;
        at once if the box has the focus; None: the list is read already."""
        self._read_list = read_list
        if self.hasFocus():
            self._read()

    def _read(self) -> None:
        if self._read_list is not None:
            read, self._read_list = self._read_list, None
            read()

    def showPopup(self) -> None:
        self._read()
        super().showPopup()

    def focusInEvent(self, event) -> None:
        self._read()
        super().focusInEvent(event)

    def wheelEvent(self, event) -> None:
        self._read()
        super().wheelEvent(event)


class ChoiceField(FieldEditor):
    """A fixed list of (value, label); ``optional`` adds an empty choice first."""

    combo_class: type[QComboBox] = QComboBox

    def __init__(self, field: str, choices: list[tuple[Any, str]], optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        combo = self.combo_class()
        if optional:
            combo.addItem("—", None)
        for value, label in choices:
            combo.addItem(label, _choice_key(value))
        combo.currentIndexChanged.connect(self._commit)
        self._finish_layout(combo)

    def set_choices(self, choices: list[tuple[Any, str]], optional: bool = True) -> None:
        self._loading = True
        current = self.value()
        self.input.clear()
        if optional:
            self.input.addItem("—", None)
        for value, label in choices:
            self.input.addItem(label, _choice_key(value))
        self._set(current)
        self._loading = False

    def _set(self, value: Any) -> None:
        index = self.input.findData(_choice_key(value))
        self.input.setCurrentIndex(max(index, 0))

    def value(self) -> Any:
        return self.input.currentData()


class SearchableChoiceField(ChoiceField):
    """A long list of choices (accounts) to type into: the list offers every choice whose
    label contains what was typed; text that matches no choice changes nothing.

    The list may be read only when the user first reaches the field (:meth:`offer`):
    reading and adding 5,000 accounts, and sizing the box to the longest, was most of
    the time a dossier took to open."""

    combo_class = ListWhenNeededCombo

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, [], True, parent)
        completer = self.input.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.input.lineEdit().editingFinished.connect(self._show_current)

    def offer(self, choices: Callable[[], list[tuple[Any, str]]],
              current: list[tuple[Any, str]]) -> None:
        """Offer ``choices()`` once the user reaches the field; until then only
        ``current``, the choice shown."""
        self.set_choices(current)
        self.input.read_when_needed(lambda: self.set_choices(choices()))

    def _show_current(self) -> None:
        """Typed text that chose nothing gives way to the current choice's label."""
        self.input.setEditText(self.input.itemText(self.input.currentIndex()))


class DateField(FieldEditor):
    """A date with a calendar; the empty date shows as "—" (Qt's special-value trick)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDisplayFormat(date_format())
        edit.editingFinished.connect(self._commit_if_changed)
        self._finish_layout(edit)

    def _set(self, value: Any) -> None:
        self.input.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


    def value(self) -> Any:
        chosen = self.input.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


class BoolField(FieldEditor):
    def __init__(self, field: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        box = QCheckBox(text)
        box.toggled.connect(self._commit)
        self._finish_layout(box)

    def _set(self, value: Any) -> None:
        self.input.setChecked(bool(value))

    def value(self) -> Any:
        return self.input.isChecked()


class IntField(FieldEditor):
    def __init__(self, field: str, maximum: int = 1_000_000, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        spin = QSpinBox()
        spin.setRange(-1, maximum)
        spin.setSpecialValueText("—")  # -1 stands for "not given"
        spin.editingFinished.connect(self._commit_if_changed)
        self._finish_layout(spin)

    def _set(self, value: Any) -> None:
        self.input.setValue(-1 if value is None else int(value))


    def value(self) -> Any:
        return None if self.input.value() < 0 else self.input.value()


class NumberField(FieldEditor):
    def __init__(self, field: str, decimals: int = 2, maximum: float = 1e9,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        spin = QDoubleSpinBox()
        spin.setDecimals(decimals)
        spin.setRange(-maximum, maximum)
        spin.editingFinished.connect(self._commit_if_changed)
        self._finish_layout(spin)

    def _set(self, value: Any) -> None:
        self.input.setValue(float(value or 0))


    def value(self) -> Any:
        return self.input.value()


class ScoreField(FieldEditor):
    """A 0–10 score (interest, involvement): a slider and a spin box kept together.
    ``live(value)`` fires while the slider moves, ``committed`` when it is released."""

    live = Signal(float)

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)  # tenths
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0, 10)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.slider.valueChanged.connect(lambda v: self._sync_spin(v / 10))
        self.slider.sliderReleased.connect(self._commit_if_changed)
        self.spin.valueChanged.connect(self._sync_slider)
        self.spin.editingFinished.connect(self._commit_if_changed)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self._finish_layout(row)
        self.setFocusProxy(self.spin)

    def _sync_spin(self, value: float) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.live.emit(value)
        if not self.slider.isSliderDown() and not self._loading:
            self.merging = True  # keyboard moves of the slider commit at once, merged
            self._commit_if_changed()
            self.merging = False

    def _sync_slider(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 10))
        self.slider.blockSignals(False)
        self.live.emit(value)

    def _set(self, value: Any) -> None:
        self.spin.setValue(float(value or 0))
        self._sync_slider(float(value or 0))


    def value(self) -> Any:
        return self.spin.value()


def parse_money(text: str) -> Any:
    """The user's text as a plain decimal string for the service, which checks it; text
    that is not a number in the user's locale is passed on unchanged, to be refused."""
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    cleaned = cleaned.replace(locale.groupSeparator(), "")
    cleaned = cleaned.replace(locale.decimalPoint(), ".").replace(",", ".")
    try:
        return str(Decimal(cleaned))
    except InvalidOperation:
        return text
