"""The scrollable side panel: one collapsible section per registry group, in GROUPS order.

Built from the registry, under the uncertainty controls (``uncertainty``, an UncertaintyPanel). A
view: its editors emit ``value_edited`` and ``lock_toggled`` (the controller listens to each
editor itself), its Reset buttons ``reset_requested``; ``set_values``, ``set_marked`` and
``set_locked`` show state with signals blocked. It must not modify the session.

What the first paint shows is built first: the first group's sliders. The other groups are
built one per turn of the event loop after that paint (``editor_created`` announces each
editor), a collapsed group only when it is opened, and any group at once when one of its
sliders is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from explorer.model.params import GROUPS, REGISTRY, Choice, in_group
from explorer.present.text.panel import advanced_tip, advanced_toggle
from explorer.present.text.registry import group_title
from explorer.present.text.window import reset_all_button, reset_group_button
from explorer.ui.views import ALL_GROUPS
from explorer.ui.widgets.choice_switch import ChoiceSwitch
from explorer.ui.widgets.group_section import GroupSection
from explorer.ui.widgets.param_slider import ParamSlider
from explorer.ui.widgets.uncertainty_panel import UncertaintyPanel


class ParamPanel(QScrollArea):
    """Every parameter as a ParamSlider or ChoiceSwitch, grouped; Reset per group and Reset all."""

    editor_created = Signal(object)
    """A ParamSlider or ChoiceSwitch that was just built."""
    reset_requested = Signal(str)
    """A group's key, or ALL_GROUPS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paramPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.editors: dict[str, ParamSlider | ChoiceSwitch] = {}
        self.sections: dict[str, GroupSection] = {}
        self._values: dict[str, Any] = {}
        self._marked: frozenset[str] = frozenset()
        self._locked: frozenset[str] = frozenset()
        self._inactive: dict[str, str] = {}

        text, tip = reset_all_button()
        self.reset_all_button = QPushButton(text)
        self.reset_all_button.setToolTip(tip)
        self.reset_all_button.clicked.connect(lambda: self.reset_requested.emit(ALL_GROUPS))

        content = QWidget()
        content.setObjectName("paramPanelContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.reset_all_button)
        layout.addLayout(top)
        self.uncertainty = UncertaintyPanel()
        layout.addWidget(self.uncertainty)
        self._unbuilt: list[str] = list(GROUPS)
        for group in GROUPS:
            section = GroupSection(group, group_title(group), *reset_group_button(group))
            section.reset_requested.connect(self.reset_requested)
            section.toggle_button.toggled.connect(
                lambda expanded, g=group: expanded and self._build_group(g)
            )
            self.sections[group] = section
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(content)
        self._build_group(GROUPS[0])
        self._next_group = QTimer(self)
        self._next_group.setSingleShot(True)
        self._next_group.setInterval(0)
        self._next_group.timeout.connect(self._build_next_group)
        self.viewport().installEventFilter(self)

    @property
    def complete(self) -> bool:
        """True once every open group has its editors."""
        return all(not self.sections[g].toggle_button.isChecked() for g in self._unbuilt)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.viewport() and event.type() == QEvent.Type.Paint:
            # The first paint is under way (the rest of the window paints in the same pass):
            # build the other groups in the turns after the one that ends it.
            self.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._next_group.start)
        return False

    def _build_next_group(self) -> None:
        waiting = [g for g in self._unbuilt if self.sections[g].toggle_button.isChecked()]
        if waiting:
            self._build_group(waiting[0])
        if len(waiting) > 1:
            self._next_group.start()

    def _build_group(self, group: str) -> None:
        if group not in self._unbuilt:
            return
        self._unbuilt.remove(group)
        section = self.sections[group]
        for entry in in_group(group):
            editor = ChoiceSwitch(entry) if isinstance(entry, Choice) else ParamSlider(entry)
            if entry.key in self._values:
                editor.set_value(self._values[entry.key])
            editor.set_changed(entry.key in self._marked)
            if isinstance(editor, ParamSlider):
                editor.set_locked(entry.key in self._locked)
                editor.set_inactive(self._inactive.get(entry.key, ""))
            section.add_widget(editor, advanced=not entry.main)
            self.editors[entry.key] = editor
            self.editor_created.emit(editor)
        self._label_advanced(group)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        width = self.widget().minimumSizeHint().width() + scroll_bar
        if width > self.minimumWidth():
            self.setMinimumWidth(width)

    def build_all(self) -> None:
        """Build every group now (a test or an export that needs every editor)."""
        for group in list(self._unbuilt):
            self._build_group(group)

    def slider(self, key: str) -> ParamSlider:
        """The slider of ``key``, built and shown (its group opened, and its advanced part
        when it is an advanced parameter)."""
        entry = REGISTRY[key]
        if key not in self.editors:
            self._build_group(entry.group)
        if not entry.main:
            self.sections[entry.group].show_advanced(True)
        editor = self.editors[key]
        assert isinstance(editor, ParamSlider), f"{key} is a choice, not a slider"
        return editor

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (by key) in their editors."""
        self._values.update(values)
        for key, value in values.items():
            editor = self.editors.get(key)
            if editor is not None:
                editor.set_value(value)

    def set_marked(self, keys: frozenset[str]) -> None:
        """Mark (bold title) the parameters in ``keys``, those that differ from the preset; a
        group's advanced toggle counts its marked ones."""
        flipped = keys ^ self._marked
        for key in flipped:
            editor = self.editors.get(key)
            if editor is not None:
                editor.set_changed(key in keys)
        self._marked = keys
        for group in {REGISTRY[key].group for key in flipped if not REGISTRY[key].main}:
            self._label_advanced(group)

    def set_inactive(self, reasons: Mapping[str, str]) -> None:
        """Grey out the sliders the switches leave without effect, with why (``reasons``: by
        key, "" for one that counts)."""
        self._inactive.update(reasons)
        for key, reason in reasons.items():
            editor = self.editors.get(key)
            if isinstance(editor, ParamSlider):
                editor.set_inactive(reason)

    def _label_advanced(self, group: str) -> None:
        advanced = [entry.key for entry in in_group(group) if not entry.main]
        changed = sum(key in self._marked for key in advanced)
        self.sections[group].set_advanced_text(
            advanced_toggle(len(advanced), changed), advanced_tip()
        )

    def set_locked(self, keys: frozenset[str]) -> None:
        """Shut the padlocks of ``keys``, open all others."""
        self._locked = keys
        for key, editor in self.editors.items():
            if isinstance(editor, ParamSlider):
                editor.set_locked(key in keys)

    def retranslate(self) -> None:
        """Every title, unit, tip and button of the panel in the language now in use."""
        text, tip = reset_all_button()
        self.reset_all_button.setText(text)
        self.reset_all_button.setToolTip(tip)
        for group, section in self.sections.items():
            section.set_texts(group_title(group), *reset_group_button(group))
        for editor in self.editors.values():
            editor.retranslate()
        self.uncertainty.retranslate()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.widget().minimumSizeHint().width() + scroll_bar)

    def focus_first_editor(self) -> None:
        """Keyboard focus to the first slider of the first group."""
        first = next(iter(self.editors.values()))
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.focusNextChild()
