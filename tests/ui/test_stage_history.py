"""The profile's stage history: a change of stage made in the window shows in it, dated
and signed with the user's name; undone the same day, it goes."""
from __future__ import annotations

from datetime import date

from kam_desktop.ui import settings
from kam_desktop.ui.dossier.profile import ProfilePage


def _rows(page) -> list[list[str]]:
    table = page.stage_history
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_change_of_stage_shows_in_the_history_and_its_undo_takes_it_away(
        open_page, context, make_account, russian) -> None:
    settings.set_value("user_name", "Марина Ершова")
    account_id = make_account(lifecycle="developing")
    page = open_page(ProfilePage, account_id)
    assert [row[1:] for row in _rows(page)] == [["начинал как «Развивающийся»", "", ""]] \
        or len(_rows(page)) == 1
    page.lifecycle.input.setCurrentIndex(page.lifecycle.input.findData("key"))
    newest = _rows(page)[0]
    assert newest[0] == page.locale().toString(date.today(), page.locale().FormatType.ShortFormat)
    assert "→" in newest[1] and newest[3] == "Марина Ершова"
    assert len(_rows(page)) == 2
    context.undo_stack.undo()
    assert len(_rows(page)) == 1 and page.lifecycle.value() == "developing"
