"""Axes that hold still through a scene: which axes of which chart a talk may fix, the range
that holds a figure's data, and a figure with its axes fixed.

A chart fits its y axis to its data as a slider moves; in a talk the audience should see the
curves move against still axes, so each scene's figure carries fixed spans (``Axis.span``),
which charts keep. Ranges are in data units; on a log axis they are blended and padded in
powers of ten, as the chart draws them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from explorer.present.figures import Figure

Span = tuple[float, float]
Spans = Mapping[str, Span]
"""Axis name ("x", "y") to its (low, high) in data units."""

# As much room around the data as a chart's own fit leaves (PlotFrame.fit_y).
_BELOW, _ABOVE = 0.06, 0.12


@dataclass(frozen=True)
class AxisField:
    """Where a talk's axis lives in a chart's figure: the figure's Axis field, and whether the
    axis is logarithmic."""

    field: str
    log: bool


def _finite(values: list[np.ndarray], log: bool) -> Span | None:
    if not values:
        return None
    data = np.concatenate([np.ravel(np.asarray(v, dtype=float)) for v in values])
    data = data[np.isfinite(data) & (data > 0)] if log else data[np.isfinite(data)]
    return (float(data.min()), float(data.max())) if data.size else None


def _costs(figure: Any, field: str) -> list[np.ndarray]:
    groups = getattr(figure, field).values()
    return [side for group in groups if group is not None for side in group.values()]


def _launch_price_y(figure: Any) -> Span | None:
    return _finite(_costs(figure, "costs"), log=True)


def _year_y(figure: Any) -> Span | None:
    paths = [p.costs for p in figure.paths.values() if p is not None]
    return _finite([side for costs in paths for side in costs.values()], log=False)


def _breakdown_y(figure: Any) -> Span | None:
    return (0.0, float(figure.y_top))


def _scale_y(figure: Any) -> Span | None:
    low, high = figure.y_span
    return (float(low), float(high)) if 0 < low < high else None


@dataclass(frozen=True)
class ChartAxes:
    """The axes a talk may fix on one chart, and how to find the y range its data needs."""

    axes: Mapping[str, AxisField]
    data_y: Callable[[Any], Span | None]


FIXABLE: dict[str, ChartAxes] = {
    "launch_price": ChartAxes(
        {"x": AxisField("x", True), "y": AxisField("y", True)}, _launch_price_y
    ),
    "year": ChartAxes({"x": AxisField("strip_x", False), "y": AxisField("y", False)}, _year_y),
    "breakdown": ChartAxes({"y": AxisField("y", False)}, _breakdown_y),
    "scale": ChartAxes({"x": AxisField("x", True), "y": AxisField("y", True)}, _scale_y),
}
"""Charts whose axes a talk may fix; any other chart (the claims board, the tornado) lays out
its own."""


def axes_of(chart: str) -> dict[str, bool]:
    """The axes a talk may fix on ``chart``: {axis: logarithmic}."""
    spec = FIXABLE.get(chart)
    return {name: a.log for name, a in spec.axes.items()} if spec is not None else {}


def _to_view(value: float, log: bool) -> float:
    return math.log10(value) if log else value


def _from_view(value: float, log: bool) -> float:
    return 10.0**value if log else value


def padded(span: Span, log: bool) -> Span:
    """``span`` with the room a chart leaves around its data."""
    low, high = (_to_view(v, log) for v in span)
    width = (high - low) or max(abs(high), 1.0) * 0.1
    return (_from_view(low - _BELOW * width, log), _from_view(high + _ABOVE * width, log))


def union(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def data_y(chart: str, figure: Figure) -> Span | None:
    """The y range of ``figure``'s data (None: the chart has no fixable y, or no data)."""
    spec = FIXABLE.get(chart)
    return spec.data_y(figure) if spec is not None and "y" in spec.axes else None


def blend_spans(a: Spans, b: Spans, chart: str, t: float) -> dict[str, Span]:
    """Spans ``t`` of the way from ``a`` to ``b`` (0 to 1), in the chart's own scale; an axis in
    only one of them is taken as it is."""
    out: dict[str, Span] = {}
    for axis in {*a, *b}:
        if axis not in a or axis not in b:
            out[axis] = b.get(axis) or a[axis]
            continue
        log = axes_of(chart).get(axis, False)
        ends = zip(a[axis], b[axis], strict=True)
        lo, hi = (
            _from_view(_to_view(x, log) + t * (_to_view(y, log) - _to_view(x, log)), log)
            for x, y in ends
        )
        out[axis] = (lo, hi)
    return out


def with_spans(chart: str, figure: Figure, spans: Spans) -> Figure:
    """``figure`` with the axes in ``spans`` fixed (the chart then keeps them)."""
    spec = FIXABLE.get(chart)
    if spec is None or not spans:
        return figure
    changes = {}
    for axis, span in spans.items():
        field = spec.axes[axis].field
        changes[field] = replace(getattr(figure, field), span=(float(span[0]), float(span[1])))
    return replace(figure, **changes)
