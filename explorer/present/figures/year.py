"""Both cost paths against year, every window in which orbit is cheaper (the lasting crossover
marked), and claim H1's window (Aug 2028-Feb 2029), over a strip with the launch price path that
drives them (Wright's law)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from explorer.model import Results
from explorer.model.claims import CLAIM_H1_LATEST_YEAR
from explorer.model.uncertainty import Bands
from explorer.present.figures.bands import (
    Costs,
    band_columns,
    band_items,
    chance_axis_label,
    cost_columns,
    cost_legend,
)
from explorer.present.figures.elements import (
    SIDES,
    Axis,
    LegendItem,
    Marker,
    Region,
    Table,
    gaps,
)
from explorer.present.figures.frame import Frame, Memo, infeasible_note
from explorer.present.text.numbers import decimal_year, month_year, none_word
from explorer.present.text.translate import N_, tr

TITLE = N_("Cost against year", "chart")

# Claim H1: 30 to 36 months after Feb 2026, i.e. Aug 2028 to Feb 2029, in fractional years.
H1_WINDOW = (2028 + 7 / 12, CLAIM_H1_LATEST_YEAR)


@dataclass(frozen=True)
class YearPaths:
    """One scenario's paths: whole years, $ per GPU-hour by side (NaN where infeasible) and
    the launch price ($/kg)."""

    years: np.ndarray
    costs: Costs
    launch: np.ndarray


@dataclass(frozen=True)
class YearFigure:
    title: str
    y: Axis
    strip_x: Axis
    strip_y: Axis
    right: Axis
    paths: Mapping[str, YearPaths | None]
    crossover: Marker
    cheaper: tuple[Region, ...]
    """Every window in which orbit is cheaper (an open-ended one runs to the last year)."""
    claim_window: Region
    bands: Bands | None
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


def _paths(results: Results) -> YearPaths:
    years = np.asarray(results["path.year"], dtype=float)
    feasible = np.asarray(results["path.feasible"], dtype=bool)
    costs = {
        side: gaps(np.asarray(results[f"path.{side}_usd_per_gpu_hour"], dtype=float), feasible)
        for side in SIDES
    }
    return YearPaths(years, costs, gaps(np.asarray(results["path.launch_usd_per_kg"], float)))


def cheaper_regions(results: Results) -> tuple[Region, ...]:
    """The windows of ``Results.cheaper_windows`` as shaded spans. A window that lasts runs to the
    paths' last year and has no text of its own (the crossover marker names it); a temporary one
    is labelled with its years."""
    years = np.asarray(results["path.year"], dtype=float)
    end_year = float(years[-1]) if years.size else math.nan
    return tuple(
        Region(start, end_year, "")
        if end is None
        else Region(
            start,
            end,
            tr("{start}-{end}", context="window", start=decimal_year(start), end=decimal_year(end)),
        )
        for start, end in results.cheaper_windows()
    )


def year_figure(frame: Frame, memo: Memo) -> YearFigure:
    shown = frame.shown()
    paths = {
        variant: None if results is None else memo.of(f"year.{variant}", results, _paths)
        for variant, results in shown.items()
    }
    current = paths["current"]
    assert current is not None
    year = float(frame.current["crossover_year"])
    bands = frame.bands.year if frame.bands is not None else None
    cheaper = memo.of("year.cheaper", frame.current, cheaper_regions)
    legend = cost_legend(shown, None)
    if cheaper:
        legend.append(LegendItem("space", "box", tr("orbit cheaper", context="legend")))
    legend.append(LegendItem("claim", "box", tr("claim H1 window", context="legend")))
    if math.isnan(year):
        legend.append(LegendItem("muted", "box", tr("no crossover by 2050", context="legend")))
    legend += band_items(bands)
    costs = {v: (p.costs if p is not None else None) for v, p in paths.items()}
    columns = [
        ("year", current.years),
        *cost_columns(costs, len(current.years)),
        ("current_launch_price_usd_per_kg", current.launch),
    ]
    lasting = [float(math.isfinite(year) and r is cheaper[-1]) for r in cheaper]
    windows = (
        ("orbit_cheaper_from_year", [r.low for r in cheaper]),
        ("orbit_cheaper_to_year", [r.high for r in cheaper]),
        ("lasting", lasting),
    )
    blocks = [tuple(columns), windows]
    if bands is not None:
        blocks.append((("band_year", bands.x), *band_columns(bands)))
    crossing = month_year(year) if math.isfinite(year) else none_word()
    # A fixed span, not pyqtgraph's auto-range: auto-ranging on every new curve repaints twice.
    shown_years = [p.years for p in paths.values() if p is not None and p.years.size]
    first = min(float(y[0]) for y in shown_years)
    last = max(float(y[-1]) for y in shown_years)
    margin = 0.02 * (last - first)  # as much room as pyqtgraph's auto-range left
    span = (first - margin, last + margin)
    return YearFigure(
        title=tr(TITLE, context="chart"),
        y=Axis(
            tr("$ per GPU-hour", context="axis"),
            prefix="$",
            short=tr("$/GPU-h", context="axis"),
        ),
        strip_x=Axis(tr("Year", context="axis"), span=span),
        strip_y=Axis(tr("$/kg", context="axis"), log=True, prefix="$"),
        right=Axis(chance_axis_label(), suffix="%"),
        paths=paths,
        crossover=Marker(year, tr("lasting crossover {when}", context="marker", when=crossing)),
        cheaper=cheaper,
        claim_window=Region(*H1_WINDOW, tr("H1: 30-36 months", context="marker")),
        bands=bands,
        note=infeasible_note(frame, memo),
        legend=tuple(legend),
        table=Table(tuple(blocks)),
    )
