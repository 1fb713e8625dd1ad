"""Both cost paths against year, the windows in which orbit is cheaper, the lasting crossover and
claim H1's window, over a strip with the launch price path that drives them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from explorer.present.figures.elements import Region
from explorer.present.figures.year import YearFigure
from explorer.ui.charts.bands import BandOverlay
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.cost_curves import CostCurves, scenario_curves
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.theme import color, font, pen, variant_pen


class YearChart(ChartBase):
    """$ per GPU-hour along the learning curves, start year to 2050."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="top")
        self.frame = self._add_frame()
        self.strip = self._add_frame()
        self.strip.plot.setXLink(self.frame.plot)
        # An empty right axis keeps the strip's x aligned with the costs while bands show theirs.
        self.strip.set_axis_label("right", " ")
        self.strip.plot.getAxis("right").setTicks([[], []])
        self.view.ci.layout.setRowStretchFactor(0, 4)
        self.view.ci.layout.setRowStretchFactor(1, 1)
        self.window = pg.LinearRegionItem(values=(0.0, 1.0), movable=False)
        self.window.setZValue(-5)
        self.frame.plot.addItem(self.window, ignoreBounds=True)
        self.window_label = pg.InfLineLabel(
            self.window.lines[1], text="", position=0.96, anchor=(0, 0)
        )
        self.cheaper: list[tuple[pg.LinearRegionItem, pg.InfLineLabel]] = []
        """Shaded windows in which orbit is cheaper, made as needed and hidden when not."""
        self.cost_curves = CostCurves(self.frame.plot)
        self.curves = self.cost_curves.items
        self.launch_curves = scenario_curves(self.strip.plot)
        self.crossover = MarkerLine(self.frame.plot, colour_role="foreground", label_position=0.9)
        self.bands = BandOverlay(self.frame, log_x=False)
        self._finish_plot()

    def _draw(self, figure: YearFigure, previous: YearFigure | None) -> None:
        self.frame.apply_axis("left", figure.y)
        self.frame.apply_axis("right", figure.right)
        self.strip.apply_axis("bottom", figure.strip_x)
        self.strip.apply_axis("left", figure.strip_y)
        region = figure.claim_window
        if previous is None or previous.claim_window != region:
            self.window.setRegion((region.low, region.high))
            self.window_label.setFormat(region.text.replace("{", "{{").replace("}", "}}"))
        for variant, paths in figure.paths.items():
            launch = self.launch_curves[variant]
            if paths is None:
                launch.hide()
                self.cost_curves.set_variant(variant, np.empty(0), None)
                continue
            self.cost_curves.set_variant(variant, paths.years, paths.costs)
            set_curve_data(launch, paths.years, paths.launch)
        if previous is None or previous.cheaper != figure.cheaper:
            self._draw_cheaper(figure.cheaper)
        self.crossover.set_value(figure.crossover.value, figure.crossover.text)
        self.bands.set_bands(figure.bands)
        # The launch-price strip keeps its plot aligned with the chance axis above it.
        self.strip.plot.showAxis("right", figure.bands is not None)
        self.frame.set_note(figure.note)
        bands = [*self.bands.low.values(), *self.bands.high.values()]
        self.frame.fit_y_to([*self.curves.values(), *bands])
        self.strip.fit_y_to(list(self.launch_curves.values()), log=True)

    def _draw_cheaper(self, regions: tuple[Region, ...]) -> None:
        while len(self.cheaper) < len(regions):
            item = pg.LinearRegionItem(values=(0.0, 1.0), movable=False)
            item.setZValue(-6)
            self.frame.plot.addItem(item, ignoreBounds=True)
            label = pg.InfLineLabel(item.lines[0], text="", position=0.04, anchor=(0, 1))
            self.cheaper.append((item, label))
            self._style_cheaper(item, label)
        for i, (item, label) in enumerate(self.cheaper):
            shown = i < len(regions)
            item.setVisible(shown)
            if shown:
                item.setRegion((regions[i].low, regions[i].high))
                label.setFormat(regions[i].text.replace("{", "{{").replace("}", "}}"))

    def _style_cheaper(self, item: pg.LinearRegionItem, label: pg.InfLineLabel) -> None:
        theme, sizes = self.theme, self.sizes
        item.setBrush(pg.mkBrush(color(theme.space, theme.claim_fill_alpha)))
        for line in item.lines:
            line.setPen(pen(theme.space, max(1.0, sizes.pen_px * 0.3)))
        label.setColor(theme.space)
        label.setFont(font(sizes.small_font_px))

    def _restyle(self) -> None:
        for item, label in self.cheaper:
            self._style_cheaper(item, label)
        theme, sizes = self.theme, self.sizes
        self.cost_curves.restyle(theme, sizes)
        for variant, curve in self.launch_curves.items():
            curve.setPen(variant_pen(theme.foreground, variant, sizes))
        self.window.setBrush(pg.mkBrush(color(theme.claim, theme.claim_fill_alpha)))
        for line in self.window.lines:
            line.setPen(pen(theme.claim, max(1.0, sizes.pen_px * 0.4)))
        self.window_label.setColor(theme.claim)
        self.window_label.setFont(font(sizes.small_font_px, bold=True))
        self.crossover.restyle(theme, sizes)
        self.bands.restyle(theme, sizes)


Chart = YearChart
