"""Cost per GPU-hour against launch price, Earth and orbit, with the breakeven and today's price."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.model import sweeps
from explorer.model.results import Results
from explorer.ui.charts.axes import compact_number
from explorer.ui.charts.bands import BandedChart, BandOverlay
from explorer.ui.charts.cost_curves import SIDES, CostCurves
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.charts.markers import MarkerLine

POINTS = 200


class LaunchPriceChart(BandedChart):
    """$ per GPU-hour on a log-log plot against launch price ($5 to $10,000 per kg)."""

    title = "Cost against launch price"
    short_title = "Cost vs launch price"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prices = sweeps.launch_price_axis(POINTS)
        self._build_plot(legend="top")
        self.frame = self._add_frame(
            x_label="Launch price ($/kg, log)",
            y_label="$ per GPU-hour (log)",
            log_x=True,
            log_y=True,
            x_prefix="$",
            y_prefix="$",
            right_suffix="%",
        )
        self.frame.plot.setXRange(*np.log10(sweeps.LAUNCH_PRICE_AXIS_USD_PER_KG), padding=0)
        self.frame.plot.enableAutoRange(axis="x", enable=False)
        self.cost_curves = CostCurves(self.frame.plot)
        self.curves = self.cost_curves.items
        self.breakeven = MarkerLine(
            self.frame.plot, log=True, colour_role="foreground", label_position=0.92
        )
        self.today = MarkerLine(
            self.frame.plot,
            log=True,
            colour_role="muted",
            style=Qt.PenStyle.DotLine,
            label_position=0.08,
        )
        self.bands = BandOverlay(self.frame, log_x=True)
        self._finish_plot()

    def csv_text(self) -> str:
        columns: list[tuple[str, Any]] = [("launch_price_usd_per_kg", self.prices)]
        columns.extend(self.cost_curves.csv_columns(len(self.prices)))
        bands = self.bands.bands
        if bands is not None and np.array_equal(np.asarray(bands.x, dtype=float), self.prices):
            columns.extend(self.bands.csv_columns())
        elif bands is not None:
            return (
                csv_text(columns)
                + "\n"
                + csv_text([("band_launch_price_usd_per_kg", bands.x), *self.bands.csv_columns()])
            )
        return csv_text(columns)

    def _redraw(self) -> None:
        for variant, results in self._shown().items():
            costs = _curve(results, self.prices) if results is not None else None
            self.cost_curves.set_variant(variant, self.prices, costs)
        results = self._results
        if results is None:
            return
        breakeven = float(results["breakeven_launch_usd_per_kg"])
        self.breakeven.set_value(breakeven, f"breakeven {compact_number(breakeven, '$')}/kg")
        today = float(results.scenario["launch_price_usd_per_kg"])
        self.today.set_value(today, f"today {compact_number(today, '$')}/kg")
        reasons = results.reasons()
        self.frame.set_note("Not feasible: " + "; ".join(reasons) if reasons else "")
        self._update_legend()
        self._fit_costs()

    def _fit_costs(self) -> None:
        bands = [*self.bands.low.values(), *self.bands.high.values()]
        self.frame.fit_y_to([*self.curves.values(), *bands], log=True)

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        self.cost_curves.restyle(theme, sizes)
        self.breakeven.restyle(theme, sizes)
        self.today.restyle(theme, sizes)
        self.bands.restyle(theme, sizes)
        self._update_legend()

    def _update_legend(self) -> None:
        entries = self.cost_curves.legend_entries(self.theme, self._shown())
        self._set_legend(entries + self.bands.legend_entries(self.theme))


def _curve(results: Results, prices: np.ndarray) -> dict[str, np.ndarray]:
    """Both sides against ``prices``; non-positive costs become gaps on the log axis."""
    data = sweeps.cost_against_launch_price(results, prices)
    return {side: np.where(data[side] > 0, data[side], np.nan) for side in SIDES}
