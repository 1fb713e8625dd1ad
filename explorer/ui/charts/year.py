"""Both cost paths against year, the crossover year, and claim H1's window (Aug 2028-Feb 2029).

A strip under the costs shows the launch price path that drives them (Wright's law).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from explorer.ui.charts.bands import BandedChart, BandOverlay
from explorer.ui.charts.cost_curves import SIDES, CostCurves, scenario_curves
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.charts.legend import LegendEntry
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.theme import color, font, pen, variant_pen

# Claim H1: 30 to 36 months after Feb 2026, i.e. Aug 2028 to Feb 2029, in fractional years.
H1_WINDOW = (2028 + 7 / 12, 2029 + 1 / 12)
H1_LABEL = "H1: 30-36 months"


class YearChart(BandedChart):
    """$ per GPU-hour along the learning curves, start year to 2050."""

    title = "Cost against year"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="top")
        self.frame = self._add_frame(
            x_label="", y_label="$ per GPU-hour", y_prefix="$", right_suffix="%"
        )
        self.strip = self._add_frame(x_label="Year", y_label="$/kg", log_y=True, y_prefix="$")
        self.strip.plot.setXLink(self.frame.plot)
        # An empty right axis keeps the strip's x aligned with the costs while bands show theirs.
        self.strip.set_axis_label("right", " ")
        self.strip.plot.getAxis("right").setTicks([[], []])
        self.view.ci.layout.setRowStretchFactor(0, 4)
        self.view.ci.layout.setRowStretchFactor(1, 1)
        self.window = pg.LinearRegionItem(values=H1_WINDOW, movable=False)
        self.window.setZValue(-5)
        self.frame.plot.addItem(self.window, ignoreBounds=True)
        self.window_label = pg.InfLineLabel(
            self.window.lines[1], text=H1_LABEL, position=0.96, anchor=(0, 0)
        )
        self.cost_curves = CostCurves(self.frame.plot)
        self.curves = self.cost_curves.items
        self.launch_curves = scenario_curves(self.strip.plot)
        self.crossover = MarkerLine(self.frame.plot, colour_role="foreground", label_position=0.9)
        self.bands = BandOverlay(self.frame, log_x=False)
        self._finish_plot()

    def _on_bands_changed(self, shown: bool) -> None:
        # The launch-price strip keeps its plot aligned with the chance axis above it.
        self.strip.plot.showAxis("right", shown)

    def csv_text(self) -> str:
        if self._results is None:
            return csv_text([("year", [])])
        years = np.asarray(self._results["path.year"], dtype=float)
        columns: list[tuple[str, Any]] = [("year", years)]
        columns.extend(self.cost_curves.csv_columns(len(years)))
        _, launch = self.launch_curves["current"].getOriginalDataset()
        columns.append(("current_launch_price_usd_per_kg", launch))
        text = csv_text(columns)
        bands = self.bands.bands
        if bands is not None:
            text += "\n" + csv_text([("band_year", bands.x), *self.bands.csv_columns()])
        return text

    def _redraw(self) -> None:
        for variant, results in self._shown().items():
            launch = self.launch_curves[variant]
            if results is None:
                launch.hide()
                self.cost_curves.set_variant(variant, np.empty(0), None)
                continue
            years = np.asarray(results["path.year"], dtype=float)
            feasible = np.asarray(results["path.feasible"], dtype=bool)
            costs = {
                side: _gaps(
                    np.asarray(results[f"path.{side}_usd_per_gpu_hour"], dtype=float), feasible
                )
                for side in SIDES
            }
            self.cost_curves.set_variant(variant, years, costs)
            prices = np.asarray(results["path.launch_usd_per_kg"], dtype=float)
            set_curve_data(launch, years, _gaps(prices, np.ones_like(feasible)))
        results = self._results
        if results is None:
            return
        year = float(results["crossover_year"])
        self.crossover.set_value(year, f"crossover {_month_year(year)}")
        reasons = results.reasons()
        self.frame.set_note("Not feasible: " + "; ".join(reasons) if reasons else "")
        self._update_legend()
        self._fit_costs()
        self.strip.fit_y_to(list(self.launch_curves.values()), log=True)

    def _fit_costs(self) -> None:
        """Fit the cost axis to every shown curve and band."""
        bands = [*self.bands.low.values(), *self.bands.high.values()]
        self.frame.fit_y_to([*self.curves.values(), *bands])

    def _restyle(self) -> None:
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
        self._update_legend()

    def _update_legend(self) -> None:
        theme = self.theme
        entries = self.cost_curves.legend_entries(theme, self._shown())
        entries.append(LegendEntry(theme.claim, "box", "claim H1 window"))
        if self._results is not None and math.isnan(float(self._results["crossover_year"])):
            entries.append(LegendEntry(theme.muted, "box", "no crossover by 2050"))
        entries.extend(self.bands.legend_entries(theme))
        self._set_legend(entries)


def _gaps(values: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Infeasible years and non-positive values become gaps (NaN)."""
    return np.where(ok & (values > 0), values, np.nan)


def _month_year(year: float) -> str:
    """2028.6 -> "Aug 2028"; NaN -> "none"."""
    if not math.isfinite(year):
        return "none"
    whole = math.floor(year)
    month = min(11, int((year - whole) * 12))
    names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{names[month]} {whole}"
