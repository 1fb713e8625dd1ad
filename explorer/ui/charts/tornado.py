"""Sensitivity as a tornado: how far each parameter, from its low to its high end, moves a metric.

Rows come from the controller via ``set_rows`` (objects with ``title``, ``low_value``,
``high_value``, ``low_label`` and ``high_label``; largest swing first). Bars run from the base
value to the metric at each end; NaN (no value, e.g. no crossover) draws no bar and says "none".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.charts.legend import LegendEntry
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.theme import OKABE_ITO, color, font, pen

BAR_HEIGHT = 0.62
# Not the Earth and orbit colours (these bars are parameter ends, not sides); dark against light
# so the two ends stay apart in greyscale.
LOW_COLOUR = OKABE_ITO["bluish_green"]
HIGH_COLOUR = OKABE_ITO["yellow"]
ENDS = ("low", "high")


class TornadoRow(Protocol):
    title: str
    low_value: float
    high_value: float
    low_label: str
    high_label: str


class TornadoChart(ChartBase):
    """Horizontal bars around the base value, one row per parameter, largest swing on top."""

    title = "Sensitivity"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="top")
        self.frame = self._add_frame(x_label="", y_label="")
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
        self.rows: list[TornadoRow] = []
        self.metric_title = ""
        self.base_value = math.nan
        self._span = (0.0, 1.0)
        self._short_labels = False
        self.frame.vb.sigResized.connect(self._fit_x)
        self._finish_plot()
        self._draw_rows()

    def set_rows(self, rows: Sequence[TornadoRow], metric_title: str, base_value: float) -> None:
        """Show ``rows`` (largest swing first) of ``metric_title`` around ``base_value``."""
        self.rows = list(rows)
        self.metric_title = metric_title
        self.base_value = float(base_value)
        self._draw_rows()

    def extra_state(self) -> dict[str, Any]:
        return {"rows": self.rows, "metric_title": self.metric_title, "base": self.base_value}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        if state.get("rows"):
            self.set_rows(state["rows"], state["metric_title"], state["base"])

    def csv_text(self) -> str:
        rows = self.rows
        return csv_text(
            [
                ("parameter", [r.title for r in rows]),
                ("low_setting", [r.low_label for r in rows]),
                ("high_setting", [r.high_label for r in rows]),
                (f"metric_at_low ({self.metric_title})", [float(r.low_value) for r in rows]),
                (f"metric_at_high ({self.metric_title})", [float(r.high_value) for r in rows]),
                (f"base ({self.metric_title})", [self.base_value] * len(rows)),
            ]
        )

    def _redraw(self) -> None:
        """Results alone do not change the rows; the controller computes them and calls
        ``set_rows``."""

    def _draw_rows(self) -> None:
        n = len(self.rows)
        y = np.arange(n, dtype=float)[::-1]
        # "None" (no crossover by 2050, no breakeven price) is drawn where the rows say it stands
        # (after 2050; $0/kg), so a bar from a year to "none" still shows how far it moves.
        stand_in = self._none_stands_for()
        base = self._base()
        spans: list[float] = [base]
        for end in ENDS:
            values = np.array([float(getattr(r, f"{end}_value")) for r in self.rows])
            finite = np.isfinite(values)
            ends = np.where(finite, values, stand_in)
            self.bars[end].setOpts(
                x0=np.minimum(ends, base), x1=np.maximum(ends, base), y=y, height=BAR_HEIGHT
            )
            spans.extend(ends)
            self._place_labels(end, y, values, base)
        self.frame.plot.getAxis("left").setTicks(
            [[(float(yy), r.title) for yy, r in zip(y, self.rows, strict=True)]]
        )
        self.frame.set_axis_label("bottom", self.metric_title)
        self.base.set_value(self.base_value, f"base {_fmt(self.base_value, self._years)}")
        self._span = (min(spans), max(spans))
        self._fit_x()
        self.frame.plot.setYRange(-0.7, max(n, 1) - 0.3, padding=0)
        self.frame.set_note("" if n else "No sensitivity rows yet")
        self._update_legend()

    @property
    def _years(self) -> bool:
        """The metric is a calendar year: no thousands separator, one decimal."""
        return "year" in self.metric_title.lower()

    def _none_stands_for(self) -> float:
        """Where "none" is drawn: the rows' own stand-in, else at the base (a zero-width bar)."""
        stand_in = getattr(self.rows[0], "none_stands_for", None) if self.rows else None
        if stand_in is not None:
            return float(stand_in)
        return self.base_value if math.isfinite(self.base_value) else 0.0

    def _base(self) -> float:
        return self.base_value if math.isfinite(self.base_value) else self._none_stands_for()

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
        base, stand_in = self._base(), self._none_stands_for()
        widths = {"left": 0, "right": 0}
        for row in self.rows:
            for end in ENDS:
                value = float(getattr(row, f"{end}_value"))
                side = "left" if _left_of_base(value, base, end, stand_in) else "right"
                text = _label_text(getattr(row, f"{end}_label"), value, short, self._years)
                widths[side] = max(widths[side], metrics.horizontalAdvance(text))
        margin = self.sizes.px(14)
        return {side: width + margin if width else 0 for side, width in widths.items()}

    def _place_all_labels(self) -> None:
        y = np.arange(len(self.rows), dtype=float)[::-1]
        base = self._base()
        for end in ENDS:
            values = np.array([float(getattr(r, f"{end}_value")) for r in self.rows])
            self._place_labels(end, y, values, base)

    def _place_labels(self, end: str, y: np.ndarray, values: np.ndarray, base: float) -> None:
        pool = self.labels[end]
        while len(pool) < len(self.rows):
            label = pg.TextItem()
            label.setZValue(20)
            self.frame.plot.addItem(label)
            pool.append(label)
            self._style_label(label)
        for i, label in enumerate(pool):
            if i >= len(self.rows):
                label.hide()
                continue
            row, value = self.rows[i], float(values[i])
            setting = getattr(row, f"{end}_label")
            x = value if math.isfinite(value) else self._none_stands_for()
            label.setText(_label_text(setting, value, self._short_labels, self._years))
            left = _left_of_base(value, base, end, self._none_stands_for())
            label.setAnchor((1.0, 0.5) if left else (0.0, 0.5))
            label.setPos(x, float(y[i]))
            label.show()

    def _style_label(self, label: pg.TextItem) -> None:
        label.setColor(self.theme.foreground)
        label.setFont(font(self.sizes.small_font_px))

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        left = self.frame.plot.getAxis("left")
        left.setStyle(tickTextWidth=sizes.px(190))
        left.setTickFont(font(sizes.small_font_px))
        edge = pen(theme.muted, max(1.0, sizes.scale * 0.75))
        self.bars["low"].setOpts(brush=pg.mkBrush(color(LOW_COLOUR)), pen=edge)
        self.bars["high"].setOpts(brush=pg.mkBrush(color(HIGH_COLOUR)), pen=edge)
        self.base.restyle(theme, sizes)
        for pool in self.labels.values():
            for label in pool:
                self._style_label(label)
        self._update_legend()
        self._fit_x()

    def _update_legend(self) -> None:
        entries = [
            LegendEntry(LOW_COLOUR, "box", "parameter at its low end"),
            LegendEntry(HIGH_COLOUR, "box", "parameter at its high end"),
        ]
        self._set_legend(entries)


def _left_of_base(value: float, base: float, end: str, stand_in: float) -> bool:
    x = value if math.isfinite(value) else stand_in
    return x < base or (x == base and end == "low")


def _label_text(setting: str, value: float, short: bool, years: bool) -> str:
    return _fmt(value, years) if short else f"{setting} → {_fmt(value, years)}"


def _fmt(value: float, years: bool = False) -> str:
    if not math.isfinite(value):
        return "none"
    if years:
        return f"{value:.1f}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"
