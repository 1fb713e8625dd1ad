"""Curves for the charts: cost against launch price, and deployable GW against launch cadence.

The cost against year comes with ``evaluate`` (``path.*``). Against launch price no re-evaluation
is needed: the orbital cost is affine in the launch price (launch and its insurance are mass x
price), so a 500-point curve is one multiply-add on the evaluated point.
"""

from __future__ import annotations

import numpy as np

from explorer.model.results import Results

LAUNCH_PRICE_AXIS_USD_PER_KG = (5.0, 10000.0)


def launch_price_axis(points: int = 200) -> np.ndarray:
    """Log-spaced launch prices ($/kg) across the chart's axis."""
    return np.geomspace(*LAUNCH_PRICE_AXIS_USD_PER_KG, points)


def cost_against_launch_price(results: Results, prices: np.ndarray) -> dict[str, np.ndarray]:
    """$ per GPU-hour on each side at each launch price (last axis), other inputs as evaluated.

    Returns ``price``, ``earth`` and ``space`` ($/GPU-h); entries of an infeasible scenario are NaN
    so that charts leave a gap.
    """
    prices = np.asarray(prices, dtype=float)
    slope = np.asarray(results["space.usd_per_gpu_hour_per_usd_per_kg"])[..., None]
    start_price = np.asarray(results.scenario["launch_price_usd_per_kg"], dtype=float)[..., None]
    space_now = np.asarray(results["space.usd_per_gpu_hour"])[..., None]
    feasible = np.asarray(results["feasible"])[..., None]
    space = np.where(feasible, space_now + slope * (prices - start_price), np.nan)
    earth = np.where(feasible, np.asarray(results["earth.usd_per_gpu_hour"])[..., None], np.nan)
    return {"price": prices, "earth": np.broadcast_to(earth, space.shape), "space": space}


def gw_per_year_against_cadence(results: Results, launches: np.ndarray) -> np.ndarray:
    """IT capacity (GW/yr) deployable at each launch cadence, with the evaluated mass per GW."""
    payload_kg = np.asarray(results.scenario["payload_t"], dtype=float) * 1000
    it_kw_per_kg = np.asarray(results["space.it_kw"]) / np.where(
        np.asarray(results["space.mass_kg"]) > 0, results["space.mass_kg"], np.inf
    )
    return np.asarray(launches, dtype=float) * payload_kg * it_kw_per_kg / 1e6
