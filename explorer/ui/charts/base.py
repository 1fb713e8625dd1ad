"""What every chart shares: the scenarios it shows, its theme, and its size (screen, presentation,
export).

Charts are views: they must not modify the Results or Scenario they are given. Their plot items are
created once in ``__init__``; ``set_results`` and the style setters only update those items.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from explorer.model.results import Results
from explorer.ui.charts.legend import ChartHeading, LegendEntry, LegendLabel
from explorer.ui.charts.plot_frame import PlotFrame, cache_static_items
from explorer.ui.theme import THEMES, Sizes, Theme, paint_background, sizes_for, theme_named

SIDE_LEGEND_SHARE = 0.42
"""The most of a chart's width a legend beside the plot may take."""


class ChartBase(QWidget):
    """A chart widget: ``set_results``, ``set_theme``, ``set_presentation``, ``csv_text``.

    Subclasses implement ``_redraw`` (data changed) and ``_restyle`` (theme or sizes changed).
    """

    title: str = ""
    short_title: str = ""
    """Shown instead of ``title`` where that does not fit (presentation mode, small screens)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme: Theme = THEMES["light"]
        self._presentation = False
        self._render_scale = 1.0
        self._results: Results | None = None
        self._reference: Results | None = None
        self._pinned: Results | None = None
        self.heading = ChartHeading(self.title, self.short_title)
        self.legend: LegendLabel | None = None
        self.view: pg.GraphicsLayoutWidget | None = None
        self.frames: list[PlotFrame] = []

    # --- what the window and the exporter call ------------------------------------------------
    def set_results(
        self, results: Results, reference: Results | None = None, pinned: Results | None = None
    ) -> None:
        """Show ``results``; ``reference`` (the loaded preset) dashed and ``pinned`` dotted behind
        it; None hides either."""
        self._results = results
        self._reference = reference
        self._pinned = pinned
        self._redraw()

    def set_theme(self, name: str) -> None:
        """Switch to the "light" or "dark" theme."""
        self._theme = theme_named(name)
        self._apply_style()

    def set_presentation(self, on: bool) -> None:
        """Larger fonts and thicker pens for a room."""
        self._presentation = bool(on)
        self._apply_style()

    def set_render_scale(self, factor: float) -> None:
        """Scale fonts and pens by ``factor`` on top of presentation mode (used by PNG export)."""
        if factor <= 0:
            raise ValueError(f"render scale must be positive, got {factor}")
        self._render_scale = float(factor)
        self._apply_style()

    def csv_text(self) -> str:
        """The chart's current data as CSV (header row with units, one row per point)."""
        raise NotImplementedError

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def presentation(self) -> bool:
        return self._presentation

    @property
    def sizes(self) -> Sizes:
        return sizes_for(self._presentation, self._render_scale)

    # --- copying a live chart into an off-screen one (export) ---------------------------------
    def extra_state(self) -> dict[str, Any]:
        """Inputs beyond results/reference/pinned that a copy needs (bands, tornado rows)."""
        return {}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        """Restore what ``extra_state`` returned."""

    def copy_state_from(self, other: ChartBase) -> None:
        """Show what ``other`` shows, in its theme and mode (its size and scale are not copied)."""
        self._theme = other._theme
        self._presentation = other._presentation
        self._apply_style()
        self.apply_extra_state(other.extra_state())
        if other._results is not None:
            self.set_results(other._results, other._reference, other._pinned)

    # --- for subclasses -----------------------------------------------------------------------
    def _build_plot(self, legend: str | None = "top") -> pg.GraphicsLayoutWidget:
        """The chart's layout: heading, legend ("top", "side" or None) and a plot view.

        Subclasses add their PlotFrames to the returned view with ``_add_frame``.
        """
        self.view = pg.GraphicsLayoutWidget()
        self.legend = LegendLabel(legend) if legend else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        if self.legend is not None and legend == "top":
            layout.addWidget(self.legend)
        if self.legend is not None and legend == "side":
            row = QHBoxLayout()
            row.setSpacing(0)
            row.addWidget(self.view, 1)
            row.addWidget(self.legend)
            layout.addLayout(row, 1)
        else:
            layout.addWidget(self.view, 1)
        return self.view

    def _add_frame(self, **options: Any) -> PlotFrame:
        """A PlotFrame in the next row of the view (see PlotFrame for the options)."""
        assert self.view is not None
        frame = PlotFrame(self.view, len(self.frames), **options)
        self.frames.append(frame)
        return frame

    def _finish_plot(self) -> None:
        """Style everything once and cache the static items (call at the end of ``__init__``)."""
        self._apply_style()
        if self.view is not None:
            cache_static_items(self.view)

    def _set_legend(self, entries: list[LegendEntry]) -> None:
        if self.legend is not None:
            self.legend.set_entries(entries)

    def _shown(self) -> dict[str, Results | None]:
        """The scenarios a chart draws, by variant ("current", "reference", "pinned")."""
        return {"current": self._results, "reference": self._reference, "pinned": self._pinned}

    def _apply_style(self) -> None:
        theme, sizes = self.theme, self.sizes
        paint_background(self, theme.background)
        self.heading.restyle(theme, sizes)
        if self.legend is not None:
            self.legend.restyle(theme, sizes)
        if self.view is not None:
            self.view.setBackground(theme.background)
        for frame in self.frames:
            frame.restyle(theme, sizes)
        self._restyle()
        self._fit_side_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_side_legend()

    def _fit_side_legend(self) -> None:
        if self.legend is not None and self.legend.placement == "side":
            self.legend.setMaximumWidth(max(1, round(self.width() * SIDE_LEGEND_SHARE)))

    def _redraw(self) -> None:
        raise NotImplementedError

    def _restyle(self) -> None:
        """Style the chart's own items for ``self.theme`` and ``self.sizes``."""
        raise NotImplementedError
