"""What every chart shares: the figure it draws, its theme, and its size (screen, presentation,
export).

Charts are views: they draw the figure they are given (``explorer.present.figures``) and nothing
else; they never call the model and are never read back (CSV and exports come from figures).
Their plot items are created once in ``__init__``; ``set_figure`` and the style setters only
update those items.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction, QContextMenuEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QVBoxLayout, QWidget

from explorer.present.text.window import lock_axes_action
from explorer.ui.charts.legend import ChartHeading, LegendLabel
from explorer.ui.charts.plot_frame import PlotFrame, cache_static_items
from explorer.ui.theme import (
    PRESENTATION_SCALE,
    THEMES,
    Sizes,
    Theme,
    paint_background,
    sizes_for,
    theme_named,
)

_NO_MAXIMUM = 16_777_215
"""Qt's QWIDGETSIZE_MAX (PySide6 does not export it): no maximum width."""

SIDE_LEGEND_SHARE = 0.42
"""The most of a chart's width a legend beside the plot may take."""


class ChartBase(QWidget):
    """A chart widget: ``set_figure``, ``set_theme``, ``set_presentation``, ``set_render_scale``.

    Subclasses implement ``_draw`` (a new figure) and ``_restyle`` (theme or sizes changed).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme: Theme = THEMES["light"]
        self._presentation = False
        self._presentation_scale = PRESENTATION_SCALE
        self._render_scale = 1.0
        self._figure: Any = None
        self.heading = ChartHeading()
        self.legend: LegendLabel | None = None
        self._side_legend: tuple[QVBoxLayout, QHBoxLayout] | None = None
        """The chart's layout and the plot's row, for a legend built beside the plot."""
        self.view: pg.GraphicsLayoutWidget | None = None
        self.frames: list[PlotFrame] = []
        self._axes_locked = False
        self._menu: QMenu | None = None
        self.lock_action: QAction | None = None

    # --- what the controller and the exporter call ----------------------------------------------
    def set_figure(self, figure: Any) -> None:
        """Draw ``figure`` (this chart's kind of figure); the same figure again costs nothing."""
        if figure is self._figure:
            return
        previous, self._figure = self._figure, figure
        self.heading.set_titles(figure.title, getattr(figure, "short_title", ""))
        self._draw(figure, previous)
        self._place_labels()
        legend = getattr(figure, "legend", None)
        if self.legend is not None and legend is not None and self.legend.set_entries(legend):
            self._fit_side_legend()  # more or fewer entries may no longer fit beside the plot

    def retranslate(self) -> None:
        """Write the axes' numbers afresh in the language now in use (their tick texts are
        cached with the picture of each axis)."""
        if self.view is None:
            return
        for item in self.view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.picture = None
                item.update()

    @property
    def figure(self) -> Any:
        """The figure drawn (None before the first)."""
        return self._figure

    @property
    def title(self) -> str:
        return self._figure.title if self._figure is not None else ""

    def set_theme(self, name: str) -> None:
        """Switch to the "light" or "dark" theme."""
        theme = theme_named(name)
        if theme is not self._theme:
            self._theme = theme
            self._apply_style()

    def set_presentation(self, on: bool, scale: float = PRESENTATION_SCALE) -> None:
        """Fonts and pens ``scale`` times larger for a room (``theme.presentation_scale``)."""
        if bool(on) != self._presentation or (on and scale != self._presentation_scale):
            self._presentation = bool(on)
            self._presentation_scale = scale
            self._apply_style()

    def set_render_scale(self, factor: float) -> None:
        """Scale fonts and pens by ``factor`` on top of presentation mode (used by PNG export)."""
        if factor <= 0:
            raise ValueError(f"render scale must be positive, got {factor}")
        self._render_scale = float(factor)
        self._apply_style()

    def set_axes_held(self, held: bool) -> None:
        """Keep the axes' ranges while a drag is under way; refit them to the data when it
        ends (unless the user locked them)."""
        for frame in self.frames:
            frame.set_held(held)
        if not held and not self._axes_locked:
            self._refit()
            self._relabel()

    @property
    def axes_locked(self) -> bool:
        return self._axes_locked

    def set_axes_locked(self, locked: bool) -> None:
        """Keep the axes' ranges until unlocked (the chart's menu), then refit them."""
        self._axes_locked = locked
        for frame in self.frames:
            frame.set_locked(locked)
        if self.lock_action is not None:
            with QSignalBlocker(self.lock_action):
                self.lock_action.setChecked(locked)
        if not locked:
            self._refit()
            self._relabel()

    def chart_menu(self) -> QMenu:
        """The chart's own menu (right click): lock its axes."""
        if self._menu is None:
            # Built when first asked for: menus cost start-up time.
            self._menu = QMenu(self)
            text, tip = lock_axes_action()
            self.lock_action = self._menu.addAction(text)
            self.lock_action.setCheckable(True)
            self.lock_action.setChecked(self._axes_locked)
            self.lock_action.setToolTip(tip)
            self.lock_action.setStatusTip(tip)
            self._menu.setToolTipsVisible(True)
            self.lock_action.toggled.connect(self.set_axes_locked)
        return self._menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.frames:
            super().contextMenuEvent(event)
            return
        self.chart_menu().popup(event.globalPos())
        event.accept()

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def presentation(self) -> bool:
        return self._presentation

    @property
    def sizes(self) -> Sizes:
        return sizes_for(self._presentation, self._render_scale, self._presentation_scale)

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
            self._side_legend = (layout, row)
        else:
            layout.addWidget(self.view, 1)
        return self.view

    def _add_frame(self, **options: Any) -> PlotFrame:
        """A PlotFrame in the next row of the view (see PlotFrame for the options)."""
        assert self.view is not None
        frame = PlotFrame(self.view, len(self.frames), **options)
        self.frames.append(frame)
        frame.vb.sigResized.connect(self._relabel)
        return frame

    def _finish_plot(self) -> None:
        """Style everything once and cache the static items (call at the end of ``__init__``)."""
        self._apply_style()
        if self.view is not None:
            cache_static_items(self.view)

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
        self._relabel()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.view is not None:  # the screen, and so the device pixel ratio, may be new
            cache_static_items(self.view)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_side_legend()

    def _fit_side_legend(self) -> None:
        """A legend built beside the plot stays there while its entries fit the chart's height
        in SIDE_LEGEND_SHARE of its width. In a cell too short for them (a 1366-pixel window) it
        flows above the plot instead, rather than lose its last entries, as long as that leaves
        the plot at least half the room; where it would not (1280 wide in presentation mode),
        the plot keeps its height and the legend its place beside it."""
        if self.legend is None or self._side_legend is None:
            return
        layout, row = self._side_legend
        width = max(1, round(self.width() * SIDE_LEGEND_SHARE))
        room = self.height() - self.heading.sizeHint().height()
        beside = self.legend.needed_height("side", width) <= room or (
            self.legend.needed_height("top", self.width()) > room / 2
        )
        if beside and self.legend.placement == "top":
            layout.removeWidget(self.legend)
            row.addWidget(self.legend)
        elif not beside and self.legend.placement == "side":
            row.removeWidget(self.legend)
            layout.insertWidget(layout.indexOf(self.heading) + 1, self.legend)
        self.legend.set_placement("side" if beside else "top")
        self.legend.setMaximumWidth(width if beside else _NO_MAXIMUM)

    def set_exporting(self, on: bool) -> None:
        """An export draws the chart without its on-screen controls (none by default)."""

    def export_extra_height(self) -> int:
        """Pixels this chart needs beyond its height to show all it has (0: it fits). A table
        that must never drop rows in an export says how much; plots fit any height."""
        return 0

    def _draw(self, figure: Any, previous: Any) -> None:
        """Update the chart's items to ``figure`` (``previous`` is the figure drawn before, or
        None): items whose data did not change are left alone."""
        raise NotImplementedError

    def _restyle(self) -> None:
        """Style the chart's own items for ``self.theme`` and ``self.sizes``."""
        raise NotImplementedError

    def _refit(self) -> None:
        """Fit what the frames do not fit themselves (their y axes) to the data drawn; called
        when held or locked axes are let go."""

    def _relabel(self) -> None:
        if self._figure is not None:
            self._place_labels()

    def _place_labels(self) -> None:
        """Put the chart's labels where they stand clear of each other inside the plot
        (``label_layout.place``); called after each figure, restyle and resize."""
