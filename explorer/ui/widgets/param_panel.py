"""The scrollable side panel: one collapsible section per registry group, in GROUPS order.

Built entirely from the registry, under the uncertainty controls (``uncertainty``, an
UncertaintyPanel). It must not modify the model: it emits ``value_edited``, ``reset_requested``
and ``lock_toggled``; ``set_scenario`` and ``set_locked`` show state with signals blocked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from explorer.model import Scenario
from explorer.model.params import GROUP_TITLES, GROUPS, Choice, in_group
from explorer.ui.widgets.choice_switch import ChoiceSwitch
from explorer.ui.widgets.group_section import GroupSection
from explorer.ui.widgets.param_slider import ParamSlider
from explorer.ui.widgets.uncertainty_panel import UncertaintyPanel

ALL_GROUPS = ""
"""The group key ``reset_requested`` carries for "reset all"."""


class ParamPanel(QScrollArea):
    """Every parameter as a ParamSlider or ChoiceSwitch, grouped; Reset per group and Reset all."""

    value_edited = Signal(str, object, str)
    """key, value, merge tag (see ParamSlider)."""
    reset_requested = Signal(str)
    """A group's key, or ALL_GROUPS."""
    lock_toggled = Signal(str, bool)
    """key, locked (see ParamSlider)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paramPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.editors: dict[str, ParamSlider | ChoiceSwitch] = {}
        self.sections: dict[str, GroupSection] = {}

        self.reset_all_button = QPushButton("Reset all to preset")
        self.reset_all_button.setToolTip("Set every value back to the loaded preset (undoable)")
        self.reset_all_button.clicked.connect(self._on_reset_all_clicked)

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
        for group in GROUPS:
            section = GroupSection(group, GROUP_TITLES[group])
            section.reset_requested.connect(self.reset_requested)
            for entry in in_group(group):
                editor = ChoiceSwitch(entry) if isinstance(entry, Choice) else ParamSlider(entry)
                editor.value_edited.connect(self.value_edited)
                if isinstance(editor, ParamSlider):
                    editor.lock_toggled.connect(self.lock_toggled)
                section.add_widget(editor)
                self.editors[entry.key] = editor
            self.sections[group] = section
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(content)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(content.minimumSizeHint().width() + scroll_bar)

    def slider(self, key: str) -> ParamSlider:
        editor = self.editors[key]
        assert isinstance(editor, ParamSlider), f"{key} is a choice, not a slider"
        return editor

    def set_scenario(self, scenario: Scenario, reference: Scenario | None = None) -> None:
        """Show every value of ``scenario``; mark those that differ from ``reference``."""
        for key, editor in self.editors.items():
            value = scenario[key]
            editor.set_value(value)
            if reference is not None:
                editor.set_changed(value != reference[key])

    def set_locked(self, keys: frozenset[str]) -> None:
        """Shut the padlocks of ``keys``, open all others."""
        for key, editor in self.editors.items():
            if isinstance(editor, ParamSlider):
                editor.set_locked(key in keys)

    def _on_reset_all_clicked(self) -> None:
        self.reset_requested.emit(ALL_GROUPS)
