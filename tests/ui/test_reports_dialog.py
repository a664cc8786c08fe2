"""The Reports dialog: options, a preview of the real pages, saving the very file."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from fresh_databases import fresh_database
from kam_desktop.services.records import add_record
from kam_desktop.ui import settings
from kam_desktop.ui.pdf_pages import PdfPages
from kam_desktop.ui.reports_dialog import MEETING_PACK, PORTFOLIO, VALUE_DOSSIER, ReportsDialog


@pytest.fixture
def account(db, make_account):
    account = make_account("АО «Каппа»", owner="Белоусова")
    with db.transaction() as s:
        for title, department, benefit, cost in (
                ("Обучение операторов", "Производство", "250000", "40000"),
                ("Аудит склада", "Логистика", "90000", "15000")):
            add_record(s, kind="value_entry", parent_id=account, values={
                "date": date(2026, 3, 1), "kind": "training", "title": title,
                "department": department, "client_benefit": benefit, "our_cost": cost})
        for name, note in (("Орлов Иван", "любит хоккей"), ("Смирнова Анна", "коллекционирует марки")):
            contact = add_record(s, kind="contact", parent_id=account, values={"name": name})
            add_record(s, kind="personal_notes", parent_id=contact, values={"interests": note})
    return account


def _dialog(qtbot, context, account_id):
    dialog = ReportsDialog(context, account_id)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)  # no system viewer in tests
    dialog.show()
    return dialog


def _built(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog.progress.isHidden(),
                    timeout=30000)


def _saved_text(dialog, path) -> str:
    assert dialog.save(path)
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_value_dossier_previews_and_saves_the_same_file(qtbot, context, account, tmp_path) -> None:
    dialog = _dialog(qtbot, context, account)
    assert dialog.kind.currentData() == VALUE_DOSSIER
    _built(qtbot, dialog)
    assert dialog.pages.count() == len(PdfReader(dialog.built).pages) >= 2
    assert dialog.save_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    text = _saved_text(dialog, out / "dossier.pdf")
    assert "Обучение операторов" in text and "Аудит склада" in text
    assert (out / "dossier.pdf").read_bytes() == dialog.built.read_bytes()
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]  # no temporary left


def test_options_change_the_report(qtbot, context, account, tmp_path) -> None:
    dialog = _dialog(qtbot, context, account)
    _built(qtbot, dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.show_cost.setChecked(False)
    logistics = dialog.departments.findItems("Логистика", Qt.MatchFlag.MatchExactly)[0]
    logistics.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.current_request().departments == ("Производство",)
    _built(qtbot, dialog)
    text = _saved_text(dialog, tmp_path / "filtered.pdf")
    assert "Value dossier" in text or "VALUE DOSSIER" in text.upper()
    assert "Обучение операторов" in text and "Аудит склада" not in text
    assert "40 000" not in text and "40,000" not in text  # our cost left out


def test_a_bad_period_is_explained_and_nothing_can_be_saved(qtbot, context, account) -> None:
    dialog = _dialog(qtbot, context, account)
    dialog.limit_period.setChecked(True)
    dialog.date_from.setDate(date(2026, 6, 1))
    dialog.date_to.setDate(date(2026, 1, 1))
    _built(qtbot, dialog)
    assert "starts after it ends" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and dialog.pages.count() == 0
    assert not dialog.print_button.isEnabled()


def test_the_meeting_pack_holds_the_notes_of_the_ticked_attendees_only(
        qtbot, context, account, tmp_path) -> None:
    dialog = _dialog(qtbot, context, account)
    dialog.kind.setCurrentIndex(dialog.kind.findData(MEETING_PACK))
    orlov = dialog.attendees.findItems("Орлов Иван", Qt.MatchFlag.MatchExactly)[0]
    orlov.setCheckState(Qt.CheckState.Checked)
    _built(qtbot, dialog)
    assert dialog.current_request().attendees == ("Орлов Иван",)
    text = _saved_text(dialog, tmp_path / "pack.pdf")
    assert "любит хоккей" in text and "коллекционирует марки" not in text


def test_the_portfolio_report_needs_no_account(qtbot, context, account, tmp_path) -> None:
    dialog = _dialog(qtbot, context, None)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [PORTFOLIO]
    _built(qtbot, dialog)
    assert "АО «Каппа»" in _saved_text(dialog, tmp_path / "portfolio.pdf")


def test_closing_while_building_leaves_no_file_behind(qtbot, context, account) -> None:
    dialog = _dialog(qtbot, context, account)
    folder = dialog._folder
    dialog.rebuild()
    dialog.reject()
    assert not folder.exists()
    dialog.loader.wait()  # the job finishes unseen
    assert not folder.exists()


def _pdf_printer(path, copies: int = 1) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCopyCount(copies)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def _looks_alike(printed: QImage, shown: QImage) -> bool:
    """The printed page and the previewed one, both shrunk to 20×28: where the ink is
    agrees closely (correlation of the darkness), as it does not between two pages."""
    darkness = []
    for image in (printed, shown):
        small = image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
            20, 28, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        darkness.append([255 - small.pixelColor(x, y).value()
                         for x in range(20) for y in range(28)])
    return statistics.correlation(*darkness) > 0.9


def test_printing_draws_the_previewed_pages_honouring_range_and_copies(
        qtbot, context, account, tmp_path) -> None:
    dialog = _dialog(qtbot, context, account)
    _built(qtbot, dialog)
    count = dialog.pages.count()
    assert count >= 3 and dialog.print_button.isEnabled()

    everything = tmp_path / "all.pdf"
    assert dialog.print_to(_pdf_printer(everything)) == count
    assert len(PdfReader(everything).pages) == count
    printed = PdfPages(everything)
    try:
        for index in range(count):
            assert _looks_alike(printed.picture(index, 200), dialog.document.picture(index, 200))
        assert not _looks_alike(printed.picture(0, 200), dialog.document.picture(1, 200))
    finally:
        printed.close()

    some = tmp_path / "pages-2-3-twice.pdf"
    printer = _pdf_printer(some, copies=2)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    assert dialog.print_to(printer) == 4
    assert abs(float(PdfReader(some).pages[0].mediabox.width) - 595.3) < 1  # A4
    printed = PdfPages(some)
    try:
        assert len(printed) == 4  # collated: 2, 3, 2, 3
        shown = [dialog.document.picture(index, 200) for index in (1, 2, 1, 2)]
        assert all(_looks_alike(printed.picture(index, 200), shown[index]) for index in range(4))
    finally:
        printed.close()


def test_the_preview_zooms_fits_the_width_and_goes_page_by_page(
        qtbot, context, account) -> None:
    dialog = _dialog(qtbot, context, account)
    dialog.resize(1280, 720)
    _built(qtbot, dialog)
    view = dialog.pages
    assert view.fits_width()
    room = view.viewport().width()
    assert room - 40 < view.strip.page_rects()[0].width() <= room
    view.zoom_in()
    assert not view.fits_width() and view.zoom() > 0
    dialog.preview.buttons["zoom_out"].click()
    dialog.preview.buttons["zoom_out"].click()
    assert view.zoom() < 1 and "%" in dialog.preview.zoom_label.text()
    dialog.preview.buttons["fit"].click()
    assert view.fits_width()
    assert view.current_page() == 0 and not dialog.preview.buttons["previous"].isEnabled()
    dialog.preview.buttons["next"].click()
    assert view.current_page() == 1
    assert dialog.preview.where.text() == f"Page 2 of {view.count()}"
    dialog.preview.buttons["previous"].click()
    assert view.current_page() == 0
    picture = view.grab().toImage()  # the page drawn, not an empty grey area
    assert picture.pixelColor(picture.width() // 2, 40).lightness() > 240


def test_the_reports_say_who_they_are_from_as_set_in_preferences(
        qtbot, context, account, tmp_path) -> None:
    settings.set_value("company_name", "ООО «Поставщик»")
    settings.set_value("user_name", "Мария Ковалёва")
    dialog = _dialog(qtbot, context, account)
    assert "ООО «Поставщик» · Мария Ковалёва" in dialog.issuer_note.text()
    _built(qtbot, dialog)
    text = _saved_text(dialog, tmp_path / "dossier.pdf")
    assert text.count("ООО «Поставщик» · Мария Ковалёва") >= dialog.pages.count()
    dialog.kind.setCurrentIndex(dialog.kind.findData(MEETING_PACK))
    _built(qtbot, dialog)
    assert "Мария Ковалёва" in _saved_text(dialog, tmp_path / "pack.pdf")


ENDS_WITH_THE_DIALOG_OPEN = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
from kam_desktop.services.records import add_record
from kam_desktop.store.database import open_database
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.reports_dialog import ReportsDialog

app = QApplication([])
database = open_database(sys.argv[1])
with database.transaction() as session:
    account = add_record(session, kind="account", parent_id=None, values={"name": "АО «Каппа»"})
window = QWidget()
dialog = ReportsDialog(AppContext(database), account, window)
dialog.show()
while dialog.built is None:
    app.processEvents()
print(dialog.built, flush=True)
sys.exit(0)  # the program ends with the dialog still open, as when the session is closed
"""


def test_a_built_report_does_not_outlive_the_program(db_path, tmp_path) -> None:
    """The previews may be internal reports with notes about people: even a dialog that
    is never closed takes them with it when the program ends."""
    fresh_database(db_path).close()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", ENDS_WITH_THE_DIALOG_OPEN, str(db_path)], capture_output=True,
        text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temporary),
             "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    built = Path(result.stdout.split()[-1])
    assert built.parent.parent == temporary and built.name.endswith(".pdf")
    assert list(temporary.iterdir()) == []
