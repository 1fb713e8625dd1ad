"""All charts in one grid: what the window shows and what "dashboard" exports."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QWidget

from explorer.model.results import Results
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.breakdown import BreakdownChart
from explorer.ui.charts.claims import ClaimsBoard
from explorer.ui.charts.launch_price import LaunchPriceChart
from explorer.ui.charts.scale import ScaleChart
from explorer.ui.charts.tornado import TornadoChart
from explorer.ui.charts.year import YearChart
from explorer.ui.theme import Theme, paint_background

CHARTS: dict[str, type[ChartBase]] = {
    "launch_price": LaunchPriceChart,
    "year": YearChart,
    "breakdown": BreakdownChart,
    "scale": ScaleChart,
    "claims": ClaimsBoard,
    "tornado": TornadoChart,
}
# (row, column, row span, column span): costs on top, scale and sensitivity below, the claims
# board down the right-hand side where its rows have room.
GRID: dict[str, tuple[int, int, int, int]] = {
    "launch_price": (0, 0, 1, 1),
    "year": (0, 1, 1, 1),
    "breakdown": (0, 2, 1, 1),
    "scale": (1, 0, 1, 1),
    "tornado": (1, 1, 1, 2),
    "claims": (0, 3, 2, 1),
}


class Dashboard(QWidget):
    """One of each chart in a 4 x 2 grid, with the charts' own methods applied to all of them."""

    title = "Space vs Earth: the cost of AI compute"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts: dict[str, ChartBase] = {name: cls() for name, cls in CHARTS.items()}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for name, (row, column, rows, columns) in GRID.items():
            layout.addWidget(self.charts[name], row, column, rows, columns)
        for column in range(4):
            layout.setColumnStretch(column, 1)
        for row in range(2):
            layout.setRowStretch(row, 1)
        paint_background(self, self.theme.background)

    @property
    def theme(self) -> Theme:
        return self.charts["launch_price"].theme

    def set_results(
        self, results: Results, reference: Results | None = None, pinned: Results | None = None
    ) -> None:
        for chart in self.charts.values():
            chart.set_results(results, reference, pinned)

    def set_theme(self, name: str) -> None:
        for chart in self.charts.values():
            chart.set_theme(name)
        paint_background(self, self.theme.background)

    def set_presentation(self, on: bool) -> None:
        for chart in self.charts.values():
            chart.set_presentation(on)

    def set_render_scale(self, factor: float) -> None:
        for chart in self.charts.values():
            chart.set_render_scale(factor)

    def csv_text(self) -> str:
        """Every chart's CSV, each after a ``# name`` line, separated by blank lines."""
        return "\n".join(f"# {name}\n{chart.csv_text()}" for name, chart in self.charts.items())

    def copy_state_from(self, other: Dashboard) -> None:
        for name, chart in self.charts.items():
            chart.copy_state_from(other.charts[name])
        paint_background(self, self.theme.background)

    def extra_state(self) -> dict[str, Any]:
        return {name: chart.extra_state() for name, chart in self.charts.items()}
