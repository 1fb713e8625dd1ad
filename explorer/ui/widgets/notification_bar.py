"""A non-modal message bar at the top of the window: errors and offers that never block a talk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from explorer.present.text.translate import tr


class NotificationBar(QFrame):
    """One message at a time, with an optional action button and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setVisible(False)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Dismiss", context="notification"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
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
        self.label.setText(text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.setVisible(True)

    def dismiss(self) -> None:
        self._action = None
        self.setVisible(False)

    def _on_action_clicked(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()
