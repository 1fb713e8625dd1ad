"""Earth and orbit cost per GPU-hour as stacked bars of the model's named parts.

Only the parts inside the scenario's accounting boundary are stacked; the loaded preset's and the
pinned scenario's totals are drawn as dashed and dotted bars across each stack.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from explorer.model.parts import BOUNDARY_PARTS, PART_TITLES, PARTS
from explorer.model.results import Results
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.charts.legend import LegendEntry, compared_entries
from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.theme import color, font, pen, variant_pen

SIDES = ("earth", "space")
SIDE_TITLES = {"earth": "Earth", "space": "Orbit"}
X = np.array([0.0, 1.0])
BAR_WIDTH = 0.5
TOTAL_MARK_HALF_WIDTH = 0.34
# Legend names short enough for a dashboard cell in presentation mode; the CSV keeps the model's
# full titles.
LEGEND_TITLES: dict[str, str] = {
    "it_hardware": "IT hardware",
    "spares": "Spares",
    "power_generation": "Power plant",
    "electrical_plant": "Electrical plant",
    "tariffs": "Tariffs",
    "storage": "Storage",
    "energy": "Energy, fuel",
    "carbon": "Carbon",
    "cooling": "Cooling",
    "facility": "Facility, bus",
    "comms": "Comms",
    "launch_power_system": "Launch: power",
    "launch_payload": "Launch: IT",
    "propellant": "Propellant",
    "operations": "Operations",
    "nre": "NRE",
    "insurance": "Insurance",
    "delay": "Delay cost",
    "lost_gpu_hours": "Lost GPU-hours",
}


def counted_parts(results: Results) -> dict[str, dict[str, float]]:
    """$ per GPU-hour by part and side, zero for parts outside the scenario's boundary."""
    boundary = BOUNDARY_PARTS[results.scenario["boundary"]]
    feasible = bool(results["feasible"])
    return {
        side: {
            part: float(results[f"{side}.breakdown_per_gpu_hour.{part}"])
            if feasible and part in boundary
            else 0.0
            for part in PARTS
        }
        for side in SIDES
    }


class BreakdownChart(ChartBase):
    """Two stacked bars ($ per GPU-hour), one per side, with totals written above them."""

    title = "Cost breakdown"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="side")
        self.frame = self._add_frame(
            x_label="", y_label="$ per GPU-hour", y_prefix="$", grid_x=False
        )
        self.frame.plot.getAxis("bottom").setTicks(
            [[(float(x), SIDE_TITLES[s]) for x, s in zip(X, SIDES, strict=True)]]
        )
        self.frame.plot.setXRange(-0.5, 1.5, padding=0)
        self.frame.plot.enableAutoRange(axis="x", enable=False)
        # One item draws every segment (part-major: part i's Earth and orbit segments are
        # 2i and 2i+1), so a frame updates and paints one picture instead of thirteen.
        self.stack = pg.BarGraphItem(
            x=np.tile(X, len(PARTS)),
            y0=np.zeros(2 * len(PARTS)),
            height=np.zeros(2 * len(PARTS)),
            width=BAR_WIDTH,
        )
        self.frame.plot.addItem(self.stack)
        self._shown_total_text: dict[str, tuple[str, float]] = {}
        self.totals: dict[str, pg.TextItem] = {}
        for x, side in zip(X, SIDES, strict=True):
            label = pg.TextItem(anchor=(0.5, 1))
            label.setPos(float(x), 0.0)
            self.frame.plot.addItem(label)
            self.totals[side] = label
        self.marks: dict[str, pg.PlotDataItem] = {}
        for variant in ("reference", "pinned"):
            mark = pg.PlotDataItem(connect="pairs")
            mark.setZValue(30)
            self.frame.plot.addItem(mark)
            self.marks[variant] = mark
        self._parts: dict[str, dict[str, float]] = {s: dict.fromkeys(PARTS, 0.0) for s in SIDES}
        self._finish_plot()

    def csv_text(self) -> str:
        compared = {"reference": self._reference, "pinned": self._pinned}
        columns: list[tuple[str, Any]] = [
            ("part", [*PARTS, "total"]),
            ("part_title", [*(PART_TITLES[p] for p in PARTS), "Total within the boundary"]),
        ]
        for variant, results in {"current": self._results, **compared}.items():
            if results is None:
                continue
            parts = counted_parts(results)
            for side in SIDES:
                values = [parts[side][p] for p in PARTS]
                columns.append((f"{variant}_{side}_usd_per_gpu_hour", [*values, sum(values)]))
        return csv_text(columns)

    def _redraw(self) -> None:
        results = self._results
        if results is None:
            return
        self._parts = counted_parts(results)
        heights = np.array([[self._parts[side][part] for side in SIDES] for part in PARTS])
        tops = np.cumsum(heights, axis=0)
        y0 = (tops - heights).ravel()
        if not (
            np.array_equal(self.stack.opts["height"], heights.ravel())
            and np.array_equal(self.stack.opts["y0"], y0)
        ):
            self.stack.setOpts(y0=y0, height=heights.ravel())
        base = tops[-1]
        for i, side in enumerate(SIDES):
            shown = (f"${base[i]:.2f}", float(base[i]))
            if self._shown_total_text.get(side) != shown:
                self._shown_total_text[side] = shown
                self.totals[side].setText(shown[0])
                self.totals[side].setPos(float(X[i]), shown[1])
        for variant, other in (("reference", self._reference), ("pinned", self._pinned)):
            mark = self.marks[variant]
            if other is None:
                mark.hide()
                continue
            totals = [sum(v.values()) for v in counted_parts(other).values()]
            xs = np.ravel([[x - TOTAL_MARK_HALF_WIDTH, x + TOTAL_MARK_HALF_WIDTH] for x in X])
            set_curve_data(mark, xs, np.repeat(np.asarray(totals, dtype=float), 2))
        top = max(float(base.max()), *(self._mark_tops()), 1e-9)
        # Room above the stacks for the totals written over them.
        self.frame.fit_y(0.0, top * 1.12)
        reasons = results.reasons()
        self.frame.set_note("Not feasible: " + "; ".join(reasons) if reasons else "")
        self._update_legend()

    def segment(self, part: str) -> tuple[np.ndarray, np.ndarray]:
        """The bottoms and heights ($ per GPU-hour) of ``part``'s Earth and orbit segments."""
        i = 2 * PARTS.index(part)
        opts = self.stack.opts
        return np.asarray(opts["y0"])[i : i + 2], np.asarray(opts["height"])[i : i + 2]

    def _mark_tops(self) -> list[float]:
        tops = []
        for mark in self.marks.values():
            _, y = mark.getOriginalDataset()
            if mark.isVisible() and y is not None and len(y):
                tops.append(float(np.nanmax(y)))
        return tops

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        edge = pen(theme.background, max(1.0, sizes.scale))
        brushes = [pg.mkBrush(color(hue)) for hue in theme.parts for _ in SIDES]
        self.stack.setOpts(brushes=brushes, pen=edge)
        for label in self.totals.values():
            label.setColor(theme.foreground)
            label.setFont(font(sizes.font_px, bold=True))
        for variant, mark in self.marks.items():
            mark.setPen(variant_pen(theme.foreground, variant, sizes))
        self.frame.plot.getAxis("bottom").setTickFont(font(sizes.small_font_px, bold=True))
        self._update_legend()

    def _update_legend(self) -> None:
        theme = self.theme
        shown = [p for p in PARTS if any(self._parts[s][p] > 0 for s in SIDES)]
        colours = dict(zip(PARTS, theme.parts, strict=True))
        # Top of the stack first, as the eye reads the bars.
        entries = [LegendEntry(colours[p], "box", LEGEND_TITLES[p]) for p in reversed(shown)]
        entries += compared_entries(theme.foreground, self._shown(), " total")
        self._set_legend(entries)
