"""Collapsible sections of the slider panel: a header (arrow and title, a widget on the right)
over a body; a parameter group's header carries its Reset button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget


class CollapsibleSection(QFrame):
    """Header (expand arrow + title, then whatever ``add_header_widget`` puts right) over
    ``body``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("groupSection")
        self.toggle_button = QToolButton()
        self.toggle_button.setText(title)
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setObjectName("groupTitle")
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.body = QWidget()

        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 6, 0)
        self._header.addWidget(self.toggle_button)
        self._header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._header)
        layout.addWidget(self.body)
        self.toggle_button.toggled.connect(self._on_toggled)

    def add_header_widget(self, widget: QWidget) -> None:
        self._header.addWidget(widget)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle_button.setChecked(expanded)

    def _on_toggled(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        arrow = Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        self.toggle_button.setArrowType(arrow)


class GroupSection(CollapsibleSection):
    """A registry group: its main parameter widgets, then a toggle that shows the others (its
    "advanced" ones), and a Reset button in the header."""

    reset_requested = Signal(str)
    """The group's key."""

    def __init__(
        self,
        key: str,
        title: str,
        reset_text: str,
        reset_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.key = key
        self.reset_button = QPushButton(reset_text)
        self.reset_button.setObjectName("groupReset")
        self.reset_button.setFlat(True)
        self.reset_button.setToolTip(reset_tip)
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_header_widget(self.reset_button)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(8, 0, 4, 6)
        self.body_layout.setSpacing(2)
        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("advancedToggle")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.advanced_button.setVisible(False)
        self.advanced = QWidget()
        self.advanced_layout = QVBoxLayout(self.advanced)
        self.advanced_layout.setContentsMargins(0, 0, 0, 0)
        self.advanced_layout.setSpacing(2)
        self.advanced.setVisible(False)
        self.body_layout.addWidget(self.advanced_button)
        self.body_layout.addWidget(self.advanced)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.advanced_button.toggled.connect(self._on_advanced_toggled)

    def add_widget(self, widget: QWidget, advanced: bool = False) -> None:
        """A parameter's widget: on the group's first level, or behind its toggle."""
        if advanced:
            self.advanced_layout.addWidget(widget)
            self.advanced_button.setVisible(True)
        else:
            self.body_layout.insertWidget(self.body_layout.indexOf(self.advanced_button), widget)

    def set_advanced_text(self, text: str, tip: str) -> None:
        self.advanced_button.setText(text)
        self.advanced_button.setToolTip(tip)

    def show_advanced(self, shown: bool) -> None:
        self.advanced_button.setChecked(shown)

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_button.setArrowType(arrow)

    def set_texts(self, title: str, reset_text: str, reset_tip: str) -> None:
        """Its title and Reset button in the language now in use."""
        self.title = title
        self.toggle_button.setText(title)
        self.reset_button.setText(reset_text)
        self.reset_button.setToolTip(reset_tip)

    def _on_reset_clicked(self) -> None:
        self.reset_requested.emit(self.key)
