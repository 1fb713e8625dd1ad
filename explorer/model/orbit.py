"""Orbital cost terms (DESIGN.md 2.2 and 2.3.1), vectorised over numpy arrays.

The spacecraft is sized in orbit_sizing.py. GPUs are not repaired in orbit: spares are flown cold
and switched in as boards fail; a failure of another part takes a whole tray with it; debris takes
whole satellites; avoidance manoeuvres and radiation cost throughput. GPUs are burned in on the
ground (burn_in.py), or their early failures happen in orbit. What is lost is its own cost
part (``lost_gpu_hours``), not hidden in the other parts. A build-out campaign costs its carrying
charge: spacecraft are paid for ahead of launch and wait, on average, half the campaign the
launch cadence allows.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.burn_in import burn_in_cost, infant_loss_in_orbit
from explorer.model.earth import HOURS_PER_YEAR, gpu_count
from explorer.model.finance import carrying_factor, continuous_rate, flow_factor
from explorer.model.launch_path import launch_mass_per_year, launches_per_year, years_to_launch
from explorer.model.orbit_sizing import orbit_sizing
from explorer.model.parts import BOUNDARY_PARTS, PARTS

# What is paid for before launch and waits for it (with the GPUs, when bought up front).
_WAITING = ("power_generation", "tariffs", "storage", "cooling", "facility", "comms", "nre")


def capacity_present_value(
    failure_rate: np.ndarray,
    spare_fraction: np.ndarray,
    rate: np.ndarray,
    years: np.ndarray,
    initial_loss: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Integral over [0, years] of min(1, k e^(-lambda t)) e^(-rate t) dt, in years, where
    k = (1 + s)(1 - initial loss).

    Delivered capacity with no repair: cold spares, less the GPUs that fail at once
    (``initial_loss``: early failures without burn-in), keep it at 1 until
    t1 = ln(k) / lambda, then it decays; with k below 1 it decays from k at once (t1 = 0).
    With rate = 0, divided by ``years``, it is the mean delivered capacity. A loss that spares
    cannot cover (whole satellites) adds to ``rate``.
    """
    lam = np.asarray(failure_rate, dtype=float)
    spare = np.asarray(spare_fraction, dtype=float)
    years = np.asarray(years, dtype=float)
    # ln k without rounding: with no initial loss it is log1p(s) exactly, as before burn-in.
    log_k = np.log1p(spare) + np.log1p(-np.asarray(initial_loss, dtype=float))
    t1 = np.where(lam > 0, log_k / np.where(lam > 0, lam, 1.0), np.where(log_k >= 0, np.inf, 0.0))
    t1 = np.clip(t1, 0.0, years)
    decaying = np.exp(log_k - (lam + rate) * t1) * flow_factor(lam + rate, years - t1)
    return flow_factor(rate, t1) + decaying


def loss_rates(v: Mapping) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Yearly rates at which GPUs leave service in orbit, and the share of time manoeuvres take.

    Returns (failures that spares can cover: GPUs plus other parts x their blast radius; whole
    satellites lost to debris; the share of hours lost to avoidance manoeuvres).
    """
    failures = (
        v["gpu_annual_failure_rate_pct"]
        + v["other_failure_rate_pct_per_year"] * v["blast_radius_gpus"]
    ) / 100
    debris = np.asarray(v["debris_loss_pct_per_year"], dtype=float) / 100
    outage = v["conjunction_manoeuvres_per_satellite_year"] * v["conjunction_outage_hours"]
    return failures, debris, outage / HOURS_PER_YEAR


def orbit_side(v: Mapping) -> dict[str, np.ndarray]:
    """Costs (present value, $) by part, GPU-hours and the sizing, in the year evaluated.

    ``launch_price_usd_per_kg``, ``space_array_cost_usd_per_w`` and ``start_year`` are taken as
    they hold in the year evaluated (timeline.in_year). Besides the parts, it returns what the
    year paths need to move the cost exactly: ``usd_per_usd_per_kg`` (d total / d launch price),
    ``delay_capital_usd`` (d total / d carrying factor) and ``carrying_factor``.
    """
    size = orbit_sizing(v)
    rate = continuous_rate(v["discount_rate_pct"])
    years = v["horizon_years"]
    annuity = flow_factor(rate, years)
    gpus = gpu_count(v)
    price = v["launch_price_usd_per_kg"]
    counted = BOUNDARY_PARTS[v["boundary"]]

    it_hardware = gpus * v["it_capex_per_gpu_usd"] * (1 + v["space_chip_premium_pct"] / 100)
    spare_fraction = v["spare_gpu_pct"] / 100
    # Spares, and the burn-in of every GPU flown (zero without it: claim C1).
    flown = 1 + spare_fraction
    spares = it_hardware * spare_fraction + burn_in_cost(v, it_hardware * flown)
    array = size["array_kw_bol"] * 1000 * v["space_array_cost_usd_per_w"]
    tariffs = array * v["space_cells_imported_fraction"] * v["solar_tariff_pct"] / 100
    storage = size["battery_kwh"] * v["space_battery_usd_per_kwh"]
    radiators = size["radiator_mass_kg"] * v["build_usd_per_kg"]
    satellites = size["it_kw"] / v["satellite_it_kw"]
    structure = (
        size["bus_mass_kg"] * v["build_usd_per_kg"]
        + satellites * v["bus_musd_per_satellite"] * 1e6
        + size["shielding_mass_kg"] * v["shielding_usd_per_kg"]
    )
    terminals = satellites * v["comms_musd_per_satellite"] * 1e6
    comms = terminals + v["ground_segment_musd"] * 1e6
    launched_kg = {
        "launch_power_system": size["power_system_launch_kg"],
        "launch_payload": size["payload_launch_kg"],
        "propellant": size["propellant_mass_kg"],
    }
    launched_hardware = it_hardware + spares + array + tariffs + storage + radiators + structure
    insurance_pct = v["insurance_pct"] / 100
    parts = {
        "it_hardware": it_hardware,
        "spares": spares,
        "power_generation": array,
        "electrical_plant": 0.0,  # the array's price includes its power electronics
        "tariffs": tariffs,
        "storage": storage,
        "energy": 0.0,
        "carbon": 0.0,
        "cooling": radiators,
        "facility": structure,
        "comms": comms,
        **{part: kg * price for part, kg in launched_kg.items()},
        "operations": v["space_operations_pct_per_year"]
        / 100
        * (array + storage + radiators + structure + comms)
        * annuity,
        "nre": v["nre_busd"] * 1e9,
        "insurance": insurance_pct
        * (launched_hardware + terminals + sum(kg for kg in launched_kg.values()) * price),
    }

    # The build-out: the launcher family needs ``build_out`` years to lift the fleet from the
    # year evaluated; a spacecraft is paid for its lead time ahead and waits, on average, half
    # the campaign for its launch. GPUs bought when they can run are bought at launch.
    build_out = years_to_launch(v, v["start_year"], size["mass_kg"] / 1000)
    delay_years = v["spacecraft_lead_time_years"] + build_out / 2
    carrying = carrying_factor(v["discount_rate_pct"], delay_years)
    waits = _WAITING + (("it_hardware", "spares") if v["gpu_purchase"] == "up_front" else ())
    waiting = sum(parts[p] for p in PARTS if p in waits and p in counted)
    parts["delay"] = carrying * waiting

    failures, debris, outage = loss_rates(v)
    infant = infant_loss_in_orbit(v)
    capacity = capacity_present_value(failures, spare_fraction, rate + debris, years, infant)
    # Radiation's error handling, avoidance manoeuvres, and hours in which results cannot reach
    # the ground (spacedc-mdao's optical downlink weather) all cost throughput.
    throughput = (1 - v["radiation_derate_pct"] / 100) * (1 - outage) * v["downlink_availability"]
    installed = gpus * HOURS_PER_YEAR * annuity
    delivered = gpus * HOURS_PER_YEAR * capacity * throughput
    # The lost GPU-hours, priced at what the counted rest costs per GPU-hour installed: with the
    # part counted, cost / installed hours = the rest / delivered hours.
    rest = sum(parts[p] for p in PARTS if p in counted and p != "lost_gpu_hours")
    lost_share = installed / np.where(delivered > 0, delivered, np.nan) - 1
    parts["lost_gpu_hours"] = rest * lost_share
    scale = 1 + lost_share * ("lost_gpu_hours" in counted)

    launch_kg_counted = sum(kg for part, kg in launched_kg.items() if part in counted)
    all_launched_kg = sum(launched_kg.values())
    launch_kg_counted = launch_kg_counted + insurance_pct * all_launched_kg * (
        "insurance" in counted
    )
    parts = {p: parts[p] for p in PARTS}
    mean_capacity = capacity_present_value(failures, spare_fraction, debris, years, infant) / years
    return {
        **size,
        "parts": parts,
        "total_usd": sum(parts[p] for p in PARTS if p in counted),
        "usd_per_usd_per_kg": launch_kg_counted * scale,
        "delay_capital_usd": waiting * scale * ("delay" in counted),
        "carrying_factor": carrying,
        "gpu_hours": delivered,
        "gpu_hours_installed": installed,
        "gpus": gpus,
        "satellites": satellites,
        "mean_capacity": mean_capacity,
        "build_out_years": build_out,
        "delay_years": delay_years,
        "launches_per_year": launches_per_year(v, v["start_year"]),
        "gw_per_year_at_cadence": launch_mass_per_year(v, v["start_year"])
        * 1000
        * size["it_kw"]
        / size["mass_kg"]
        / 1e6,
        "launch_usd_per_kw_year": size["mass_kg"] * price / (size["it_kw"] * years),
    }
