"""What the two cost charts share: each scenario's curves by side, the Monte Carlo bands, their
legend entries and their CSV columns."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.uncertainty import Bands
from explorer.present.figures.elements import (
    COMPARED,
    SIDES,
    VARIANTS,
    Column,
    LegendItem,
    variant_item,
)
from explorer.present.text import results as words
from explorer.present.text.translate import tr

Costs = Mapping[str, np.ndarray]
"""$ per GPU-hour by side ("earth", "space")."""


def cost_legend(shown: Mapping[str, object | None], bands: Bands | None) -> list[LegendItem]:
    """Both sides' current curves, the preset and pinned scenarios where shown, and the bands."""
    items = [variant_item(side, "current", words.side(side)) for side in SIDES]
    return items + compared_items("muted", shown) + band_items(bands)


def band_items(bands: Bands | None) -> list[LegendItem]:
    """The bands' legend entries (none without bands)."""
    if bands is None:
        return []
    items = [
        LegendItem(side, "band", tr("{side} P10–P90", context="legend", side=words.side(side)))
        for side in SIDES
    ]
    return [
        *items,
        LegendItem("muted", "dotted", tr("P(orbit cheaper), right axis", context="legend")),
    ]


def compared_items(
    role: str, shown: Mapping[str, object | None], suffix: str = ""
) -> list[LegendItem]:
    """Entries for the loaded preset (dashed) and the pinned scenario (dotted) where shown."""
    return [
        variant_item(role, variant, words.variant(variant) + suffix)
        for variant in COMPARED
        if shown.get(variant) is not None
    ]


def cost_columns(costs: Mapping[str, Costs | None], length: int) -> list[Column]:
    """``variant_side_usd_per_gpu_hour`` columns of the shown scenarios with ``length`` points."""
    columns: list[Column] = []
    for variant in VARIANTS:
        shown = costs.get(variant)
        if shown is None:
            continue
        for side in SIDES:
            if len(shown[side]) == length:
                columns.append((f"{variant}_{side}_usd_per_gpu_hour", shown[side]))
    return columns


def band_columns(bands: Bands) -> list[Column]:
    """P10, P50 and P90 of each side and the chance that orbit is cheaper, named with units."""
    columns: list[Column] = []
    for side in SIDES:
        rows = np.asarray(getattr(bands, side), dtype=float)
        for name, row in zip(("p10", "p50", "p90"), rows, strict=True):
            columns.append((f"{side}_{name}_usd_per_gpu_hour", row))
    columns.append(("p_orbit_cheaper_fraction", np.asarray(bands.p_orbit_cheaper)))
    return columns


def chance_axis_label() -> str:
    return tr("P(orbit cheaper)", context="axis")
