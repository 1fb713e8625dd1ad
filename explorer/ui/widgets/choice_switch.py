"""A discrete switch (boundary, mass model, power source) built from its registry entry."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from explorer.model.params import Choice
from explorer.present.text import registry
from explorer.present.text.panel import parameter_tooltip


class ChoiceSwitch(QWidget):
    """Title above a combo box of the choice's options; emits ``value_edited(key, option, "")``."""

    value_edited = Signal(str, object, str)

    def __init__(self, choice: Choice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.title_label = QLabel()
        self.combo_box = QComboBox()
        self.combo_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for option in choice.options:
            self.combo_box.addItem("", option)
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.combo_box)
        self.combo_box.currentIndexChanged.connect(self._on_index_changed)
        self.set_value(choice.default)

    def retranslate(self) -> None:
        """Its title, options and tips in the language now in use."""
        key = self.choice.key
        self.title_label.setText(registry.title(key))
        self.combo_box.setAccessibleName(registry.title(key))
        for index, title in enumerate(registry.option_titles(key)):
            self.combo_box.setItemText(index, title)
        tip = parameter_tooltip(key)
        self.title_label.setToolTip(tip)
        self.combo_box.setToolTip(tip)

    @property
    def key(self) -> str:
        return self.choice.key

    def value(self) -> str:
        return self.combo_box.currentData()

    def set_value(self, option: str) -> None:
        """Show ``option`` without emitting anything."""
        with QSignalBlocker(self.combo_box):
            self.combo_box.setCurrentIndex(self.choice.options.index(option))

    def set_changed(self, changed: bool) -> None:
        font = self.title_label.font()
        if font.bold() != changed:
            font.setBold(changed)
            self.title_label.setFont(font)

    def _on_index_changed(self, index: int) -> None:
        self.value_edited.emit(self.key, self.choice.options[index], "")
