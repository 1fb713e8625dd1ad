"""A labelled vertical or horizontal marker line (breakeven, today's price, crossover, claims).

The line is a pyqtgraph InfiniteLine; its label is a TextItem of the plot that the chart places
with its other labels (``explorer.ui.charts.label_layout``), so that no two are printed over
each other and none leaves the plot.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt

from explorer.ui.charts.label_layout import Spot, Wanted, edge_spots
from explorer.ui.charts.text_items import style_text
from explorer.ui.theme import Sizes, Theme, color, font, pen, text_colour


class MarkerLine:
    """An InfiniteLine with a label, both hidden while its value is NaN.

    ``log`` says the axis it stands on is logarithmic, so values are placed at their log10.
    ``colour_role`` names a Theme attribute ("foreground", "claim", ...). ``label_at_top``
    says where the label would rather stand: at the plot's top (or right end, for a
    horizontal line) or at its bottom (left end).
    """

    def __init__(
        self,
        plot: pg.PlotItem,
        *,
        angle: float = 90,
        log: bool = False,
        colour_role: str = "foreground",
        style: Qt.PenStyle = Qt.PenStyle.DashLine,
        label_at_top: bool = True,
        width_factor: float = 0.6,
    ) -> None:
        self._log = log
        self._view = plot.vb
        self._angle = angle
        self._colour_role = colour_role
        self._style = style
        self._width_factor = width_factor
        self._label_at_top = label_at_top
        self.line = pg.InfiniteLine(angle=angle, movable=False)
        self.line.setZValue(20)
        plot.addItem(self.line, ignoreBounds=True)
        self.label = pg.TextItem()
        self.label.setZValue(21)
        plot.addItem(self.label, ignoreBounds=True)
        self.value = math.nan
        self.text = ""
        self.line.hide()
        self.label.hide()

    @property
    def position(self) -> float:
        """Where the line stands in view units (log10 on a log axis); NaN while hidden."""
        return self.line.value() if self.line.isVisible() else math.nan

    def set_value(self, value: float, text: str) -> None:
        """Move to ``value`` (data units) with ``text``; NaN or, on a log axis, <= 0 hides it."""
        value = float(value)
        if (value == self.value or (math.isnan(value) and math.isnan(self.value))) and (
            text == self.text
        ):
            return
        self.value, self.text = value, text
        shown = math.isfinite(self.value) and (self.value > 0 or not self._log)
        self.line.setVisible(shown)
        if shown:
            self.line.setValue(math.log10(self.value) if self._log else self.value)
            self.label.setText(text)
        else:
            self.label.hide()

    def wanted(self, avoid: Sequence[pg.PlotDataItem] = ()) -> list[Wanted]:
        """The label with its spots, for ``label_layout.place`` ([] while the line is hidden)."""
        if not self.line.isVisible() or not self.text:
            return []
        return [Wanted(self.label, self.spots(), avoid)]

    def spots(self) -> list[Spot]:
        view, value = self._view, self.line.value()
        if self._angle != 0:
            spots = edge_spots(view, self.label, value)
            half = len(spots) // 2
            return spots if self._label_at_top else spots[half:] + spots[:half]
        (left, right), _ = view.viewRange()
        ends = [(right, 1.0), (left, 0.0)]
        if not self._label_at_top:
            ends.reverse()
        return [
            Spot(x, value, (anchor_x, anchor_y), (-4.0 if anchor_x else 4.0, 0.0))
            for x, anchor_x in ends
            for anchor_y in (1.0, 0.0)
        ]

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        hue = getattr(theme, self._colour_role)
        self.line.setPen(pen(hue, max(1.0, sizes.pen_px * self._width_factor), self._style))
        style_text(
            self.label,
            text_colour(theme, self._colour_role),
            font(sizes.small_font_px, bold=True),
            pg.mkBrush(color(theme.background, 208)),
        )
