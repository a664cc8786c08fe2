"""Reports: choose the report and its options, read its pages, then print or save it.

The report is built off the GUI thread into a private temporary folder; the preview
draws its pages (PDFium), "Print…" draws the same pages on the printer and "Save
as…" copies the very file. Every change of an option rebuilds the preview after a short pause; a
result that an option change overtook is dropped. The temporary folder goes with the
dialog: a meeting pack holds personal notes and must not linger on the disk.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
import weakref
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QProgressDialog, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from kam_desktop.domain.enums import Category
from kam_desktop.services.errors import InputError
from kam_desktop.services.reports import report_choices
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.geometry import restore_geometry
from kam_desktop.ui.issuer import current_issuer
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.loader import BackgroundLoader
from kam_desktop.ui.messages import translated
from kam_desktop.ui.page_view import PagePreview
from kam_desktop.ui.pdf_pages import PdfPages, fit_printer_to, print_pages
from kam_desktop.ui.report_requests import (
    ACCOUNT_PLAN,
    HANDOVER_PACK,
    MEETING_PACK,
    PORTFOLIO,
    VALUE_DOSSIER,
    ReportRequest,
    build_report,
)

DEBOUNCE_MS = 400


@dataclass(frozen=True)
class Built:
    path: Path | None
    #: why there is no report (a service's message, or the system's)
    error: object = None


_LOADERS: "weakref.WeakKeyDictionary[AppContext, BackgroundLoader]" = weakref.WeakKeyDictionary()


def _reports_loader(context: AppContext) -> BackgroundLoader:
    """One loader for every reports dialog, living as long as the context: a dialog
    closed while its report builds must not wait for it."""
    if context not in _LOADERS:
        _LOADERS[context] = BackgroundLoader(context, context)
    return _LOADERS[context]


def _checklist(items: list[tuple[object, str]], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setUniformItemSizes(True)
    for value, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)
    widget.setMaximumHeight(150)
    return widget


def _checked(widget: QListWidget) -> tuple | None:
    """The checked values, or None when all are checked (no filter)."""
    values = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
              if widget.item(i).checkState() == Qt.CheckState.Checked]
    return None if len(values) == widget.count() else tuple(values)


class ReportsDialog(QDialog):
    def __init__(self, context: AppContext, account_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reports"))
        self.context = context
        self.account_id = account_id
        self.issuer = current_issuer()
        self.choices = context.read(lambda s: report_choices(s, account_id=account_id))
        self.loader = _reports_loader(context)
        self._key = f"report-{id(self)}"
        #: the built previews; removed on closing, and at the latest when the dialog is
        #: garbage or the program ends, so no internal report stays behind in /tmp
        self._previews = tempfile.TemporaryDirectory(prefix="kam-report-",
                                                     ignore_cleanup_errors=True)
        self._folder = Path(self._previews.name)
        self._builds = 0
        #: the built report on show, open for the preview and the printer
        self.document: PdfPages | None = None
        self.built: Path | None = None
        self.request: ReportRequest | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.rebuild)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report"))
        if account_id is not None:
            self.kind.addItem(self.tr("Value dossier (for the client)"), VALUE_DOSSIER)
            self.kind.addItem(self.tr("Meeting pack (internal)"), MEETING_PACK)
            self.kind.addItem(self.tr("Account plan (internal)"), ACCOUNT_PLAN)
            self.kind.addItem(self.tr("Hand-over pack (internal)"), HANDOVER_PACK)
        self.kind.addItem(self.tr("Portfolio report (internal)"), PORTFOLIO)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        russian = QLocale().language() == QLocale.Language.Russian
        self.language.setCurrentIndex(0 if russian else 1)

        self.options = QStackedWidget()
        self.pages_by_kind = {VALUE_DOSSIER: self._value_options(),
                              MEETING_PACK: self._meeting_options(),
                              ACCOUNT_PLAN: self._plan_options(),
                              HANDOVER_PACK: self._handover_options(),
                              PORTFOLIO: self._portfolio_options()}
        for box in self.pages_by_kind.values():
            page = QWidget()  # keeps the options at the top instead of spread out
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            page_layout.addWidget(box)
            page_layout.addStretch(1)
            self.options.addWidget(page)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        left = QVBoxLayout()
        if self.choices.account_name:
            title = QLabel(f"<b>{self.choices.account_name}</b>")
            title.setTextFormat(Qt.TextFormat.RichText)
            left.addWidget(title)
        left.addLayout(form)
        left.addWidget(self.options, 1)
        signature = self.issuer.signature()
        self.issuer_note = QLabel(
            self.tr("From: {issuer}. Set in Edit → Preferences.").format(issuer=signature)
            if signature else
            self.tr("The reports do not say who they are from: set your company and your "
                    "name in Edit → Preferences."))
        self.issuer_note.setTextFormat(Qt.TextFormat.PlainText)
        self.issuer_note.setWordWrap(True)
        self.issuer_note.setEnabled(False)
        left.addWidget(self.issuer_note)

        self.preview = PagePreview()
        self.pages = self.preview.view
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the builders do not report steps
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Building the report"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        right = QVBoxLayout()
        right.addLayout(status_row)
        right.addWidget(self.preview, 1)

        self.open_after = QCheckBox(self.tr("Open after saving"))
        self.open_after.setChecked(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.print_button.clicked.connect(self.ask_and_print)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_and_print)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_and_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_after)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        body = QHBoxLayout()
        side = QWidget()
        side.setLayout(left)
        side.setFixedWidth(360)
        body.addWidget(side)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        restore_geometry(self, "reports_dialog", QSize(1120, 760))

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self.schedule)
        self._kind_changed()

    # --- options -------------------------------------------------------------------
    def _value_options(self) -> QWidget:
        box = QGroupBox(self.tr("Value dossier"))
        form = QFormLayout(box)
        self.limit_period = QCheckBox(self.tr("Only a period"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.schedule)
        self.limit_period.toggled.connect(self.date_from.setEnabled)
        self.limit_period.toggled.connect(self.date_to.setEnabled)
        self.limit_period.toggled.connect(self.schedule)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("—"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form.addRow(self.limit_period)
        form.addRow(period)
        self.departments = _checklist([(d, d) for d in self.choices.departments],
                                      self.tr("Client departments"))
        self.departments.itemChanged.connect(self.schedule)
        form.addRow(QLabel(self.tr("Client departments")))
        if self.choices.departments:
            form.addRow(self.departments)
        else:
            form.addRow(QLabel(self.tr("No value entry names a department yet.")))
        self.show_cost = QCheckBox(self.tr("Show our cost"))
        self.show_cost.setToolTip(self.tr("Leave it off when the client should see only the "
                                          "value they received"))
        self.show_cost.setChecked(True)
        self.show_cost.toggled.connect(self.schedule)
        form.addRow(self.show_cost)
        note = QLabel(self.tr("For the client: personal notes, the role map, stances, strategy, "
                              "opportunities and the diary never appear in it."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        return box

    def _meeting_options(self) -> QWidget:
        box = QGroupBox(self.tr("Meeting pack"))
        form = QFormLayout(box)
        self.attendees = _checklist([(c, c) for c in self.choices.contacts],
                                    self.tr("Who will be at the meeting"))
        for index in range(self.attendees.count()):
            self.attendees.item(index).setCheckState(Qt.CheckState.Unchecked)
        self.attendees.setMaximumHeight(260)
        self.attendees.itemChanged.connect(self.schedule)
        form.addRow(QLabel(self.tr("Who will be at the meeting")))
        form.addRow(self.attendees)
        note = QLabel(self.tr("Internal and confidential: it holds the personal notes of the "
                              "people you tick. Do not hand it to the client."))
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _plan_options(self) -> QWidget:
        box = QGroupBox(self.tr("Account plan"))
        note = QLabel(self.tr("The plan in writing, for the team: the situation, the goals "
                              "with their strategy, resources and actions, the risks. "
                              "Internal; it holds no personal notes."))
        note.setWordWrap(True)
        QVBoxLayout(box).addWidget(note)
        return box

    def _handover_options(self) -> QWidget:
        box = QGroupBox(self.tr("Hand-over pack"))
        form = QFormLayout(box)
        self.receiver = QComboBox()
        self.receiver.setEditable(True)
        self.receiver.setAccessibleName(self.tr("Who takes the account on"))
        self.receiver.addItems(list(self.choices.receivers))
        self.receiver.setCurrentText(self.choices.receivers[0] if self.choices.receivers else "")
        self.receiver.currentTextChanged.connect(self.schedule)
        form.addRow(self.tr("Taken on by"), self.receiver)
        note = QLabel(self.tr("Internal and confidential. The contacts' personal notes are in "
                              "it only when the receiver is on the account team."))
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def choose_handover_pack(self, receiver: str) -> None:
        """Show the hand-over pack for ``receiver`` (offered when a hand-over is recorded)."""
        self.receiver.setCurrentText(receiver)
        self.kind.setCurrentIndex(self.kind.findData(HANDOVER_PACK))

    def _portfolio_options(self) -> QWidget:
        box = QGroupBox(self.tr("Portfolio report"))
        form = QFormLayout(box)
        self.categories = _checklist([(c, name_of(c)) for c in Category],
                                     self.tr("Categories"))
        self.categories.itemChanged.connect(self.schedule)
        form.addRow(QLabel(self.tr("Categories")))
        form.addRow(self.categories)
        self.owners = _checklist([(o, o) for o in self.choices.owners], self.tr("Owners"))
        self.owners.itemChanged.connect(self.schedule)
        form.addRow(QLabel(self.tr("Owners")))
        form.addRow(self.owners)
        return box

    def _kind_changed(self, *_args) -> None:
        self.options.setCurrentWidget(self.pages_by_kind[self.kind.currentData()].parentWidget())
        self.rebuild()

    def current_request(self) -> ReportRequest:
        kind = self.kind.currentData()
        request = ReportRequest(kind, self.language.currentData(), self.account_id,
                                self.choices.account_name, issuer=self.issuer,
                                main_currency=settings.value("main_currency"))
        if kind == VALUE_DOSSIER:
            period = self.limit_period.isChecked()
            return replace(request, date_from=self.date_from.date().toPython() if period else None,
                           date_to=self.date_to.date().toPython() if period else None,
                           departments=_checked(self.departments) if self.choices.departments
                           else None, show_cost=self.show_cost.isChecked())
        if kind == MEETING_PACK:
            return replace(request, attendees=_checked(self.attendees) or ())
        if kind == ACCOUNT_PLAN:
            return replace(request, cooling_days=settings.value("cooling_days"),
                           review_months=tuple(settings.review_months().items()))
        if kind == HANDOVER_PACK:
            return replace(request, receiver=self.receiver.currentText())
        return replace(request, categories=_checked(self.categories), owners=_checked(self.owners))

    # --- building ------------------------------------------------------------------
    def schedule(self, *_args) -> None:
        self._timer.start()

    def rebuild(self) -> None:
        """Build the current request in the background and show its pages when done."""
        self._timer.stop()
        request = self.current_request()
        self._builds += 1
        path = self._folder / f"report-{self._builds}.pdf"
        today = date.today()

        def build(session) -> Built:
            try:
                build_report(session, request, path, today)
                return Built(path)
            except InputError as error:
                return Built(None, error.message)
            except Exception as error:  # shown in the dialog, not lost in a worker thread
                return Built(None, str(error))

        self.request = request
        self._forget_document()
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Building the report…"))
        self.loader.load(self._key, build, self._show)

    def _show(self, built: Built) -> None:
        self.progress.hide()
        if built.error is None:
            try:
                self.document = PdfPages(built.path)
            except Exception as error:  # a file PDFium cannot read: say so, like a failed build
                built = Built(None, str(error))
        if built.error is not None:
            self.status.setText(self.tr("The report cannot be built: {problem}").format(
                problem=translated(built.error)))
            return
        self.built = built.path
        self.pages.set_document(self.document)
        self.status.setText(self.tr("%n page(s).", "", len(self.document)))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _forget_document(self) -> None:
        self.pages.set_document(None)
        if self.document is not None:
            self.document.close()
        self.document = self.built = None

    # --- printing ------------------------------------------------------------------
    def ask_and_print(self) -> None:
        """The system's print dialog (printer, pages, copies, two-sided where the
        printer offers it), then the pages the preview shows."""
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name().removesuffix(".pdf"))
        fit_printer_to(printer, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage)
        dialog.setMinMax(1, len(self.document))
        with self._rebuild_held():
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.print_to(printer)

    @contextlib.contextmanager
    def _rebuild_held(self):
        """Keep the previewed file while the print dialog and the printing run (their
        event loops would let an option changed just before rebuild it under them)."""
        pending = self._timer.isActive()
        self._timer.stop()
        try:
            yield
        finally:
            if pending:
                self._timer.start()

    def chosen_pages(self, printer: QPrinter) -> list[int]:
        """The pages (from 0) the print dialog asked for."""
        every = range(len(self.document))
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            return [self.pages.current_page()]
        if chosen == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
            return [page for page in every if printer.pageRanges().contains(page + 1)]
        return list(every)

    def print_to(self, printer: QPrinter) -> int:
        """Send the chosen pages to ``printer``, with a progress window that can stop
        it; returns the sheets sent (0 when stopped or the printer failed)."""
        waiting = QProgressDialog(self.tr("Printing…"), self.tr("Stop"), 0, 0, self)
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(500)

        def progress(done: int, total: int) -> bool:
            waiting.setMaximum(total)
            waiting.setValue(done)
            return not waiting.wasCanceled()

        with self._rebuild_held():
            sent = print_pages(self.document, printer, self.chosen_pages(printer), progress)
        waiting.close()
        if sent:
            self.status.setText(self.tr("Sent to the printer: %n page(s).", "", sent))
        elif not waiting.wasCanceled():
            self.status.setText(self.tr("The printer {printer} could not print the report.")
                                .format(printer=printer.printerName() or printer.outputFileName()))
        return sent

    # --- saving --------------------------------------------------------------------
    def suggested_name(self) -> str:
        names = {VALUE_DOSSIER: self.tr("{account} — value dossier"),
                 MEETING_PACK: self.tr("{account} — meeting pack"),
                 ACCOUNT_PLAN: self.tr("{account} — account plan"),
                 PORTFOLIO: self.tr("Portfolio report")}
        return names[self.request.kind].format(account=self.choices.account_name) + ".pdf"

    def ask_and_save(self) -> None:
        if self.built is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              self.suggested_name(), "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save(Path(path))

    def save(self, target: Path) -> bool:
        """Copy the previewed file to ``target`` atomically; open it when asked."""
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=target.parent)
        os.close(handle)
        try:
            shutil.copyfile(self.built, temporary)
            os.replace(temporary, target)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            self.status.setText(self.tr("Could not write {path}: {problem}").format(
                path=target, problem=error.strerror or error))
            return False
        self.status.setText(self.tr("Saved: {path}").format(path=target))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return True

    def done(self, result: int) -> None:
        """Close at once, even while a long report is building: its result is dropped,
        and with the folder gone it cannot leave a file behind."""
        self._timer.stop()
        self.loader.cancel(self._key)
        self._forget_document()
        self._previews.cleanup()
        super().done(result)
