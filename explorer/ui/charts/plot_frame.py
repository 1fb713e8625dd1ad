"""A pyqtgraph plot with its axes and a note line, styled from the theme.

Every chart with axes holds one or more of these. The note is a TextItem parented to the ViewBox,
so it sits in pixel coordinates over the data and is drawn into exports too. Titles and legends
are widgets outside the plot (``explorer.ui.charts.legend``).
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from explorer.present.figures.elements import Axis
from explorer.ui.charts.axes import ValueAxis
from explorer.ui.theme import Sizes, Theme, color, font, pen

# A fitted axis keeps its range while the data stays inside it and fills at least this share
# of it: a drag then changes the range every few steps, not every step (each change re-lays
# out the tick labels and repaints the axis and its grid).
_KEEP_RANGE_FILL = 0.7

_NOT_CACHED = 0
"""The item data key that keeps an item out of ``cache_static_items``' caches (True)."""


class PlotFrame:
    """One PlotItem in a GraphicsLayoutWidget, with value axes and a note.

    The axes' titles, scales, tick affixes and fixed spans come from the figure drawn
    (``apply_axis``).
    """

    def __init__(self, view: pg.GraphicsLayoutWidget, row: int, *, grid_x: bool = True) -> None:
        axes = {side: ValueAxis(side) for side in ("bottom", "left", "right")}
        # No context menu: building pyqtgraph's menus was a tenth of the window's start-up.
        box = pg.ViewBox(enableMenu=False)
        self.plot: pg.PlotItem = view.addPlot(row=row, col=0, axisItems=axes, viewBox=box)
        self.plot.setTitle(None)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideAxis("right")
        self._grid_sides = ("left", "bottom") if grid_x else ("left",)
        self._labels: dict[str, str] = {}
        self._short_labels: dict[str, str] = {}
        self._shown_labels: dict[str, str] = {}
        self._applied: dict[str, Axis] = {}
        self._note_shown = ""
        self._empty = False
        self._held = False
        self._locked = False
        self._wanted: tuple[float, float] | None = None
        self._theme: Theme | None = None
        self._sizes: Sizes | None = None
        self.note = pg.TextItem(anchor=(0.5, 0.5))
        self.note.setParentItem(self.plot.vb)
        self.note.setZValue(101)
        self.note.textItem.setData(_NOT_CACHED, True)
        self.note.hide()
        self.plot.vb.sigResized.connect(self._on_view_resized)

    @property
    def vb(self) -> pg.ViewBox:
        return self.plot.vb

    def set_axis_label(self, side: str, text: str, short: str = "") -> None:
        """The ``side`` axis's title, and a shorter one for when the axis is too short."""
        if (self._labels.get(side), self._short_labels.get(side)) != (text, short):
            self._labels[side] = text
            self._short_labels[side] = short
            self._style_axis_label(side)

    def apply_axis(self, side: str, axis: Axis) -> None:
        """Title, scale, tick affixes and span of the ``side`` axis ("bottom", "left" or
        "right", the last always linear: it belongs to a secondary view)."""
        if self._applied.get(side) == axis:
            return
        self._applied[side] = axis
        self.set_axis_label(side, axis.label, axis.short)
        value_axis = self.plot.getAxis(side)
        if isinstance(value_axis, ValueAxis):
            value_axis.set_affixes(axis.prefix, axis.suffix)
        if side == "right":
            return
        if value_axis.logMode != axis.log:
            self.plot.setLogMode(**{"x" if side == "bottom" else "y": axis.log})
            self.plot.getAxis("right").setLogMode(False, False)
        # pyqtgraph turns auto-range back on for both axes whenever a log mode changes: every
        # fixed span is set again after it.
        for name, applied in self._applied.items():
            if name != "right" and applied.span is not None:
                low, high = np.log10(applied.span) if applied.log else applied.span
                if name == "bottom":
                    self.plot.setXRange(low, high, padding=0)
                else:
                    self.plot.setYRange(low, high, padding=0)

    def set_note(self, text: str) -> None:
        """Show a short message over the plot (why there is nothing to draw); "" hides it."""
        if text == self._note_shown:
            return
        self._note_shown = text
        if not text:
            self.note.hide()
            return
        self.note.setHtml(self._note_html(text))
        self.note.show()
        self._on_view_resized()

    def set_empty(self, empty: bool) -> None:
        """Hide the axes and their grid while there is nothing to plot (the note says why): no
        placeholder text over an axis that means nothing."""
        if empty == self._empty:
            return
        self._empty = empty
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setVisible(not empty)
            # pyqtgraph sized the hidden axis 0 px and does not size it again when it shows:
            # restyling it (with nothing changed) does.
            axis.setStyle()

    @property
    def frozen(self) -> bool:
        """True while the axes keep their ranges: held for a drag, or locked by the user."""
        return self._held or self._locked

    def set_held(self, held: bool) -> None:
        """Keep the y range while a drag is under way; refit to the data when it ends."""
        self._held = held
        self._refit_if_free()

    def set_locked(self, locked: bool) -> None:
        """Keep the y range until unlocked (the chart's menu); refit when unlocked."""
        self._locked = locked
        self._refit_if_free()

    def _refit_if_free(self) -> None:
        if not self.frozen and self._wanted is not None:
            self._set_y_range(*self._wanted)

    def fit_y(self, low: float, high: float) -> None:
        """Show at least ``low``..``high`` (view units: log10 on a log axis), unless the figure
        gives the y axis a fixed span.

        The range is kept while it holds the data and the data fill most of it, so a slider
        drag does not re-lay out the axis on every step; and kept whatever the data while the
        axes are held or locked (``frozen``).
        """
        if not (np.isfinite(low) and np.isfinite(high)) or high <= low:
            return
        fixed = self._applied.get("left")
        if fixed is not None and fixed.span is not None:
            return  # the figure fixes this axis (a talk's scene): it holds still
        first = self._wanted is None
        self._wanted = (low, high)
        if self.frozen and not first:
            return
        span = high - low
        need = (low - 0.02 * span, high + 0.04 * span)
        shown_low, shown_high = self.plot.vb.viewRange()[1]
        inside = shown_low <= need[0] and need[1] <= shown_high
        if inside and need[1] - need[0] >= _KEEP_RANGE_FILL * (shown_high - shown_low):
            return
        self._set_y_range(low, high)

    def _set_y_range(self, low: float, high: float) -> None:
        span = high - low
        # Some slack beyond the data, so that the next few steps of a drag still fit.
        self.plot.setYRange(low - 0.06 * span, high + 0.12 * span, padding=0)
        # The view's transform now, not while the scene prepares its paint: what changes then
        # is painted in a second pass.
        self.plot.vb.prepareForPaint()

    def fit_y_to(self, items: list[pg.PlotDataItem], log: bool = False) -> None:
        """``fit_y`` to the data of the visible ``items`` (``log``: the y axis is logarithmic).

        Fitted here rather than by pyqtgraph's auto-range, which refits on every change of
        data and re-lays out the axis each time.
        """
        lows, highs = [], []
        for item in items:
            _, y = item.getOriginalDataset()
            if not item.isVisible() or y is None:
                continue
            y = np.asarray(y, dtype=float)
            y = y[np.isfinite(y) & (y > 0)] if log else y[np.isfinite(y)]
            if y.size:
                lows.append(float(y.min()))
                highs.append(float(y.max()))
        if lows:
            low, high = min(lows), max(highs)
            self.fit_y(*((np.log10(low), np.log10(high)) if log else (low, high)))

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        """Axes, grid and note in ``theme`` at ``sizes``."""
        self._theme, self._sizes = theme, sizes
        fg = theme.foreground
        tick_font = font(sizes.small_font_px)
        # pyqtgraph spaces tick labels by these sizes: the font's own, so that none crowd in.
        tick_box = QFontMetrics(tick_font)
        for side in ("left", "bottom", "right", "top"):
            axis = self.plot.getAxis(side)
            axis.setPen(pen(theme.muted, max(1.0, sizes.scale)))
            axis.setTextPen(pen(fg, 1))
            axis.setTickFont(tick_font)
            axis.setGrid(round(255 * theme.grid_alpha) if side in self._grid_sides else False)
            axis.setStyle(
                tickLength=-sizes.px(5),
                tickTextOffset=sizes.px(4),
                autoExpandTextSpace=False,
                tickTextWidth=max(sizes.px(44), tick_box.horizontalAdvance("$0.000")),
                tickTextHeight=tick_box.height(),
            )
        for side in ("left", "bottom", "right"):
            self._style_axis_label(side)
        if self._note_shown:
            self.note.setHtml(self._note_html(self._note_shown))
        self.note.fill = pg.mkBrush(color(theme.panel, 235))
        self.note.border = pen(theme.fails, max(1.0, sizes.scale))
        self._on_view_resized()

    def _style_axis_label(self, side: str, only_if_changed: bool = False) -> None:
        text = self._labels.get(side, "")
        if not text or self._theme is None or self._sizes is None:
            return
        text = self._fitted_label(side)
        if only_if_changed and self._shown_labels.get(side) == text:
            return
        self._shown_labels[side] = text
        # The axis's own setLabel: PlotItem.setLabel would also show a hidden axis.
        self.plot.getAxis(side).setLabel(
            text, color=self._theme.foreground, **{"font-size": f"{self._sizes.font_px}px"}
        )

    def _fitted_label(self, side: str) -> str:
        """The full title if it fits along its axis, else the short one, else the short one
        elided: a title longer than its axis ran into the next plot's (the year chart's strip)."""
        assert self._sizes is not None
        full, short = self._labels.get(side, ""), self._short_labels.get(side, "")
        box = self.plot.vb.boundingRect()
        length = box.width() if side == "bottom" else box.height()
        metrics = QFontMetrics(font(self._sizes.font_px))
        room = length - self._sizes.px(8)
        if room < 3 * metrics.height():
            # A plot squeezed to nothing (a window smaller than its minimum) keeps the title it
            # has: taking it away would give the plot back the room, and so on without end.
            return self._shown_labels.get(side) or short or full
        for text in (full, short):
            if text and metrics.horizontalAdvance(text) <= room:
                return text
        return metrics.elidedText(short or full, Qt.TextElideMode.ElideRight, int(room))

    def _note_html(self, text: str) -> str:
        assert self._theme is not None and self._sizes is not None
        return (
            f'<div style="color:{self._theme.foreground};font-size:{self._sizes.font_px}px">'
            f"{escape(text)}</div>"
        )

    def _on_view_resized(self) -> None:
        for side in self._labels:
            self._style_axis_label(side, only_if_changed=True)
        rect = self.plot.vb.boundingRect()
        self.note.setPos(rect.width() / 2, rect.height() / 2)
        if self.note.isVisible():
            limit = self._sizes.px(420) if self._sizes else 420
            self.note.setTextWidth(min(rect.width() * 0.8, limit))


# Items that seldom change but cost a lot to paint: laid-out rich text and the axes with their
# grids. Cached as device pixmaps, they are blitted while a curve over them moves. (Not
# pg.TextItem itself: it re-shapes its box around its text child without telling the cache.)
_CACHED_KINDS = (QGraphicsTextItem, pg.AxisItem, pg.LinearRegionItem)


# At a device pixel ratio of 2 an axis's cache, its grid lines across the whole plot included,
# is a pixmap of four times the plot's pixels: blitting it cost more than drawing the axis anew
# (a talk view's slider step at 3840x2160 went from 13 to 8 ms); at ratio 1 the cache still wins.
_AXIS_CACHE_BELOW_RATIO = 1.5


def cache_static_items(view: pg.GraphicsView) -> None:
    """Paint text and axes of ``view``'s scene from device-pixel caches (re-rendered by Qt when
    an item calls ``update`` or changes size), the axes only below a device pixel ratio of 1.5;
    call again after adding such items, or when the view moves to another screen.

    Not the notes' text (``PlotFrame.note``): a note shown before the chart's first paint kept
    an empty cache, and painted its box without its words (the baseline's empty tornado)."""
    axes_cached = view.devicePixelRatioF() < _AXIS_CACHE_BELOW_RATIO
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem) and not axes_cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        elif isinstance(item, _CACHED_KINDS) and not item.data(_NOT_CACHED):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def set_curve_data(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> bool:
    """``curve.setData(x, y)`` and show it, unless it already shows exactly these points;
    True if anything changed.

    Most slider moves change a few curves: the others keep their data, bounds and paint.
    """
    old_x, old_y = curve.getOriginalDataset()
    same = (old_x is x and old_y is y) or (
        old_x is not None
        and old_y is not None
        and np.array_equal(old_x, x)
        and np.array_equal(old_y, y, equal_nan=True)
    )
    if not same:
        curve.setData(x, y)
    shown = curve.isVisible()
    if not shown:
        curve.show()
    return not same or not shown
