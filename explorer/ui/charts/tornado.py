"""Sensitivity as a tornado: bars from the base value to the metric at each parameter's low and
high end, one row per parameter, largest swing on top; "none" is drawn where the figure says it
stands (after 2050, $0/kg)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from explorer.present.figures.tornado import TornadoBar, TornadoFigure
from explorer.ui.charts.axes import set_row_labels
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.theme import HIGH_END_COLOUR, LOW_END_COLOUR, color, font, pen

BAR_HEIGHT = 0.62
ROW_LABEL_PX = 190
"""The widest the parameter titles get (at normal size), where the chart has room."""
ENDS = ("low", "high")


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
            self.frame.plot,
            colour_role="foreground",
            style=Qt.PenStyle.SolidLine,
            label_position=0.97,
        )
        # End labels are pooled: created as rows first need them, reused and hidden after.
        self.labels: dict[str, list[pg.TextItem]] = {end: [] for end in ENDS}
        self._span = (0.0, 1.0)
        self._short_labels = False
        self.frame.vb.sigResized.connect(self._fit_x)
        self._finish_plot()

    @property
    def rows(self) -> tuple[TornadoBar, ...]:
        return self._figure.rows if self._figure is not None else ()

    def _draw(self, figure: TornadoFigure, previous: TornadoFigure | None) -> None:
        rows = figure.rows
        n = len(rows)
        y = np.arange(n, dtype=float)[::-1]
        stand_in = figure.none_stands_for
        base = self._base()
        spans: list[float] = [base]
        for end in ENDS:
            values = np.array([getattr(r, end) for r in rows], dtype=float)
            ends = np.where(np.isfinite(values), values, stand_in)
            self.bars[end].setOpts(
                x0=np.minimum(ends, base), x1=np.maximum(ends, base), y=y, height=BAR_HEIGHT
            )
            spans.extend(ends)
        self._place_all_labels()
        self._label_rows()
        self.frame.apply_axis("bottom", figure.x)
        self.base.set_value(figure.base.value, figure.base.text)
        self._span = (min(spans), max(spans))
        self._fit_x()
        self.frame.plot.setYRange(-0.7, max(n, 1) - 0.3, padding=0)
        self.frame.set_note(figure.note)

    def _label_rows(self) -> None:
        """Parameter titles beside their rows, elided where the chart is narrow (a dashboard
        cell at 1280 wide) so that the bars keep their room."""
        rows = self.rows
        y = np.arange(len(rows), dtype=float)[::-1]
        set_row_labels(
            self.frame.plot.getAxis("left"),
            [(float(yy), r.title) for yy, r in zip(y, rows, strict=True)],
            self.sizes.px(ROW_LABEL_PX),
            self.width(),
            font(self.sizes.small_font_px),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._label_rows()

    def _base(self) -> float:
        figure = self._figure
        if figure is None:
            return 0.0
        base = figure.base.value
        return base if math.isfinite(base) else figure.none_stands_for

    def _fit_x(self) -> None:
        """Leave room beside the bars for the widest end labels, in pixels, so that they are
        never cut at the plot's edges whatever the font size."""
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
        x = self._x(getattr(row, end))
        base = self._base()
        return x < base or (x == base and end == "low")

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
                label.setPos(self._x(getattr(row, end)), float(y[i]))
                label.show()

    def _style_label(self, label: pg.TextItem) -> None:
        label.setColor(self.theme.foreground)
        label.setFont(font(self.sizes.small_font_px))

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        left = self.frame.plot.getAxis("left")
        left.setTickFont(font(sizes.small_font_px))
        self._label_rows()
        edge = pen(theme.muted, max(1.0, sizes.scale * 0.75))
        self.bars["low"].setOpts(brush=pg.mkBrush(color(LOW_END_COLOUR)), pen=edge)
        self.bars["high"].setOpts(brush=pg.mkBrush(color(HIGH_END_COLOUR)), pen=edge)
        self.base.restyle(theme, sizes)
        for pool in self.labels.values():
            for label in pool:
                self._style_label(label)
        self._fit_x()


def _text(row: TornadoBar, end: str, short: bool) -> str:
    return getattr(row, f"{end}_short" if short else f"{end}_text")


Chart = TornadoChart
