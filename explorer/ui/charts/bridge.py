"""The bridge as a horizontal waterfall: the preset's (or pinned scenario's) value on top, each
group's step below it, largest first, floating from where the one before ended, and the current
value at the bottom. A chooser switches between the ratio and each side's $ per GPU-hour (the
chart's own view; exports show the ratio)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from explorer.present.figures.bridge import METRICS, ROLES, BridgeBar, BridgeFigure, Waterfall
from explorer.ui.charts.axes import set_row_labels
from explorer.ui.charts.base import ChartBase
from explorer.ui.theme import color, font, pen, role_colour

BAR_HEIGHT = 0.62
ROW_LABEL_PX = 160
"""The widest the group titles get (at normal size), where the chart has room."""
KINDS = ("total", "rise", "fall")
LABEL_FIT_ROUNDS = 6


def _label_right(bar: BridgeBar) -> bool:
    """A total's and a rise's label stand right of the bar, a fall's left of it."""
    return bar.end >= bar.start or bar.kind == "total"


def _label_x(bar: BridgeBar) -> float:
    return max(bar.start, bar.end) if _label_right(bar) else min(bar.start, bar.end)


def bar_role(bar: BridgeBar) -> str:
    """The colour role of a bar: the two ends, or a step up or down."""
    if bar.kind == "total":
        return ROLES["total"]
    return ROLES["rise"] if bar.end >= bar.start else ROLES["fall"]


class BridgeChart(ChartBase):
    """One metric's waterfall at a time, the ratio unless the chooser says otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metric = METRICS[0]
        self._build_plot(legend="top")
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chooser)
        row.addWidget(self.status, 1)
        self.layout().insertLayout(1, row)
        self.frame = self._add_frame()
        left = self.frame.plot.getAxis("left")
        left.setStyle(autoExpandTextSpace=False)
        self.bars = {kind: pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT) for kind in KINDS}
        for item in self.bars.values():
            self.frame.plot.addItem(item)
        self.zero = pg.InfiniteLine(pos=0.0, angle=90, movable=False)
        self.frame.plot.addItem(self.zero, ignoreBounds=True)
        # Labels are pooled: created as bars first need them, reused and hidden after.
        self.labels: list[pg.TextItem] = []
        self._span = (0.0, 1.0)
        self.frame.vb.sigResized.connect(self._fit_x)
        self._finish_plot()

    @property
    def metric(self) -> str:
        """The metric drawn (a name of ``figures.bridge.METRICS``)."""
        return self._metric

    @property
    def waterfall(self) -> Waterfall | None:
        figure = self._figure
        return figure.waterfalls.get(self._metric) if figure is not None else None

    def show_metric(self, metric: str) -> None:
        """Draw ``metric``'s waterfall (the chooser follows)."""
        if metric not in METRICS:
            raise ValueError(f"unknown bridge metric {metric!r}")
        self.chooser.setCurrentIndex(METRICS.index(metric))

    def set_exporting(self, on: bool) -> None:
        """An export shows the waterfall and its axis title, not the chooser."""
        self.chooser.setVisible(not on)

    def _on_chosen(self, index: int) -> None:
        if 0 <= index < len(METRICS) and METRICS[index] != self._metric:
            self._metric = METRICS[index]
            self._draw_waterfall()

    def _draw(self, figure: BridgeFigure, previous: BridgeFigure | None) -> None:
        if previous is None or previous.metric_titles != figure.metric_titles:
            self.chooser.blockSignals(True)
            self.chooser.clear()
            for metric in METRICS:
                self.chooser.addItem(figure.metric_titles[metric])
            self.chooser.setCurrentIndex(METRICS.index(self._metric))
            self.chooser.blockSignals(False)
        self._draw_waterfall()

    def _draw_waterfall(self) -> None:
        figure, waterfall = self._figure, self.waterfall
        bars = waterfall.bars if waterfall is not None else ()
        n = len(bars)
        y = np.arange(n, dtype=float)[::-1]
        for kind in KINDS:
            rows = [(yy, b) for yy, b in zip(y, bars, strict=True) if bar_role(b) == kind]
            self.bars[kind].setOpts(
                x0=[min(b.start, b.end) for _, b in rows],
                x1=[max(b.start, b.end) for _, b in rows],
                y=[yy for yy, _ in rows],
                height=BAR_HEIGHT,
            )
        self._label_rows()
        if waterfall is not None:
            self.frame.apply_axis("bottom", waterfall.x)
        self._place_labels(bars, y)
        ends = [v for b in bars for v in (b.start, b.end)] or [0.0, 1.0]
        self._span = (min(0.0, *ends), max(ends))
        self._fit_x()
        self.frame.plot.setYRange(-0.7, max(n, 1) - 0.3, padding=0)
        # Beside the chooser, never over the bars: the waiting note comes and goes with a drag.
        notes = [waterfall.note if waterfall is not None else "", figure.note if figure else ""]
        text = " · ".join(n for n in notes if n)
        if text != self.status.text():
            self.status.setText(text)

    def _label_rows(self) -> None:
        """Group titles beside their rows, elided where the chart is narrow."""
        bars = self.waterfall.bars if self.waterfall is not None else ()
        y = np.arange(len(bars), dtype=float)[::-1]
        set_row_labels(
            self.frame.plot.getAxis("left"),
            [(float(yy), b.title) for yy, b in zip(y, bars, strict=True)],
            self.sizes.px(ROW_LABEL_PX),
            self.width(),
            font(self.sizes.small_font_px),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._label_rows()

    def _place_labels(self, bars: tuple[BridgeBar, ...], y: np.ndarray) -> None:
        while len(self.labels) < len(bars):
            label = pg.TextItem()
            label.setZValue(20)
            self.frame.plot.addItem(label)
            self.labels.append(label)
            self._style_label(label)
        for i, label in enumerate(self.labels):
            if i >= len(bars):
                label.hide()
                continue
            bar = bars[i]
            label.setText(bar.text)
            label.setToolTip(bar.tooltip)
            right = _label_right(bar)
            label.setAnchor((0.0, 0.5) if right else (1.0, 0.5))
            label.setPos(_label_x(bar), float(y[i]))
            label.show()

    def _fit_x(self) -> None:
        """An x range in which every label fits beside its bar, whatever the font size: a label
        right of its bar needs its width in pixels up to the range's right end, one left of its
        bar down to the left end (found by a few rounds of fixed-point iteration on the
        range's data units per pixel)."""
        lo, hi = self._span
        if hi <= lo:
            hi = lo + 1.0
        metrics = QFontMetrics(font(self.sizes.small_font_px))
        air = self.sizes.px(18)  # the text item's own padding, and air
        bars = self.waterfall.bars if self.waterfall is not None else ()
        needs = [
            (_label_x(b), _label_right(b), metrics.horizontalAdvance(b.text) + air) for b in bars
        ]
        view_px = max(self.frame.vb.width(), 1.0)
        low, high = lo, hi
        for _ in range(LABEL_FIT_ROUNDS):
            per_px = (high - low) / view_px
            low = min([lo - air * per_px] + [x - w * per_px for x, right, w in needs if not right])
            high = max([hi] + [x + w * per_px for x, right, w in needs if right])
        self.frame.plot.setXRange(low, high, padding=0)

    def _style_label(self, label: pg.TextItem) -> None:
        label.setColor(self.theme.foreground)
        label.setFont(font(self.sizes.small_font_px))

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        left = self.frame.plot.getAxis("left")
        left.setTickFont(font(sizes.small_font_px))
        self._label_rows()
        edge = pen(theme.muted, max(1.0, sizes.scale * 0.75))
        for kind, item in self.bars.items():
            item.setOpts(brush=pg.mkBrush(color(role_colour(theme, kind))), pen=edge)
        self.zero.setPen(pen(theme.muted, max(1.0, sizes.scale * 0.75)))
        self.chooser.setFont(font(sizes.small_font_px))
        self.chooser.setStyleSheet(
            f"QComboBox {{ color: {theme.foreground}; background: {theme.panel}; }}"
        )
        self.status.setFont(font(sizes.small_font_px))
        self.status.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        for label in self.labels:
            self._style_label(label)
        self._fit_x()


Chart = BridgeChart
