"""Each chart's data as a figure: plain, immutable values a chart draws as it is given.

``CHARTS`` lists the charts in the dashboard's order with their builders and their dashboard
cells. A builder turns a Frame (the evaluated scenarios and the current one's uncertainty) into
its figure: series, markers, bars, rows, labels, legend and axis hints, and the table its CSV
is written from. The window, the command line's export and the tests all draw these figures.

Adding a chart: its builder module here, its entry in CHARTS, and its widget in
``explorer.ui.charts`` (a module of the chart's name with a class ``Chart``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from explorer.io.csv_text import csv_text
from explorer.present.figures import (
    breakdown,
    bridge,
    claims,
    launch_price,
    scale,
    tornado,
    year,
)
from explorer.present.figures.frame import Frame, Memo
from explorer.present.figures.headline import HeadlineFigure, headline_figure
from explorer.present.text.translate import tr

Figure = Any
"""One of the figure classes of this package (LaunchPriceFigure, YearFigure, ...)."""


@dataclass(frozen=True)
class ChartSpec:
    """A chart: its name (stable: the command line and talk files use it), its builder, its cell
    in the dashboard's grid (row, column, rows spanned, columns spanned) and its title's source
    string (for menus, before any figure exists)."""

    name: str
    build: Callable[[Frame, Memo], Figure]
    cell: tuple[int, int, int, int]
    title: str

    def translated_title(self) -> str:
        return tr(self.title, context="chart")


# Costs on top; scale, sensitivity and the bridge below; the claims board down the right-hand
# side, in a wider column, where its rows have room.
CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("launch_price", launch_price.launch_price_figure, (0, 0, 1, 1), launch_price.TITLE),
    ChartSpec("year", year.year_figure, (0, 1, 1, 1), year.TITLE),
    ChartSpec("breakdown", breakdown.breakdown_figure, (0, 2, 1, 1), breakdown.TITLE),
    ChartSpec("scale", scale.scale_figure, (1, 0, 1, 1), scale.TITLE),
    ChartSpec("claims", claims.claims_figure, (0, 3, 2, 1), claims.TITLE),
    ChartSpec("tornado", tornado.tornado_figure, (1, 1, 1, 1), tornado.TITLE),
    ChartSpec("bridge", bridge.bridge_figure, (1, 2, 1, 1), bridge.TITLE),
)
DASHBOARD_COLUMN_STRETCH: tuple[int, ...] = (2, 2, 2, 3)
"""How the dashboard's columns share its width: the claims board's column half again as wide."""
CHART_NAMES: tuple[str, ...] = tuple(spec.name for spec in CHARTS)
DASHBOARD = "dashboard"
"""What exports and copies call all charts together."""
EXPORT_NAMES: tuple[str, ...] = (*CHART_NAMES, DASHBOARD)
_BY_NAME: dict[str, ChartSpec] = {spec.name: spec for spec in CHARTS}


@dataclass(frozen=True)
class Figures:
    """The headline's figure and each chart's, by chart name."""

    headline: HeadlineFigure
    charts: Mapping[str, Figure]


class FigureBuilder:
    """Builds the figures of successive frames; what was derived from Results that came back
    unchanged (the preset's, the pinned scenario's) is reused. ``builds`` counts the calls."""

    def __init__(self) -> None:
        self._memo = Memo()
        self.builds = 0

    def build(self, frame: Frame, names: Iterable[str] = CHART_NAMES) -> Figures:
        """The headline and the charts ``names`` (all by default) of ``frame``."""
        self.builds += 1
        charts = {name: _BY_NAME[name].build(frame, self._memo) for name in names}
        return Figures(headline_figure(frame.current), charts)


def build_figures(frame: Frame, names: Iterable[str] = CHART_NAMES) -> Figures:
    """The figures of one frame (what the command line's export draws)."""
    return FigureBuilder().build(frame, names)


def figure_csv(figure: Figure) -> str:
    """A figure's table as CSV text (blocks separated by a blank line)."""
    return "\n".join(csv_text(block) for block in figure.table.blocks)


def dashboard_csv(figures: Figures) -> str:
    """Every chart's CSV, each after a ``# name`` line, separated by blank lines."""
    return "\n".join(f"# {name}\n{figure_csv(f)}" for name, f in figures.charts.items())


__all__ = [
    "CHARTS",
    "CHART_NAMES",
    "DASHBOARD",
    "DASHBOARD_COLUMN_STRETCH",
    "EXPORT_NAMES",
    "ChartSpec",
    "FigureBuilder",
    "Figures",
    "Frame",
    "build_figures",
    "dashboard_csv",
    "figure_csv",
]
