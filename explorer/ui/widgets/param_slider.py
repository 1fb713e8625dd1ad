"""One numeric parameter: title, unit, info button, slider and number box, from its registry entry.

The widget never writes the model: it emits ``value_edited(key, value, merge_tag)`` and shows what
it is told with ``set_value`` (signals blocked). A drag carries one merge tag from press to release,
so the undo stack folds it into one step. Parameters Monte Carlo draws have a padlock: it emits
``lock_toggled(key, locked)`` and shows what it is told with ``set_locked``.
"""

from __future__ import annotations

import itertools
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QWidget,
)

from explorer.model.params import Param
from explorer.present.text import panel as words
from explorer.present.text import registry
from explorer.ui.uncertainty_lock_icon import lock_icon
from explorer.ui.widgets.number_box import NumberBox
from explorer.ui.widgets.slider_mapping import SliderMapping

_drag_counter = itertools.count(1)


class _WheelWhenFocusedSlider(QSlider):
    """A slider that lets the wheel scroll the panel unless the user has focused it."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _WheelWhenFocusedNumberBox(NumberBox):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ParamSlider(QWidget):
    """Label, info button, QSlider (linear or log), number box and unit for one ``Param``."""

    value_edited = Signal(str, object, str)
    """key, new value, merge tag ("" when the edit is an undo step of its own)."""
    lock_toggled = Signal(str, bool)
    """key, True when the user locks it (Monte Carlo keeps the slider's value)."""
    drag_changed = Signal(str, bool)
    """key, True when the user takes hold of the slider's handle and False when they let go."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.mapping = SliderMapping.for_param(param)
        self._value = float(param.default)
        self._merge_tag = ""

        self.title_label = QLabel()
        # A long title (or a longer language) wraps instead of widening the panel.
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(self.title_label.fontMetrics().height() * 5)
        self.info_button = QToolButton()
        self.info_button.setText("i")
        self.info_button.setCheckable(True)
        self.info_button.setAutoRaise(True)
        self.info_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.slider = _WheelWhenFocusedSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.mapping.positions)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(self.mapping.page_step)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.spin_box = _WheelWhenFocusedNumberBox(param.unit)
        self.spin_box.setDecimals(self.mapping.decimals)
        self.spin_box.setRange(param.minimum, param.maximum)
        self.spin_box.setSingleStep(self.mapping.step)
        self.spin_box.setKeyboardTracking(False)
        self.spin_box.setGroupSeparatorShown(param.maximum >= 10_000)
        self.spin_box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spin_box.setFixedWidth(self.spin_box.fontMetrics().horizontalAdvance("0" * 11))
        self.unit_label = QLabel()
        self.unit_label.setObjectName("paramUnit")
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.info_label.setObjectName("paramInfo")
        self.info_label.setVisible(False)
        # Why a typed number was not taken (ambiguous, not a number, out of range).
        self.hint_label = QLabel()
        self.hint_label.setObjectName("paramHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setVisible(False)

        self._tip = ""
        self._inactive = ""
        self.lock_button: QToolButton | None = None
        if param.uncertain:
            self.lock_button = self._make_lock_button()
        self.retranslate()

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.unit_label)
        if self.lock_button is not None:
            title_row.addWidget(self.lock_button)
        layout.addLayout(title_row, 0, 0, 1, 2)
        layout.addWidget(self.info_button, 0, 2)
        layout.addWidget(self.slider, 1, 0)
        layout.addWidget(self.spin_box, 1, 1, 1, 2)
        layout.addWidget(self.hint_label, 2, 0, 1, 3)
        layout.addWidget(self.info_label, 3, 0, 1, 3)
        layout.setColumnStretch(0, 1)

        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.spin_box.valueChanged.connect(self._on_spin_box_changed)
        self.spin_box.refused.connect(self._show_hint)
        self.spin_box.editingFinished.connect(self._hide_hint_if_taken)
        self.info_button.toggled.connect(self.info_label.setVisible)
        self.set_value(param.default)

    def retranslate(self) -> None:
        """Its title, unit, tips and accessible names in the language now in use."""
        key = self.param.key
        self.title_label.setText(registry.title(key))
        self.unit_label.setText(registry.unit(key))
        self.spin_box.unit = registry.unit(key)
        self.info_button.setAccessibleName(words.info_button_name(key))
        self.info_button.setToolTip(words.info_button_tip(key))
        self.slider.setAccessibleName(registry.title(key))
        self.spin_box.setAccessibleName(words.number_box_name(key))
        self._tip = words.parameter_tooltip(key)
        self.info_label.setText(self._tip)
        self._show_tip()
        if self.lock_button is not None:
            self.lock_button.setAccessibleName(words.lock_name(key))
            self._update_lock_tip()

    @property
    def key(self) -> str:
        return self.param.key

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        """Show ``value`` without emitting anything (the slider snaps to its nearest position)."""
        value = float(value)
        if value == self._value and self.spin_box.value() == value:
            return
        self._value = value
        self.hint_label.setVisible(False)
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin_box):
            self.slider.setValue(self.mapping.to_position(value))
            self.spin_box.setValue(value)

    def is_locked(self) -> bool:
        return self.lock_button is not None and self.lock_button.isChecked()

    def set_locked(self, locked: bool) -> None:
        """Show the padlock shut or open without emitting anything."""
        if self.lock_button is None or self.lock_button.isChecked() == locked:
            return
        with QSignalBlocker(self.lock_button):
            self.lock_button.setChecked(locked)
        self._update_lock_tip()

    def set_inactive(self, reason: str) -> None:
        """Grey out the slider and its number box, saying ``reason`` in their tooltips, while
        the switches leave this parameter without effect ("" : it counts)."""
        if reason == self._inactive:
            return
        self._inactive = reason
        active = not reason
        self.slider.setEnabled(active)
        self.spin_box.setEnabled(active)
        # The title stays enabled (a disabled widget's tooltip may not show), only greyed.
        self.title_label.setProperty("inactive", not active)
        self.title_label.style().unpolish(self.title_label)
        self.title_label.style().polish(self.title_label)
        self._show_tip()
        self.setAccessibleDescription(reason)

    def _show_tip(self) -> None:
        """The parameter's tooltip, under why it has no effect when it has none."""
        reason = self._inactive
        tip = f"<b>{escape(reason)}</b><br>{self._tip}" if reason else self._tip
        for widget in (self.title_label, self.slider, self.spin_box, self.unit_label):
            widget.setToolTip(tip)

    @property
    def inactive_reason(self) -> str:
        """Why the parameter has no effect under the current switches ("" : it has)."""
        return self._inactive

    def set_changed(self, changed: bool) -> None:
        """Mark the title when the value differs from the loaded preset."""
        if self.title_label.property("changed") == changed:
            return
        self.title_label.setProperty("changed", changed)
        font = self.title_label.font()
        font.setBold(changed)
        self.title_label.setFont(font)

    def _make_lock_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("paramLock")
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setIcon(lock_icon())
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.toggled.connect(self._on_lock_toggled)
        return button

    def _update_lock_tip(self) -> None:
        assert self.lock_button is not None
        self.lock_button.setToolTip(words.lock_tip(self.key, self.lock_button.isChecked()))

    def _on_lock_toggled(self, locked: bool) -> None:
        self._update_lock_tip()
        self.lock_toggled.emit(self.key, locked)

    def _on_slider_pressed(self) -> None:
        self._merge_tag = f"drag:{self.key}:{next(_drag_counter)}"
        self.drag_changed.emit(self.key, True)

    def _on_slider_released(self) -> None:
        self._merge_tag = ""
        self.drag_changed.emit(self.key, False)

    def _show_hint(self, hint: str) -> None:
        self.hint_label.setText(hint)
        self.hint_label.setVisible(True)

    def _hide_hint_if_taken(self) -> None:
        if not self.spin_box.hint():
            self.hint_label.setVisible(False)

    def _on_slider_changed(self, position: int) -> None:
        value = self.mapping.to_value(position)
        if value == self._value:
            return
        self._value = value
        self.hint_label.setVisible(False)
        with QSignalBlocker(self.spin_box):
            self.spin_box.setValue(value)
        tag = self._merge_tag if self.slider.isSliderDown() else ""
        self.value_edited.emit(self.key, value, tag)

    def _on_spin_box_changed(self, value: float) -> None:
        self.hint_label.setVisible(False)
        value = float(round(value) if self.param.integer else value)
        if value == self._value:
            return
        self._value = value
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.mapping.to_position(value))
        self.value_edited.emit(self.key, value, "")
