"""Importing from a spreadsheet (accounts and contacts, or deals: ui/importers.py):
choose the file, see its first rows, choose which column feeds which field, read the dry
run (what would be added and updated, and the bad rows with their line numbers), then
import the good rows.

The file is read and checked off the GUI thread; the check runs again on its own after
every change of the mapping. The mapping used for an import is remembered (as a JSON
string in QSettings) for the next file with the same headers.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.errors import InputError
from kam_desktop.services.tabular import Table, read_table
from kam_desktop.store.changes import Changes
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.geometry import restore_geometry
from kam_desktop.ui.import_preview import PreviewModel
from kam_desktop.ui.importers import ACCOUNTS, Importer
from kam_desktop.ui.loader import BackgroundLoader
from kam_desktop.ui.messages import explained, translated
from kam_desktop.ui.sections import Column, RowsModel, make_plain_table

FILE_FILTER = QCoreApplication.translate(
    "TableImportDialog", "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)")


def _settings_key(importer: Importer, table: Table) -> str:
    """Mappings are remembered per set of headers (in any order)."""
    headers = json.dumps(sorted(h.casefold() for h in table.headers), ensure_ascii=False)
    return f"{importer.name}/mappings/" + hashlib.sha1(headers.encode("utf-8")).hexdigest()


def remembered_mapping(importer: Importer, table: Table) -> dict[str, int] | None:
    text = QSettings().value(_settings_key(importer, table), "", type=str)
    try:
        return importer.resolve(json.loads(text), table) if text else None
    except (ValueError, InputError):  # the file changed since: guess again
        return None


def remember_mapping(importer: Importer, table: Table, columns: dict[str, int]) -> None:
    QSettings().setValue(_settings_key(importer, table),
                         json.dumps(importer.for_file(columns, table), ensure_ascii=False))


def _read(path: Path) -> Table | InputError:
    """Read off the GUI thread; bad input comes back as a value, to be shown translated."""
    try:
        return read_table(path)
    except InputError as error:
        return error


class _TipRowsModel(RowsModel):
    """Rows whose cells show their whole text as a tooltip (the columns elide it)."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class TableImportDialog(QDialog):
    """The import wizard in one window. ``imported`` carries the plan carried out."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 importer: Importer = ACCOUNTS) -> None:
        super().__init__(parent)
        self.importer = importer
        self.setWindowTitle(importer.title())
        self.setObjectName(f"{importer.name}_dialog")
        self.context = context
        self.table: Table | None = None
        self.path: Path | None = None
        self.plan = None  # the dry run's plan
        self._importing = False
        self.loader = BackgroundLoader(context, self)
        self.loader.failed.connect(self._check_failed)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self._check)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Choose a CSV file or an Excel workbook (.xlsx)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        self.reread = QPushButton(self.tr("Read again"))
        self.reread.setToolTip(self.tr("Read the file again after fixing it"))
        self.reread.setEnabled(False)
        self.reread.clicked.connect(lambda: self.path and self.open_file(self.path))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.reread)
        self.shape = QLabel()
        self.shape.setObjectName("shape")
        self.shape.setWordWrap(True)

        self.preview_model = PreviewModel(importer.label, self)
        self.preview = make_plain_table(self.preview_model)
        self.preview.setSortingEnabled(False)
        self.preview.horizontalHeader().setStretchLastSection(False)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setSelectionMode(self.preview.SelectionMode.NoSelection)

        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Which column holds what"))
        grid = QGridLayout(mapping_box)
        grid.setHorizontalSpacing(8)
        column, rows = 0, 0
        for heading, fields in importer.groups():
            # a long group in two columns, so that the box stays low
            per_column = (len(fields) + 1) // 2 if len(fields) > 6 else len(fields)
            spread = -(-len(fields) // per_column)
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, 2 * column, 1, 2 * spread)
            for i, key in enumerate(fields):
                self._add_combo(grid, key, i % per_column + 1, 2 * (column + i // per_column))
            column += spread
            rows = max(rows, per_column)
        note = QLabel(importer.note())
        note.setWordWrap(True)
        note.setEnabled(False)  # the palette's quieter text colour, in light and dark
        grid.addWidget(note, rows + 1, 0, 1, 2 * column)

        check_box = QGroupBox(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.bad_model = _TipRowsModel([
            Column(self.tr("Line"), lambda b: str(b.line), lambda b: b.line, align_right=True),
            Column(self.tr("Column"), lambda b: b.column),
            Column(self.tr("Problem"), lambda b: translated(b.problem)),
        ], self)
        self.bad_table = make_plain_table(self.bad_model)
        self.bad_table.setSortingEnabled(False)
        self.bad_table.setColumnWidth(0, 48)
        self.bad_table.setColumnWidth(1, 120)
        self.bad_table.clicked.connect(self._show_bad_line)
        self.changes_model = _TipRowsModel([
            Column(self.tr("Change"), lambda c: c[0]),
            Column(self.tr("Record"), lambda c: c[1]),
        ], self)
        self.changes_table = make_plain_table(self.changes_model)
        self.changes_table.setSortingEnabled(False)
        self.changes_table.setColumnWidth(0, 170)
        self.details = QTabWidget()
        self.details.addTab(self.bad_table, self.tr("Bad rows"))
        self.details.addTab(self.changes_table, self.tr("Changes"))
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.summary)
        check_layout.addWidget(self.details, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.preview)
        splitter.addWidget(check_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 460])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_good_rows)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.shape)
        layout.addWidget(mapping_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        restore_geometry(self, f"{importer.name}_dialog", QSize(1180, 780))
        self._show_summary(self.tr("Choose the file to import. Nothing is written until you "
                                   "press Import."))

    def _add_combo(self, grid: QGridLayout, key: str, row: int, column: int) -> None:
        combo = QComboBox()
        combo.setObjectName(f"map_{key}")
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._mapping_changed)
        label = QLabel(self.importer.label(key) + (" *" if key in self.importer.required else ""))
        label.setBuddy(combo)
        grid.addWidget(label, row, column)
        grid.addWidget(combo, row, column + 1)
        grid.setColumnStretch(column + 1, 1)
        self.combos[key] = combo

    # -- the file -----------------------------------------------------------------

    def choose_file(self) -> None:
        folder = QSettings().value(f"{self.importer.name}/folder", "", type=str)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a spreadsheet"), folder,
                                              FILE_FILTER)
        if path:
            QSettings().setValue(f"{self.importer.name}/folder", str(Path(path).parent))
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.file.setText(str(path))
        self.reread.setEnabled(True)
        self.import_button.setEnabled(False)
        self.shape.setText(self.tr("Reading the file…"))
        self.loader.load("read", lambda _session: _read(path), self._show_table)

    @property
    def busy(self) -> bool:
        return self.loader.busy or self._check_timer.isActive()

    def _show_table(self, result: Table | InputError) -> None:
        if isinstance(result, InputError):
            self.table = None
            self.preview_model.set_table(None)
            self.shape.setText("")
            self._set_combos(None, {})
            self._show_summary(self.tr("The file cannot be imported."))
            self._warn(self.tr("The file cannot be read"), translated(result.message))
            return
        self.table = result
        self.shape.setText(self._describe(result))
        self.preview_model.set_table(result)
        self._set_combos(result, remembered_mapping(self.importer, result)
                         or self.importer.guess(result.headers))
        self._fit_preview()
        self._check()

    def _fit_preview(self) -> None:
        """Columns as wide as the preview's contents (at most 200 rows), within limits."""
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            width = self.preview.columnWidth(column)
            self.preview.setColumnWidth(column, min(max(width + 8, 56), 280))

    def _describe(self, table: Table) -> str:
        rows = self.tr("%n row(s)", "", len(table.rows))
        if table.kind == "xlsx":
            return self.tr("Excel workbook, sheet “{sheet}”; header on row {line}; {rows}.").format(
                sheet=table.sheet, line=table.header_line, rows=rows)
        delimiter = {";": self.tr("semicolons"), ",": self.tr("commas"),
                     "\t": self.tr("tabs")}.get(table.delimiter, repr(table.delimiter))
        encoding = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16",
                    "cp1251": "Windows-1251"}[table.encoding]
        return self.tr("Text file in {encoding}, columns separated by {delimiter}; header on "
                       "line {line}; {rows}.").format(encoding=encoding, delimiter=delimiter,
                                                      line=table.header_line, rows=rows)

    # -- the mapping --------------------------------------------------------------

    def _set_combos(self, table: Table | None, columns: dict[str, int]) -> None:
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), -1)
            if table is not None:
                for index in range(len(table.headers)):
                    name = table.headers[index] or self.tr("Column {number}").format(
                        number=index + 1)
                    combo.addItem(name, index)
            combo.setCurrentIndex(max(combo.findData(columns.get(key, -1)), 0))
            combo.setEnabled(table is not None)
            combo.blockSignals(False)
        self.preview_model.set_columns(self.columns())

    def columns(self) -> dict[str, int]:
        """The mapping chosen: field -> column index."""
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData() is not None and combo.currentData() >= 0}

    def set_column(self, field: str, column: int | None) -> None:
        """Choose the column of a field (None: not imported)."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(-1 if column is None else column), 0))

    def _mapping_changed(self, *_args) -> None:
        self.preview_model.set_columns(self.columns())
        self.import_button.setEnabled(False)
        self._check_timer.start()

    # -- the dry run ----------------------------------------------------------------

    def _check(self) -> None:
        self._check_timer.stop()
        if self.table is None:
            return
        columns = self.columns()
        missing = self.importer.unmapped(columns)
        if missing:
            self.plan = None
            self._show_plan_details(None)
            self._show_summary(missing)
            return
        table, plan = self.table, self.importer.plan
        self._show_summary(self.tr("Checking…"))
        self.loader.load("check", lambda s: plan(s, table=table, columns=columns),
                         self._show_plan)

    def _show_plan(self, plan) -> None:
        self.plan = plan
        self._show_plan_details(plan)
        lines = self.importer.summary(plan)
        bad = len(plan.bad_lines)
        if bad:
            lines.append("<span style='color:#d84a4a'>" + self.tr(
                "%n bad row(s) of {total} will be skipped: fix them in the file and read it "
                "again, or import the good rows only.", "", bad).format(total=plan.rows)
                + "</span>")
        else:
            lines.append(self.tr("No bad rows."))
        self._show_summary("<br>".join(lines))
        if bad:
            text = self.tr("Import %n good row(s)", "", plan.good_rows)
        else:
            text = self.tr("Import %n row(s)", "", plan.good_rows)
        self.import_button.setText(text)
        self.import_button.setEnabled(plan.changes > 0)
        if plan.changes == 0 and plan.good_rows:
            self._show_summary("<br>".join(lines + [self.tr(
                "The portfolio already holds everything the good rows say.")]))

    def _show_plan_details(self, plan) -> None:
        problems: dict[int, list[str]] = {}
        for bad in plan.bad if plan else ():
            column = f"{bad.column}: " if bad.column else ""
            problems.setdefault(bad.line, []).append(column + translated(bad.problem))
        self.preview_model.set_problems(problems)
        self.bad_model.set_rows(list(plan.bad) if plan else [])
        changes = self.importer.changes(plan) if plan else []
        self.changes_model.set_rows(changes)
        self.details.setTabText(0, self.tr("Bad rows ({count})").format(
            count=len(plan.bad_lines) if plan else 0))
        self.details.setTabText(1, self.tr("Changes ({count})").format(count=len(changes)))
        if plan and not plan.bad:
            self.details.setCurrentIndex(1)
        elif plan:
            self.details.setCurrentIndex(0)

    def _show_bad_line(self, index: QModelIndex) -> None:
        """Clicking a bad row shows it in the preview (when it is among the first rows)."""
        bad = self.bad_model.rows[index.row()]
        for row in range(self.preview_model.rowCount()):
            if self.table.rows[row].line == bad.line:
                self.preview.scrollTo(self.preview_model.index(row, 0))
                break

    def _show_summary(self, text: str) -> None:
        self.summary.setText(text)

    def reject(self) -> None:
        if not self._importing:  # the import finishes, and is reported, first
            super().reject()

    def _check_failed(self, message: str) -> None:
        """A failure other than bad input (the database, say), in the background."""
        self._show_summary("")
        self._importing = False
        self.buttons.setEnabled(True)
        for combo in self.combos.values():
            combo.setEnabled(self.table is not None)
        self._warn(self.tr("Something went wrong"), message)

    # -- the import -----------------------------------------------------------------

    def import_good_rows(self) -> None:
        """Import off the GUI thread (a big file takes seconds), in one transaction."""
        if self.table is None or self.plan is None or self.busy:
            return
        table, columns, context = self.table, self.columns(), self.context
        apply = self.importer.apply

        def write(_session):  # the plan carried out, or the InputError
            try:
                with context.transaction() as session:
                    return apply(session, table=table, columns=columns)
            except InputError as error:
                return error

        self._importing = True
        self.buttons.setEnabled(False)
        for combo in self.combos.values():
            combo.setEnabled(False)
        self._show_summary(self.tr("Importing…"))
        self.loader.load("import", write, lambda result: self._imported(table, columns, result))

    def _imported(self, table: Table, columns: dict[str, int], result) -> None:
        self._importing = False
        self.buttons.setEnabled(True)
        for combo in self.combos.values():
            combo.setEnabled(True)
        if isinstance(result, InputError):
            self._warn(self.tr("Nothing was imported"), explained(result))
            self._check()
            return
        self.context.changed.emit(Changes.anything())
        # earlier edits may no longer apply step by step after an import
        self.context.undo_stack.clear()
        remember_mapping(self.importer, table, columns)
        self.plan = result
        self.imported.emit(result)
        self.accept()

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("bad_input_dialog")
        if self.path is not None:
            box.setInformativeText(str(self.path))
        box.open()
