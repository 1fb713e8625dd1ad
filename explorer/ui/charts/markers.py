"""A labelled vertical or horizontal marker line (breakeven, today's price, crossover, claims)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt

from explorer.ui.charts.text_items import style_text
from explorer.ui.theme import Sizes, Theme, color, font, pen, text_colour


class MarkerLine:
    """An InfiniteLine with a label, hidden while its value is NaN.

    ``log`` says the axis it stands on is logarithmic, so values are placed at their log10.
    ``colour_role`` names a Theme attribute ("foreground", "claim", ...).
    """

    def __init__(
        self,
        plot: pg.PlotItem,
        *,
        angle: float = 90,
        log: bool = False,
        colour_role: str = "foreground",
        style: Qt.PenStyle = Qt.PenStyle.DashLine,
        label_position: float = 0.9,
        width_factor: float = 0.6,
    ) -> None:
        self._log = log
        self._view = plot.vb
        self._angle = angle
        self._colour_role = colour_role
        self._style = style
        self._width_factor = width_factor
        self.line = pg.InfiniteLine(
            angle=angle,
            movable=False,
            label="",
            labelOpts={
                "position": label_position,
                "anchors": [(1, 1), (1, 1)] if angle == 0 else [(0.5, 0), (0.5, 0)],
            },
        )
        self.line.setZValue(20)
        plot.addItem(self.line, ignoreBounds=True)
        self.value = math.nan
        self.text = ""
        self.line.hide()
        # The chart may fit its x range after the line moved: place the label again then.
        self._view.sigXRangeChanged.connect(self._on_x_range_changed)

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
            # The label only re-renders while visible, so show first, then move and relabel.
            self.line.setValue(math.log10(self.value) if self._log else self.value)
            self._keep_label_inside()
            self.line.label.setFormat(text.replace("{", "{{").replace("}", "}}"))

    def _on_x_range_changed(self, *_: object) -> None:
        if self.line.isVisible():
            self._keep_label_inside()

    def _keep_label_inside(self) -> None:
        """A vertical line's label is centred on it, or beside it near the view's edges, so
        that it is not cut off there."""
        if self._angle == 0:
            return
        low, high = self._view.viewRange()[0]
        where = (self.line.value() - low) / (high - low) if high > low else 0.5
        anchor = (1.0, 0.0) if where > 0.75 else (0.0, 0.0) if where < 0.25 else (0.5, 0.0)
        label = self.line.label
        if label.anchors[0] != anchor:
            label.anchors = [anchor, anchor]
            label.updatePosition()

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        hue = getattr(theme, self._colour_role)
        self.line.setPen(pen(hue, max(1.0, sizes.pen_px * self._width_factor), self._style))
        style_text(
            self.line.label,
            text_colour(theme, self._colour_role),
            font(sizes.small_font_px, bold=True),
            pg.mkBrush(color(theme.background, 208)),
        )
