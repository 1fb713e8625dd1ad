"""The bridge as a waterfall: from the loaded preset (or the pinned scenario) to the current one,
each parameter group's Shapley step in the orbit/Earth ratio, and in each side's $ per GPU-hour.

The steps do not depend on an order and add up to the change; the waterfall lists the largest
first. The window computes the bridge once the scenario rests (``explorer.present.bridge``); until
then the last one is shown, marked as waiting.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from explorer.model.explain import Explanation
from explorer.present.bridge import BridgeSnapshot
from explorer.present.figures.elements import Axis, LegendItem, Table
from explorer.present.figures.frame import Frame, Memo
from explorer.present.text import registry
from explorer.present.text.numbers import fixed, money, significant
from explorer.present.text.translate import N_, tr

TITLE = N_("Bridge from the preset", "chart")
SHORT_TITLE = N_("Bridge", "chart")
METRICS: tuple[str, ...] = (
    "space_to_earth_ratio",
    "space.usd_per_gpu_hour",
    "earth.usd_per_gpu_hour",
)
"""What the waterfall can show: the ratio (first: the default) and each side's $ per GPU-hour."""
_METRIC_TITLES = {
    "space_to_earth_ratio": N_("Orbit ÷ Earth", "bridge"),
    "space.usd_per_gpu_hour": N_("Orbit $ per GPU-hour", "bridge"),
    "earth.usd_per_gpu_hour": N_("Earth $ per GPU-hour", "bridge"),
}
_ORIGINS = {"reference": N_("Preset", "bridge"), "pinned": N_("Pinned", "bridge")}
_SAME = {
    "reference": N_("Nothing differs from the preset", "bridge"),
    "pinned": N_("Nothing differs from the pinned scenario", "bridge"),
}
ROLES = {"rise": "rise", "fall": "fall", "total": "total"}
"""Colour roles: a step that raises the metric, one that lowers it, and the two ends."""


@dataclass(frozen=True)
class BridgeBar:
    """One row of the waterfall: from ``start`` to ``end`` (data units); ``kind`` is "total"
    (A or B, drawn from zero) or "step"; ``text`` is its label, ``tooltip`` what changed."""

    key: str
    title: str
    start: float
    end: float
    kind: str
    text: str
    tooltip: str


@dataclass(frozen=True)
class Waterfall:
    """One metric's waterfall (bars top to bottom), or only a ``note`` when it has none."""

    metric: str
    title: str
    x: Axis
    bars: tuple[BridgeBar, ...]
    note: str


@dataclass(frozen=True)
class BridgeFigure:
    title: str
    short_title: str
    waterfalls: Mapping[str, Waterfall]
    metric_titles: Mapping[str, str]
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


def _value(metric: str, value: float) -> str:
    if metric == "space_to_earth_ratio":
        return tr("{value}x", context="times", value=fixed(value, 2))
    return money(value)


def _step(metric: str, value: float) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    if metric == "space_to_earth_ratio":
        text = significant(abs(value), 2) if abs(value) < 0.01 else fixed(abs(value), 2)
        return tr("{sign}{value}x", context="bridge step", sign=sign, value=text)
    return sign + money(abs(value))


def _changes(explanation: Explanation, key: str) -> str:
    lines = []
    for param, (a, b) in explanation.changed[key].items():
        unit = registry.unit(param)
        shown = [x if isinstance(x, str) else significant(float(x), 4) for x in (a, b)]
        lines.append(
            tr(
                "{title}: {a} → {b} {unit}",
                context="bridge",
                title=escape(registry.title(param)),
                a=escape(shown[0]),
                b=escape(shown[1]),
                unit=escape(unit),
            ).strip()
        )
    return "<br>".join(lines)


def _waterfall(metric: str, snapshot: BridgeSnapshot, origin: str) -> Waterfall:
    explanation = snapshot.explanation
    bridge = explanation.metrics[metric]
    title = tr(_METRIC_TITLES[metric], context="bridge")
    x = Axis(title, prefix="" if metric == "space_to_earth_ratio" else "$")
    current = tr("Current", context="bridge")
    if bridge.steps is None or bridge.start is None or bridge.end is None:
        reason = bridge.reason or ""
        note = tr("No bridge for {metric}: {reason}", context="bridge", metric=title, reason=reason)
        return Waterfall(metric, title, x, (), note)
    bars = [
        BridgeBar("a", origin, 0.0, bridge.start, "total", _value(metric, bridge.start), origin)
    ]
    level = bridge.start
    moving = sorted(
        (k for k, step in bridge.steps.items() if step != 0), key=lambda k: -abs(bridge.steps[k])
    )
    for key in moving:
        step = bridge.steps[key]
        bars.append(
            BridgeBar(
                key,
                registry.bridge_group_title(key),
                level,
                level + step,
                "step",
                _step(metric, step),
                _changes(explanation, key),
            )
        )
        level += step
    bars.append(
        BridgeBar("b", current, 0.0, bridge.end, "total", _value(metric, bridge.end), current)
    )
    note = "" if moving else tr(_SAME[snapshot.origin], context="bridge")
    return Waterfall(metric, title, x, tuple(bars), note)


def _bridge_figure(snapshot: BridgeSnapshot | None, waiting: bool) -> BridgeFigure:
    origin_key = snapshot.origin if snapshot is not None else "reference"
    origin = tr(_ORIGINS[origin_key], context="bridge")
    waterfalls = (
        {m: _waterfall(m, snapshot, origin) for m in METRICS} if snapshot is not None else {}
    )
    if snapshot is None:
        note = tr("The bridge is computed once the scenario rests", context="bridge")
    elif waiting:
        note = tr("Updating once the scenario rests", context="bridge")
    else:
        note = ""
    rows = [(metric, bar) for metric, waterfall in waterfalls.items() for bar in waterfall.bars]
    columns = (
        ("metric", [m for m, _ in rows]),
        ("step", [b.key for _, b in rows]),
        ("title", [b.title for _, b in rows]),
        ("from", [b.start for _, b in rows]),
        ("to", [b.end for _, b in rows]),
        ("change", [b.end - b.start if b.kind == "step" else math.nan for _, b in rows]),
    )
    return BridgeFigure(
        title=tr(TITLE, context="chart")
        if origin_key == "reference"
        else tr("Bridge from the pinned scenario", context="chart"),
        short_title=tr(SHORT_TITLE, context="chart"),
        waterfalls=waterfalls,
        metric_titles={m: tr(_METRIC_TITLES[m], context="bridge") for m in METRICS},
        note=note,
        legend=(
            LegendItem(
                ROLES["total"], "box", tr("{origin} and current", context="legend", origin=origin)
            ),
            LegendItem(ROLES["rise"], "box", tr("raises it", context="legend")),
            LegendItem(ROLES["fall"], "box", tr("lowers it", context="legend")),
        ),
        table=Table((columns,)),
    )


def bridge_figure(frame: Frame, memo: Memo) -> BridgeFigure:
    """The frame's bridge; while it explains another scenario than the current one (a drag), the
    last bridge with a note that it waits."""
    snapshot = frame.bridge
    waiting = snapshot is not None and not _current(snapshot, frame)
    return memo.of(f"bridge.{waiting}", snapshot, lambda s: _bridge_figure(s, waiting))


def _current(snapshot: BridgeSnapshot, frame: Frame) -> bool:
    b = snapshot.b
    scenario = frame.current.scenario
    return b is scenario or dict(b.items()) == dict(scenario.items())
