"""Sensitivity as a tornado: bars from the base value to the metric at each parameter's low and
high end, one row per parameter, largest swing on top; "none" is drawn where the figure says it
stands (after 2050, $0/kg).

Nothing is written over anything else: the base value's label has a strip of its own above the
rows, each end's label stands beside its bar on a chip of the background (the end nearer the base
on the other side of the base line when both ends lie on one side, so never over the other bar),
the chart shows as many rows as its height holds apart, and the parameters' names get the width
their longest needs (up to a share of the chart; past it, elided).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from explorer.present.figures.tornado import TornadoBar, TornadoFigure
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.label_layout import Spot, label_box, place
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.charts.text_items import style_text
from explorer.ui.theme import HIGH_END_COLOUR, LOW_END_COLOUR, color, font, pen

BAR_HEIGHT = 0.62
ENDS = ("low", "high")
BASE_STRIP = 1.0
"""Rows of room above the top row for the base value's label."""
ROW_SPACING = 1.15
"""A row is at least this many text lines tall, so neighbouring rows' labels stay apart."""
NAMES_SHARE = 0.34
"""The most of the chart's width the parameters' names may take."""


class TornadoChart(ChartBase):
    """Horizontal bars around the base value, one row per parameter, largest swing on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="top")
        self.frame = self._add_frame()
        self.frame.plot.getAxis("left").setStyle(autoExpandTextSpace=False)
        self.bars = {end: pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT) for end in ENDS}
        for bar in self.bars.values():
            self.frame.plot.addItem(bar)
        self.base = MarkerLine(
            self.frame.plot, colour_role="foreground", style=Qt.PenStyle.SolidLine
        )
        # End labels are pooled: created as rows first need them, reused and hidden after.
        self.labels: dict[str, list[pg.TextItem]] = {end: [] for end in ENDS}
        self._span = (0.0, 1.0)
        self._short_labels = False
        self._no_end_labels = False
        """Too narrow even for the values alone: the bars speak for themselves."""
        self._room = 0
        """Rows the plot's height holds apart (0: not laid out yet, every row)."""
        self.frame.vb.sigResized.connect(self._on_resized)
        self._finish_plot()

    @property
    def rows(self) -> tuple[TornadoBar, ...]:
        """The rows drawn: the figure's largest swings, as many as the chart holds apart."""
        rows = self._figure.rows if self._figure is not None else ()
        return rows[: self._room] if self._room else rows

    def _draw(self, figure: TornadoFigure, previous: TornadoFigure | None) -> None:
        # Axes shown before the rows are named: a hidden axis takes no width (pyqtgraph sizes it
        # 0), and the names of rows that followed an empty tornado were never seen.
        self.frame.set_empty(not figure.rows)
        self._draw_rows()
        self.frame.apply_axis("bottom", figure.x)
        self.frame.set_note(figure.note)

    def _draw_rows(self) -> None:
        figure = self._figure
        if figure is None:
            return
        rows = self.rows
        n = len(rows)
        y = np.arange(n, dtype=float)[::-1]
        base = self._base()
        spans: list[float] = [base]
        for end in ENDS:
            values = np.array([getattr(r, end) for r in rows], dtype=float)
            ends = np.where(np.isfinite(values), values, figure.none_stands_for)
            self.bars[end].setOpts(
                x0=np.minimum(ends, base), x1=np.maximum(ends, base), y=y, height=BAR_HEIGHT
            )
            spans.extend(ends)
        self._place_all_labels()
        self._name_rows()
        # No base line or label without rows: the note says why the chart is empty.
        self.base.set_value(figure.base.value if n else math.nan, figure.base.text)
        self._span = (min(spans), max(spans))
        self._fit_x()
        top = max(n, 1) - 0.3 + BASE_STRIP
        self.frame.plot.setYRange(-0.7, top, padding=0)

    def _name_rows(self) -> None:
        """The parameters' names as the left axis's ticks, in the width the longest needs."""
        rows = self.rows
        y = np.arange(len(rows), dtype=float)[::-1]
        metrics = QFontMetrics(font(self.sizes.small_font_px))
        room = max(self.sizes.px(60), round(self.width() * NAMES_SHARE))
        widest = max((metrics.horizontalAdvance(r.title) for r in rows), default=0)
        width = min(widest + self.sizes.px(10), room)
        names = [
            metrics.elidedText(r.title, Qt.TextElideMode.ElideRight, width - self.sizes.px(10))
            for r in rows
        ]
        axis = self.frame.plot.getAxis("left")
        axis.setStyle(tickTextWidth=width)
        axis.setWidth(width + self.sizes.px(8))
        axis.setTicks([[(float(yy), name) for yy, name in zip(y, names, strict=True)]])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._name_rows()  # the names' room follows the chart's width

    def _base(self) -> float:
        figure = self._figure
        if figure is None:
            return 0.0
        base = figure.base.value
        return base if math.isfinite(base) else figure.none_stands_for

    def _on_resized(self) -> None:
        room = self._rows_that_fit()
        if room != self._room:
            self._room = room
            self._draw_rows()
        else:
            self._fit_x()

    def _rows_that_fit(self) -> int:
        height = self.frame.vb.height()
        if height < 1:
            return 0
        line = QFontMetrics(font(self.sizes.small_font_px)).height() * ROW_SPACING
        return max(1, math.floor(height / line - BASE_STRIP))

    def _refit(self) -> None:
        self._fit_x()

    def _fit_x(self) -> None:
        """Leave room beside the bars for the widest end labels, in pixels, so that they are
        never cut at the plot's edges whatever the font size (kept while the axes are locked)."""
        if self.frame.frozen:
            return
        lo, hi = self._span
        if hi <= lo:
            hi, lo = lo + max(abs(lo) * 0.1, 1.0), lo - max(abs(lo) * 0.1, 1.0)
        view_px = self.frame.vb.width()
        widths = self._label_widths(short=False)
        short = sum(widths.values()) > 0.6 * view_px
        if short != self._short_labels:
            # Too narrow for "setting → value": the labels keep the value alone.
            self._short_labels = short
            self._place_all_labels()
        if short:
            widths = self._label_widths(short=True)
        none = widths["left"] + widths["right"] > 0.7 * view_px
        if none != self._no_end_labels:
            # A cell too narrow for them (1280 wide in presentation mode): labels printed over
            # the rows' names help no one.
            self._no_end_labels = none
            self._place_all_labels()
        if none:
            widths = {"left": 0, "right": 0}
        data_px = max(view_px - widths["left"] - widths["right"], 0.3 * view_px, 1.0)
        per_px = (hi - lo) / data_px
        self.frame.plot.setXRange(
            lo - widths["left"] * per_px, hi + widths["right"] * per_px, padding=0
        )

    def _label_widths(self, short: bool) -> dict[str, int]:
        """The widest end label on each side of the bars, in pixels."""
        metrics = QFontMetrics(font(self.sizes.small_font_px))
        widths = {"left": 0, "right": 0}
        for row in self.rows:
            for end in ENDS:
                side = "left" if self._left_of_base(row, end) else "right"
                widths[side] = max(widths[side], metrics.horizontalAdvance(_text(row, end, short)))
        margin = self.sizes.px(14)
        return {side: width + margin if width else 0 for side, width in widths.items()}

    def _left_of_base(self, row: TornadoBar, end: str) -> bool:
        """Whether ``end``'s label stands left of the base line: beside its own end, unless the
        other end lies further out on the same side (its bar would be under the label)."""
        base = self._base()
        here, there = self._x(getattr(row, end)), self._x(getattr(row, _other(end)))
        if here == base:
            # No bar on this end (the spread's end is the value itself): its label takes the
            # side the other end leaves free.
            return there > base or (there == base and end == "low")
        if (here - base) * (there - base) > 0 and abs(there - base) > abs(here - base):
            return here > base
        return here < base

    def _anchor_x(self, row: TornadoBar, end: str) -> float:
        """Where ``end``'s label is anchored: its bar's end, or the base line when it stands on
        the other side of the base (see ``_left_of_base``)."""
        x, base = self._x(getattr(row, end)), self._base()
        left = self._left_of_base(row, end)
        return x if (x < base) == left or x == base else base

    def _x(self, value: float) -> float:
        if math.isfinite(value) or self._figure is None:
            return value
        return self._figure.none_stands_for

    def _place_all_labels(self) -> None:
        rows = self.rows
        y = np.arange(len(rows), dtype=float)[::-1]
        for end in ENDS:
            pool = self.labels[end]
            while len(pool) < len(rows):
                label = pg.TextItem()
                label.setZValue(20)
                self.frame.plot.addItem(label)
                pool.append(label)
                self._style_label(label)
            for i, label in enumerate(pool):
                if i >= len(rows):
                    label.hide()
                    continue
                row = rows[i]
                label.setText(_text(row, end, self._short_labels))
                label.setAnchor((1.0, 0.5) if self._left_of_base(row, end) else (0.0, 0.5))
                label.setPos(self._anchor_x(row, end), float(y[i]))
                label.setVisible(not self._no_end_labels)

    def _place_labels(self) -> None:
        """The base value's label in the strip above the rows, clear of the end labels."""
        view = self.frame.vb
        taken = [
            label_box(view, label, Spot(label.pos().x(), label.pos().y(), tuple(label.anchor)))
            for pool in self.labels.values()
            for label in pool
            if label.isVisible()
        ]
        place(view, self.base.wanted(), taken)

    def _style_label(self, label: pg.TextItem) -> None:
        # On a chip of the background: the label stays readable over grid lines and bars' edges.
        theme = self.theme
        background = pg.mkBrush(color(theme.background))
        style_text(label, theme.foreground, font(self.sizes.small_font_px), background)

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        left = self.frame.plot.getAxis("left")
        left.setTickFont(font(sizes.small_font_px))
        edge = pen(theme.muted, max(1.0, sizes.scale * 0.75))
        self.bars["low"].setOpts(brush=pg.mkBrush(color(LOW_END_COLOUR)), pen=edge)
        self.bars["high"].setOpts(brush=pg.mkBrush(color(HIGH_END_COLOUR)), pen=edge)
        self.base.restyle(theme, sizes)
        for pool in self.labels.values():
            for label in pool:
                self._style_label(label)
        self._room = self._rows_that_fit()
        self._draw_rows()


def _other(end: str) -> str:
    return "high" if end == "low" else "low"


def _text(row: TornadoBar, end: str, short: bool) -> str:
    return getattr(row, f"{end}_short" if short else f"{end}_text")


Chart = TornadoChart
