"""Who a report is from: our company and logo on the value dossier's cover, the manager
and contacts at the foot of every page, the author of the internal reports; from the
command line as from the window; the PDF's properties (language, title, subject, author)."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports.internal_texts import internal_texts
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.reports.portfolio import build_portfolio_report
from kam_desktop.reports.texts import texts
from kam_desktop.reports.value_dossier import build_value_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import meeting_pack_data, portfolio_data, value_dossier_data
from kam_desktop.services.reports.issuer import make_issuer

TODAY = date(2026, 11, 23)
ACCOUNT = "АО «Сигма»"


def _png(path: Path, size=(240, 80)) -> Path:
    """A logo with a transparent background."""
    picture = Image.new("RGBA", size, (0, 0, 0, 0))
    picture.paste((31, 95, 139, 255), (10, 10, size[0] - 10, size[1] - 10))
    picture.save(path)
    return path


@pytest.fixture
def account(db) -> str:
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={"name": ACCOUNT})
        add_record(session, kind="value_entry", parent_id=account, values={
            "date": date(2026, 3, 1), "kind": "training", "title": "Обучение",
            "client_benefit": "100000"})
        add_record(session, kind="contact", parent_id=account, values={"name": "Орлов"})
    return ACCOUNT


@pytest.fixture
def issuer(tmp_path) -> Issuer:
    return make_issuer(company="  ООО «Поставщик»  ", logo=_png(tmp_path / "logo.png"),
                       name="Мария Ковалёва", position="ключевой менеджер",
                       phone="+7 495 123-45-67", email="m.kovaleva@example.ru")


def _pages(path: Path) -> list[str]:
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]


def test_the_value_dossier_says_who_it_is_from_on_the_cover_and_every_page(
        db, account, issuer, tmp_path) -> None:
    assert issuer.company == "ООО «Поставщик»"  # typed with spaces around
    path = tmp_path / "dossier.pdf"
    with db.sessions() as session:
        build_value_dossier(value_dossier_data(session, account_name=account, today=TODAY),
                            "ru", path, issuer)
    pages = _pages(path)
    cover = pages[0]
    for text in ("Поставщик", "ООО «Поставщик»", "Ваш менеджер",
                 "Мария Ковалёва, ключевой менеджер", "+7 495 123-45-67 · m.kovaleva@example.ru"):
        assert text in cover
    for page in pages:  # the footer
        assert "ООО «Поставщик» · Мария Ковалёва, ключевой менеджер · +7 495" in page
    reader = PdfReader(path)
    assert reader.metadata.author == "Мария Ковалёва"
    logo = reader.pages[0].images[0].image
    assert logo.size == (240, 80)
    assert all(not page.images for page in reader.pages[1:2])  # the logo is the cover's


def test_without_an_issuer_the_dossier_names_no_one(db, account, tmp_path) -> None:
    path = tmp_path / "dossier.pdf"
    with db.sessions() as session:
        build_value_dossier(value_dossier_data(session, account_name=account, today=TODAY),
                            "en", path)
    cover = _pages(path)[0]
    assert "Supplier" not in cover and "Your account manager" not in cover
    assert not PdfReader(path).pages[0].images


def test_the_internal_reports_name_their_author(db, account, issuer, tmp_path) -> None:
    pack, portfolio = tmp_path / "pack.pdf", tmp_path / "portfolio.pdf"
    with db.sessions() as session:
        build_meeting_pack(meeting_pack_data(session, account_name=account, attendees=["Орлов"],
                                             today=TODAY), "en", pack, issuer)
        build_portfolio_report(portfolio_data(session, today=TODAY), "ru", portfolio, issuer)
    for path, line in ((pack, "Prepared by Мария Ковалёва, ключевой менеджер"),
                       (portfolio, "Автор: Мария Ковалёва, ключевой менеджер")):
        pages = _pages(path)
        assert all(line in page for page in pages)
        assert "m.kovaleva@example.ru" not in "".join(pages)  # contacts are for the client
        assert PdfReader(path).metadata.author == "Мария Ковалёва"


def test_every_report_declares_its_language_title_subject_and_author(
        db, account, issuer, tmp_path) -> None:
    """What a screen reader and a document manager read from the PDF's properties: the
    language to speak it in, and the title, subject and author to list it by."""
    for language, tag in (("ru", "ru-RU"), ("en", "en-GB")):
        paths = {kind: tmp_path / f"{kind}-{language}.pdf"
                 for kind in ("dossier", "pack", "portfolio")}
        with db.sessions() as session:
            build_value_dossier(value_dossier_data(session, account_name=account, today=TODAY),
                                language, paths["dossier"], issuer)
            build_meeting_pack(meeting_pack_data(session, account_name=account, attendees=[],
                                                 today=TODAY), language, paths["pack"], issuer)
            build_portfolio_report(portfolio_data(session, today=TODAY), language,
                                   paths["portfolio"], issuer)
        words, internal = texts(language), internal_texts(language)
        expected = {"dossier": (words["dossier.title"], words["dossier.subtitle"]),
                    "pack": (internal["meeting.title"], internal["meeting.subtitle"]),
                    "portfolio": (internal["portfolio.title"], internal["portfolio.subtitle"])}
        for kind, path in paths.items():
            reader = PdfReader(path)
            assert reader.trailer["/Root"]["/Lang"] == tag
            title, subject = expected[kind]
            assert reader.metadata.title.startswith(f"{title} — ")
            assert reader.metadata.subject == subject
            assert reader.metadata.author == "Мария Ковалёва"


@pytest.mark.parametrize("content", [b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                     b"\x89PNG\r\n\x1a\n broken"])
def test_a_logo_that_is_not_a_picture_is_refused(tmp_path, content) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    with pytest.raises(InputError) as refused:
        make_issuer(logo=logo)
    assert "must be a PNG or JPEG" in str(refused.value) and str(logo) in str(refused.value)
    with pytest.raises(InputError, match="cannot read"):
        make_issuer(logo=tmp_path / "missing.png")
    with pytest.raises(InputError, match="control character"):
        make_issuer(name="Мария\x00")


def test_the_command_line_takes_who_the_report_is_from(cli, db_path, tmp_path) -> None:
    assert cli("demo", "--accounts", "2", db=db_path).returncode == 0
    account = cli("accounts", "--json", db=db_path).stdout.split('"name": "')[1].split('"')[0]
    logo = _png(tmp_path / "logo.png")
    out = tmp_path / "dossier.pdf"
    result = cli("report", "value-dossier", "--account", account, "--supplier", "ООО «Поставщик»",
                 "--logo", str(logo), "--author", "Мария Ковалёва", "--position", "менеджер",
                 "--phone", "+7 495 123-45-67", "--email", "m@example.ru", "-o", str(out),
                 db=db_path)
    assert result.returncode == 0, result.stderr
    assert "ООО «Поставщик» · Мария Ковалёва, менеджер · +7 495 123-45-67 · m@example.ru" \
        in _pages(out)[-1]
    assert PdfReader(out).pages[0].images

    pack = tmp_path / "portfolio.pdf"
    result = cli("report", "portfolio", "--author", "Мария Ковалёва", "--lang", "en",
                 "-o", str(pack), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Prepared by Мария Ковалёва" in _pages(pack)[0]

    text_logo = tmp_path / "logo.svg"
    text_logo.write_text("<svg/>")
    refused = cli("report", "value-dossier", "--account", account, "--logo", str(text_logo),
                  "-o", str(tmp_path / "no.pdf"), db=db_path)
    assert refused.returncode == 2 and not (tmp_path / "no.pdf").exists()
    assert refused.stderr.count("\n") == 1 and "PNG or JPEG" in refused.stderr


def test_a_logo_as_large_as_a_page_fits_the_cover(db, account, tmp_path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 3000), "white").save(buffer, "PNG")
    path = tmp_path / "dossier.pdf"
    with db.sessions() as session:
        build_value_dossier(value_dossier_data(session, account_name=account, today=TODAY),
                            "ru", path, Issuer(company="ООО «Поставщик»", logo=buffer.getvalue()))
    assert "Стоимостное досье" in _pages(path)[0]  # still on the cover, under the logo
