"""The keys of a talk: a presentation clicker's (PageDown / PageUp, or Right / Left) and a
keyboard's, as intents. Shared by the talk view and the presenter's console, so a clicker works
whichever of the two has the focus.

Digits choose a scene: one digit jumps at once when no second digit could follow it (a talk of
12 scenes: "3" jumps, "1" waits for "2" or Enter, and jumps by itself after a moment).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

Key = Qt.Key
INTENTS: dict[Key, str] = {
    Key.Key_PageDown: "next",
    Key.Key_Right: "next",
    Key.Key_Space: "next",
    Key.Key_Return: "next",
    Key.Key_Enter: "next",
    Key.Key_PageUp: "previous",
    Key.Key_Left: "previous",
    Key.Key_Backspace: "previous",
    Key.Key_Home: "first",
    Key.Key_End: "last",
    Key.Key_Escape: "leave",
    Key.Key_S: "console",
    Key.Key_M: "motion",
}
DIGIT_WAIT_MS = 900
_COMMANDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class TalkKeys(QObject):
    """Turns key presses into ``navigate(intent)`` and ``scene_chosen(index from 0)``;
    ``typing(digits)`` tells what has been typed of a scene's number so far ("" when done)."""

    navigate = Signal(str)
    scene_chosen = Signal(int)
    typing = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scenes = 1
        self._digits = ""
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.setInterval(DIGIT_WAIT_MS)
        self._wait.timeout.connect(self._choose)

    def handle(self, event: QKeyEvent) -> bool:
        """Act on ``event``; False when it is not a talk's key (let the widget have it)."""
        if event.modifiers() & _COMMANDS:
            return False
        key = Key(event.key())
        if Key.Key_0 <= key <= Key.Key_9:
            self._digits += chr(key)
            number = int(self._digits)
            if number * 10 > self.scenes or len(self._digits) >= 2:
                self._choose()
            else:
                self._wait.start()
                self.typing.emit(self._digits)
            return True
        intent = INTENTS.get(key)
        if intent is None:
            return False
        if self._digits and key in (Key.Key_Return, Key.Key_Enter):
            self._choose()
        else:
            self._drop_digits()
            if not event.isAutoRepeat() or intent in ("next", "previous"):
                self.navigate.emit(intent)
        return True

    def _choose(self) -> None:
        self._wait.stop()
        digits, self._digits = self._digits, ""
        self.typing.emit("")
        if digits:
            self.scene_chosen.emit(int(digits) - 1)

    def _drop_digits(self) -> None:
        if self._digits:
            self._wait.stop()
            self._digits = ""
            self.typing.emit("")
