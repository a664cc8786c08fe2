"""Whose accounts the views show: the user's (owned, or on the account team) or
everyone's. One :class:`Scope` is shared by Today, the portfolio and the dashboard's
workload, so that one click switches all three; each view shows a :class:`ScopeSwitch`
with its own counts."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kam_desktop.ui import settings


class Scope(QObject):
    """The chosen scope (remembered in the settings) and the user's accounts, read by the
    main window with each refresh (services.mine)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = settings.value("scope")
        self.user_name = settings.value("user_name")
        self.mine: frozenset[uuid.UUID] = frozenset()

    @property
    def filtering(self) -> bool:
        """Whether only the user's accounts are shown: "mine" chosen and a name known."""
        return self.mode == "mine" and bool(self.user_name)

    def shows(self, account_id: uuid.UUID) -> bool:
        return not self.filtering or account_id in self.mine

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            settings.set_value("scope", mode)
            self.mode = mode
            self.changed.emit()

    def set_mine(self, user_name: str, mine: frozenset[uuid.UUID]) -> None:
        """The user's accounts as read for ``user_name`` (the name may have changed)."""
        if (user_name, mine) != (self.user_name, self.mine):
            self.user_name, self.mine = user_name, mine
            self.changed.emit()


class ScopeSwitch(QWidget):
    """Two buttons, "My accounts (12)" and "Everyone's (480)": the counts are what the
    hosting view would list in each scope."""

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.mine_button = QPushButton()
        self.everyone_button = QPushButton()
        self.buttons = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for mode, button in (("mine", self.mine_button), ("everyone", self.everyone_button)):
            button.setCheckable(True)
            button.setProperty("scope", mode)
            self.buttons.addButton(button)
            layout.addWidget(button)
        self.buttons.buttonClicked.connect(lambda button: scope.set_mode(button.property("scope")))
        self._counts = (0, 0)
        scope.changed.connect(self._show)
        self._show()

    def set_counts(self, mine: int, everyone: int) -> None:
        self._counts = (mine, everyone)
        self._show()

    def _show(self) -> None:
        mine, everyone = self._counts
        number = QLocale().toString
        self.mine_button.setText(self.tr("My accounts ({count})").format(count=number(mine)))
        self.everyone_button.setText(self.tr("Everyone's ({count})").format(
            count=number(everyone)))
        named = bool(self.scope.user_name)
        self.mine_button.setEnabled(named)
        self.mine_button.setToolTip(
            self.tr("The accounts {name} owns or whose account team they are on").format(
                name=self.scope.user_name) if named
            else self.tr("Give your name in Preferences to see your accounts only"))
        (self.mine_button if self.scope.filtering else self.everyone_button).setChecked(True)
