"""The cost paths on whole years from the start year to 2050, built from the point evaluation.

Only a few inputs move with the calendar (timeline.in_year), so no year is evaluated afresh. The
ground has two states, constrained and eased: the point is one, one more evaluation gives the
other. The orbital cost is affine in the launch price (slope from the point), in the array's $/W
(slope from one more evaluation at +1 $/W) and in the carrying factor of the build-out delay,
whose capital is itself affine in the array's $/W; the campaign's length in each year comes from
the launch cadence of that year. A test checks the paths against evaluating every year afresh.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model import feasibility as fz
from explorer.model.crossover import crossover_year
from explorer.model.earth import earth_side
from explorer.model.finance import carrying_factor
from explorer.model.launch_path import launch_price, years_to_launch
from explorer.model.orbit import orbit_side
from explorer.model.sides import clean_only, per_hour
from explorer.model.timeline import year_axis


def _finite_or_zero(x: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(x), x, 0.0)


def _ground(v: Mapping, years: np.ndarray, eased: np.ndarray, now: Mapping, common: np.ndarray):
    """The ground's $ per GPU-hour and feasibility on the year axis: constrained, then eased."""
    # The point evaluation is one of the two ground states (eased if the start year is past the
    # easing year); only the other one is evaluated here.
    eased_at_start = v["start_year"] >= v["ground_constraints_ease_year"]
    other_v = {
        **v,
        "turbine_scarcity_premium_pct": np.where(
            eased_at_start, v["turbine_scarcity_premium_pct"], 0.0
        ),
        "time_to_power_years": np.where(eased_at_start, v["time_to_power_years"], 0.0),
    }
    side = earth_side(other_v)
    flags = common | fz.earth_flags(other_v, side)
    other_flags, side = clean_only(side, flags, ("total_usd", "gpu_hours_installed"))
    other_h = per_hour(side["total_usd"], side["gpu_hours_installed"])
    point_h, point_ok = now["earth.usd_per_gpu_hour"], now["earth.reason_flags"] == 0
    held_h = np.where(eased_at_start, other_h, point_h)[..., None]
    eased_h = np.where(eased_at_start, point_h, other_h)[..., None]
    held_ok = np.where(eased_at_start, other_flags == 0, point_ok)[..., None]
    eased_ok = np.where(eased_at_start, point_ok, other_flags == 0)[..., None]
    return np.where(eased, eased_h, held_h), np.where(eased, eased_ok, held_ok)


def _orbit(v: Mapping, years: np.ndarray, point: Mapping, now: Mapping, orbit: Mapping, flags):
    """The orbital $ per GPU-hour on the year axis, exact in launch price, array price and delay,
    and the launch price path."""
    dearer_array = {
        **point,
        "space_array_cost_usd_per_w": point["space_array_cost_usd_per_w"] + 1.0,
    }
    _, dearer = clean_only(orbit_side(dearer_array), flags, ("total_usd", "delay_capital_usd"))
    hours = orbit["gpu_hours_installed"]
    cost = now["space.usd_per_gpu_hour"]
    per_usd_per_w = per_hour(dearer["total_usd"], hours) - cost
    delay_capital = per_hour(orbit["delay_capital_usd"], hours)
    delay_capital_per_usd_per_w = per_hour(dearer["delay_capital_usd"], hours) - delay_capital

    # What timeline.in_year moves for orbit, on the whole axis at once (the test against a fresh
    # evaluation of each year goes through in_year itself). In place: these are (draws, years).
    expanded = {k: (x if isinstance(x, str) else x[..., None]) for k, x in v.items()}
    prices = launch_price(expanded, years)
    elapsed = np.maximum(years - expanded["start_year"], 0.0)
    decline = 1 - expanded["space_array_cost_decline_pct_per_year"] / 100
    d_array = expanded["space_array_cost_usd_per_w"] * (decline**elapsed - 1)
    build_out = years_to_launch(expanded, years, orbit["mass_kg"][..., None] / 1000)
    carrying = carrying_factor(
        expanded["discount_rate_pct"], expanded["spacecraft_lead_time_years"] + build_out / 2
    )
    carrying -= orbit["carrying_factor"][..., None]
    carrying *= delay_capital[..., None] + delay_capital_per_usd_per_w[..., None] * d_array
    # The first sum takes the full (draws, years) shape, whichever inputs are arrays.
    slope = now["space.usd_per_gpu_hour_per_usd_per_kg"][..., None]
    path = cost[..., None] + slope * (prices - point["launch_price_usd_per_kg"][..., None])
    path += per_usd_per_w[..., None] * d_array
    path += carrying
    return path, prices


def year_paths(
    v: Mapping,
    point: Mapping,
    now: Mapping,
    orbit: Mapping,
    common: np.ndarray,
    space_flags: np.ndarray,
) -> dict:
    """``path.*`` on whole years (last axis), and the crossover year.

    ``v`` are the scenario's values, ``point`` the values in the start year, ``now`` the results
    so far, ``orbit`` the cleaned orbital side of the point evaluation.
    """
    years = year_axis(float(np.min(v["start_year"])))
    eased = years >= np.asarray(v["ground_constraints_ease_year"])[..., None]
    earth_path, earth_ok = _ground(v, years, eased, now, common)
    space_path, prices = _orbit(v, years, point, now, orbit, space_flags)
    ok = earth_ok & (space_flags == 0)[..., None] & np.isfinite(space_path)
    space_path = np.where(ok, space_path, 0.0)
    earth_path = np.where(ok, earth_path, 0.0)
    return {
        "path.year": years,
        # Broadcast to every point, also where the launch inputs are the same for all of them.
        "path.launch_usd_per_kg": np.broadcast_to(_finite_or_zero(prices), space_path.shape),
        "path.earth_usd_per_gpu_hour": earth_path,
        "path.space_usd_per_gpu_hour": space_path,
        "path.feasible": ok,
        "crossover_year": crossover_year(years, space_path - earth_path, ok),
    }
