"""Typing in the portfolio's search: each keystroke searches only what the former one
showed, and shows exactly what a search from scratch would."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kam_desktop.domain.enums import Category
from kam_desktop.services.demo import load_demo
from kam_desktop.services.portfolio import list_accounts


def _expected(portfolio, text: str, category=None) -> list:
    folded = text.strip().casefold()
    return [row.id for row in portfolio.model.all_rows
            if folded in row.search_text and (category is None or row.category == category)]


def test_typing_on_narrows_and_deleting_widens_with_the_filters_kept(context,
                                                                    shown_window) -> None:
    with context.db.transaction() as session:
        load_demo(session, accounts=40, seed=4, today=date.today())
    portfolio = shown_window().portfolio
    word = portfolio.model.all_rows[7].name[:5]
    typed = [word[:n] for n in range(1, len(word) + 1)]
    for text in typed + typed[-2::-1] + [""]:
        portfolio.search.setText(text)
        assert [row.id for row in portfolio.model.rows] == _expected(portfolio, text), text
    portfolio.category.setCurrentIndex(portfolio.category.findData(Category.KEY))
    for text in typed + typed[-2::-1]:
        portfolio.search.setText(text)
        assert [row.id for row in portfolio.model.rows] == \
            _expected(portfolio, text, Category.KEY), text
    portfolio.search.setText(word.upper())  # the search ignores case
    assert [row.id for row in portfolio.model.rows] == _expected(portfolio, word,
                                                                  Category.KEY)


def test_the_search_has_its_clear_button_once_the_rows_are_drawn(qtbot, context,
                                                                 make_account,
                                                                 shown_window) -> None:
    make_account("Альфа")
    portfolio = shown_window().portfolio
    portfolio.window().tabs.setCurrentWidget(portfolio)
    qtbot.waitUntil(portfolio.search.isClearButtonEnabled, timeout=5000)
    portfolio.search.setText("аль")
    assert portfolio.visible_count() == 1


def test_backspacing_and_typing_otherwise_show_what_a_search_from_scratch_would(
        context, make_account, shown_window) -> None:
    """Backspacing shows again the rows a shorter search found (kept, not searched
    again); a new sort, a grouping or new rows make it search again."""
    with context.db.transaction() as session:
        load_demo(session, accounts=40, seed=4, today=date.today())
    portfolio = shown_window().portfolio
    model = portfolio.model

    def shows(text: str) -> list:
        portfolio.search.setText(text)
        return [row.id for row in model.rows]

    word = model.all_rows[7].name[:4]
    for text in (word, word[:1], word[:1] + "щ", word[:1], word[:2], "", word[:2]):
        assert shows(text) == _expected(portfolio, text), text
    portfolio.table.sortByColumn(model.column_of("owner"), Qt.SortOrder.DescendingOrder)
    assert shows(word[:1]) == _expected(portfolio, word[:1])  # in the new order
    assert shows(word[:2]) == _expected(portfolio, word[:2])
    portfolio.by_holding.setChecked(True)
    for text in (word[:1], word[:3], word[:1]):
        assert shows(text) == [row.id for row in model.groups.arrange(
            [row for row in model.all_rows if text.casefold() in row.search_text])], text
    portfolio.by_holding.setChecked(False)
    shows(word[:2])
    added = make_account(word + " новый")
    with context.db.sessions() as session:
        model.set_rows(list_accounts(session, today=date.today()), date.today())
    assert added in shows(word[:1]) and added in shows(word[:2])
    assert shows(word[:2]) == _expected(portfolio, word[:2])


def test_accounts_whose_diaries_mention_the_search_are_shown_and_typing_on_narrows(
        context, shown_window) -> None:
    with context.db.transaction() as session:
        load_demo(session, accounts=40, seed=4, today=date.today())
    portfolio = shown_window().portfolio
    model = portfolio.model
    text = "нет-такого-слова"
    portfolio.search.setText(text)
    assert model.rows == []
    mentioned = {model.all_rows[3].id, model.all_rows[9].id}
    model.update_criteria(diary_matches=mentioned)  # as the diaries' search answers
    assert [row.id for row in model.rows] == [row.id for row in model.all_rows
                                              if row.id in mentioned]
    portfolio.search.setText(text + "!")  # typing on: the diaries are searched again
    assert model.rows == []
