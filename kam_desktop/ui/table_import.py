"""Importing accounts and contacts from a spreadsheet: choose the file, see its first
rows, choose which column feeds which field, read the dry run (what would be added and
updated, and the bad rows with their line numbers), then import the good rows.

The file is read and checked off the GUI thread; the check runs again on its own after
every change of the mapping. The mapping used for an import is remembered (as a JSON
string in QSettings) for the next file with the same headers.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
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
from kam_desktop.services.table_import import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    ImportPlan,
    apply_import,
    guess_mapping,
    mapping_for_file,
    plan_import,
    resolve_mapping,
)
from kam_desktop.services.tabular import Table, read_table
from kam_desktop.store.changes import Changes
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.geometry import restore_geometry
from kam_desktop.ui.loader import BackgroundLoader
from kam_desktop.ui.messages import explained, translated
from kam_desktop.ui.sections import Column, RowsModel, make_plain_table

#: rows shown in the preview
PREVIEW_ROWS = 200
FILE_FILTER = QCoreApplication.translate(
    "TableImportDialog", "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)")
#: a bad row's tint: translucent, so it reads on light and dark backgrounds
BAD_TINT = QColor(220, 60, 60, 70)


def field_label(field: str) -> str:
    return {
        "name": QCoreApplication.translate("TableImportDialog", "Account name"),
        "legal_name": QCoreApplication.translate("TableImportDialog", "Legal name"),
        "inn": QCoreApplication.translate("TableImportDialog", "INN"),
        "industry": QCoreApplication.translate("TableImportDialog", "Industry"),
        "region": QCoreApplication.translate("TableImportDialog", "Region"),
        "address": QCoreApplication.translate("TableImportDialog", "Address"),
        "website": QCoreApplication.translate("TableImportDialog", "Website"),
        "owner": QCoreApplication.translate("TableImportDialog", "Account manager"),
        "category": QCoreApplication.translate("TableImportDialog", "Category"),
        "annual_potential": QCoreApplication.translate("TableImportDialog",
                                                       "Purchase potential this year"),
        "contact_name": QCoreApplication.translate("TableImportDialog", "Full name"),
        "contact_position": QCoreApplication.translate("TableImportDialog", "Position"),
        "contact_department": QCoreApplication.translate("TableImportDialog", "Department"),
        "contact_phone": QCoreApplication.translate("TableImportDialog", "Phone"),
        "contact_email": QCoreApplication.translate("TableImportDialog", "E-mail address"),
    }[field]


def _settings_key(table: Table) -> str:
    """Mappings are remembered per set of headers (in any order)."""
    headers = json.dumps(sorted(h.casefold() for h in table.headers), ensure_ascii=False)
    return "table_import/mappings/" + hashlib.sha1(headers.encode("utf-8")).hexdigest()


def remembered_mapping(table: Table) -> dict[str, int] | None:
    text = QSettings().value(_settings_key(table), "", type=str)
    try:
        return resolve_mapping(json.loads(text), table) if text else None
    except (ValueError, InputError):  # the file changed since: guess again
        return None


def remember_mapping(table: Table, columns: dict[str, int]) -> None:
    QSettings().setValue(_settings_key(table),
                         json.dumps(mapping_for_file(columns, table), ensure_ascii=False))


def _read(path: Path) -> Table | InputError:
    """Read off the GUI thread; bad input comes back as a value, to be shown translated."""
    try:
        return read_table(path)
    except InputError as error:
        return error


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, the line number first; bad rows tinted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.columns: dict[str, int] = {}
        self.problems: dict[int, list[str]] = {}

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table, self.columns, self.problems = table, {}, {}
        self.endResetModel()

    def set_columns(self, columns: dict[str, int]) -> None:
        self.columns = dict(columns)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        self.problems = problems
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.headers) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.table is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Line")
            fields = [key for key, index in self.columns.items() if index == section - 1]
            name = self.table.headers[section - 1] or self.tr("Column {number}").format(
                number=section)
            return "\n".join([name] + ["→ " + field_label(key) for key in fields]) \
                if fields else name + "\n"
        if role == Qt.ItemDataRole.FontRole and section > 0 and section - 1 in self.columns.values():
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row = self.table.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row.line)
            return " ".join(row.cells[index.column() - 1].split())  # one line per row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.line in self.problems:
            return BAD_TINT
        if role == Qt.ItemDataRole.ToolTipRole and row.line in self.problems:
            return "\n".join(self.problems[row.line])
        return None


class _TipRowsModel(RowsModel):
    """Rows whose cells show their whole text as a tooltip (the columns elide it)."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class TableImportDialog(QDialog):
    """The import wizard in one window. ``imported`` carries the plan carried out."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import accounts and contacts from a spreadsheet"))
        self.setObjectName("table_import_dialog")
        self.context = context
        self.table: Table | None = None
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
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

        self.preview_model = PreviewModel(self)
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
        half = (len(ACCOUNT_FIELDS) + 1) // 2
        # the account's fields in two columns, the contact's in a third
        places = [(key, i % half, i // half) for i, key in enumerate(ACCOUNT_FIELDS)]
        places += [(key, i, 2) for i, key in enumerate(CONTACT_FIELDS)]
        grid.addWidget(QLabel("<b>" + self.tr("Account") + "</b>"), 0, 0, 1, 4)
        grid.addWidget(QLabel("<b>" + self.tr("Contact") + "</b>"), 0, 4, 1, 2)
        for key, row, column in places:
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(field_label(key) + (" *" if key == "name" else ""))
            label.setBuddy(combo)
            grid.addWidget(label, row + 1, 2 * column)
            grid.addWidget(combo, row + 1, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            self.combos[key] = combo
        note = QLabel(self.tr("* required. One contact per row; rows of the same account "
                              "(same INN or name) add up."))
        note.setWordWrap(True)
        note.setEnabled(False)  # the palette's quieter text colour, in light and dark
        grid.addWidget(note, half + 1, 0, 1, 6)

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
        restore_geometry(self, "table_import_dialog", QSize(1180, 780))
        self._show_summary(self.tr("Choose the file to import. Nothing is written until you "
                                   "press Import."))

    # -- the file -----------------------------------------------------------------

    def choose_file(self) -> None:
        folder = QSettings().value("table_import/folder", "", type=str)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a spreadsheet"), folder,
                                              FILE_FILTER)
        if path:
            QSettings().setValue("table_import/folder", str(Path(path).parent))
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
        self._set_combos(result, remembered_mapping(result) or guess_mapping(result.headers))
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
        if "name" not in columns:
            self.plan = None
            self._show_plan_details(None)
            self._show_summary(self.tr("Choose the column that holds the account name."))
            return
        table = self.table
        self._show_summary(self.tr("Checking…"))
        self.loader.load("check", lambda s: plan_import(s, table=table, columns=columns),
                         self._show_plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_plan_details(plan)
        lines = [
            self.tr("Accounts: <b>{add}</b> to add, <b>{update}</b> to update, {same} "
                    "unchanged.").format(add=len(plan.accounts_added),
                                         update=len(plan.accounts_updated),
                                         same=len(plan.accounts_unchanged)),
            self.tr("Contacts: <b>{add}</b> to add, <b>{update}</b> to update.").format(
                add=len(plan.contacts_added), update=len(plan.contacts_updated)),
        ]
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

    def _show_plan_details(self, plan: ImportPlan | None) -> None:
        problems: dict[int, list[str]] = {}
        for bad in plan.bad if plan else ():
            column = f"{bad.column}: " if bad.column else ""
            problems.setdefault(bad.line, []).append(column + translated(bad.problem))
        self.preview_model.set_problems(problems)
        self.bad_model.set_rows(list(plan.bad) if plan else [])
        changes = []
        if plan:
            for title, names in ((self.tr("Add account"), plan.accounts_added),
                                 (self.tr("Update account"), plan.accounts_updated),
                                 (self.tr("Add contact"), plan.contacts_added),
                                 (self.tr("Update contact"), plan.contacts_updated)):
                changes += [(title, name) for name in names]
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

        def write(_session) -> ImportPlan | InputError:
            try:
                with context.transaction() as session:
                    return apply_import(session, table=table, columns=columns)
            except InputError as error:
                return error

        self._importing = True
        self.buttons.setEnabled(False)
        for combo in self.combos.values():
            combo.setEnabled(False)
        self._show_summary(self.tr("Importing…"))
        self.loader.load("import", write, lambda result: self._imported(table, columns, result))

    def _imported(self, table: Table, columns: dict[str, int],
                  result: ImportPlan | InputError) -> None:
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
        remember_mapping(table, columns)
        self.plan = result
        self.imported.emit(result)
        self.accept()

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("bad_input_dialog")
        if self.path is not None:
            box.setInformativeText(str(self.path))
        box.open()


def describe_import(plan: ImportPlan) -> str:
    """One line for the status bar after an import."""
    return QCoreApplication.translate(
        "TableImportDialog",
        "Imported. Accounts: {accounts} added, {updated} updated. Contacts: {contacts} "
        "added, {contacts_updated} updated.").format(
        accounts=len(plan.accounts_added), updated=len(plan.accounts_updated),
        contacts=len(plan.contacts_added), contacts_updated=len(plan.contacts_updated))
