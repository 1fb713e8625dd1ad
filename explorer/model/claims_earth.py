"""The headline, power and ground claims (H, P and G of shared/SEED-CLAIMS.md) checked against one
evaluated scenario (``claim_check`` says what a check is and how "input" is told)."""

from __future__ import annotations

import math

import numpy as np

from explorer.model.claim_check import (
    ClaimCheck,
    about,
    encodes,
    f,
    gw_per_year_after,
    meets,
    outcome,
    s,
    set_from_claim,
    stated,
)
from explorer.model.orbit_sizing import SOLAR_CONSTANT_W_PER_M2
from explorer.model.results import Results
from explorer.model.sweeps import cost_against_launch_price

GROUND_PEAK_IRRADIANCE_W_PER_M2 = 1000.0  # ANCHORS.md: the atmosphere takes about 30% (P2)
CLAIM_H1_LATEST_YEAR = 2029 + 1 / 12  # Feb 2029: 36 months after Feb 2026
ORDERS_OF_MAGNITUDE = 10.0  # H2: "by orders of magnitude", at least one order
P1_CLAIMED_RATIO = 5.0  # "about 5x as effective"
P4_CLAIMED_RATIO = 10.0  # "about 10x cheaper overall"
P6_CLAIMED_USD_PER_W = (0.25, 0.30)
SEVERAL_HUNDRED = 300.0  # P7, L4: "several" hundred is three hundred or more
P8_CLAIMED_GW_PER_YEAR = 100.0  # each company's aim
YEARS_AFTER_START = 5  # P8, L2, L4: "within 5 years"
G1_GPUS, G1_CLAIMED_MW = 110_000, 300.0
G2_GPUS, G2_CLAIMED_GW = 330_000, 1.0
G3_CLAIMED_FACTOR = 1.4  # "about +40%"
G4_CLAIMED_FACTORS = (1.2, 1.25)  # "+20-25%"
G5_SOLD_OUT_UNTIL = 2030.0

# Parameters the seed preset sets from the claim itself ([D] restatements of its number): an
# outcome whose check uses one of them at that value restates its input.
OWN_INPUTS: dict[str, dict[str, float | str]] = {
    "P1": {"sunlight_fraction": 1.0, "ground_solar_capacity_factor": 0.2},
    "P3": {"sunlight_fraction": 1.0, "worst_eclipse_min": 0.0},
    "G1": {"server_overhead_pct": 22.0},
    "G2": {"server_overhead_pct": 22.0},
}


def h1(r: Results) -> ClaimCheck:
    year = f(r, "crossover_year") if "crossover_year" in r else math.nan
    threshold = {"at_most": CLAIM_H1_LATEST_YEAR}
    return outcome("H1", meets(year, threshold), "crossover_year", threshold, crossover_year=year)


def h2(r: Results) -> ClaimCheck:
    floor = s(r, "launch_price_floor_usd_per_kg")
    curve = cost_against_launch_price(r, np.array([floor]))
    earth, space = float(curve["earth"][..., 0]), float(curve["space"][..., 0])
    ratio = earth / space if space > 0 else math.nan
    threshold = {"at_least": ORDERS_OF_MAGNITUDE}
    return outcome(
        "H2",
        meets(ratio, threshold),
        "earth_to_space_ratio",
        threshold,
        earth_to_space_ratio=ratio,
        launch_usd_per_kg=floor,
    )


def p1(r: Results) -> ClaimCheck:
    # Energy per rated watt of panel: rated at 1,000 W/m² (standard test conditions), a panel
    # in orbit sees 1,361 W/m² for the sunlit share of the time; on the ground, its capacity
    # factor.
    ratio = (
        SOLAR_CONSTANT_W_PER_M2
        / GROUND_PEAK_IRRADIANCE_W_PER_M2
        * s(r, "sunlight_fraction")
        / s(r, "ground_solar_capacity_factor")
    )
    threshold = {"at_least": P1_CLAIMED_RATIO}
    return outcome(
        "P1",
        meets(ratio, threshold),
        "space_to_ground_ratio",
        threshold,
        set_from_claim(r, OWN_INPUTS["P1"]),
        space_to_ground_ratio=ratio,
    )


def p2(r: Results) -> ClaimCheck:
    # The model takes the two irradiances as constants: it does not compute the atmosphere.
    loss = 1 - GROUND_PEAK_IRRADIANCE_W_PER_M2 / SOLAR_CONSTANT_W_PER_M2
    return stated("P2", "atmosphere_loss_fraction", {}, atmosphere_loss_fraction=loss)


def p3(r: Results) -> ClaimCheck:
    # Battery capacity the spacecraft carries, in hours of its full load ("no batteries": 0).
    power_kw = f(r, "space.power_kw")
    hours = f(r, "space.battery_kwh") / power_kw if power_kw > 0 else math.nan
    threshold = {"at_most": 0.0}
    return outcome(
        "P3",
        meets(hours, threshold),
        "battery_hours",
        threshold,
        set_from_claim(r, OWN_INPUTS["P3"]),
        battery_hours=hours,
        ground_storage_hours=s(r, "storage_hours"),
    )


def p4(r: Results) -> ClaimCheck:
    # $ per kWh over the horizon: ground solar panels and batteries against the space array,
    # its battery and their launch.
    years = s(r, "horizon_years")
    space_kw = f(r, "space.power_kw")
    space_usd = (
        f(r, "space.breakdown.power_generation")
        + f(r, "space.breakdown.tariffs")
        + f(r, "space.breakdown.storage")
        + (f(r, "space.array_mass_kg") + f(r, "space.battery_mass_kg"))
        * s(r, "launch_price_usd_per_kg")
    )
    space_per_kwh = space_usd / (space_kw * 8760 * years) if space_kw > 0 else math.nan
    module = s(r, "solar_module_price_usd_per_w") * (1 + s(r, "solar_tariff_pct") / 100)
    ground_per_kw = 1000 / s(r, "ground_solar_capacity_factor") * (
        module + s(r, "solar_bos_usd_per_w")
    ) + s(r, "storage_hours") * s(r, "battery_usd_per_kwh")
    ground_per_kwh = ground_per_kw / (8760 * years)
    ratio = ground_per_kwh / space_per_kwh if space_per_kwh > 0 else math.nan
    threshold = {"at_least": P4_CLAIMED_RATIO}
    return outcome(
        "P4",
        meets(ratio, threshold),
        "ground_to_space_ratio",
        threshold,
        ground_to_space_ratio=ratio,
        ground_usd_per_kwh=ground_per_kwh,
        space_usd_per_kwh=space_per_kwh,
    )


def p5(r: Results) -> ClaimCheck:
    tariff = s(r, "solar_tariff_pct") / 100
    space = s(r, "space_array_cost_usd_per_w") * (
        1 + tariff * s(r, "space_cells_imported_fraction")
    )
    ground = s(r, "solar_module_price_usd_per_w") * (1 + tariff)
    threshold = {"at_most": ground}
    return stated(
        "P5",
        "space_usd_per_w",
        threshold,
        encodes(meets(space, threshold), "space_array_cost_usd_per_w"),
        space_usd_per_w=space,
        ground_usd_per_w=ground,
    )


def p6(r: Results) -> ClaimCheck:
    price = s(r, "solar_module_price_usd_per_w")
    low, high = P6_CLAIMED_USD_PER_W
    threshold = {"at_least": low, "at_most": high}
    encoded = encodes(meets(price, threshold), "solar_module_price_usd_per_w")
    return stated("P6", "module_usd_per_w", threshold, encoded, module_usd_per_w=price)


def p7(r: Results) -> ClaimCheck:
    tariff = s(r, "solar_tariff_pct")
    threshold = {"at_least": SEVERAL_HUNDRED}
    encoded = encodes(meets(tariff, threshold), "solar_tariff_pct")
    return stated("P7", "tariff_pct", threshold, encoded, tariff_pct=tariff)


def p8(r: Results) -> ClaimCheck:
    # Array (beginning-of-life GW) a year the launch cadence would need five years on.
    it_kw = f(r, "space.it_kw")
    per_it = f(r, "space.array_kw_bol") / it_kw if it_kw > 0 else math.nan
    array_gw = per_it * gw_per_year_after(r, YEARS_AFTER_START)
    return stated(
        "P8", "array_gw_per_year", {"at_most": P8_CLAIMED_GW_PER_YEAR}, array_gw_per_year=array_gw
    )


def p9(r: Results) -> ClaimCheck:
    encoded = encodes(r.scenario["gpu_purchase"] == "up_front", "gpu_purchase")
    return stated(
        "P9", "time_to_power_years", {}, encoded, time_to_power_years=s(r, "time_to_power_years")
    )


def g1(r: Results) -> ClaimCheck:
    mw = G1_GPUS * f(r, "earth.kw_per_gpu_at_generator") / 1e3
    threshold = about(G1_CLAIMED_MW)
    own = set_from_claim(r, OWN_INPUTS["G1"])
    return outcome("G1", meets(mw, threshold), "generation_mw", threshold, own, generation_mw=mw)


def g2(r: Results) -> ClaimCheck:
    gw = G2_GPUS * f(r, "earth.kw_per_gpu_at_generator") / 1e6
    threshold = about(G2_CLAIMED_GW)
    own = set_from_claim(r, OWN_INPUTS["G2"])
    return outcome("G2", meets(gw, threshold), "generation_gw", threshold, own, generation_gw=gw)


def g3(r: Results) -> ClaimCheck:
    factor = s(r, "peak_cooling_factor")
    threshold = about(G3_CLAIMED_FACTOR)
    encoded = encodes(meets(factor, threshold), "peak_cooling_factor")
    return stated("G3", "peak_cooling_factor", threshold, encoded, peak_cooling_factor=factor)


def g4(r: Results) -> ClaimCheck:
    factor = s(r, "maintenance_reserve_factor")
    low, high = G4_CLAIMED_FACTORS
    threshold = {"at_least": low, "at_most": high}
    encoded = encodes(meets(factor, threshold), "maintenance_reserve_factor")
    return stated("G4", "maintenance_factor", threshold, encoded, maintenance_factor=factor)


def g5(r: Results) -> ClaimCheck:
    year = s(r, "ground_constraints_ease_year")
    threshold = {"at_least": G5_SOLD_OUT_UNTIL, "at_most": G5_SOLD_OUT_UNTIL}
    encoded = encodes(meets(year, threshold), "ground_constraints_ease_year")
    return stated(
        "G5",
        "ease_year",
        threshold,
        encoded,
        ease_year=year,
        turbine_premium_pct=s(r, "turbine_scarcity_premium_pct"),
        time_to_power_years=s(r, "time_to_power_years"),
    )


def g6(r: Results) -> ClaimCheck:
    # An anecdote (permits, a plant across a state line): the model has the wait for power.
    return stated("G6", "time_to_power_years", {}, time_to_power_years=s(r, "time_to_power_years"))
