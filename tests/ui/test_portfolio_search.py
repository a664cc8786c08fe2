"""Typing in the portfolio's search: each keystroke searches only what the former one
showed, and shows exactly what a search from scratch would."""
from __future__ import annotations

from datetime import date

from kam_desktop.domain.enums import Category
from kam_desktop.services.demo import load_demo


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
