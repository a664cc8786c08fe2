"""Views refresh on what a write actually changed: an edit of one account leaves the
dossier of another as it is, and every dossier follows a write it cannot see into."""
from __future__ import annotations

from kam_desktop.store.changes import Changes
from kam_desktop.ui.dossier.window import DossierWindow
from kam_desktop.ui.undo import Update, run_edit


def test_an_edit_refreshes_the_dossier_it_touches_and_no_other(qtbot, context, make_account) -> None:
    alpha, beta = make_account("Альфа"), make_account("Бета")
    windows = {}
    for account in (alpha, beta):
        windows[account] = DossierWindow(context, account)
        qtbot.addWidget(windows[account])
    notices: list[Changes] = []
    context.changed.connect(notices.append)
    before = {account: window.dossier for account, window in windows.items()}

    run_edit(context, "test", Update("account", alpha, {"region": "Урал"}))

    assert notices == [Changes(frozenset({"account"}), frozenset({alpha}))]
    assert windows[alpha].dossier is not before[alpha]
    assert windows[alpha].dossier.account["region"] == "Урал"
    assert windows[beta].dossier is before[beta]

    context.undo_stack.undo()
    assert windows[alpha].dossier.account["region"] is None
    assert windows[beta].dossier is before[beta]


def test_a_write_outside_the_orm_refreshes_every_view(qtbot, context, make_account) -> None:
    alpha, beta = make_account("Альфа"), make_account("Бета")
    window = DossierWindow(context, beta)
    qtbot.addWidget(window)
    before = window.dossier
    run_edit(context, "test", Update("account", alpha, {"region": "Урал"}))
    assert window.dossier is before
    context.write(lambda session: session.connection().exec_driver_sql(
        "UPDATE account SET region = 'Сибирь'"))
    assert window.dossier is not before and window.dossier.account["region"] == "Сибирь"
