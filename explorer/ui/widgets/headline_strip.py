"""The headline numbers above the charts: both costs, their ratio, breakeven and crossover.

A view: ``set_figure`` only sets label texts from a HeadlineFigure; nothing here touches the model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.present.figures.headline import TILES, HeadlineFigure
from explorer.present.text.numbers import MISSING


class _Tile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineTile")
        self.caption = QLabel()
        self.caption.setObjectName("headlineCaption")
        # Captions and notes wrap: Russian runs a third longer than English, and the strip must
        # fit a 1280-pixel window beside the sliders in every language.
        self.caption.setWordWrap(True)
        self.value = QLabel(MISSING)
        self.value.setObjectName("headlineValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("headlineNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        for label in (self.caption, self.value, self.note):
            # A narrow window wraps a long value or note onto a second line, never elides it:
            # the strip's minimum width no longer keeps the window wider than 1280 px.
            label.setWordWrap(True)
            layout.addWidget(label)


class HeadlineStrip(QFrame):
    """Five tiles in a row, a line with the reasons when the scenario is infeasible, and one with
    the top-down mass warning (its full text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineStrip")
        self.tiles = {name: _Tile() for name in TILES}
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("headlineReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setVisible(False)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("headlineWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.warning_label)

    def text(self, name: str) -> str:
        """A tile's value text (for tests and accessibility)."""
        return self.tiles[name].value.text()

    def set_figure(self, figure: HeadlineFigure) -> None:
        """Show the figure's tiles and reasons (labels whose text is unchanged are not touched)."""
        for name, tile in figure.tiles.items():
            widgets = self.tiles[name]
            for label, text in (
                (widgets.caption, tile.caption),
                (widgets.value, tile.value),
                (widgets.note, tile.note),
            ):
                if label.text() != text:
                    label.setText(text)
        if self.reasons_label.text() != figure.reasons:
            self.reasons_label.setText(figure.reasons)
        self.reasons_label.setVisible(bool(figure.reasons))
        if self.warning_label.text() != figure.mass_warning:
            self.warning_label.setText(figure.mass_warning)
            self.warning_label.setToolTip(figure.mass_warning_tip)
        self.warning_label.setVisible(bool(figure.mass_warning))
        if self.property("infeasible") != figure.infeasible:
            self.setProperty("infeasible", figure.infeasible)
            self.style().unpolish(self)
            self.style().polish(self)
