"""Earth and orbit cost per GPU-hour as stacked bars of named parts, with the preset's and the
pinned scenario's totals as marks across each stack."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from explorer.present.figures.breakdown import BreakdownFigure
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.label_layout import Spot, Wanted, place
from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.charts.text_items import style_text
from explorer.ui.theme import color, font, part_colour, pen, variant_pen

X = np.array([0.0, 1.0])
BAR_WIDTH = 0.5
TOTAL_MARK_HALF_WIDTH = 0.34
MARK_X = np.ravel([[x - TOTAL_MARK_HALF_WIDTH, x + TOTAL_MARK_HALF_WIDTH] for x in X])


class BreakdownChart(ChartBase):
    """Two stacked bars ($ per GPU-hour), one per side, with totals written above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="side")
        self.frame = self._add_frame(grid_x=False)
        self.frame.plot.setXRange(-0.5, 1.5, padding=0)
        self.frame.plot.enableAutoRange(axis="x", enable=False)
        self._x_margin = 0.5
        self._margin_key: tuple = ()
        self._tops = (0.0, 0.0)
        # One item draws every segment (part-major: part i's Earth and orbit segments are
        # 2i and 2i+1), so a frame updates and paints one picture instead of thirteen.
        self.stack = pg.BarGraphItem(x=[], y0=[], height=[], width=BAR_WIDTH)
        self.frame.plot.addItem(self.stack)
        self.totals: list[pg.TextItem] = []
        for _ in X:
            label = pg.TextItem(anchor=(0.5, 1))
            label.setZValue(40)
            self.frame.plot.addItem(label, ignoreBounds=True)
            self.totals.append(label)
        self.marks: dict[str, pg.PlotDataItem] = {}
        for variant in ("reference", "pinned"):
            mark = pg.PlotDataItem(connect="pairs")
            mark.setZValue(30)
            self.frame.plot.addItem(mark)
            self.marks[variant] = mark
        self._parts = 0
        self._finish_plot()

    def _draw(self, figure: BreakdownFigure, previous: BreakdownFigure | None) -> None:
        self.frame.apply_axis("left", figure.y)
        if previous is None or previous.side_titles != figure.side_titles:
            ticks = [(float(x), t) for x, t in zip(X, figure.side_titles, strict=True)]
            self.frame.plot.getAxis("bottom").setTicks([ticks])
        if len(figure.parts) != self._parts:
            self._parts = len(figure.parts)
            self.stack.setOpts(x=np.tile(X, self._parts))
            self._colour_parts()
        tops = np.cumsum(figure.heights, axis=0)
        y0 = (tops - figure.heights).ravel()
        heights = figure.heights.ravel()
        if not (
            np.array_equal(self.stack.opts["height"], heights)
            and np.array_equal(self.stack.opts["y0"], y0)
        ):
            self.stack.setOpts(y0=y0, height=heights)
        for i, label in enumerate(self.totals):
            if previous is None or previous.totals[i] != figure.totals[i]:
                label.setText(figure.totals[i])
        self._tops = (float(tops[-1, 0]), float(tops[-1, 1]))
        for variant, mark in self.marks.items():
            totals = figure.compared.get(variant)
            if totals is None:
                mark.hide()
            else:
                set_curve_data(mark, MARK_X, np.repeat(np.asarray(totals, dtype=float), 2))
        self.frame.fit_y(0.0, figure.y_top)
        self.frame.set_note(figure.note)

    def _place_labels(self) -> None:
        """Each stack's total over it, else just inside its top, clear of the other's; and
        room beside the stacks for them (a total wider than its stack's share of the plot ran
        over the y axis's numbers)."""
        self._fit_x()
        view = self.frame.vb
        wanted = []
        for x, top, label in zip(X, self._tops, self.totals, strict=True):
            edges = ((x, 0.5), (x - BAR_WIDTH / 2, 0.0), (x + BAR_WIDTH / 2, 1.0))
            spots = [Spot(px, top, (ax, 1.0), (0.0, -2.0)) for px, ax in edges]
            spots += [Spot(px, top, (ax, 0.0), (0.0, 2.0)) for px, ax in edges]
            wanted.append(Wanted(label, spots))
        place(view, wanted)

    def _fit_x(self) -> None:
        width = self.frame.vb.width()
        # Measured again when the totals' lengths, the font or the width change, not at every
        # step of a drag.
        key = (tuple(len(label.toPlainText()) for label in self.totals), self.sizes.scale, width)
        if width <= 1 or key == self._margin_key:
            return
        self._margin_key = key
        metrics = QFontMetrics(font(self.sizes.font_px, bold=True))
        half = max(metrics.horizontalAdvance(label.toPlainText()) for label in self.totals) / 2
        half += self.sizes.px(4)
        # A margin m beside x = 0 and x = 1 shows 1 + 2m units in ``width`` pixels; half a label
        # must fit in m of them: m * width / (1 + 2m) >= half. Past a unit the stacks would be
        # slivers: the totals then stand inside the stacks' tops instead.
        margin = min(1.0, max(0.5, half / max(width - 2 * half, 1.0)))
        if abs(margin - self._x_margin) > 1e-3:
            self._x_margin = margin
            self.frame.plot.setXRange(-margin, 1 + margin, padding=0)

    def segment(self, part_index: int) -> tuple[np.ndarray, np.ndarray]:
        """The bottoms and heights ($ per GPU-hour) of a part's Earth and orbit segments."""
        i = 2 * part_index
        opts = self.stack.opts
        return np.asarray(opts["y0"])[i : i + 2], np.asarray(opts["height"])[i : i + 2]

    def _colour_parts(self) -> None:
        theme, sizes = self.theme, self.sizes
        brushes = [pg.mkBrush(color(part_colour(theme, i))) for i in range(self._parts) for _ in X]
        self.stack.setOpts(brushes=brushes, pen=pen(theme.background, max(1.0, sizes.scale)))

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        self._colour_parts()
        for label in self.totals:
            chip = pg.mkBrush(color(theme.background, 220))
            style_text(label, theme.foreground, font(sizes.font_px, bold=True), chip)
        for variant, mark in self.marks.items():
            mark.setPen(variant_pen(theme.foreground, variant, sizes))
        self.frame.plot.getAxis("bottom").setTickFont(font(sizes.small_font_px, bold=True))


Chart = BreakdownChart
