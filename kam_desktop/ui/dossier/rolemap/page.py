"""The role map page: the map of the client's people on interest × involvement, the
tools to zoom and export it, the snapshot row, and beside the map what the selected
person's role means, the map's warnings and, while comparing, who changed role.

Dragging a card (or the arrow keys) changes the contact's scores as one undoable edit.
"""
from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.cooling import days_since_last_contact_by_role
from kam_desktop.domain.enums import Role
from kam_desktop.domain.rolemap import (
    LEADER_COOLING, NO_LEADER, NO_TOP_TO_TOP, ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE, MapContact, MapWarning, Movement, days_since_contact, map_warnings,
)
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.holdings import in_a_group
from kam_desktop.services.snapshots_map import compare_map_snapshots, list_map_snapshots
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier import scene as scene_export
from kam_desktop.ui.dossier.rolemap.cards import ContactCard, to_scene, to_scores
from kam_desktop.ui.dossier.rolemap.edits import DeleteMapSnapshot, PlaceOnMap, SaveMapSnapshot
from kam_desktop.ui.dossier.rolemap.group import lock, other_companies_contacts
from kam_desktop.ui.dossier.rolemap.scene import MapScene, MapView
from kam_desktop.ui.dossier.rolemap.snapshots import (
    MoveArrow, SnapshotDialog, SnapshotRow, movement_text,
)
from kam_desktop.ui.dossier.scene import tool_button
from kam_desktop.ui.labels import name_of, role_guidance
from kam_desktop.ui.messages import translated
from kam_desktop.ui.undo import run_edit


class RoleMapPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.warnings: list[MapWarning] = []
        self.arrows: list[MoveArrow] = []
        self.movements: list[Movement] = []
        self.scene = MapScene(self)
        self.scene.card_moved.connect(self._card_moved)
        self.scene.card_released.connect(self._commit_drag)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(self.tr("Role map"))
        self.view.step.connect(self._step)
        self.scene.selectionChanged.connect(self._show_guidance)

        self.zoom_out = tool_button("\u2212", self.tr("Zoom out"), lambda: self.view.zoom(1 / 1.25))
        self.zoom_in = tool_button("+", self.tr("Zoom in"), lambda: self.view.zoom(1.25))
        self.fit_button = tool_button(self.tr("Fit"), self.tr("Fit the map to the window"),
                                       self.view.fit)
        self.png_button = tool_button(self.tr("Export PNG…"), self.tr("Export the map as a picture"),
                                       lambda: self._ask_and_export("png"))
        self.svg_button = tool_button(self.tr("Export SVG…"), self.tr("Export the map as a drawing"),
                                       lambda: self._ask_and_export("svg"))
        self.whole_group = QCheckBox(self.tr("Whole group"))
        self.whole_group.setToolTip(self.tr("Show the people of the holding and all its "
                                            "companies; theirs are edited in their own dossiers"))
        self.whole_group.toggled.connect(self._reload)
        #: the contacts of the group's other companies on the map (read-only)
        self.others: set[uuid.UUID] = set()
        self.dossier: Dossier | None = None
        tools = QHBoxLayout()
        for button in (self.zoom_out, self.zoom_in, self.fit_button):
            tools.addWidget(button)
        tools.addWidget(self.whole_group)
        tools.addStretch(1)
        tools.addWidget(self.png_button)
        tools.addWidget(self.svg_button)

        self.snapshots = SnapshotRow()
        self.snapshots.save_requested.connect(self._ask_snapshot)
        self.snapshots.delete_requested.connect(self._delete_snapshot)
        self.snapshots.comparison_changed.connect(self._show_comparison)

        self.guidance_title = QLabel()
        self.guidance_title.setObjectName("guidance_title")
        self.guidance_title.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warning_scroll = QScrollArea()
        warning_scroll.setWidgetResizable(True)
        warning_scroll.setFrameShape(QFrame.Shape.NoFrame)
        warning_scroll.setWidget(self.warning_label)
        hint = QLabel(self.tr("Drag a card, or select it and use the arrow keys, to change "
                              "interest and involvement."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        side = QVBoxLayout()
        side.addWidget(self.guidance_title)
        side.addWidget(self.guidance)
        side.addSpacing(8)
        warnings_title = QLabel(self.tr("Warnings"))
        warnings_title.setStyleSheet("font-weight: 600;")
        side.addWidget(warnings_title)
        side.addWidget(warning_scroll, 1)
        self.changes_title = QLabel(self.tr("Who changed role"))
        self.changes_title.setStyleSheet("font-weight: 600;")
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(self.tr("Who changed role"))
        self.changes_list.setUniformItemSizes(True)
        self.changes_list.setWordWrap(False)
        self.changes_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.changes_legend = QLabel(self.tr("Arrows run from the earlier position to the "
                                             "later one; highlighted arrows mark a change of role."))
        self.changes_legend.setWordWrap(True)
        self.changes_legend.setEnabled(False)
        side.addWidget(self.changes_title)
        side.addWidget(self.changes_list, 1)
        side.addWidget(self.changes_legend)
        side.addWidget(hint)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(300)
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.snapshots)
        layout.addLayout(body, 1)
        self._show_guidance()
        self._show_comparison()

    @property
    def cards(self) -> dict[uuid.UUID, ContactCard]:
        """The cards on the map, by contact id."""
        return self.scene.cards

    def warning_text(self, warning: MapWarning) -> str:
        names = ", ".join(warning.names)
        if warning.code == NO_LEADER:
            return self.tr("No leader identified: find out who decides and whose targets the "
                           "purchase touches.")
        if warning.code == ONLY_ASSISTANTS_AND_BUTLERS:
            return self.tr("Every known contact is an assistant or a butler: ask them, with "
                           "respect, for access to the people who decide.")
        if warning.code == OPPONENT_IN_KEY_ROLE:
            return self.tr("An opponent holds a key role: {names}. Learn their objections and "
                           "who can win them over.").format(names=names)
        if warning.code == LEADER_COOLING and warning.days is None:
            return self.tr("Nobody from our team has met the leader yet: {names}.").format(names=names)
        if warning.code == LEADER_COOLING:
            return self.tr("No contact with the leader for %n day(s): {names}.", "",
                           warning.days).format(names=names)
        if warning.code == NO_TOP_TO_TOP:
            return self.tr("No top-to-top with the leader: none of our executives mirrors "
                           "{names}.").format(names=names)
        return self.tr("Nobody on our side mirrors: {names}.").format(names=names)

    def _show_warnings(self, texts: list[str]) -> None:
        if not texts:
            self.warning_label.setText(self.tr("Nothing to warn about."))
            return
        self.warning_label.setText("".join(f"<p>\u26a0 {html.escape(text)}</p>" for text in texts))

    # --- reading -------------------------------------------------------------------
    def _reload(self) -> None:
        if self.dossier is not None:
            self.refresh(self.dossier, self.account_id)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.dossier, self.account_id = dossier, account_id
        contacts = [c for c in dossier.sections["contact"] if c["left_on"] is None]
        self.whole_group.setEnabled(self.context.read(
            lambda s: in_a_group(s, account_id=account_id)))
        others = other_companies_contacts(self.context, account_id) \
            if self.whole_group.isChecked() and self.whole_group.isEnabled() else []
        self.others = {c["id"] for c in others}
        today = date.today()
        meetings = [(e["date"], e["attendee_ids"]) for e in dossier.sections["diary_entry"]]
        days = days_since_contact(meetings, today)
        by_role = days_since_last_contact_by_role(
            {c["id"]: c["role"] for c in contacts}, meetings, today)
        self.scene.place(contacts + others, days)
        lock(self.cards, self.others)
        if self.view.fitting:
            self.view.fit()
        self.warnings = map_warnings(
            [MapContact(c["name"], c["interest"], c["involvement"], c["stance"],
                        c["mirrored_by"]) for c in contacts],
            by_role.get(Role.LEADER), settings.value("cooling_days"))
        self._show_warnings([self.warning_text(w) for w in self.warnings])
        self._show_guidance()
        self.snapshots.fill(self.context.read(lambda s: list_map_snapshots(s, account_id)))

    def select(self, record_id: uuid.UUID) -> None:
        card = self.cards.get(record_id)
        if card is not None:
            self.scene.clearSelection()
            card.setSelected(True)
            self.view.ensureVisible(card)
            self.view.setFocus()

    def _show_guidance(self) -> None:
        card = self.scene.selected_card()
        if card is None:
            title = self.tr("No contact selected")
            self.guidance_title.setText(f"<b>{title}</b>")
            self.guidance.setText(self.tr("Select a card to see what its role means and how "
                                          "to work with the person."))
            return
        role = card.role().value
        self.guidance_title.setText(f"<b>{name_of(Role(role))}</b> — {card.data.name}")
        self.guidance.setText(role_guidance(role))

    def _card_moved(self, card: ContactCard) -> None:
        card.update()  # the role on the card follows it across the lines
        if card is self.scene.selected_card():
            self._show_guidance()

    def compare(self, first_id: uuid.UUID, second_id: uuid.UUID | None = None) -> None:
        """Compare a snapshot with another one, or with the current map."""
        self.snapshots.compare(first_id, second_id)

    def _show_comparison(self) -> None:
        for arrow in self.arrows:
            self.scene.removeItem(arrow)
        self.arrows, self.movements = [], []
        self.changes_list.clear()
        first, second = self.snapshots.chosen()
        comparing = first is not None
        self.changes_title.setVisible(comparing)
        self.changes_list.setVisible(comparing)
        self.changes_legend.setVisible(comparing)
        self.scene.fade_cards(comparing)
        if not comparing:
            return
        try:
            self.movements = self.context.read(
                lambda s: compare_map_snapshots(s, first_id=first, second_id=second))
        except InputError as error:  # deleted meanwhile; the next refresh drops it
            self._show_warnings([translated(error.message)])
            return
        palette = self.scene.palette()
        for movement in self.movements:
            if movement.moved:
                arrow = MoveArrow(movement, palette)
                self.scene.addItem(arrow)
                self.arrows.append(arrow)
        changed = [m for m in self.movements if m.role_changed]
        for movement in changed:
            item = QListWidgetItem(movement_text(movement))
            item.setToolTip(movement_text(movement))
            self.changes_list.addItem(item)
        if not changed:
            item = QListWidgetItem(self.tr("Nobody changed role."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.changes_list.addItem(item)

    # --- writing -------------------------------------------------------------------
    def _ask_snapshot(self) -> None:
        dialog = SnapshotDialog(self.save_snapshot, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_snapshot(self, on: date | None, note: str) -> None:
        """Save the map as a snapshot (one undo step); raises InputError on bad input."""
        run_edit(self.context, self.tr("Save a snapshot of the role map"),
                 SaveMapSnapshot(self.account_id, on, note))

    def _delete_snapshot(self, snapshot_id: uuid.UUID | None) -> None:
        if snapshot_id is None:
            return
        try:
            run_edit(self.context, self.tr("Delete a snapshot of the role map"),
                     DeleteMapSnapshot(snapshot_id))
        except InputError as error:
            self._show_warnings([translated(error.message)])

    def _commit_drag(self, card: ContactCard) -> None:
        if card.data.contact_id in self.others:
            return
        interest, involvement = card.scores()
        self._save(card, {"interest": interest, "involvement": involvement}, None)

    def _step(self, card: ContactCard, interest_step: float, involvement_step: float) -> None:
        """One arrow press. Presses along one axis merge into one undo step; the reverse
        of a merged step must cover every field the presses changed, hence the axis in
        the merge key."""
        if card.data.contact_id in self.others:
            return
        interest, involvement = card.scores()
        new = dict(zip(("interest", "involvement"),
                       to_scores(to_scene(interest + interest_step, involvement + involvement_step))))
        field = "interest" if interest_step else "involvement"
        self._save(card, {field: new[field]}, ("rolemap", card.data.contact_id, field))

    def _save(self, card: ContactCard, scores: dict[str, float], merge_key: tuple | None) -> None:
        text = self.tr("Move {name} on the role map").format(name=card.data.name)
        try:
            run_edit(self.context, text, PlaceOnMap(card.data.contact_id, scores), merge_key)
        except InputError as error:  # e.g. the contact was deleted meanwhile
            self._show_warnings([translated(error.message)])

    # --- export --------------------------------------------------------------------
    def export_png(self, path: str) -> None:
        scene_export.export_png(self.scene, path)

    def export_svg(self, path: str) -> None:
        scene_export.export_svg(self.scene, path, self.tr("Role map"))

    def _ask_and_export(self, kind: str) -> None:
        try:
            scene_export.ask_and_export(self, self.scene, kind, self.tr("Export the role map"),
                                        "role-map")
        except OSError as error:
            self._show_warnings([self.tr("Could not write {path}").format(path=error.args[0])])
