"""Orbital sizing and cost terms (DESIGN.md 2.2), vectorised over numpy arrays.

Array sized for end of life, battery for eclipse, radiator from Stefan-Boltzmann, mass bottom-up
from components or top-down from a system specific power, launch at a price per kg. GPUs are not
repaired in orbit: spares are flown cold and switched in as boards fail.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.earth import HOURS_PER_YEAR, gpu_count
from explorer.model.finance import continuous_rate, flow_factor
from explorer.model.launch_path import launch_mass_per_year, launches_per_year
from explorer.model.parts import BOUNDARY_PARTS, PARTS

SOLAR_CONSTANT_W_PER_M2 = 1361.0  # above the atmosphere (ANCHORS.md; some papers use 1366)
STEFAN_BOLTZMANN = 5.670374419e-8  # W/m2/K4 (CODATA)
ORBIT_PERIOD_H = 95.6 / 60  # a 550 km circular orbit: eclipses are (1 - sunlight) of this


def radiator_net_flux(v: Mapping) -> np.ndarray:
    """Net heat rejected per m2 of radiator panel (W/m2).

    sides x emissivity x sigma x (T_rad^4 - T_sink^4) - absorbed environmental load.
    """
    t_rad = v["radiator_temp_c"] + 273.15
    emitted = STEFAN_BOLTZMANN * (t_rad**4 - v["sink_temp_k"] ** 4)
    return (
        v["radiator_sides"] * v["radiator_emissivity"] * emitted - v["radiator_absorbed_w_per_m2"]
    )


def capacity_present_value(
    failure_rate: np.ndarray, spare_fraction: np.ndarray, rate: np.ndarray, years: np.ndarray
) -> np.ndarray:
    """Integral over [0, years] of min(1, (1 + s) e^(-lambda t)) e^(-rate t) dt, in years.

    Delivered capacity with no repair: cold spares keep it at 1 until t1 = ln(1 + s) / lambda,
    then it decays. With rate = 0, divided by ``years``, it is the mean delivered capacity.
    """
    lam = np.asarray(failure_rate, dtype=float)
    spare = np.asarray(spare_fraction, dtype=float)
    years = np.asarray(years, dtype=float)
    t1 = np.where(lam > 0, np.log1p(spare) / np.where(lam > 0, lam, 1.0), np.inf)
    t1 = np.minimum(t1, years)
    decaying = (1 + spare) * np.exp(-(lam + rate) * t1) * flow_factor(lam + rate, years - t1)
    return flow_factor(rate, t1) + decaying


def orbit_sizing(v: Mapping) -> dict[str, np.ndarray]:
    """Engineering quantities: power, array, battery, radiator and masses (SI units, kW, kWh)."""
    it_kw = v["capacity_gw"] * 1e6
    power_kw = it_kw * (1 + v["thermal_control_overhead_pct"] / 100)
    end_of_life = (1 - v["array_degradation_pct_per_year"] / 100) ** v["horizon_years"]
    array_kw = power_kw / v["sunlight_fraction"] / end_of_life
    array_area = (
        array_kw
        * 1000
        / (SOLAR_CONSTANT_W_PER_M2 * v["solar_cell_efficiency"] * v["array_packing_factor"])
    )
    battery_kwh = power_kw * (1 - v["sunlight_fraction"]) * ORBIT_PERIOD_H
    flux = radiator_net_flux(v)
    radiator_area = power_kw * 1000 / flux  # all electric power ends as heat
    spare = v["spare_gpu_pct"] / 100
    masses = {
        "array": array_area * v["array_areal_density_kg_per_m2"],
        "battery": battery_kwh * 1000 / v["space_battery_wh_per_kg"],
        "radiator": radiator_area * v["radiator_areal_density_kg_per_m2"],
        "shielding": it_kw * v["shielding_kg_per_kw"],
    }
    it_mass = it_kw * v["mass_per_it_kg_per_kw"] * (1 + spare)
    bus = v["bus_mass_pct"] / 100
    if v["mass_model"] == "bottom_up":
        masses = {k: m * (1 + bus) for k, m in masses.items()}
        total = sum(masses.values()) + it_mass * (1 + bus)
        it_mass_launched = it_mass * (1 + bus)
    elif v["mass_model"] == "top_down":
        # The W/kg gives the whole spacecraft; spares ride on top. What is not IT hardware is split
        # in the bottom-up proportions, so the breakdown still shows radiators and array.
        total = power_kw * 1000 / v["system_w_per_kg"] + it_kw * v["mass_per_it_kg_per_kw"] * spare
        rest = total - it_mass
        scale = rest / sum(masses.values())
        masses = {k: m * scale for k, m in masses.items()}
        it_mass_launched = it_mass
    else:
        raise ValueError(f"unknown mass model {v['mass_model']!r}")
    return {
        "it_kw": it_kw,
        "power_kw": power_kw,
        "array_kw_bol": array_kw,
        "array_area_m2": array_area,
        "battery_kwh": battery_kwh,
        "radiator_net_flux_w_per_m2": flux,
        "radiator_area_m2": radiator_area,
        "array_mass_kg": masses["array"],
        "battery_mass_kg": masses["battery"],
        "radiator_mass_kg": masses["radiator"],
        "shielding_mass_kg": masses["shielding"],
        "it_mass_kg": it_mass_launched,
        "mass_kg": total,
        "power_system_mass_kg": masses["array"] + masses["battery"] + masses["radiator"],
        "w_per_kg": power_kw * 1000 / total,
        "launches": total / (v["payload_t"] * 1000),
        "launches_per_year": launches_per_year(v, v["start_year"]),
        "gw_per_year_at_cadence": launch_mass_per_year(v, v["start_year"])
        * 1000
        * it_kw
        / total
        / 1e6,
    }


def orbit_side(v: Mapping) -> dict[str, np.ndarray]:
    """Costs (present value, $) by part, delivered GPU-hours and the sizing, for one launch price.

    ``launch_price_usd_per_kg`` and ``space_array_cost_usd_per_w`` are taken as they hold in the
    year evaluated.
    """
    size = orbit_sizing(v)
    rate = continuous_rate(v["discount_rate_pct"])
    years = v["horizon_years"]
    annuity = flow_factor(rate, years)
    gpus = gpu_count(v)
    price = v["launch_price_usd_per_kg"]

    it_hardware = gpus * v["it_capex_per_gpu_usd"] * (1 + v["space_chip_premium_pct"] / 100)
    array = size["array_kw_bol"] * 1000 * v["space_array_cost_usd_per_w"]
    tariffs = array * v["space_cells_imported_fraction"] * v["solar_tariff_pct"] / 100
    storage = size["battery_kwh"] * v["space_battery_usd_per_kwh"]
    radiators = size["radiator_mass_kg"] * v["build_usd_per_kg"]
    bus = size["shielding_mass_kg"] * v["build_usd_per_kg"]
    launch_power = size["power_system_mass_kg"] * price
    launch_payload = (size["mass_kg"] - size["power_system_mass_kg"]) * price
    hardware = it_hardware * (1 + v["spare_gpu_pct"] / 100) + array + storage + radiators + bus
    parts = {
        "it_hardware": it_hardware,
        "spares": it_hardware * v["spare_gpu_pct"] / 100,
        "power_generation": array,
        "tariffs": tariffs,
        "storage": storage,
        "energy": 0.0,
        "cooling": radiators,
        "facility": bus,
        "launch_power_system": launch_power,
        "launch_payload": launch_payload,
        "operations": v["operations_pct_per_year"]
        / 100
        * (array + storage + radiators + bus)
        * annuity,
        "nre_insurance": v["nre_busd"] * 1e9
        + v["insurance_pct"] / 100 * (hardware + tariffs + launch_power + launch_payload),
        "delay": 0.0,
    }
    parts = {p: parts[p] for p in PARTS}
    counted = BOUNDARY_PARTS[v["boundary"]]

    # Launch enters linearly: total = fixed + launch_kg_counted x price (for the breakeven price).
    launch_kg_counted = (
        size["power_system_mass_kg"] * ("launch_power_system" in counted)
        + (size["mass_kg"] - size["power_system_mass_kg"]) * ("launch_payload" in counted)
        + size["mass_kg"] * v["insurance_pct"] / 100 * ("nre_insurance" in counted)
    )
    capacity = capacity_present_value(
        v["gpu_annual_failure_rate_pct"] / 100, v["spare_gpu_pct"] / 100, rate, years
    )
    throughput = 1 - v["radiation_derate_pct"] / 100
    mean_capacity = (
        capacity_present_value(
            v["gpu_annual_failure_rate_pct"] / 100, v["spare_gpu_pct"] / 100, 0.0, years
        )
        / years
    )
    return {
        **size,
        "parts": parts,
        "total_usd": sum(parts[p] for p in PARTS if p in counted),
        "launch_kg_counted": launch_kg_counted,
        "gpu_hours": gpus * HOURS_PER_YEAR * capacity * throughput,
        "gpus": gpus,
        "mean_capacity": mean_capacity,
        "launch_usd_per_kw_year": size["mass_kg"] * price / (size["it_kw"] * years),
    }
