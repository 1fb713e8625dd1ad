"""How the inputs move with the calendar (DESIGN.md 2.3).

The launch price follows its learning curve (launch_path.py); the space array's price may fall by
a fixed share a year; the ground's turbine premium and wait for power are gone from the year the
constraints ease ("sold out to 2030", claim G5).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.launch_path import launch_price

END_YEAR = 2050


def in_year(v: Mapping, year: np.ndarray) -> dict:
    """The scenario's values as they hold in ``year`` (broadcast against it).

    ``start_year`` becomes ``year``: evaluating these values is evaluating the scenario as if it
    started then (the build-out campaign, for one, starts at that year's launch cadence).
    """
    year = np.asarray(year, dtype=float)
    eased = year >= v["ground_constraints_ease_year"]
    elapsed = np.maximum(year - v["start_year"], 0.0)
    decline = 1 - np.asarray(v["space_array_cost_decline_pct_per_year"], dtype=float) / 100
    return {
        **v,
        "launch_price_usd_per_kg": launch_price(v, year),
        "space_array_cost_usd_per_w": v["space_array_cost_usd_per_w"] * decline**elapsed,
        "turbine_scarcity_premium_pct": np.where(eased, 0.0, v["turbine_scarcity_premium_pct"]),
        "time_to_power_years": np.where(eased, 0.0, v["time_to_power_years"]),
        "start_year": year,
    }


def year_axis(start_year: float) -> np.ndarray:
    """Whole years from the start year to 2050 (at least the start year itself).

    A start year far outside the registry's range is held within a century of 2050 so that
    the axis stays a sensible size.
    """
    first = int(np.floor(np.clip(start_year, END_YEAR - 100, END_YEAR + 100)))
    return np.arange(first, max(END_YEAR, first) + 1, dtype=float)
