"""A refused interchange file is explained in the interface's language; the path in the
file stays as it is, because it names keys of the file."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange import import_document
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.messages import translated

CONTACT_ID = "0b6a4a52-3c1e-4d8e-9a51-000000000301"


def refusal(db, *accounts: dict) -> InputError:
    document = {"format": "kam-desktop.accounts", "version": 1, "accounts": list(accounts)}
    with pytest.raises(InputError) as error:
        with db.transaction() as session:
            import_document(session, document)
    return error.value


def test_a_value_of_the_wrong_kind_is_refused_in_russian(db, russian) -> None:
    error = refusal(db, {"name": "Атлас", "contacts": [{"name": "Ирина", "interest": "8"}]})
    assert error.where == "accounts[0].contacts[0].interest"
    assert error.message == "expected a number, found the text '8'"
    assert translated(error.message) == "ожидалось число, найдено: текст '8'"


def test_an_unknown_key_is_refused_in_russian(db, russian) -> None:
    error = refusal(db, {"name": "Атлас", "contacts": [{"name": "Ирина", "intrest": 8}]})
    assert error.where == "accounts[0].contacts[0].intrest"
    assert error.message == "unknown key 'intrest'; did you mean 'interest'?"
    assert translated(error.message) == "неизвестный ключ 'intrest'; может быть, 'interest'?"


def test_the_kinds_of_records_are_named_in_russian(db, russian) -> None:
    with db.transaction() as session:
        import_document(session, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
            {"name": "Атлас", "contacts": [{"id": CONTACT_ID, "name": "Ирина"}]}]})
    error = refusal(db, {"name": "Север", "contacts": [{"id": CONTACT_ID, "name": "Ирина"}]})
    assert error.where == "accounts[0].contacts[0].id"
    assert error.message == "this id belongs to a contact of another account in the database"
    assert translated(error.message) == "в базе этот id — контакт другого клиента"


def test_the_window_shows_a_refused_file_in_russian(qtbot, context, russian, tmp_path) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kam-desktop.accounts", "version": 1, "accounts": '
                   '[{"name": "Альфа", "contacts": [{"name": "Орлов", "interest": "8"}]}]}',
                   encoding="utf-8")
    window.import_path(bad)
    dialog = window.findChild(QMessageBox, "bad_input_dialog")
    assert dialog.text() == "accounts[0].contacts[0].interest: ожидалось число, найдено: " \
                            "текст '8'"
    dialog.close()
