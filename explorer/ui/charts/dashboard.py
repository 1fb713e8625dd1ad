"""All charts in one grid: what the window shows and what "dashboard" exports.

The charts and their cells come from ``explorer.present.figures.CHARTS``; the widget of chart
NAME is ``explorer.ui.charts.NAME.Chart``.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from explorer.present.figures import CHARTS, DASHBOARD_COLUMN_STRETCH
from explorer.ui.charts.base import ChartBase
from explorer.ui.theme import PRESENTATION_SCALE, THEMES, Theme, paint_background, theme_named


def chart_class(name: str) -> type[ChartBase]:
    """The widget class of the chart called ``name``."""
    return import_module(f"explorer.ui.charts.{name}").Chart


class Dashboard(QWidget):
    """One of each chart in a grid, with the charts' own style setters applied to all of them."""

    chart_created = Signal(str)
    """(name): a chart was built and waits for its figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = THEMES["light"]
        self.charts: dict[str, ChartBase] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        rows = columns = 0
        for spec in CHARTS:
            chart = chart_class(spec.name)()
            self.charts[spec.name] = chart
            row, column, row_span, column_span = spec.cell
            layout.addWidget(chart, row, column, row_span, column_span)
            rows, columns = max(rows, row + row_span), max(columns, column + column_span)
        for column in range(columns):
            layout.setColumnStretch(column, DASHBOARD_COLUMN_STRETCH[column])
        for row in range(rows):
            layout.setRowStretch(row, 1)
        paint_background(self, self._theme.background)

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, name: str) -> None:
        self._theme = theme_named(name)
        for chart in self.charts.values():
            chart.set_theme(name)
        paint_background(self, self._theme.background)

    def set_presentation(self, on: bool, scale: float = PRESENTATION_SCALE) -> None:
        for chart in self.charts.values():
            chart.set_presentation(on, scale)

    def hold_axes(self, held: bool) -> None:
        """Keep every chart's axes while a drag is under way; refit them when it ends."""
        for chart in self.charts.values():
            chart.set_axes_held(held)

    def retranslate(self) -> None:
        """Numbers on the axes in the language now in use (the rest comes with new figures)."""
        for chart in self.charts.values():
            chart.retranslate()

    def set_render_scale(self, factor: float) -> None:
        for chart in self.charts.values():
            chart.set_render_scale(factor)
