"""A non-modal message bar at the top of the window: errors and offers that never block a talk.

Messages can come from files (a refused preset lists its problems), so the bar bounds what it
shows: control characters are escaped, each line is cut to ``MAX_LINE_CHARS`` and the whole to
``MAX_LINES`` lines, the text is plain (never rich text), and it scrolls inside a bar at most
``VISIBLE_LINES`` lines high whose width never depends on the text: a preset with a key of
120,000 characters once made the window 32,767 pixels wide and froze it for half a minute.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from explorer.io.safe_text import excerpt
from explorer.present.text.messages import more_lines
from explorer.present.text.translate import tr

MAX_LINES = 40
MAX_LINE_CHARS = 300
VISIBLE_LINES = 5


def bounded_message(text: str) -> str:
    """``text`` as the bar shows it: escaped, each line cut, at most ``MAX_LINES`` lines."""
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        more = len(lines) - (MAX_LINES - 1)
        lines = [*lines[: MAX_LINES - 1], more_lines(more)]
    return "\n".join(excerpt(line, MAX_LINE_CHARS) for line in lines)


class NotificationBar(QFrame):
    """One message at a time, with an optional action button and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The text's width never reaches the window's: long words are clipped, lines wrap.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The bar's own background shows through (setWidget turns the label's fill on).
        self.scroll.viewport().setAutoFillBackground(False)
        self.label.setAutoFillBackground(False)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.action_button = QPushButton()
        self.action_button.setVisible(False)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._on_action_clicked)
        self.close_button.clicked.connect(self.dismiss)
        self.setVisible(False)

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def kind(self) -> str:
        return str(self.property("kind") or "")

    def show_message(
        self,
        text: str,
        kind: str = "error",
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text`` ("error" or "info"), replacing any earlier message."""
        self.label.setText(bounded_message(text))
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self._action = action
        self.action_button.setText(excerpt(action_text, 40))
        self.action_button.setVisible(bool(action_text and action))
        self.setVisible(True)
        self._fit_height()

    def dismiss(self) -> None:
        self._action = None
        self.setVisible(False)

    def retranslate(self) -> None:
        """Its own words in the language now in use (a message shown stays as it was written)."""
        self.close_button.setToolTip(tr("Dismiss", context="notification"))

    def _on_action_clicked(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as the wrapped text, up to ``VISIBLE_LINES`` lines; the rest scrolls."""
        width = max(1, self.scroll.viewport().width())
        needed = self.label.heightForWidth(width)
        if needed < 0:
            needed = self.label.sizeHint().height()
        cap = self.label.fontMetrics().lineSpacing() * VISIBLE_LINES
        self.scroll.setFixedHeight(max(self.label.fontMetrics().lineSpacing(), min(needed, cap)))
