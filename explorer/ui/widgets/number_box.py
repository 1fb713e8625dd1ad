"""A number box that reads typed text with ``number_entry`` in its locale and says when it cannot.

Qt's own QDoubleSpinBox reads the other decimal separator as a thousands separator and puts
nothing on screen when it drops a value. This box accepts what ``parse_number`` accepts (the
locale's format or a dot) within its range; anything else stays in the box as typed and Enter (or
leaving the box) emits ``refused`` with a hint, so the owner can show it. Values are shown in the
locale's format; files never see this text (they store floats).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from explorer.present.text.file_problems import not_applied
from explorer.present.text.numbers import Hint
from explorer.ui.widgets.number_entry import MAX_LENGTH, NumberFormat, Reading, parse_number


def number_format(locale: QLocale) -> NumberFormat:
    """The decimal and group separators and the digit grouping of ``locale``."""
    decimal, group = locale.decimalPoint(), locale.groupSeparator()
    if decimal == group or not decimal or not group:
        return NumberFormat(decimal or ".", "," if decimal != "," else " ")
    # Grouping sizes are not in Qt's API; read them off a formatted number (1,234,567 or
    # 12,34,567; in the locale's own digits, which have one character each all the same).
    groups = locale.toString(1234567).split(group)
    primary = len(groups[-1]) if len(groups) > 1 else 3
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    return NumberFormat(decimal, group, primary, secondary)


class NumberBox(QDoubleSpinBox):
    """A QDoubleSpinBox that never reads a typed number wrong silently.

    ``refused(hint)`` says why the text in the box was not taken (not a number, ambiguous, out of
    range); the box keeps the previous value. ``unit`` is named in the range hint.
    """

    refused = Signal(str)

    def __init__(self, unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit

    def reading(self, text: str) -> Reading:
        """What ``text`` would set: a value within the range, or why not."""
        if text.strip() == self.textFromValue(self.value()).strip():
            return Reading(self.value())  # what the box shows, even where it reads two ways
        reading = parse_number(text, number_format(self.locale()))
        if reading.ok and not self.minimum() <= reading.value <= self.maximum():
            low, high = self.textFromValue(self.minimum()), self.textFromValue(self.maximum())
            if self.unit:
                return Reading(
                    None,
                    Hint(
                        "allowed {low} to {high} {shown_unit}",
                        low=low,
                        high=high,
                        shown_unit=self.unit,
                    ),
                )
            return Reading(None, Hint("allowed {low} to {high}", low=low, high=high))
        return reading

    def hint(self) -> str:
        """Why the text now in the box would be refused ("" when it would be taken)."""
        reading = self.reading(self.text())
        if reading.ok:
            return ""
        typed = self.text().strip()
        return not_applied(typed, reading.problem)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if len(text) > MAX_LENGTH:
            return QValidator.State.Invalid, text, pos
        # Anything else may be typed; what is not a number in range is refused on Enter, with a
        # hint, instead of keystrokes vanishing.
        state = (
            QValidator.State.Acceptable if self.reading(text).ok else QValidator.State.Intermediate
        )
        return state, text, pos

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        reading = self.reading(text)
        return reading.value if reading.value is not None else self.value()

    def fixup(self, text: str) -> str:
        return text  # never rewrite what the user typed into something else

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            hint = self.hint()
            if hint:
                # Keep the text so the user can correct it; Qt would put the old value back.
                self.refused.emit(hint)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        hint = self.hint()
        super().focusOutEvent(event)  # emits editingFinished
        if hint:
            # The box shows the value in force again; the hint says what was not taken.
            self.lineEdit().setText(self.textFromValue(self.value()))
            self.refused.emit(hint)
