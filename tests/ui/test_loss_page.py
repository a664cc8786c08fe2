"""Loss and win-back in the window: setting a client to lost asks for the loss (cancelled,
nothing changes; refused, the form says where), the dossier shows the loss and its
win-back plan, edited undoably, Today reminds of the actions due, and the dashboard counts
the losses by cause and by competitor per year."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.losses import record_loss
from kam_desktop.services.records import add_record
from kam_desktop.ui.dashboard import VIEWS
from kam_desktop.ui.dossier.loss_form import LossDialog
from kam_desktop.ui.dossier.losses import LossPage
from kam_desktop.ui.dossier.profile import ProfilePage
from kam_desktop.ui.main_window import MainWindow
from test_dashboard import _dashboard


def _account(context, account_id) -> dict:
    return context.read(lambda s: load_dossier(s, account_id))


def _when_the_form_opens(act) -> None:
    """Run ``act(dialog)`` on the loss form once it is shown (it runs modally)."""
    def find() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, LossDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, find)
        else:
            act(dialog)
    QTimer.singleShot(0, find)


def _fill(dialog: LossDialog, **values) -> None:
    for field, value in values.items():
        editor = next(e for e in dialog.editors if e.field == field)
        editor.load(value)


def test_setting_lost_asks_for_the_loss_and_records_both_in_one_undo_step(
        context, make_account, open_page) -> None:
    account_id = make_account(lifecycle="key")
    add = lambda kind, **values: context.write(lambda s: add_record(  # noqa: E731
        s, kind=kind, parent_id=account_id, values=values))
    add("ladder_assessment", date="2026-01-10", our_view=2, competitors={"«СтеклоХим»": 3})
    page = open_page(ProfilePage, account_id)
    seen = {}

    def answer(dialog: LossDialog) -> None:
        seen["offered"] = [dialog.competitor.input.itemText(i)
                           for i in range(dialog.competitor.input.count())]
        _fill(dialog, cause="quality", details="Брак в двух партиях подряд",
              competitor="«СтеклоХим»", could_have_done="Приехать с технологом",
              win_back_possible=True, date=date(2026, 11, 2))
        dialog.accept()

    _when_the_form_opens(answer)
    page.lifecycle.input.setCurrentIndex(page.lifecycle.input.findData("lost"))
    assert seen["offered"] == ["«СтеклоХим»"]
    dossier = _account(context, account_id)
    assert dossier.account["lifecycle"].value == "lost"
    assert dossier.account["lifecycle_reason"] == "Брак в двух партиях подряд"
    (loss,) = dossier.sections["loss"]
    assert (loss["date"], loss["cause"].value, loss["competitor"], loss["win_back_possible"]) \
        == (date(2026, 11, 2), "quality", "«СтеклоХим»", True)
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    dossier = _account(context, account_id)
    assert dossier.account["lifecycle"].value == "key" and dossier.sections["loss"] == []
    assert page.lifecycle.value() == "key"
    context.undo_stack.redo()
    assert _account(context, account_id).account["lifecycle"].value == "lost"


def test_a_cancelled_form_leaves_the_stage_and_a_refused_one_says_where(
        context, make_account, open_page) -> None:
    account_id = make_account(lifecycle="developing")
    page = open_page(ProfilePage, account_id)
    _when_the_form_opens(lambda dialog: dialog.reject())
    page.lifecycle.input.setCurrentIndex(page.lifecycle.input.findData("lost"))
    assert page.lifecycle.value() == "developing"
    assert _account(context, account_id).account["lifecycle"].value == "developing"

    errors = {}

    def refuse_then_cancel(dialog: LossDialog) -> None:
        _fill(dialog, details="   ")
        dialog.accept()  # refused: the form stays open and names the field
        errors["shown"] = dialog.isVisible(), dialog.details.error.text()
        dialog.reject()

    _when_the_form_opens(refuse_then_cancel)
    page.lifecycle.input.setCurrentIndex(page.lifecycle.input.findData("lost"))
    assert errors["shown"] == (True, "must not be empty")
    assert _account(context, account_id).sections["loss"] == []
    assert context.undo_stack.count() == 0


def test_the_page_shows_the_loss_and_its_win_back_plan_edited_undoably(
        qtbot, context, make_account, open_page) -> None:
    account_id = make_account(lifecycle="key")
    loss_id = context.write(lambda s: record_loss(s, account_id=account_id, values={
        "date": "2026-05-04", "cause": "delivery", "details": "Сорвали две поставки",
        "competitor": "«Промсмазка»", "win_back_possible": True}))
    page = open_page(LossPage, account_id)
    assert page.losses.proxy.rowCount() == 1
    assert page.losses.current_id() == loss_id
    assert page.losses.proxy.index(0, 2).data() == "«Промсмазка»"

    page.actions.add()
    (action,) = _account(context, account_id).sections["win_back_action"]
    assert action["loss_id"] == loss_id and action["due"] == date.today()
    title = next(e for e in page.actions.editors if e.field == "title")
    title.input.setText("Показать новый склад")
    title.input.editingFinished.emit()
    done = next(e for e in page.actions.editors if e.field == "done")
    done.input.setChecked(True)
    (action,) = _account(context, account_id).sections["win_back_action"]
    assert (action["title"], action["done"]) == ("Показать новый склад", True)
    assert page.actions.proxy.index(0, 3).data() == "✓"

    context.undo_stack.undo()
    context.undo_stack.undo()
    (action,) = _account(context, account_id).sections["win_back_action"]
    assert (action["title"], action["done"]) == ("Win-back action 1", False)


def test_today_reminds_of_a_win_back_action_and_marks_it_done(qtbot, context,
                                                              make_account) -> None:
    account_id = make_account(name="АО «Вектор»", lifecycle="key")
    loss_id = context.write(lambda s: record_loss(s, account_id=account_id, values={
        "date": "2026-05-04", "cause": "price", "details": "Тендер", "win_back_possible": True}))
    action_id = context.write(lambda s: add_record(s, kind="win_back_action",
                                                   parent_id=loss_id, values={
        "title": "Позвонить директору по закупкам", "due": date.today() - timedelta(days=2)}))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    today = window.today
    item = next(i for i in today.model.items if i.kind == "win_back")
    assert (item.record_id, item.text, item.days) == (
        action_id, "Позвонить директору по закупкам", 2)
    assert today.model.days_text(item).startswith("2 day")  # overdue, as plan actions
    today.tree.setCurrentIndex(today.model.index_of(item))
    today.done_button.click()
    qtbot.waitUntil(lambda: not any(i.kind == "win_back" for i in today.model.items),
                    timeout=10000)
    assert _account(context, account_id).sections["win_back_action"][0]["done"] is True


def test_the_dashboard_counts_losses_per_year_by_cause_and_competitor(
        qtbot, context, make_account, russian) -> None:
    a, b, c = (make_account(name=name, lifecycle="key") for name in ("А", "Б", "В"))
    for account_id, day, cause, competitor in (
            (a, "2025-04-01", "price", "«Альфа»"), (b, "2026-02-01", "price", "«Альфа»"),
            (c, "2026-03-01", "delivery", None)):
        context.write(lambda s, i=account_id, d=day, k=cause, r=competitor: record_loss(
            s, account_id=i, values={"date": d, "cause": k, "details": "Ушли",
                                     "competitor": r}))
    _window, dashboard = _dashboard(qtbot, context)
    dashboard.views.setCurrentRow(VIEWS.index("losses"))
    by_cause, by_competitor = dashboard.targets
    # by hand: 2025 one price loss (А); 2026 one price (Б) and one delivery (В)
    assert [(s.caption, set(s.accounts)) for s in by_cause.selections] == [
        ("2025: Цена — 1 клиент", {a}), ("2026: Цена — 1 клиент", {b}),
        ("2026: Поставки — 1 клиент", {c})]
    assert [r.get_height() for r in by_cause.rects] == [1, 1, 1]
    assert [r.get_y() for r in by_cause.rects] == [0, 0, 1]  # delivery on top of price
    assert [(s.caption, set(s.accounts)) for s in by_competitor.selections] == [
        ("2025: «Альфа» — 1 клиент", {a}), ("2026: «Альфа» — 1 клиент", {b}),
        ("2026: Неизвестно — 1 клиент", {c})]
    assert "Можно вернуть: 0;" in dashboard.note.text()


def test_the_pages_competitor_field_offers_the_named_competitors_once_used(
        qtbot, context, make_account, open_page) -> None:
    account_id = make_account(lifecycle="key")
    other = make_account("ООО «Кама»")
    for owner, competitors in ((account_id, {"«СтеклоХим»": 3}), (other, {"«Кварц»": 2})):
        context.write(lambda s, o=owner, c=competitors: add_record(
            s, kind="ladder_assessment", parent_id=o,
            values={"date": "2026-01-10", "our_view": 2, "competitors": c}))
    context.write(lambda s: record_loss(s, account_id=account_id, values={
        "date": "2026-05-04", "cause": "price", "details": "Дешевле",
        "competitor": "«Промсмазка»"}))
    page = open_page(LossPage, account_id)
    combo = page.losses.competitor.input
    assert combo.currentText() == "«Промсмазка»"

    combo.setFocus()
    qtbot.waitUntil(lambda: combo.count() == 3)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "«СтеклоХим»", "«Кварц»", "«Промсмазка»"]
    assert combo.currentText() == "«Промсмазка»"
