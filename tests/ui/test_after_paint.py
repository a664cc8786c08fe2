"""after_next_paint: work that waits until a widget has drawn what the user waits for."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kam_desktop.ui.loader import after_next_paint


def test_the_callback_waits_for_the_widgets_next_paint(qtbot) -> None:
    label = QLabel("rows")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    painted, called = [], []
    original = label.paintEvent
    label.paintEvent = lambda event: (painted.append(len(called)), original(event))
    after_next_paint(label, lambda: called.append(True))
    assert called == []  # not before the event loop has drawn the widget
    label.setText("more rows")
    qtbot.waitUntil(lambda: called == [True])
    assert painted and painted[0] == 0  # it was drawn before the callback ran


def test_a_hidden_widget_does_not_hold_the_callback_back(qtbot) -> None:
    label = QLabel("on another tab")
    qtbot.addWidget(label)
    called = []
    after_next_paint(label, lambda: called.append(True))
    qtbot.waitUntil(lambda: called == [True])


def test_the_callback_runs_once(qtbot) -> None:
    label = QLabel("rows")
    qtbot.addWidget(label)
    label.show()
    called = []
    after_next_paint(label, lambda: called.append(True))
    for text in ("a", "b", "c"):
        label.setText(text)
        qtbot.wait(20)
    qtbot.wait(600)  # past the patience for a widget that never paints
    assert called == [True]
