"""evaluate(scenario) -> Results: both sides, the breakeven launch price and the crossover year."""

from __future__ import annotations

import numpy as np

from explorer.model import feasibility as fz
from explorer.model.orbit_sizing import mass_warning_flags
from explorer.model.parts import PARTS
from explorer.model.paths import year_paths
from explorer.model.results import Results
from explorer.model.scenario import Scenario
from explorer.model.sides import earth, per_hour, space, values
from explorer.model.timeline import in_year

_EARTH_KEYS = (
    "total_usd",
    "gpu_hours",
    "gpu_hours_installed",
    "gpus",
    "kw_per_gpu_at_generator",
    "generation_kw",
    "energy_mwh",
    "co2_t",
    "it_kw",
    "delay_years",
)
_SPACE_KEYS = (
    "total_usd",
    "gpu_hours",
    "gpu_hours_installed",
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
    "bus_mass_kg",
    "propellant_mass_kg",
    "it_mass_kg",
    "mass_kg",
    "bottom_up_mass_kg",
    "implied_array_kg_per_m2",
    "implied_radiator_kg_per_m2",
    "implied_shielding_kg_per_kw",
    "w_per_kg",
    "launches",
    "launches_per_year",
    "gw_per_year_at_cadence",
    "satellites",
    "build_out_years",
    "delay_years",
    "mean_capacity",
    "launch_usd_per_kw_year",
)


def evaluate(scenario: Scenario, with_paths: bool = True) -> Results:
    """Evaluate a scenario (numbers or arrays) for the ground and for orbit.

    Returns Results with $ per GPU-hour, $ per MWh of IT energy, present-value totals and a named
    breakdown for each side, the engineering quantities, the breakeven launch price ($/kg, NaN where
    no price closes the gap) and, with ``with_paths``, the cost paths from the start year to 2050,
    the crossover year (NaN where orbit is not cheaper for good by 2050) and the windows in which
    orbit is cheaper (``Results.cheaper_windows``).
    """
    with np.errstate(all="ignore"):
        v = values(scenario)
        point = in_year(v, v["start_year"])
        common = fz.input_flags(point)
        ground, earth_flags = earth(point, common)
        orbit, space_flags = space(point, common)
        data: dict[str, np.ndarray] = {}
        it_kw_per_gpu = point["gpu_power_kw"] * (1 + point["server_overhead_pct"] / 100)
        for name, side in (("earth", ground), ("space", orbit)):
            # Every part, the lost GPU-hours included, per GPU-hour installed: the parts add up
            # to the cost, and with the lost GPU-hours counted it is cost / delivered hours.
            hours = side["gpu_hours_installed"]
            per_gpu_hour = np.where(hours > 0, 1 / np.where(hours > 0, hours, 1.0), 0.0)
            cost = side["total_usd"] * per_gpu_hour
            data[f"{name}.usd_per_gpu_hour"] = cost
            data[f"{name}.usd_per_mwh"] = per_hour(cost * 1000, it_kw_per_gpu)
            for part in PARTS:
                data[f"{name}.breakdown.{part}"] = side[f"parts.{part}"]
                data[f"{name}.breakdown_per_gpu_hour.{part}"] = side[f"parts.{part}"] * per_gpu_hour
        data.update({f"earth.{k}": ground[k] for k in _EARTH_KEYS})
        data.update({f"space.{k}": orbit[k] for k in _SPACE_KEYS})
        data["earth.reason_flags"] = earth_flags
        data["space.reason_flags"] = space_flags
        both_ok = (earth_flags == 0) & (space_flags == 0)
        data["space.mass_warning_flags"] = np.where(
            space_flags == 0, mass_warning_flags(point, orbit), 0
        )
        data["feasible"] = both_ok
        earth_h, space_h = data["earth.usd_per_gpu_hour"], data["space.usd_per_gpu_hour"]
        data["space_to_earth_ratio"] = np.where(
            both_ok & (earth_h > 0), space_h / np.where(earth_h > 0, earth_h, 1.0), np.nan
        )
        slope = per_hour(orbit["usd_per_usd_per_kg"], orbit["gpu_hours_installed"])
        data["space.usd_per_gpu_hour_per_usd_per_kg"] = slope
        data["breakeven_launch_usd_per_kg"] = _breakeven(
            point["launch_price_usd_per_kg"], earth_h, space_h, slope, both_ok
        )
        if with_paths:
            data.update(year_paths(v, point, data, orbit, common, space_flags))
    return Results(scenario, {k: np.asarray(x) for k, x in data.items()})


def _breakeven(price, earth_h, space_h, usd_h_per_usd_kg, ok) -> np.ndarray:
    """Launch price at which the space cost equals the ground's; space cost is affine in price."""
    slope = usd_h_per_usd_kg
    fixed = space_h - slope * price
    safe = np.where(slope > 0, slope, 1.0)
    breakeven = (earth_h - fixed) / safe
    return np.where(ok & (slope > 0) & (breakeven >= 0), breakeven, np.nan)
