"""A pyqtgraph plot with its axes, an in-plot legend and a note line, styled from the theme.

Every chart with axes holds one or more of these. The legend and the note are TextItems parented
to the ViewBox, so they sit in pixel coordinates over the data and are drawn into exports too.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from explorer.ui.charts.axes import ValueAxis
from explorer.ui.theme import VARIANT_LINE_STYLES, Sizes, Theme, color, font, pen

# Glyphs that draw a line style in text, so the legend shows solid / dashed / dotted.
_LINE_GLYPHS: dict[Qt.PenStyle, str] = {
    Qt.PenStyle.SolidLine: "━━━",
    Qt.PenStyle.DashLine: "━ ━",
    Qt.PenStyle.DotLine: "┅┅┅",
}


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: a colour, a glyph kind ("solid", "dashed", "dotted", "box", "band") and
    text."""

    colour: str
    kind: str
    text: str


def line_entry(colour: str, variant: str, text: str) -> LegendEntry:
    style = VARIANT_LINE_STYLES[variant]
    kind = {Qt.PenStyle.SolidLine: "solid", Qt.PenStyle.DashLine: "dashed"}.get(style, "dotted")
    return LegendEntry(colour, kind, text)


def _glyph(kind: str) -> str:
    return {
        "solid": _LINE_GLYPHS[Qt.PenStyle.SolidLine],
        "dashed": _LINE_GLYPHS[Qt.PenStyle.DashLine],
        "dotted": _LINE_GLYPHS[Qt.PenStyle.DotLine],
        "box": "■",
        "band": "▒▒▒",
    }[kind]


class PlotFrame:
    """One PlotItem in a GraphicsLayoutWidget, with value axes, a legend and a note."""

    def __init__(
        self,
        view: pg.GraphicsLayoutWidget,
        row: int,
        *,
        title: str,
        x_label: str,
        y_label: str,
        log_x: bool = False,
        log_y: bool = False,
        x_prefix: str = "",
        y_prefix: str = "",
        right_suffix: str = "",
        grid_x: bool = True,
        legend_corner: str = "top-left",
    ) -> None:
        axes = {
            "bottom": ValueAxis("bottom", prefix=x_prefix),
            "left": ValueAxis("left", prefix=y_prefix),
            "right": ValueAxis("right", suffix=right_suffix),
        }
        self.plot: pg.PlotItem = view.addPlot(row=row, col=0, axisItems=axes)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setLogMode(x=log_x, y=log_y)
        # The right axis belongs to a secondary ViewBox (a probability), never logarithmic.
        self.plot.getAxis("right").setLogMode(False, False)
        self.plot.hideAxis("right")
        self._grid_sides = ("left", "bottom") if grid_x else ("left",)
        self._title = title
        self._labels = {"bottom": x_label, "left": y_label}
        self._legend_corner = legend_corner
        self._legend_entries: list[LegendEntry] = []
        self._legend_html = ""
        self._note_shown = ""
        self._y_fit: tuple[float, float] | None = None
        self._theme: Theme | None = None
        self._sizes: Sizes | None = None
        self.legend = pg.TextItem(anchor=(0, 0))
        self.legend.setParentItem(self.plot.vb)
        self.legend.setZValue(100)
        # "outside-right": the legend gets its own column beside the plot (long legends).
        self.side_legend: pg.LabelItem | None = None
        if legend_corner == "outside-right":
            self.side_legend = pg.LabelItem(justify="left")
            view.addItem(self.side_legend, row=row, col=1)
            self.legend.hide()
        self.note = pg.TextItem(anchor=(0.5, 0.5))
        self.note.setParentItem(self.plot.vb)
        self.note.setZValue(101)
        self.note.hide()
        self.plot.vb.sigResized.connect(self._on_view_resized)

    @property
    def vb(self) -> pg.ViewBox:
        return self.plot.vb

    def set_axis_label(self, side: str, text: str) -> None:
        self._labels[side] = text
        self._style_axis_label(side)

    def set_legend(self, entries: list[LegendEntry]) -> None:
        """Replace the legend's lines (the TextItem is reused; unchanged lines cost nothing)."""
        self._legend_entries = list(entries)
        self._render_legend()

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

    def fit_y(self, low: float, high: float) -> None:
        """Show ``low``..``high`` (view units: log10 on a log axis) with room above for the
        legend, so that it never covers the data; refitted when the plot or the legend resizes."""
        self._y_fit = (low, high)
        self._apply_y_fit()

    def _apply_y_fit(self) -> None:
        if self._y_fit is None:
            return
        low, high = self._y_fit
        if not (np.isfinite(low) and np.isfinite(high)) or high <= low:
            return
        view_height = self.plot.vb.boundingRect().height()
        room = 0.0
        if self.legend.isVisible() and self._legend_corner != "outside-right" and view_height > 0:
            margin = self._sizes.px(8) if self._sizes else 8
            room = min(0.6, (self.legend.boundingRect().height() + 2 * margin) / view_height)
        span = (high - low) * 1.04
        top = low + span / (1 - room)
        self.plot.setYRange(low - (high - low) * 0.02, top, padding=0)

    def settle_range(self) -> None:
        """Apply a pending auto-range now rather than at the next paint.

        pyqtgraph fits the axes to new data at the start of a paint; the range change then
        schedules a second paint of the whole plot. Fitting here keeps it to one paint a frame.
        """
        self.plot.vb.prepareForPaint()

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        """Background-independent styling: axes, grid, title, legend and note."""
        self._theme, self._sizes = theme, sizes
        fg = theme.foreground
        tick_font = font(sizes.small_font_px)
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
                tickTextWidth=sizes.px(44),
                tickTextHeight=sizes.px(16),
            )
        for side in ("left", "bottom", "right"):
            self._style_axis_label(side)
        self.plot.setTitle(self._title, color=fg, size=f"{sizes.title_font_px}px", bold=True)
        self.legend.fill = pg.mkBrush(color(theme.panel, 225))
        self.legend.border = pen(theme.muted, max(1.0, sizes.scale * 0.75))
        self._render_legend()
        if self._note_shown:
            self.note.setHtml(self._note_html(self._note_shown))
        self.note.fill = pg.mkBrush(color(theme.panel, 235))
        self.note.border = pen(theme.fails, max(1.0, sizes.scale))
        self._on_view_resized()

    def _style_axis_label(self, side: str) -> None:
        text = self._labels.get(side, "")
        if not text or self._theme is None or self._sizes is None:
            return
        # The axis's own setLabel: PlotItem.setLabel would also show a hidden axis.
        self.plot.getAxis(side).setLabel(
            text, color=self._theme.foreground, **{"font-size": f"{self._sizes.font_px}px"}
        )

    def _render_legend(self) -> None:
        if not self._legend_entries or self._theme is None or self._sizes is None:
            self._legend_html = ""
            if self.side_legend is None:
                self.legend.setVisible(bool(self._legend_entries) and self._theme is not None)
            return
        lines = [
            f'<span style="color:{e.colour}">{_glyph(e.kind)}</span>&nbsp;'
            f'<span style="color:{self._theme.foreground}">{escape(e.text)}</span>'
            for e in self._legend_entries
        ]
        html = f'<div style="font-size:{self._sizes.small_font_px}px">{"<br>".join(lines)}</div>'
        if html == self._legend_html:
            return
        self._legend_html = html
        if self.side_legend is not None:
            self.side_legend.setText(html)
            return
        self.legend.setHtml(html)
        self.legend.show()
        self._apply_y_fit()

    def _note_html(self, text: str) -> str:
        assert self._theme is not None and self._sizes is not None
        return (
            f'<div style="color:{self._theme.foreground};font-size:{self._sizes.font_px}px">'
            f"{escape(text)}</div>"
        )

    def _on_view_resized(self) -> None:
        self._apply_y_fit()
        rect = self.plot.vb.boundingRect()
        margin = self._sizes.px(8) if self._sizes else 8
        if self._legend_corner == "top-right":
            self.legend.setAnchor((1, 0))
            self.legend.setPos(rect.width() - margin, margin)
        else:
            self.legend.setAnchor((0, 0))
            self.legend.setPos(margin, margin)
        self.note.setPos(rect.width() / 2, rect.height() / 2)
        if self.note.isVisible():
            limit = self._sizes.px(420) if self._sizes else 420
            self.note.setTextWidth(min(rect.width() * 0.8, limit))


# Items that seldom change but cost a lot to paint: laid-out rich text and the axes with their
# grids. Cached as device pixmaps, they are blitted while a curve over them moves. (Not
# pg.TextItem itself: it re-shapes its box around its text child without telling the cache.)
_CACHED_KINDS = (QGraphicsTextItem, pg.AxisItem, pg.LinearRegionItem)


def cache_static_items(view: pg.GraphicsView) -> None:
    """Paint text and axes of ``view``'s scene from device-pixel caches (re-rendered by Qt when
    an item calls ``update`` or changes size); call again after adding such items."""
    for item in view.scene().items():
        if isinstance(item, _CACHED_KINDS):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def set_curve_data(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """``curve.setData(x, y)`` and show it, unless it already shows exactly these points.

    Most slider moves change a few curves: the others keep their data, bounds and paint.
    """
    old_x, old_y = curve.getOriginalDataset()
    same = (
        old_x is not None
        and old_y is not None
        and np.array_equal(old_x, x)
        and np.array_equal(old_y, y, equal_nan=True)
    )
    if not same:
        curve.setData(x, y)
    if not curve.isVisible():
        curve.show()
