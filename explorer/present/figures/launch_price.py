"""Cost per GPU-hour against launch price, Earth and orbit, with the breakeven and today's price."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from explorer.model import Results, sweeps
from explorer.model.uncertainty import Bands
from explorer.present.figures.bands import (
    Costs,
    band_columns,
    chance_axis_label,
    cost_columns,
    cost_legend,
)
from explorer.present.figures.elements import SIDES, Axis, LegendItem, Marker, Table, gaps
from explorer.present.figures.frame import Frame, Memo, infeasible_note
from explorer.present.text.numbers import compact
from explorer.present.text.translate import N_, tr

TITLE = N_("Cost against launch price", "chart")
SHORT_TITLE = N_("Cost vs launch price", "chart")

POINTS = 200
PRICES = sweeps.launch_price_axis(POINTS)
PRICES.setflags(write=False)
"""The chart's x axis, one array for every figure: a chart sees at once that it did not change."""


@dataclass(frozen=True)
class LaunchPriceFigure:
    """Both sides' $ per GPU-hour at each launch price, for each shown scenario (None: not
    shown; NaN: a gap), the breakeven and today's price, the bands (None: off)."""

    title: str
    short_title: str
    x: Axis
    y: Axis
    right: Axis
    prices: np.ndarray
    costs: Mapping[str, Costs | None]
    breakeven: Marker
    today: Marker
    bands: Bands | None
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


def _costs(results: Results) -> Costs:
    data = sweeps.cost_against_launch_price(results, PRICES)
    return {side: gaps(data[side]) for side in SIDES}


def launch_price_figure(frame: Frame, memo: Memo) -> LaunchPriceFigure:
    prices = PRICES
    shown = frame.shown()
    costs = {
        variant: None if results is None else memo.of(f"launch_price.{variant}", results, _costs)
        for variant, results in shown.items()
    }
    results = frame.current
    breakeven = float(results["breakeven_launch_usd_per_kg"])
    today = float(results.scenario["launch_price_usd_per_kg"])
    bands = frame.bands.launch if frame.bands is not None else None
    columns = [("launch_price_usd_per_kg", prices), *cost_columns(costs, len(prices))]
    blocks = [tuple(columns)]
    if bands is not None and np.array_equal(np.asarray(bands.x, dtype=float), prices):
        blocks = [(*columns, *band_columns(bands))]
    elif bands is not None:
        blocks.append((("band_launch_price_usd_per_kg", bands.x), *band_columns(bands)))
    return LaunchPriceFigure(
        title=tr(TITLE, context="chart"),
        short_title=tr(SHORT_TITLE, context="chart"),
        x=Axis(
            tr("Launch price ($/kg, log)", context="axis"),
            log=True,
            prefix="$",
            span=sweeps.LAUNCH_PRICE_AXIS_USD_PER_KG,
        ),
        y=Axis(
            tr("$ per GPU-hour (log)", context="axis"),
            log=True,
            prefix="$",
            short=tr("$/GPU-h (log)", context="axis"),
        ),
        right=Axis(chance_axis_label(), suffix="%"),
        prices=prices,
        costs=costs,
        breakeven=Marker(
            breakeven, tr("breakeven {price}/kg", context="marker", price=compact(breakeven, "$"))
        ),
        today=Marker(today, tr("today {price}/kg", context="marker", price=compact(today, "$"))),
        bands=bands,
        note=infeasible_note(frame, memo),
        legend=tuple(cost_legend(shown, bands)),
        table=Table(tuple(blocks)),
    )
