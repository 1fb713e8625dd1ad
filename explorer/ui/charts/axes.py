"""Axis tick labels a presenter can read ("$1k" instead of pyqtgraph's "1e+03" on log axes), and
grid lines that are cheap to paint.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QImage, QPainter, QPen, QPicture

from explorer.present.text.numbers import compact, localised, tick_texts

_LABELLED_MANTISSAS = (1, 2, 5)


class ValueAxis(pg.AxisItem):
    """An axis whose log-mode ticks read as plain numbers with a prefix ($) and suffix.

    On a log axis only 1, 2 and 5 times a power of ten carry text, so minor ticks stay quiet.
    Its axis line, ticks and grid lines are painted as filled rectangles (``fill_line``), and
    vertical ones as one image row stretched down (``column_images``): Qt's raster engine strokes
    a cosmetic line, and fills a one pixel wide rectangle, one pixel at a time, so the grid of a
    log axis cost 4-6 ms a paint, and the grid is repainted whenever a curve over it moves.
    """

    def __init__(self, orientation: str, prefix: str = "", suffix: str = "") -> None:
        super().__init__(orientation)
        # No shared multiplier in the title ("(x0.001)"): each tick says its own (tick_texts).
        self.enableAutoSIPrefix(False)
        self._prefix = prefix
        self._suffix = suffix
        self._columns: list[tuple[QRectF, QImage]] = []

    def _updateLabel(self) -> None:  # noqa: N802 (pyqtgraph's name)
        """pyqtgraph's, but the title's rich text is laid out again only when it changed: every
        change of the range came here and re-laid out the same title (a tenth of a slider step,
        and hundreds of times while the window starts)."""
        html = self.labelString()
        # Set before __init__ ends: pyqtgraph's __init__ calls this first.
        if html != getattr(self, "_label_html", None):
            self._label_html = html
            self.label.setHtml(html)
            self._adjustSize()
        self.picture = None
        self.update()

    def set_affixes(self, prefix: str, suffix: str) -> None:
        """The text before and after each tick's number ("$", "%")."""
        if (prefix, suffix) != (self._prefix, self._suffix):
            self._prefix, self._suffix = prefix, suffix
            self.picture = None
            self.update()

    def paint(self, p: QPainter, *args: object) -> None:
        """pyqtgraph's paint (a cached QPicture), with the vertical lines drawn from images."""
        if self.picture is None:
            self._columns = []
            picture = QPicture()
            painter = QPainter(picture)
            try:
                if self.style["tickFont"]:
                    painter.setFont(self.style["tickFont"])
                specs = self.generateDrawSpecs(painter)
                if specs is not None:
                    self.drawPicture(painter, *specs)
            finally:
                painter.end()
            self.picture = picture
        for target, image in self._columns:
            p.drawImage(target, image)
        self.picture.play(p)

    def generateDrawSpecs(self, p: QPainter):  # noqa: N802 (pyqtgraph's name)
        """pyqtgraph's, without the tick labels that would touch one drawn before them.

        pyqtgraph measures labels at 80% of their height and lets finer levels crowd in: on a
        short axis "$0.25" was written into "$0.20", and a value on two levels of a log axis
        was written twice. Labels come coarsest level first, so the coarser ones stay.
        """
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis_spec, tick_specs, text_specs = specs
        metrics = QFontMetricsF(p.font())
        kept, boxes = [], []
        for rect, flags, text in text_specs:
            box = metrics.boundingRect(QRectF(rect), int(flags), text)
            padded = box.adjusted(-1, -1, 1, 1)
            if any(padded.intersects(other) for other in boxes):
                continue
            kept.append((rect, flags, text))
            boxes.append(box)
        return axis_spec, tick_specs, kept

    def drawPicture(self, p, axis_spec, tick_specs, text_specs) -> None:  # noqa: N802
        """pyqtgraph's drawing, with the lines as filled rectangles or images (same pixels)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        lines = [axis_spec, *tick_specs]
        vertical = [(pen_, p1, p2) for pen_, p1, p2 in lines if _is_plain_vertical(pen_, p1, p2)]
        self._columns = column_images(vertical)
        for line_pen, p1, p2 in lines:
            if not _is_plain_vertical(line_pen, p1, p2):
                fill_line(p, line_pen, p1, p2)
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        for rect, flags, text in text_specs:
            p.drawText(rect, int(flags), text)

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        numbers = [float(10 ** np.float64(v) * scale) for v in values]
        labelled = [_round_mantissa(n) for n in numbers]
        # On a narrow range (less than a decade or so) every tick gets its text.
        label_all = sum(labelled) < 3
        return [
            compact(n, self._prefix, self._suffix) if label_all or keep else ""
            for n, keep in zip(numbers, labelled, strict=True)
        ]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        if not self._prefix and not self._suffix:
            # pyqtgraph's forms (no grouping: years stay 2030), with the reader's decimal mark.
            return [localised(text) for text in super().tickStrings(values, scale, spacing)]
        return tick_texts([v * scale for v in values], spacing * scale, self._prefix, self._suffix)


def _round_mantissa(number: float) -> bool:
    """True for 1, 2 or 5 times a power of ten."""
    if number <= 0:
        return False
    mantissa = number / 10 ** math.floor(math.log10(number))
    return any(math.isclose(mantissa, m, rel_tol=1e-3) for m in _LABELLED_MANTISSAS)


def fill_line(painter: QPainter, line_pen: QPen, p1: QPointF, p2: QPointF) -> None:
    """Draw a solid horizontal or vertical line as a filled rectangle; other lines as lines.

    40 translucent lines across a 360 px plot took 2 ms stroked and 0.1 ms filled. Without
    antialiasing a rectangle the pen's width wide, centred on the line, covers exactly the pixels
    the line would.
    """
    horizontal, vertical = p1.y() == p2.y(), p1.x() == p2.x()
    if line_pen.style() != Qt.PenStyle.SolidLine or not (horizontal or vertical):
        painter.setPen(line_pen)
        painter.drawLine(p1, p2)
        return
    width = line_pen.widthF() or 1.0
    cap = width / 2 if line_pen.capStyle() != Qt.PenCapStyle.FlatCap else 0.0
    if horizontal:
        x0, x1 = sorted((p1.x(), p2.x()))
        rect = QRectF(x0 - cap, p1.y() - width / 2, x1 - x0 + 2 * cap, width)
    else:
        y0, y1 = sorted((p1.y(), p2.y()))
        rect = QRectF(p1.x() - width / 2, y0 - cap, width, y1 - y0 + 2 * cap)
    painter.fillRect(rect, line_pen.brush())


def _is_plain_vertical(line_pen: QPen, p1: QPointF, p2: QPointF) -> bool:
    return line_pen.style() == Qt.PenStyle.SolidLine and p1.x() == p2.x() and p1.y() != p2.y()


def column_images(
    lines: list[tuple[QPen, QPointF, QPointF]],
) -> list[tuple[QRectF, QImage]]:
    """Solid vertical lines as (target rectangle, one-row image) pairs, one per vertical extent.

    Lines that share their top and bottom (the grid lines, the ticks) become one image a pixel
    high holding all of them, which ``QPainter.drawImage`` stretches down the target: one blit
    instead of a pixel-by-pixel fill of each column.
    """
    groups: dict[tuple[float, float, float], list[tuple[QPen, float]]] = {}
    for line_pen, p1, p2 in lines:
        width = line_pen.widthF() or 1.0
        cap = width / 2 if line_pen.capStyle() != Qt.PenCapStyle.FlatCap else 0.0
        top, bottom = sorted((p1.y(), p2.y()))
        groups.setdefault((top - cap, bottom + cap, width), []).append((line_pen, p1.x()))
    columns = []
    for (top, bottom, width), members in groups.items():
        xs = [x for _, x in members]
        left = math.floor(min(xs) - width / 2)
        right = math.ceil(max(xs) + width / 2)
        row = QImage(max(1, right - left), 1, QImage.Format.Format_ARGB32_Premultiplied)
        row.fill(0)
        painter = QPainter(row)
        for line_pen, x in members:
            painter.fillRect(QRectF(x - width / 2 - left, 0, width, 1), line_pen.brush())
        painter.end()
        columns.append((QRectF(left, top, row.width(), bottom - top), row))
    return columns


ROW_LABEL_SHARE = 0.42
"""The most of a chart's width its row labels (a tornado's, a bridge's) may take."""


def set_row_labels(
    axis: pg.AxisItem, rows: list[tuple[float, str]], widest_px: int, chart_px: int, font
) -> None:
    """Label the rows of a horizontal bar chart on its ``axis`` (the left one): the labels get at
    most ``widest_px`` and at most ROW_LABEL_SHARE of the chart's width, and a label longer than
    that is elided ("Launch cadence…"), never drawn over the plot or cut at the chart's edge."""
    room = max(24, min(widest_px, round(chart_px * ROW_LABEL_SHARE)))
    metrics = QFontMetrics(font)
    # The axis draws its text inside tickTextWidth less its own offset and spacing.
    text_px = max(8, room - 8)
    ticks = [
        (y, metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_px)) for y, text in rows
    ]
    axis.setStyle(tickTextWidth=room)
    axis.setTicks([ticks])
