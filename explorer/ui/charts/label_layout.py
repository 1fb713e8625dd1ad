"""Where a chart's labels stand: each at the first of its places that lies inside the plot, clear
of the labels placed before it and of the curves it must not cover.

A label (a pyqtgraph TextItem in the plot) offers ``Spot``s in order of preference: a point in
view coordinates (log10 on a log axis), which point of the label's box sits on it (TextItem's
anchor: (0, 0) top left, (1, 1) bottom right) and a shift in pixels. Labels are placed in order of
priority; a label crosses a curve only where no spot clear of it is free, and one with no free
spot at all is hidden rather than printed over another (its words stay in the legend, the CSV
and the headline). Boxes are measured from the text's laid-out size (already
known: nothing is laid out again here), so placing costs a few rectangle tests per label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QTransform

GAP_PX = 3.0
"""Pixels kept clear between a label and the plot's edge or another label."""


@dataclass(frozen=True)
class Spot:
    """A place for a label: view point ``(x, y)``, the label's ``anchor`` on it, and a shift
    ``(dx, dy)`` in pixels (down and right positive)."""

    x: float
    y: float
    anchor: tuple[float, float]
    shift: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class Wanted:
    """A label to place: its item, its spots in order of preference, and the curves it must not
    cover (PlotDataItems of the same plot)."""

    item: pg.TextItem
    spots: Sequence[Spot]
    avoid: Sequence[pg.PlotDataItem] = ()


def view_to_scene(view: pg.ViewBox) -> QTransform:
    """The map from ``view``'s data units to scene pixels, from its range and size as they are
    now (pyqtgraph updates its own map only when it next paints: during a resize it is stale)."""
    (x0, x1), (y0, y1) = view.viewRange()
    rect = view.rect()
    sx = rect.width() / (x1 - x0) if x1 != x0 else 1.0
    sy = rect.height() / (y1 - y0) if y1 != y0 else 1.0
    return QTransform(sx, 0.0, 0.0, -sy, -x0 * sx, y1 * sy) * view.sceneTransform()


def text_size(item: pg.TextItem) -> QSizeF:
    """The size of ``item``'s text box in pixels, laid out with its current font (the item's
    own bounding rectangle follows a new font only once the text is laid out again)."""
    return QSizeF(item.textItem.document().size())


def label_box(view: pg.ViewBox, item: pg.TextItem, spot: Spot) -> QRectF:
    """The scene rectangle ``item`` covers when it stands at ``spot``."""
    return _box(view_to_scene(view), text_size(item), spot)


def _box(to_scene: QTransform, size: QSizeF, spot: Spot) -> QRectF:
    point = to_scene.map(QPointF(spot.x, spot.y))
    return QRectF(
        point.x() - spot.anchor[0] * size.width() + spot.shift[0],
        point.y() - spot.anchor[1] * size.height() + spot.shift[1],
        size.width(),
        size.height(),
    )


class _Curve:
    """A visible curve's points in view units, read once per placing."""

    def __init__(self, curve: pg.PlotDataItem) -> None:
        x, y = curve.getData()
        self.x = np.asarray(x if x is not None else (), dtype=float)
        self.y = np.asarray(y if y is not None else (), dtype=float)

    def crosses(self, left: float, right: float, low: float, high: float) -> bool:
        """Within ``left``..``right`` a continuous curve takes every value between its lowest
        and highest there (its points inside the span and its values at the span's edges)."""
        x, y = self.x, self.y
        if x.size < 2 or x[0] >= right or x[-1] <= left:
            return False
        inside = y[(x > left) & (x < right)]
        edges = np.interp((left, right), x, y, left=np.nan, right=np.nan)
        values = np.concatenate((inside, edges))
        values = values[np.isfinite(values)]
        return bool(values.size) and values.min() <= high and values.max() >= low


def covers_curve(view: pg.ViewBox, box: QRectF, curve: pg.PlotDataItem) -> bool:
    """True if the visible ``curve`` passes through the scene rectangle ``box``."""
    if not curve.isVisible():
        return False
    to_view, _ = view_to_scene(view).inverted()
    corners = to_view.mapRect(box)
    return _Curve(curve).crosses(corners.left(), corners.right(), corners.top(), corners.bottom())


def place(view: pg.ViewBox, labels: Iterable[Wanted], taken: Sequence[QRectF] = ()) -> None:
    """Put each label at its first spot inside ``view`` and clear of what was placed before it
    (and of ``taken``, scene rectangles), and of its curves if any spot is; hide it if no spot
    is free."""
    to_scene = view_to_scene(view)
    to_view, _ = to_scene.inverted()
    frame = view.sceneBoundingRect().adjusted(GAP_PX, GAP_PX, -GAP_PX, -GAP_PX)
    placed = [QRectF(r) for r in taken]
    curves: dict[int, _Curve] = {}
    for wanted in labels:
        item = wanted.item
        if not item.textItem.toPlainText():
            item.hide()
            continue
        avoid = []
        for curve in wanted.avoid:
            if curve.isVisible():
                avoid.append(curves.setdefault(id(curve), _Curve(curve)))
        size = text_size(item)
        found = _first_free(to_scene, to_view, size, wanted.spots, avoid, frame, placed)
        if found is None:
            item.hide()
            continue
        box, spot = found
        if item.anchor != pg.Point(*spot.anchor):
            item.setAnchor(spot.anchor)
        point = to_view.map(to_scene.map(QPointF(spot.x, spot.y)) + QPointF(*spot.shift))
        item.setPos(point)
        item.show()
        placed.append(box)


def _first_free(
    to_scene: QTransform,
    to_view: QTransform,
    size: QSizeF,
    spots: Sequence[Spot],
    avoid: list[_Curve],
    frame: QRectF,
    placed: list[QRectF],
) -> tuple[QRectF, Spot] | None:
    """The first spot clear of the placed labels and of the curves; failing that, the first
    clear of the labels alone (a label may cross a curve, never another label)."""
    fallback = None
    for spot in spots:
        box = _box(to_scene, size, spot)
        if not frame.contains(box):
            continue
        padded = box.adjusted(-GAP_PX, -GAP_PX, GAP_PX, GAP_PX)
        if any(padded.intersects(other) for other in placed):
            continue
        if avoid:
            corners = to_view.mapRect(box)
            left, right, low, high = (
                corners.left(),
                corners.right(),
                corners.top(),
                corners.bottom(),
            )
            if any(curve.crosses(left, right, low, high) for curve in avoid):
                fallback = fallback or (box, spot)
                continue
        return box, spot
    return fallback


def edge_spots(view: pg.ViewBox, item: pg.TextItem, x: float, lines: int = 3) -> list[Spot]:
    """Spots for ``item`` beside a vertical line at view ``x``: at the plot's top, centred on
    the line, then right and left of it; the same a label's height lower, and so on for
    ``lines`` rows; then the same from the plot's bottom up."""
    (_, _), (bottom, top) = view.viewRange()
    step = text_size(item).height()
    spots = []
    for y, down, vertical in ((top, 1.0, 0.0), (bottom, -1.0, 1.0)):
        for k in range(lines):
            shift = (0.0, down * k * step)
            spots += [
                Spot(x, y, (0.5, vertical), shift),
                Spot(x, y, (-0.05, vertical), shift),
                Spot(x, y, (1.05, vertical), shift),
            ]
    return spots


def region_spots(
    view: pg.ViewBox, item: pg.TextItem, low: float, high: float, top: bool = True, lines: int = 3
) -> list[Spot]:
    """Spots for the label of a shaded span from view ``low`` to ``high`` (x): right of it,
    left of it, inside it; at the plot's top (``top``) or bottom, then a row further in."""
    (_, _), (bottom, ceiling) = view.viewRange()
    y, vertical, sign = (ceiling, 0.0, 1.0) if top else (bottom, 1.0, -1.0)
    step = text_size(item).height()
    spots = []
    for k in range(lines):
        dy = sign * k * step
        spots += [
            Spot(high, y, (0.0, vertical), (GAP_PX, dy)),
            Spot(low, y, (1.0, vertical), (-GAP_PX, dy)),
            Spot(low, y, (0.0, vertical), (GAP_PX, dy)),
            Spot(high, y, (1.0, vertical), (-GAP_PX, dy)),
        ]
    return spots


def band_spots(view: pg.ViewBox, low: float, high: float) -> list[Spot]:
    """Spots for the label of a horizontal band from view ``low`` to ``high`` (y): inside it at
    its top left, top right, bottom left, bottom right; then above it and below it."""
    (left, right), _ = view.viewRange()
    inside = [
        Spot(x, y, (ax, ay), (GAP_PX if ax == 0 else -GAP_PX, GAP_PX if ay == 0 else -GAP_PX))
        for y, ay in ((high, 0.0), (low, 1.0))
        for x, ax in ((left, 0.0), (right, 1.0))
    ]
    outside = [
        Spot(x, y, (ax, ay), (GAP_PX if ax == 0 else -GAP_PX, 0.0))
        for y, ay in ((high, 1.0), (low, 0.0))
        for x, ax in ((left, 0.0), (right, 1.0))
    ]
    return inside + outside


def point_spots(x: float, y: float, away_px: float = 8.0) -> list[Spot]:
    """Spots around a marked point at view ``(x, y)``: above right, above left, below right,
    below left, each ``away_px`` clear of it."""
    return [
        Spot(x, y, (ax, ay), (away_px if ax == 0 else -away_px, away_px if ay == 0 else -away_px))
        for ay in (1.0, 0.0)
        for ax in (0.0, 1.0)
    ]


__all__ = [
    "Spot",
    "Wanted",
    "band_spots",
    "covers_curve",
    "edge_spots",
    "label_box",
    "place",
    "point_spots",
    "region_spots",
    "text_size",
    "view_to_scene",
]
