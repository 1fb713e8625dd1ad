"""Ground cost terms (DESIGN.md 2.1 and 2.3.1), vectorised over numpy arrays.

Per GW of IT load, IT load = GPU power x (1 + server and network overhead). Generation is sized for
the hottest hour and a maintenance reserve (claims G1-G4); energy follows the average PUE. Each
asset is paid for over its own life (facility, generation and grid link, solar farm, batteries)
and the horizon carries its share; GPUs serve the horizon. Money that waits for power costs its
carrying charge: the built site always, the GPUs only when bought up front (claim P9).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.finance import carrying_factor, continuous_rate, flow_factor, life_share
from explorer.model.parts import BOUNDARY_PARTS, PARTS

HOURS_PER_YEAR = 8760.0
GAS_KG_CO2_PER_MMBTU = 53.06  # natural gas combustion (EPA emission factors) [S]


def gpu_count(v: Mapping) -> np.ndarray:
    """Number of GPUs in ``capacity_gw`` of IT load."""
    return v["capacity_gw"] * 1e6 / (v["gpu_power_kw"] * (1 + v["server_overhead_pct"] / 100))


def kw_per_gpu_at_generator(v: Mapping) -> np.ndarray:
    """All-in generation capacity per GPU (kW): IT x peak cooling x maintenance reserve."""
    it_kw_per_gpu = v["gpu_power_kw"] * (1 + v["server_overhead_pct"] / 100)
    return it_kw_per_gpu * v["peak_cooling_factor"] * v["maintenance_reserve_factor"]


def _power_plant(v: Mapping, it_kw: np.ndarray, facility_kw: np.ndarray, share) -> dict:
    """Generation (its share of a life), tariffs, storage, energy and CO2 a year, by source.

    ``share(life_key)`` is the horizon's share of an asset lasting that registry key's years.
    """
    source = v["power_source"]
    zero = np.zeros_like(np.asarray(it_kw, dtype=float))
    if source == "grid":
        # The grid carries the maintenance reserve; the link is sized for the hottest hour.
        capex = v["grid_interconnection_usd_per_kw"] * it_kw * v["peak_cooling_factor"]
        kwh = facility_kw * HOURS_PER_YEAR
        return {
            "capex": capex,
            "power_generation": capex * share("generation_life_years"),
            "tariffs": zero,
            "storage": zero,
            "energy_per_year": kwh * v["grid_price_usd_per_kwh"],
            "co2_t_per_year": kwh * v["grid_carbon_kg_per_kwh"] / 1000,
        }
    if source == "gas":
        generation_kw = it_kw * v["peak_cooling_factor"] * v["maintenance_reserve_factor"]
        turbine_usd_per_kw = v["gas_turbine_capex_usd_per_kw"] * (
            1 + v["turbine_scarcity_premium_pct"] / 100
        )
        capex = turbine_usd_per_kw * generation_kw
        fuel_mmbtu = facility_kw * HOURS_PER_YEAR * v["heat_rate_btu_per_kwh"] / 1e6
        return {
            "capex": capex,
            "power_generation": capex * share("generation_life_years"),
            "tariffs": zero,
            "storage": zero,
            "energy_per_year": fuel_mmbtu * v["gas_price_usd_per_mmbtu"],
            "co2_t_per_year": fuel_mmbtu * GAS_KG_CO2_PER_MMBTU / 1000,
        }
    if source == "solar_storage":
        # Enough panels to make the average draw over the year, batteries for the night (P1, P3).
        panel_w = facility_kw * 1000 / v["ground_solar_capacity_factor"]
        modules = panel_w * v["solar_module_price_usd_per_w"]
        panels = modules + panel_w * v["solar_bos_usd_per_w"]
        tariffs = modules * v["solar_tariff_pct"] / 100
        batteries = facility_kw * v["storage_hours"] * v["battery_usd_per_kwh"]
        return {
            "capex": panels + tariffs + batteries,
            "power_generation": panels * share("ground_pv_life_years"),
            "tariffs": tariffs * share("ground_pv_life_years"),
            "storage": batteries * share("ground_battery_life_years"),
            "energy_per_year": zero,
            "co2_t_per_year": zero,
        }
    raise ValueError(f"unknown power source {source!r}")


def earth_side(v: Mapping) -> dict[str, np.ndarray]:
    """Costs (present value, $) by part, GPU-hours and engineering quantities.

    Inputs are the scenario's values (numbers or broadcastable arrays; choices as strings), with
    ``time_to_power_years`` and ``turbine_scarcity_premium_pct`` as they hold in the year evaluated.
    GPU failures on the ground are repaired, so the GPU-hours delivered are the GPU-hours installed.
    """
    it_kw = v["capacity_gw"] * 1e6
    gpus = gpu_count(v)
    years = v["horizon_years"]
    rate = continuous_rate(v["discount_rate_pct"])
    annuity = flow_factor(rate, years)

    def share(life_key: str) -> np.ndarray:
        return life_share(rate, years, v[life_key])

    facility_kw = it_kw * v["pue"]  # average draw at the meter
    plant = _power_plant(v, it_kw, facility_kw, share)
    # Backup generation bought apart from the facility (Starcloud's $20M; zero where the
    # facility's electrical plant already holds the UPS and gensets, as McCalip's does).
    backup = v["backup_generation_usd_per_kw"] * it_kw
    energy = plant["energy_per_year"] * annuity

    # The facility in McCalip's split (ANCHORS): cooling plant, electrical plant, and the rest.
    facility_capex = v["facility_capex_usd_per_w"] * it_kw * 1000
    facility_share = share("facility_life_years")
    cooling_pct, electrical_pct = (
        v["facility_cooling_share_pct"],
        v["facility_electrical_share_pct"],
    )
    cooling_plant = facility_capex * cooling_pct / 100 * facility_share
    electrical_plant = facility_capex * electrical_pct / 100 * facility_share
    shell = facility_capex * (100 - cooling_pct - electrical_pct) / 100 * facility_share

    it_hardware = gpus * v["it_capex_per_gpu_usd"]
    failures_per_year = (
        v["gpu_annual_failure_rate_pct"] + v["other_failure_rate_pct_per_year"]
    ) / 100
    zero = np.zeros_like(np.asarray(it_kw, dtype=float))
    parts = {
        "it_hardware": it_hardware,
        "spares": it_hardware * failures_per_year * v["ground_repair_cost_pct"] / 100 * annuity,
        "power_generation": plant["power_generation"] + backup * share("generation_life_years"),
        "electrical_plant": electrical_plant,
        "tariffs": plant["tariffs"],
        "storage": plant["storage"],
        # All the energy at the meter, the cooling's share (PUE - 1) included: "cooling" is
        # the plant, as orbit's "cooling" is the radiators, so that a boundary can count the
        # energy without the plant (Suncatcher's price x 8760 x PUE).
        "energy": energy,
        "carbon": plant["co2_t_per_year"] * v["carbon_price_usd_per_t"] * annuity,
        "cooling": cooling_plant,
        "facility": shell,
        "comms": zero,
        "launch_power_system": zero,
        "launch_payload": zero,
        "propellant": zero,
        "operations": v["ground_operations_pct_per_year"]
        / 100
        * (facility_capex + plant["capex"] + backup)
        * annuity,
        "nre": zero,
        "insurance": zero,
        "lost_gpu_hours": zero,
    }
    counted = BOUNDARY_PARTS[v["boundary"]]
    # What waits for power: the built site (each plant only where the boundary counts it), and
    # the GPUs when they were bought up front (claim P9). Charged at the horizon's share.
    waiting = (
        shell * ("facility" in counted)
        + electrical_plant * ("electrical_plant" in counted)
        + cooling_plant * ("cooling" in counted)
        + it_hardware * (v["gpu_purchase"] == "up_front") * ("it_hardware" in counted)
    )
    carrying = carrying_factor(v["discount_rate_pct"], v["time_to_power_years"])
    parts["delay"] = carrying * waiting
    parts = {p: parts[p] for p in PARTS}
    gpu_hours = gpus * HOURS_PER_YEAR * annuity
    return {
        "parts": parts,
        # Summed in PARTS order, never in set order: a set's order changes with the hash seed,
        # and so would the last digits of the sum.
        "total_usd": sum(parts[p] for p in PARTS if p in counted),
        "gpu_hours": gpu_hours,
        "gpu_hours_installed": gpu_hours,
        "gpus": gpus,
        "kw_per_gpu_at_generator": kw_per_gpu_at_generator(v),
        "generation_kw": it_kw * v["peak_cooling_factor"] * v["maintenance_reserve_factor"],
        "energy_mwh": facility_kw * HOURS_PER_YEAR * years / 1000,
        "co2_t": plant["co2_t_per_year"] * years,
        "it_kw": it_kw,
        "delay_years": np.asarray(v["time_to_power_years"], dtype=float) + zero,
    }
