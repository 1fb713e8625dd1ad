"""Orbital sizing (DESIGN.md 2.2): power, array, battery, radiator and the spacecraft's mass.

The array is sized for the load at end of life, at its operating temperature and after
distribution losses; the battery carries the full load through the longest eclipse at a depth of
discharge that lets it last; the radiator rejects all electric power by Stefan-Boltzmann. Mass is
built bottom-up from components plus a bus share plus the propellant for reboost, avoidance and
deorbit, or taken top-down from a system specific power, in which case the components are scaled
to fit and the implied areal densities are checked against the lightest the registry allows (or
as an analysis states it, computers included, every part scaled alike, and checked the same way).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.params import PARAMS_BY_KEY

SOLAR_CONSTANT_W_PER_M2 = 1361.0  # above the atmosphere (ANCHORS.md; some papers use 1366)
STEFAN_BOLTZMANN = 5.670374419e-8  # W/m2/K4 (CODATA)
ORBIT_PERIOD_H = 95.6 / 60  # a 550 km circular orbit: eclipses are (1 - sunlight) of this
CELL_RATING_TEMP_C = 28.0  # space cells are rated at AM0 and 28 °C [S]
STANDARD_GRAVITY = 9.80665  # m/s2, for the rocket equation

# The lightest array, radiator and shielding the registry allows: a top-down mass that implies
# less is flagged (MASS_WARNINGS).
MASS_CHECKS: tuple[tuple[str, str, str], ...] = (
    ("array", "implied_array_kg_per_m2", "array_areal_density_kg_per_m2"),
    ("radiator", "implied_radiator_kg_per_m2", "radiator_areal_density_kg_per_m2"),
    ("shielding", "implied_shielding_kg_per_kw", "shielding_kg_per_kw"),
)


def _fourth_power(x: np.ndarray) -> np.ndarray:
    # Two exactly rounded products, not ``x**4``: numpy's power rounds differently on arrays and
    # on single numbers, and a net flux near zero (emission barely above the absorbed load) would
    # turn that last-digit difference into a batch that no longer equals its points one by one.
    square = np.multiply(x, x)
    return square * square


def radiator_net_flux(v: Mapping) -> np.ndarray:
    """Net heat rejected per m2 of radiator panel (W/m2).

    sides x emissivity x sigma x (T_rad^4 - T_sink^4) - absorbed environmental load.
    """
    emitted = STEFAN_BOLTZMANN * (
        _fourth_power(v["radiator_temp_c"] + 273.15) - _fourth_power(v["sink_temp_k"])
    )
    return (
        v["radiator_sides"] * v["radiator_emissivity"] * emitted - v["radiator_absorbed_w_per_m2"]
    )


def degradation_factor(v: Mapping) -> np.ndarray:
    """Share of its first-day output the array is sized to keep (``array_sizing``).

    End of life: (1 - d)^H, so that it carries the load to the last day. Horizon average: the
    mean of (1 - d)^t over [0, H], ((1 - d)^H - 1) / (H ln(1 - d)), 1 without degradation
    (McCalip's calculator averages the start of each year instead, 1.3% higher at 2.5%/yr over
    five years).
    """
    keep = 1 - np.asarray(v["array_degradation_pct_per_year"], dtype=float) / 100
    years = np.asarray(v["horizon_years"], dtype=float)
    end_of_life = keep**years
    if v["array_sizing"] == "end_of_life":
        return end_of_life
    if v["array_sizing"] == "horizon_average":
        log_keep = np.log(np.where(keep > 0, keep, 1.0))
        decays = (log_keep < 0) & (years > 0)
        safe = np.where(decays, years * log_keep, 1.0)
        return np.where(decays, (end_of_life - 1) / safe, np.where(keep > 0, 1.0, 0.0))
    raise ValueError(f"unknown array sizing {v['array_sizing']!r}")


def array_yield(v: Mapping) -> np.ndarray:
    """Load power per watt of array rating over the life it is sized for (sunlight apart).

    degradation_factor x (1 - temperature coefficient x (T_cell - 28 °C)) x (1 - losses).
    """
    temperature = 1 - v["cell_temp_coefficient_pct_per_c"] / 100 * (
        v["array_operating_temp_c"] - CELL_RATING_TEMP_C
    )
    delivery = 1 - v["power_distribution_loss_pct"] / 100
    return degradation_factor(v) * temperature * delivery


def eclipse_hours(v: Mapping) -> np.ndarray:
    """Longest eclipse the battery must carry (h): the worst orbit, at least the average one."""
    average = (1 - np.asarray(v["sunlight_fraction"], dtype=float)) * ORBIT_PERIOD_H
    return np.maximum(np.asarray(v["worst_eclipse_min"], dtype=float) / 60, average)


def propellant_fraction(v: Mapping) -> np.ndarray:
    """Propellant per kg of dry mass for the horizon's Δv (rocket equation): e^(Δv/(g0 Isp)) - 1."""
    dv = v["reboost_dv_m_per_s_per_year"] * v["horizon_years"] + v["deorbit_dv_m_per_s"]
    return np.expm1(dv / (STANDARD_GRAVITY * v["thruster_isp_s"]))


def orbit_sizing(v: Mapping) -> dict[str, np.ndarray]:
    """Engineering quantities: power, array, battery, radiator and masses (SI units, kW, kWh)."""
    it_kw = v["capacity_gw"] * 1e6
    power_kw = it_kw * (1 + v["thermal_control_overhead_pct"] / 100)
    array_kw = power_kw / v["sunlight_fraction"] / array_yield(v)
    array_area = (
        array_kw
        * 1000
        / (SOLAR_CONSTANT_W_PER_M2 * v["solar_cell_efficiency"] * v["array_packing_factor"])
    )
    battery_kwh = power_kw * eclipse_hours(v) / v["battery_depth_of_discharge"]
    flux = radiator_net_flux(v)
    radiator_area = power_kw * 1000 / flux  # all electric power ends as heat
    it_mass = it_kw * v["mass_per_it_kg_per_kw"] * (1 + v["spare_gpu_pct"] / 100)

    # Bottom-up masses (kg) of everything but the IT hardware.
    masses = {
        "array": array_area * v["array_areal_density_kg_per_m2"],
        "battery": battery_kwh * 1000 / v["space_battery_wh_per_kg"],
        "radiator": radiator_area * v["radiator_areal_density_kg_per_m2"],
        "shielding": it_kw * v["shielding_kg_per_kw"],
    }
    carried = sum(masses.values()) + it_mass
    masses["bus"] = carried * v["bus_mass_pct"] / 100
    masses["propellant"] = (carried + masses["bus"]) * propellant_fraction(v)
    not_it = sum(masses.values())
    bottom_up = not_it + it_mass

    if v["mass_model"] == "bottom_up":
        total = bottom_up
    elif v["mass_model"] == "top_down":
        # The W/kg gives the whole spacecraft; spares ride on top. What is not IT hardware is split
        # in the bottom-up proportions, so the breakdown still shows radiators and array.
        spares = it_kw * v["mass_per_it_kg_per_kw"] * v["spare_gpu_pct"] / 100
        total = power_kw * 1000 / v["system_w_per_kg"] + spares
        scale = (total - it_mass) / not_it
        masses = {k: m * scale for k, m in masses.items()}
    elif v["mass_model"] == "stated":
        # An analysis's own mass taken whole, spares and computers inside it, even where the
        # computers alone would outweigh it (Starcloud's one launch): every part, the IT
        # hardware included, shrinks or grows in proportion; the mass check says what that
        # leaves each part.
        total = power_kw * 1000 / v["system_w_per_kg"]
        scale = total / bottom_up
        masses = {k: m * scale for k, m in masses.items()}
        it_mass = it_mass * scale
    else:
        raise ValueError(f"unknown mass model {v['mass_model']!r}")

    power_system = masses["array"] + masses["battery"] + masses["radiator"]
    payload = masses["shielding"] + it_mass
    # The bus carries its share of each: launched with the power system or with the payload.
    bus_on_power = masses["bus"] * power_system / (power_system + payload)
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
        "bus_mass_kg": masses["bus"],
        "propellant_mass_kg": masses["propellant"],
        "it_mass_kg": it_mass,
        "mass_kg": total,
        "bottom_up_mass_kg": bottom_up,
        "power_system_launch_kg": power_system + bus_on_power,
        "payload_launch_kg": payload + masses["bus"] - bus_on_power,
        "implied_array_kg_per_m2": masses["array"] / array_area,
        "implied_radiator_kg_per_m2": masses["radiator"] / radiator_area,
        "implied_shielding_kg_per_kw": masses["shielding"] / it_kw,
        "w_per_kg": power_kw * 1000 / total,
        "launches": total / (v["payload_t"] * 1000),
    }


def mass_warning_flags(v: Mapping, size: Mapping) -> np.ndarray:
    """One bit per MASS_CHECKS entry whose top-down implied figure is below the registry's lightest.

    Bottom-up, the implied figures are the inputs themselves: no warning.
    """
    flags = np.zeros((), dtype=np.int64)
    if v["mass_model"] == "bottom_up":
        return flags
    for bit, (_, implied, key) in enumerate(MASS_CHECKS):
        flags = flags | np.where(size[implied] < PARAMS_BY_KEY[key].minimum, 1 << bit, 0)
    return flags
