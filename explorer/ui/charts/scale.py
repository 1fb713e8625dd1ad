"""GW of AI compute deployable per year against launches per year, with claims L1, L2, L4, L5."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.model import sweeps
from explorer.ui.charts.axes import compact_number
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.cost_curves import scenario_curves
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.charts.legend import LegendEntry, compared_entries, line_entry
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.theme import VARIANTS, color, font, pen, variant_pen

CADENCE_AXIS = (10.0, 100_000.0)
POINTS = 200
# Claims (SEED-CLAIMS.md): L1 100 GW per 10,000 launches; L2 10,000 launches a year, maybe
# 20,000-30,000; L4 several hundred GW a year; L5 about 1 TW a year from Earth.
L1_POINT = (10_000.0, 100.0)
L1_GW_PER_LAUNCH = L1_POINT[1] / L1_POINT[0]
L2_TARGET = 10_000.0
L2_STRETCH = (20_000.0, 30_000.0)
L4_RANGE_GW = (200.0, 900.0)
L5_CEILING_GW = 1000.0


class ScaleChart(ChartBase):
    """Deployable GW per year on log-log axes, the scenario's cadence marked."""

    title = "Scale: GW a year by launches"
    short_title = "Scale: GW a year"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.launches = np.geomspace(*CADENCE_AXIS, POINTS)
        self._build_plot(legend="top")
        self.frame = self._add_frame(
            x_label="Launches per year (log)",
            y_label="GW of IT a year (log)",
            log_x=True,
            log_y=True,
        )
        plot = self.frame.plot
        plot.setXRange(*np.log10(CADENCE_AXIS), padding=0)
        plot.enableAutoRange(enable=False)
        self.l2_stretch = pg.LinearRegionItem(values=np.log10(L2_STRETCH), movable=False)
        self.l4_band = pg.LinearRegionItem(
            values=np.log10(L4_RANGE_GW), movable=False, orientation="horizontal"
        )
        for region in (self.l2_stretch, self.l4_band):
            region.setZValue(-5)
            plot.addItem(region, ignoreBounds=True)
        self.l2_stretch_label = pg.InfLineLabel(
            self.l2_stretch.lines[0], text="L2: 20-30k", position=0.22, anchor=(1, 0.5)
        )
        self.l4_label = pg.InfLineLabel(
            self.l4_band.lines[0], text="L4: 100s of GW/yr", position=0.4, anchor=(0.5, 1)
        )
        self.l2_target = MarkerLine(
            plot, log=True, colour_role="claim", label_position=0.06, style=Qt.PenStyle.DashDotLine
        )
        self.l2_target.set_value(L2_TARGET, "L2: 10k/yr")
        self.l5 = MarkerLine(
            plot,
            angle=0,
            log=True,
            colour_role="claim",
            label_position=0.98,
            style=Qt.PenStyle.DashDotLine,
        )
        self.l5.set_value(L5_CEILING_GW, "L5: ~1 TW/yr ceiling")
        self.l1_line = pg.PlotDataItem(self.launches, self.launches * L1_GW_PER_LAUNCH)
        self.l1_line.setZValue(5)
        plot.addItem(self.l1_line)
        self.l1_point = pg.ScatterPlotItem(
            x=[math.log10(L1_POINT[0])], y=[math.log10(L1_POINT[1])], symbol="star"
        )
        self.l1_point.setZValue(25)
        plot.addItem(self.l1_point)
        self.l1_label = pg.TextItem("L1: 100 GW", anchor=(1.1, -0.2))
        self.l1_label.setPos(math.log10(L1_POINT[0]), math.log10(L1_POINT[1]))
        plot.addItem(self.l1_label)
        self.curves = scenario_curves(plot)
        self.point = pg.ScatterPlotItem(symbol="o")
        self.point.setZValue(30)
        plot.addItem(self.point)
        self.point_label = pg.TextItem(anchor=(-0.08, 1.1))
        self.point_label.setZValue(30)
        plot.addItem(self.point_label)
        self._point: tuple[float, float] | None = None
        self._finish_plot()

    def csv_text(self) -> str:
        columns: list[tuple[str, Any]] = [("launches_per_year", self.launches)]
        for variant in VARIANTS:
            curve = self.curves[variant]
            _, y = curve.getOriginalDataset()
            if curve.isVisible() and y is not None:
                columns.append((f"{variant}_gw_per_year", y))
        columns.append(("claim_l1_gw_per_year", self.launches * L1_GW_PER_LAUNCH))
        return csv_text(columns)

    def _redraw(self) -> None:
        for variant, results in self._shown().items():
            curve = self.curves[variant]
            if results is None:
                curve.hide()
                continue
            gw = np.asarray(sweeps.gw_per_year_against_cadence(results, self.launches))
            ok = bool(results["feasible"]) & (gw > 0)
            set_curve_data(curve, self.launches, np.where(ok, gw, np.nan))
        results = self._results
        if results is None:
            return
        cadence = float(results["space.launches_per_year"])
        gw_now = float(sweeps.gw_per_year_against_cadence(results, np.array([cadence]))[0])
        feasible = bool(results["feasible"]) and gw_now > 0
        if feasible:
            x, y = math.log10(cadence), math.log10(gw_now)
            if (x, y) != self._point:
                self._point = (x, y)
                self.point.setData(x=[x], y=[y])
                self.point_label.setText(
                    f"now: {compact_number(cadence)} launches\n→ {compact_number(gw_now)} GW/yr"
                )
                # Beside the point on the side with room, so the label stays inside the plot.
                right_half = x > sum(np.log10(CADENCE_AXIS)) / 2
                self.point_label.setAnchor((1.08, 1.1) if right_half else (-0.08, 1.1))
                self.point_label.setPos(x, y)
        self.point.setVisible(feasible)
        self.point_label.setVisible(feasible)
        self._fit_y()
        reasons = results.reasons()
        self.frame.set_note("Not feasible: " + "; ".join(reasons) if reasons else "")
        self._update_legend()

    def _fit_y(self) -> None:
        lows, highs = [L1_GW_PER_LAUNCH * CADENCE_AXIS[0]], [L5_CEILING_GW * 2.5]
        for curve in self.curves.values():
            _, y = curve.getOriginalDataset()
            if curve.isVisible() and y is not None and np.isfinite(y).any():
                lows.append(float(np.nanmin(y)))
                highs.append(float(np.nanmax(y)))
        self.frame.fit_y(math.log10(min(lows) / 2), math.log10(max(highs) * 2))

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        for variant, curve in self.curves.items():
            curve.setPen(variant_pen(theme.space, variant, sizes))
        claim_fill = pg.mkBrush(color(theme.claim, theme.claim_fill_alpha))
        for region in (self.l2_stretch, self.l4_band):
            region.setBrush(claim_fill)
            for line in region.lines:
                line.setPen(pen(theme.claim, max(1.0, sizes.pen_px * 0.3)))
        for label in (self.l2_stretch_label, self.l4_label):
            label.setColor(theme.claim)
            label.setFont(font(sizes.small_font_px, bold=True))
        self.l2_target.restyle(theme, sizes)
        self.l5.restyle(theme, sizes)
        self.l1_line.setPen(pen(theme.claim, max(1.0, sizes.pen_px * 0.5), Qt.PenStyle.DotLine))
        self.l1_point.setSize(sizes.px(16))
        self.l1_point.setBrush(pg.mkBrush(color(theme.claim)))
        self.l1_point.setPen(pen(theme.background, max(1.0, sizes.scale)))
        self.l1_label.setColor(theme.claim)
        self.l1_label.setFont(font(sizes.small_font_px, bold=True))
        self.point.setSize(sizes.px(12))
        self.point.setBrush(pg.mkBrush(color(theme.space)))
        self.point.setPen(pen(theme.foreground, max(1.0, sizes.scale)))
        self.point_label.setColor(theme.foreground)
        self.point_label.setFont(font(sizes.small_font_px, bold=True))
        self._update_legend()

    def _update_legend(self) -> None:
        theme = self.theme
        entries = [line_entry(theme.space, "current", "this scenario")]
        entries += compared_entries(theme.space, self._shown())
        entries.append(LegendEntry(theme.claim, "dotted", "L1: 10 MW per launch"))
        entries.append(LegendEntry(theme.claim, "box", "claims L2, L4"))
        self._set_legend(entries)
