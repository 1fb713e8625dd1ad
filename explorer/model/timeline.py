"""How the inputs move with the calendar (DESIGN.md 2.3).

Launch price follows Wright's law on cumulative mass launched; the space array's price may fall by
a fixed share a year; the ground's turbine premium and wait for power are gone from the year the
constraints ease ("sold out to 2030", claim G5).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

END_YEAR = 2050


def cumulative_launched_t(v: Mapping, year: np.ndarray) -> np.ndarray:
    """Cumulative mass launched (t) at the start of ``year``.

    launches(y) = launches_per_year x (1 + g)^(y - start_year); each year adds the previous
    year's launches x payload_t to ``launch_cumulative_start_t``; the geometric sum is taken in
    closed form.
    """
    elapsed = np.maximum(np.asarray(year, dtype=float) - v["start_year"], 0.0)
    growth = np.asarray(v["launch_cadence_growth"], dtype=float)
    safe = np.where(growth > 1e-12, growth, 1.0)
    launch_years = np.where(growth > 1e-12, np.expm1(elapsed * np.log1p(growth)) / safe, elapsed)
    return v["launch_cumulative_start_t"] + v["launches_per_year"] * v["payload_t"] * launch_years


def launch_price(v: Mapping, year: np.ndarray) -> np.ndarray:
    """Launch price ($/kg) in ``year``: start price x (cumulative / start)^log2(1 - learning)."""
    ratio = cumulative_launched_t(v, year) / v["launch_cumulative_start_t"]
    return v["launch_price_usd_per_kg"] * ratio ** np.log2(1 - v["launch_learning_rate"])


def in_year(v: Mapping, year: np.ndarray) -> dict:
    """The scenario's values as they hold in ``year`` (broadcast against it)."""
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
    }


def year_axis(start_year: float) -> np.ndarray:
    """Whole years from the start year to 2050 (at least the start year itself).

    A start year far outside the registry's range is held within a century of 2050 so that
    the axis stays a sensible size.
    """
    first = int(np.floor(np.clip(start_year, END_YEAR - 100, END_YEAR + 100)))
    return np.arange(first, max(END_YEAR, first) + 1, dtype=float)
