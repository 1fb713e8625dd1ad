"""Cost per GPU-hour against launch price, Earth and orbit, with the breakeven and today's price."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.model import sweeps
from explorer.model.results import Results
from explorer.ui.charts.axes import compact_number
from explorer.ui.charts.bands import BandOverlay, Bands
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.charts.markers import MarkerLine
from explorer.ui.charts.plot_frame import (
    LegendEntry,
    PlotFrame,
    cache_static_items,
    line_entry,
    set_curve_data,
)
from explorer.ui.theme import VARIANT_TITLES, VARIANTS, variant_pen

POINTS = 200
SIDES = ("earth", "space")
SIDE_TITLES = {"earth": "Earth", "space": "orbit"}


class LaunchPriceChart(ChartBase):
    """$ per GPU-hour on a log-log plot against launch price ($5 to $10,000 per kg)."""

    title = "Cost against launch price"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prices = sweeps.launch_price_axis(POINTS)
        self.view = pg.GraphicsLayoutWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.frame = PlotFrame(
            self.view,
            0,
            title=self.title,
            x_label="Launch price ($/kg, log)",
            y_label="$ per GPU-hour (log)",
            log_x=True,
            log_y=True,
            x_prefix="$",
            y_prefix="$",
            right_suffix="%",
            legend_corner="top-left",
        )
        self.frame.plot.setXRange(*np.log10(sweeps.LAUNCH_PRICE_AXIS_USD_PER_KG), padding=0)
        self.frame.plot.enableAutoRange(axis="x", enable=False)
        self.curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        for z, variant in enumerate(reversed(VARIANTS)):
            for side in SIDES:
                curve = pg.PlotDataItem(connect="finite")
                curve.setZValue(10 + z)
                self.frame.plot.addItem(curve)
                self.curves[(side, variant)] = curve
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
        self._restyle()
        cache_static_items(self.view)

    def set_bands(self, bands: Bands | None) -> None:
        """P10-P90 bands against launch price (``bands.x`` in $/kg), or None to hide them."""
        self.bands.set_bands(bands)
        self._update_legend()

    def extra_state(self) -> dict[str, Any]:
        return {"bands": self.bands.bands}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        self.set_bands(state.get("bands"))

    def csv_text(self) -> str:
        columns: list[tuple[str, Any]] = [("launch_price_usd_per_kg", self.prices)]
        for variant in VARIANTS:
            for side in SIDES:
                _, y = self.curves[(side, variant)].getOriginalDataset()
                if self.curves[(side, variant)].isVisible() and y is not None:
                    columns.append((f"{variant}_{side}_usd_per_gpu_hour", y))
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
        shown = {"current": self._results, "reference": self._reference, "pinned": self._pinned}
        for variant, results in shown.items():
            curve_data = _curve(results, self.prices) if results is not None else None
            for side in SIDES:
                curve = self.curves[(side, variant)]
                if curve_data is None:
                    curve.hide()
                    continue
                set_curve_data(curve, self.prices, curve_data[side])
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
        self.frame.settle_range()

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        self.view.setBackground(theme.background)
        self.frame.restyle(theme, sizes)
        for (side, variant), curve in self.curves.items():
            curve.setPen(variant_pen(getattr(theme, side), variant, sizes))
        self.breakeven.restyle(theme, sizes)
        self.today.restyle(theme, sizes)
        self.bands.restyle(theme, sizes)
        self._update_legend()

    def _update_legend(self) -> None:
        theme = self.theme
        entries: list[LegendEntry] = [
            line_entry(getattr(theme, side), "current", SIDE_TITLES[side]) for side in SIDES
        ]
        for variant, results in (("reference", self._reference), ("pinned", self._pinned)):
            if results is not None:
                entries.append(line_entry(theme.muted, variant, VARIANT_TITLES[variant]))
        entries.extend(self.bands.legend_entries(theme))
        self.frame.set_legend(entries)


def _curve(results: Results, prices: np.ndarray) -> dict[str, np.ndarray]:
    """Both sides against ``prices``; non-positive costs become gaps on the log axis."""
    data = sweeps.cost_against_launch_price(results, prices)
    return {side: np.where(data[side] > 0, data[side], np.nan) for side in SIDES}
