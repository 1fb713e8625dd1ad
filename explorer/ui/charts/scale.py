"""GW of AI compute deployable per year against launches per year, with claims L1, L2, L4, L5."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.present.figures.scale import ScaleFigure
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.cost_curves import scenario_curves
from explorer.ui.charts.label_layout import Wanted, band_spots, place, point_spots, region_spots
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.charts.text_items import style_text
from explorer.ui.theme import color, font, pen, text_colour, variant_pen


def _log_region(region: pg.LinearRegionItem, low: float, high: float) -> None:
    region.setRegion((math.log10(low), math.log10(high)))


def _claims(figure: ScaleFigure) -> tuple:
    return (
        figure.l1_point,
        figure.l1_text,
        figure.l2_target,
        figure.l2_stretch,
        figure.l4_band,
        figure.l5,
    )


class ScaleChart(ChartBase):
    """Deployable GW per year on log-log axes, the scenario's cadence marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="top")
        self.frame = self._add_frame()
        plot = self.frame.plot
        plot.enableAutoRange(enable=False)
        self.l2_stretch = pg.LinearRegionItem(values=(0.0, 1.0), movable=False)
        self.l4_band = pg.LinearRegionItem(
            values=(0.0, 1.0), movable=False, orientation="horizontal"
        )
        for region in (self.l2_stretch, self.l4_band):
            region.setZValue(-5)
            plot.addItem(region, ignoreBounds=True)
        self.l2_stretch_label = self._label()
        self.l4_label = self._label()
        self.l2_target = MarkerLine(
            plot, log=True, colour_role="claim", label_at_top=False, style=Qt.PenStyle.DashDotLine
        )
        self.l5 = MarkerLine(
            plot, angle=0, log=True, colour_role="claim", style=Qt.PenStyle.DashDotLine
        )
        self.l1_line = pg.PlotDataItem()
        self.l1_line.setZValue(5)
        plot.addItem(self.l1_line)
        self.l1_point = pg.ScatterPlotItem(symbol="star")
        self.l1_point.setZValue(25)
        plot.addItem(self.l1_point)
        self.l1_label = self._label()
        self.curves = scenario_curves(plot)
        self.point = pg.ScatterPlotItem(symbol="o")
        self.point.setZValue(30)
        plot.addItem(self.point)
        self.point_label = self._label()
        self._point: tuple[float, float] | None = None
        self._curves_moved = True
        self._placed_for: tuple = ()
        self._claims_drawn: tuple = ()
        self._finish_plot()

    def _draw(self, figure: ScaleFigure, previous: ScaleFigure | None) -> None:
        self.frame.apply_axis("bottom", figure.x)
        self.frame.apply_axis("left", figure.y)
        if previous is None or _claims(previous) != _claims(figure):
            self._draw_claims(figure)
        for variant, gw in figure.curves.items():
            curve = self.curves[variant]
            if gw is None:
                self._curves_moved |= curve.isVisible()
                curve.hide()
            else:
                self._curves_moved |= set_curve_data(curve, figure.launches, gw)
        now = figure.now
        if now is not None:
            x, y = math.log10(now[0]), math.log10(now[1])
            if (x, y) != self._point or previous is None or previous.now_text != figure.now_text:
                self._point = (x, y)
                self.point.setData(x=[x], y=[y])
                self.point_label.setText(figure.now_text)
        self.point.setVisible(now is not None)
        self.point_label.setVisible(now is not None)
        self.frame.fit_y(*(math.log10(v) for v in figure.y_span))
        self.frame.set_note(figure.note)

    def _draw_claims(self, figure: ScaleFigure) -> None:
        """The claims' marks, which do not depend on the scenario."""
        self._claims_drawn = _claims(figure)
        _log_region(self.l2_stretch, figure.l2_stretch.low, figure.l2_stretch.high)
        _log_region(self.l4_band, figure.l4_band.low, figure.l4_band.high)
        self.l2_stretch_label.setText(figure.l2_stretch.text)
        self.l4_label.setText(figure.l4_band.text)
        self.l2_target.set_value(figure.l2_target.value, figure.l2_target.text)
        self.l5.set_value(figure.l5.value, figure.l5.text)
        self.l1_line.setData(figure.launches, figure.l1_line)
        x, y = (math.log10(v) for v in figure.l1_point)
        self.l1_point.setData(x=[x], y=[y])
        self.l1_label.setText(figure.l1_text)

    def _label(self) -> pg.TextItem:
        label = pg.TextItem()
        label.setZValue(30)
        self.frame.plot.addItem(label, ignoreBounds=True)
        return label

    def _place_labels(self) -> None:
        """The scenario's point first, then the claims: L1's star, the L5 ceiling, the L4 band
        and L2's cadences; none over another, the point's off the scenario's curve."""
        figure = self.figure
        if figure is None:
            return
        view = self.frame.vb
        # Placed again only when something they depend on moved: most slider moves leave this
        # chart's point, curves and axes where they were.
        key = (
            self._point if figure.now is not None else None,
            figure.now_text,
            tuple(map(tuple, view.viewRange())),
            (view.width(), view.height()),
            self.sizes.scale,
            self._claims_drawn,
        )
        if key == self._placed_for and not self._curves_moved:
            return
        self._placed_for, self._curves_moved = key, False
        wanted = []
        if self._point is not None and figure.now is not None:
            curves = [curve for curve in self.curves.values() if curve.isVisible()]
            wanted.append(Wanted(self.point_label, point_spots(*self._point), curves))
        else:
            self.point_label.hide()
        l1_x, l1_y = (math.log10(v) for v in figure.l1_point)
        wanted.append(Wanted(self.l1_label, point_spots(l1_x, l1_y)[::-1], [self.l1_line]))
        wanted += self.l5.wanted()
        low, high = self.l4_band.getRegion()
        wanted.append(Wanted(self.l4_label, band_spots(view, low, high)))
        wanted += self.l2_target.wanted()
        low, high = self.l2_stretch.getRegion()
        spots = region_spots(view, self.l2_stretch_label, low, high)
        spots += region_spots(view, self.l2_stretch_label, low, high, top=False)
        wanted.append(Wanted(self.l2_stretch_label, spots))
        place(view, wanted)

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        for variant, curve in self.curves.items():
            curve.setPen(variant_pen(theme.space, variant, sizes))
        claim_fill = pg.mkBrush(color(theme.claim, theme.claim_fill_alpha))
        for region in (self.l2_stretch, self.l4_band):
            region.setBrush(claim_fill)
            for line in region.lines:
                line.setPen(pen(theme.claim, max(1.0, sizes.pen_px * 0.3)))
        claim_text = text_colour(theme, "claim")
        label_font = font(sizes.small_font_px, bold=True)
        for label in (self.l2_stretch_label, self.l4_label):
            style_text(label, claim_text, label_font)
        self.l2_target.restyle(theme, sizes)
        self.l5.restyle(theme, sizes)
        self.l1_line.setPen(pen(theme.claim, max(1.0, sizes.pen_px * 0.5), Qt.PenStyle.DotLine))
        self.l1_point.setSize(sizes.px(16))
        self.l1_point.setBrush(pg.mkBrush(color(theme.claim)))
        self.l1_point.setPen(pen(theme.background, max(1.0, sizes.scale)))
        style_text(self.l1_label, claim_text, label_font)
        self.point.setSize(sizes.px(12))
        self.point.setBrush(pg.mkBrush(color(theme.space)))
        self.point.setPen(pen(theme.foreground, max(1.0, sizes.scale)))
        style_text(self.point_label, theme.foreground, label_font)


Chart = ScaleChart
