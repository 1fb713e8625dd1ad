"""Ground cost terms (DESIGN.md 2.1), vectorised over numpy arrays.

Per GW of IT load, IT load = GPU power x (1 + server and network overhead). Generation is sized for
the hottest hour and a maintenance reserve (claims G1-G4); energy follows the average PUE.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.finance import carrying_factor, continuous_rate, flow_factor
from explorer.model.parts import BOUNDARY_PARTS, CAPITAL_PARTS, PARTS

HOURS_PER_YEAR = 8760.0


def gpu_count(v: Mapping) -> np.ndarray:
    """Number of GPUs in ``capacity_gw`` of IT load."""
    return v["capacity_gw"] * 1e6 / (v["gpu_power_kw"] * (1 + v["server_overhead_pct"] / 100))


def kw_per_gpu_at_generator(v: Mapping) -> np.ndarray:
    """All-in generation capacity per GPU (kW): IT x peak cooling x maintenance reserve."""
    it_kw_per_gpu = v["gpu_power_kw"] * (1 + v["server_overhead_pct"] / 100)
    return it_kw_per_gpu * v["peak_cooling_factor"] * v["maintenance_reserve_factor"]


def earth_side(v: Mapping) -> dict[str, np.ndarray]:
    """Costs (present value, $) by part, delivered GPU-hours and engineering quantities.

    Inputs are the scenario's values (numbers or broadcastable arrays; choices as strings), with
    ``time_to_power_years`` and ``turbine_scarcity_premium_pct`` as they hold in the year evaluated.
    """
    it_kw = v["capacity_gw"] * 1e6
    gpus = gpu_count(v)
    years = v["horizon_years"]
    annuity = flow_factor(continuous_rate(v["discount_rate_pct"]), years)
    facility_kw = it_kw * v["pue"]  # average draw at the meter
    generation_kw = it_kw * v["peak_cooling_factor"] * v["maintenance_reserve_factor"]
    cooling_share = (v["pue"] - 1) / v["pue"]
    zero = np.zeros_like(np.asarray(it_kw, dtype=float))

    source = v["power_source"]
    tariffs = storage = zero
    if source == "grid":
        # The grid carries the maintenance reserve; the link is sized for the hottest hour.
        generation = v["grid_interconnection_usd_per_kw"] * it_kw * v["peak_cooling_factor"]
        energy_per_year = facility_kw * HOURS_PER_YEAR * v["grid_price_usd_per_kwh"]
    elif source == "gas":
        turbine_usd_per_kw = v["gas_turbine_capex_usd_per_kw"] * (
            1 + v["turbine_scarcity_premium_pct"] / 100
        )
        generation = turbine_usd_per_kw * generation_kw
        fuel_mmbtu_per_year = facility_kw * HOURS_PER_YEAR * v["heat_rate_btu_per_kwh"] / 1e6
        energy_per_year = fuel_mmbtu_per_year * v["gas_price_usd_per_mmbtu"]
    elif source == "solar_storage":
        # Enough panels to make the average draw over the year, batteries for the night (P1, P3).
        panel_w = facility_kw * 1000 / v["ground_solar_capacity_factor"]
        modules = panel_w * v["solar_module_price_usd_per_w"]
        generation = modules + panel_w * v["solar_bos_usd_per_w"]
        tariffs = modules * v["solar_tariff_pct"] / 100
        storage = facility_kw * v["storage_hours"] * v["battery_usd_per_kwh"]
        energy_per_year = zero
    else:
        raise ValueError(f"unknown power source {source!r}")

    energy = energy_per_year * annuity
    facility = v["facility_capex_usd_per_w"] * it_kw * 1000
    it_hardware = gpus * v["it_capex_per_gpu_usd"]
    failures_per_year = v["gpu_annual_failure_rate_pct"] / 100
    parts = {
        "it_hardware": it_hardware,
        "spares": it_hardware * failures_per_year * v["ground_repair_cost_pct"] / 100 * annuity,
        "power_generation": generation,
        "tariffs": tariffs,
        "storage": storage,
        "energy": energy * (1 - cooling_share),
        "cooling": energy * cooling_share,
        "facility": facility,
        "launch_power_system": zero,
        "launch_payload": zero,
        "operations": v["operations_pct_per_year"]
        / 100
        * (facility + generation + tariffs + storage)
        * annuity,
        "nre_insurance": zero,
    }
    counted = BOUNDARY_PARTS[v["boundary"]]
    # Summed in PARTS order, never in set order: a set's order changes with the hash seed, and
    # so would the last digits of the sum.
    capital_waiting = sum(parts[p] for p in PARTS if p in CAPITAL_PARTS and p in counted)
    parts["delay"] = carrying_factor(v["discount_rate_pct"], v["time_to_power_years"]) * (
        capital_waiting
    )
    parts = {p: parts[p] for p in PARTS}

    return {
        "parts": parts,
        "total_usd": sum(parts[p] for p in PARTS if p in counted),
        "gpu_hours": gpus * HOURS_PER_YEAR * annuity,
        "gpus": gpus,
        "kw_per_gpu_at_generator": kw_per_gpu_at_generator(v),
        "generation_kw": generation_kw,
        "energy_mwh": facility_kw * HOURS_PER_YEAR * years / 1000,
        "it_kw": it_kw,
    }
