"""A slider for a room: the parameter's title and its value in large type over a thick slider.

A view like ParamSlider: it emits ``value_edited(key, value, "")`` and shows what it is told with
``set_value`` (signals blocked). It never takes the keyboard focus, so a presentation clicker
(PageDown, arrows, Space) moves the talk, never a slider; the mouse drags it live.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSlider, QWidget

from explorer.model.params import Param
from explorer.present.text import registry
from explorer.present.text import talk as words
from explorer.present.text.panel import parameter_tooltip
from explorer.ui.widgets.slider_mapping import SliderMapping


class StageSlider(QWidget):
    """Title and value above a QSlider (linear or log) for one ``Param``."""

    value_edited = Signal(str, object, str)
    """key, new value, "" (a talk keeps no undo steps)."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.mapping = SliderMapping.for_param(param)
        self._value = float(param.default)
        self.title_label = QLabel(registry.title(param.key))
        self.title_label.setObjectName("stageSliderTitle")
        self.title_label.setWordWrap(True)
        self.value_label = QLabel()
        self.value_label.setObjectName("stageSliderValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("stageSlider")
        self.slider.setRange(0, self.mapping.positions)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider.setAccessibleName(registry.title(param.key))
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(parameter_tooltip(param.key))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.title_label, 0, 0)
        layout.addWidget(self.value_label, 0, 1)
        layout.addWidget(self.slider, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self._show_value(self._value)
        self.set_value(param.default)

    @property
    def key(self) -> str:
        return self.param.key

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        """Show ``value`` without emitting anything."""
        value = float(value)
        if value == self._value and self.slider.value() == self.mapping.to_position(value):
            return
        self._value = value
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.mapping.to_position(value))
        self._show_value(value)

    def set_changed(self, changed: bool) -> None:
        """Mark the title when the value differs from the scene's preset."""
        if self.title_label.property("changed") != changed:
            self.title_label.setProperty("changed", changed)
            self.title_label.style().unpolish(self.title_label)
            self.title_label.style().polish(self.title_label)

    def _show_value(self, value: float) -> None:
        text = words.slider_value(self.key, value, self.mapping.decimals)
        if self.value_label.text() != text:
            self.value_label.setText(text)

    def _on_slider_changed(self, position: int) -> None:
        value = self.mapping.to_value(position)
        if value == self._value:
            return
        self._value = value
        self._show_value(value)
        self.value_edited.emit(self.key, value, "")
