"""What the window needs from the charts package: the calls it makes on the dashboard."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from explorer.model import Results


class ChartView(Protocol):
    """A chart or the dashboard of all charts (``explorer.ui.charts``)."""

    title: str

    def set_results(
        self, results: Results, reference: Results | None = None, pinned: Results | None = None
    ) -> None: ...

    def set_theme(self, name: str) -> None: ...

    def set_presentation(self, on: bool) -> None: ...

    def csv_text(self) -> str: ...


class DashboardView(ChartView, Protocol):
    """The grid of every chart; ``charts`` maps a chart's name to its widget."""

    charts: dict[str, QWidget]
