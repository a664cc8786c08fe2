"""The profile's stage history: a change of stage made in the window shows in it, dated
and signed with the user's name; undone the same day, it goes."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.ui import settings
from kam_desktop.ui.dossier.profile import ProfilePage
from kam_desktop.ui.labels import name_of


def _rows(page) -> list[list[str]]:
    table = page.stage_history
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_change_of_stage_shows_in_the_history_and_its_undo_takes_it_away(
        open_page, context, make_account, russian) -> None:
    settings.set_value("user_name", "Марина Ершова")
    account_id = make_account(lifecycle="developing")
    page = open_page(ProfilePage, account_id)
    assert [row[1:] for row in _rows(page)] == [
        [f"начальная стадия: «{name_of(Lifecycle.DEVELOPING)}»", "", ""]]
    page.lifecycle.input.setCurrentIndex(page.lifecycle.input.findData("key"))
    newest = _rows(page)[0]
    assert newest[0] == QLocale().toString(date.today(), QLocale.FormatType.ShortFormat)
    assert newest[1:] == [f"{name_of(Lifecycle.DEVELOPING)} → {name_of(Lifecycle.KEY)}", "",
                          "Марина Ершова"]
    assert len(_rows(page)) == 2
    context.undo_stack.undo()
    assert len(_rows(page)) == 1 and page.lifecycle.value() == "developing"
