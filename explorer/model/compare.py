"""evaluate(scenario) -> Results: both sides, the breakeven launch price and the crossover year."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model import feasibility as fz
from explorer.model.crossover import crossover_year
from explorer.model.earth import earth_side
from explorer.model.orbit import orbit_side
from explorer.model.parts import PARTS
from explorer.model.results import Results
from explorer.model.scenario import Scenario
from explorer.model.timeline import in_year, year_axis

_EARTH_KEYS = (
    "total_usd",
    "gpu_hours",
    "gpus",
    "kw_per_gpu_at_generator",
    "generation_kw",
    "energy_mwh",
    "it_kw",
)
_SPACE_KEYS = (
    "total_usd",
    "gpu_hours",
    "it_kw",
    "power_kw",
    "array_kw_bol",
    "array_area_m2",
    "array_mass_kg",
    "battery_kwh",
    "battery_mass_kg",
    "radiator_net_flux_w_per_m2",
    "radiator_area_m2",
    "radiator_mass_kg",
    "shielding_mass_kg",
    "it_mass_kg",
    "mass_kg",
    "w_per_kg",
    "launches",
    "launches_per_year",
    "gw_per_year_at_cadence",
    "mean_capacity",
    "launch_usd_per_kw_year",
)


def _values(scenario: Scenario) -> dict:
    return {
        k: (v if isinstance(v, str) else np.asarray(v, dtype=float)) for k, v in scenario.items()
    }


def _earth(v: Mapping, common: np.ndarray) -> tuple[dict, np.ndarray]:
    """The ground side with its flags; infeasible entries are zeroed, never NaN."""
    side = earth_side(v)
    flags, side = _clean(side, common | fz.earth_flags(v, side))
    return side, flags


def _space(v: Mapping, common: np.ndarray) -> tuple[dict, np.ndarray]:
    """The orbital side with its flags; infeasible entries are zeroed, never NaN."""
    side = orbit_side(v)
    flags, side = _clean(side, common | fz.space_flags(v, side))
    return side, flags


def _cost_per_hour(side: dict, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """$ per GPU-hour of a side evaluated only for its total, with overflow flagged."""
    per_hour = _per_hour(side["total_usd"], side["gpu_hours"])
    flags = flags | np.where(np.isfinite(per_hour), 0, fz.OVERFLOW)
    return np.where(flags == 0, per_hour, 0.0), flags


def _clean(side: dict, flags: np.ndarray) -> tuple[np.ndarray, dict]:
    """Every output of a side as one stacked array: flagged where any is not finite, and zeroed
    where the side is infeasible (one pass over the stack, not one per output)."""
    arrays = {k: x for k, x in side.items() if k != "parts"}
    arrays.update({f"parts.{p}": x for p, x in side["parts"].items()})
    shape = np.broadcast_shapes(np.shape(flags), *(np.shape(x) for x in arrays.values()))
    if shape == ():
        stacked = np.array([float(x) for x in arrays.values()])
    else:
        stacked = np.stack(
            [np.broadcast_to(np.asarray(x, dtype=float), shape) for x in arrays.values()]
        )
    overflow = np.where(np.isfinite(stacked).all(axis=0), 0, fz.OVERFLOW)
    flags = np.broadcast_to(flags, shape) | overflow
    cleaned = np.where(flags == 0, stacked, 0.0)
    return flags, dict(zip(arrays, cleaned, strict=True))


def _finite_or_zero(x: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(x), x, 0.0)


def _per_hour(usd: np.ndarray, hours: np.ndarray) -> np.ndarray:
    return np.where(hours > 0, usd / np.where(hours > 0, hours, 1.0), 0.0)


def evaluate(scenario: Scenario, with_paths: bool = True) -> Results:
    """Evaluate a scenario (numbers or arrays) for the ground and for orbit.

    Returns Results with $ per GPU-hour, $ per MWh of IT energy, present-value totals and a named
    breakdown for each side, the engineering quantities, the breakeven launch price ($/kg, NaN where
    no price closes the gap) and, with ``with_paths``, the cost paths from the start year to 2050
    and the crossover year (NaN where the paths do not cross).
    """
    with np.errstate(all="ignore"):
        v = _values(scenario)
        point = in_year(v, v["start_year"])
        common = fz.input_flags(point)
        earth, earth_flags = _earth(point, common)
        space, space_flags = _space(point, common)
        data: dict[str, np.ndarray] = {}
        it_kw_per_gpu = point["gpu_power_kw"] * (1 + point["server_overhead_pct"] / 100)
        for name, side in (("earth", earth), ("space", space)):
            hours = side["gpu_hours"]
            per_gpu_hour = np.where(hours > 0, 1 / np.where(hours > 0, hours, 1.0), 0.0)
            per_hour = side["total_usd"] * per_gpu_hour
            data[f"{name}.usd_per_gpu_hour"] = per_hour
            data[f"{name}.usd_per_mwh"] = _per_hour(per_hour * 1000, it_kw_per_gpu)
            for part in PARTS:
                data[f"{name}.breakdown.{part}"] = side[f"parts.{part}"]
                data[f"{name}.breakdown_per_gpu_hour.{part}"] = side[f"parts.{part}"] * per_gpu_hour
        data.update({f"earth.{k}": earth[k] for k in _EARTH_KEYS})
        data.update({f"space.{k}": space[k] for k in _SPACE_KEYS})
        data["earth.reason_flags"] = earth_flags
        data["space.reason_flags"] = space_flags
        both_ok = (earth_flags == 0) & (space_flags == 0)
        data["feasible"] = both_ok
        earth_h, space_h = data["earth.usd_per_gpu_hour"], data["space.usd_per_gpu_hour"]
        data["space_to_earth_ratio"] = np.where(
            both_ok & (earth_h > 0), space_h / np.where(earth_h > 0, earth_h, 1.0), np.nan
        )
        slope = _per_hour(space["launch_kg_counted"], space["gpu_hours"])
        data["space.usd_per_gpu_hour_per_usd_per_kg"] = slope
        data["breakeven_launch_usd_per_kg"] = _breakeven(
            point["launch_price_usd_per_kg"], earth_h, space_h, slope, both_ok
        )
        if with_paths:
            data.update(_paths(v, point, data, common, space_flags))
    return Results(scenario, {k: np.asarray(x) for k, x in data.items()})


def _breakeven(price, earth_h, space_h, usd_h_per_usd_kg, ok) -> np.ndarray:
    """Launch price at which the space cost equals the ground's; space cost is affine in price."""
    slope = usd_h_per_usd_kg
    fixed = space_h - slope * price
    safe = np.where(slope > 0, slope, 1.0)
    breakeven = (earth_h - fixed) / safe
    return np.where(ok & (slope > 0) & (breakeven >= 0), breakeven, np.nan)


def _paths(
    v: Mapping, point: Mapping, now: Mapping, common: np.ndarray, space_flags: np.ndarray
) -> dict:
    """Cost paths on whole years from the start year to 2050 (last axis) and the crossover year.

    Only four inputs move with the calendar (timeline.in_year), so no year is evaluated afresh:
    the ground has two states, constrained and eased; the orbital cost is affine in the launch
    price (slope from the point evaluation) and in the array's $/W (slope from one more
    evaluation at +1 $/W).
    """
    years = year_axis(float(np.min(v["start_year"])))
    expanded = {k: (x if isinstance(x, str) else x[..., None]) for k, x in v.items()}
    held = in_year(expanded, years)

    eased = years >= expanded["ground_constraints_ease_year"]
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
    other_h, other_flags = _cost_per_hour(side, common | fz.earth_flags(other_v, side))
    point_h, point_ok = now["earth.usd_per_gpu_hour"], now["earth.reason_flags"] == 0
    earth_h = {
        "held": np.where(eased_at_start, other_h, point_h)[..., None],
        "eased": np.where(eased_at_start, point_h, other_h)[..., None],
    }
    earth_ok = {
        "held": np.where(eased_at_start, other_flags == 0, point_ok)[..., None],
        "eased": np.where(eased_at_start, point_ok, other_flags == 0)[..., None],
    }
    earth_path = np.where(eased, earth_h["eased"], earth_h["held"])

    dearer_array = {
        **point,
        "space_array_cost_usd_per_w": point["space_array_cost_usd_per_w"] + 1.0,
    }
    dearer, _ = _cost_per_hour(orbit_side(dearer_array), space_flags)
    per_usd_per_w = dearer - now["space.usd_per_gpu_hour"]
    space_path = (
        now["space.usd_per_gpu_hour"][..., None]
        + now["space.usd_per_gpu_hour_per_usd_per_kg"][..., None]
        * (held["launch_price_usd_per_kg"] - point["launch_price_usd_per_kg"][..., None])
        + per_usd_per_w[..., None]
        * (held["space_array_cost_usd_per_w"] - point["space_array_cost_usd_per_w"][..., None])
    )
    ok = np.where(eased, earth_ok["eased"], earth_ok["held"]) & (space_flags == 0)[..., None]
    ok = ok & np.isfinite(space_path)
    space_path = np.where(ok, space_path, 0.0)
    earth_path = np.where(ok, earth_path, 0.0)
    return {
        "path.year": years,
        "path.launch_usd_per_kg": _finite_or_zero(held["launch_price_usd_per_kg"]),
        "path.earth_usd_per_gpu_hour": earth_path,
        "path.space_usd_per_gpu_hour": space_path,
        "path.feasible": ok,
        "crossover_year": crossover_year(years, space_path - earth_path, ok),
    }
