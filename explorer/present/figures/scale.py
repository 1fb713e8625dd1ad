"""GW of AI compute deployable per year against launches per year, with claims L1, L2, L4, L5."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from explorer.model import Results, sweeps
from explorer.present.figures.bands import compared_items
from explorer.present.figures.elements import (
    VARIANTS,
    Axis,
    LegendItem,
    Marker,
    Region,
    Table,
    variant_item,
)
from explorer.present.figures.frame import Frame, Memo, infeasible_note
from explorer.present.text.numbers import compact
from explorer.present.text.translate import N_, tr

TITLE = N_("Scale: GW a year by launches", "chart")
SHORT_TITLE = N_("Scale: GW a year", "chart")

CADENCE_AXIS = (10.0, 100_000.0)
POINTS = 200
# Claims (SEED-CLAIMS.md): L1 100 GW per 10,000 launches; L2 10,000 launches a year, maybe
# 20,000-30,000; L4 several hundred GW a year; L5 about 1 TW a year from Earth.
L1_POINT = (10_000.0, 100.0)
L1_GW_PER_LAUNCH = L1_POINT[1] / L1_POINT[0]
L2_TARGET = 10_000.0
L2_STRETCH = (20_000.0, 30_000.0)
L4_RANGE_GW = (200.0, 900.0)
L5_CEILING_GW = 1000.0


@dataclass(frozen=True)
class ScaleFigure:
    """GW a year at each cadence for each shown scenario (None: not shown; NaN: a gap), the
    claims, the scenario's own cadence (``now``, None when infeasible) and the y span (data
    units) that holds all of it."""

    title: str
    short_title: str
    x: Axis
    y: Axis
    launches: np.ndarray
    curves: Mapping[str, np.ndarray | None]
    y_span: tuple[float, float]
    l1_line: np.ndarray
    l1_point: tuple[float, float]
    l1_text: str
    l2_target: Marker
    l2_stretch: Region
    l4_band: Region
    l5: Marker
    now: tuple[float, float] | None
    now_text: str
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


LAUNCHES = np.geomspace(*CADENCE_AXIS, POINTS)
LAUNCHES.setflags(write=False)


def _launches() -> np.ndarray:
    return LAUNCHES


def _curve(results: Results) -> np.ndarray:
    gw = np.asarray(sweeps.gw_per_year_against_cadence(results, _launches()))
    return np.where(bool(results["feasible"]) & (gw > 0), gw, np.nan)


def _span(curves: list[np.ndarray]) -> tuple[float, float]:
    lows, highs = [L1_GW_PER_LAUNCH * CADENCE_AXIS[0]], [L5_CEILING_GW * 2.5]
    for y in curves:
        if np.isfinite(y).any():
            lows.append(float(np.nanmin(y)))
            highs.append(float(np.nanmax(y)))
    return min(lows) / 2, max(highs) * 2


def scale_figure(frame: Frame, memo: Memo) -> ScaleFigure:
    launches = _launches()
    shown = frame.shown()
    curves = {
        variant: None if results is None else memo.of(f"scale.{variant}", results, _curve)
        for variant, results in shown.items()
    }
    results = frame.current
    cadence = float(results["space.launches_per_year"])
    gw_now = float(sweeps.gw_per_year_against_cadence(results, np.array([cadence]))[0])
    feasible = bool(results["feasible"]) and gw_now > 0
    legend = [variant_item("space", "current", tr("this scenario", context="legend"))]
    legend += compared_items("space", shown)
    legend.append(LegendItem("claim", "dotted", tr("L1: 10 MW per launch", context="legend")))
    legend.append(LegendItem("claim", "box", tr("claims L2, L4", context="legend")))
    l1_line = launches * L1_GW_PER_LAUNCH
    columns = [("launches_per_year", launches)]
    columns += [(f"{v}_gw_per_year", curves[v]) for v in VARIANTS if curves[v] is not None]
    columns.append(("claim_l1_gw_per_year", l1_line))
    return ScaleFigure(
        title=tr(TITLE, context="chart"),
        short_title=tr(SHORT_TITLE, context="chart"),
        x=Axis(tr("Launches per year (log)", context="axis"), log=True, span=CADENCE_AXIS),
        y=Axis(
            tr("GW of IT a year (log)", context="axis"),
            log=True,
            short=tr("GW/yr (log)", context="axis"),
        ),
        launches=launches,
        curves=curves,
        y_span=_span([c for c in curves.values() if c is not None]),
        l1_line=l1_line,
        l1_point=L1_POINT,
        l1_text=tr("L1: 100 GW", context="marker"),
        l2_target=Marker(L2_TARGET, tr("L2: 10k/yr", context="marker")),
        l2_stretch=Region(*L2_STRETCH, tr("L2: 20-30k", context="marker")),
        l4_band=Region(*L4_RANGE_GW, tr("L4: 100s of GW/yr", context="marker")),
        l5=Marker(L5_CEILING_GW, tr("L5: ~1 TW/yr ceiling", context="marker")),
        now=(cadence, gw_now) if feasible and math.isfinite(gw_now) else None,
        now_text=tr(
            "now: {launches} launches\n→ {gw} GW/yr",
            context="marker",
            launches=compact(cadence),
            gw=compact(gw_now),
        ),
        note=infeasible_note(frame, memo),
        legend=tuple(legend),
        table=Table((tuple(columns),)),
    )
