"""The headline above the charts: what the numbers are of (scenario, boundary, mass model), both
costs, their ratio, breakeven and crossover.

A view: ``set_figure`` only sets label texts from a HeadlineFigure; nothing here touches the model.
Every label wraps rather than widening the window: the strip fits a 1280-pixel window in
presentation mode, in languages longer than English too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer.present.figures.headline import TILES, HeadlineFigure
from explorer.present.text.numbers import MISSING


def _wrapping(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Any width: the words wrap to the tile, the tile never widens the window.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(1)
    return label


class _Tile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineTile")
        self.caption = _wrapping("headlineCaption")
        self.value = _wrapping("headlineValue", MISSING)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = _wrapping("headlineNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


class HeadlineStrip(QFrame):
    """A line saying what the numbers are of (the preset's description in its tooltip), five
    tiles in a row, a line with the reasons when the scenario is infeasible, and one with the
    top-down mass warning (its full text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineStrip")
        self.context_label = _wrapping("headlineContext")
        self.tiles = {name: _Tile() for name in TILES}
        self.reasons_label = _wrapping("headlineReasons")
        self.reasons_label.setVisible(False)
        self.warning_label = _wrapping("headlineWarning")
        self.warning_label.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.context_label)
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
            if widgets.toolTip() != tile.tip:
                widgets.setToolTip(tile.tip)
        context = figure.context
        if self.context_label.text() != context.line:
            self.context_label.setText(context.line)
        if self.context_label.toolTip() != context.tip:
            self.context_label.setToolTip(context.tip)
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
