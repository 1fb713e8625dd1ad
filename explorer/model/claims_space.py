"""The launch and chip claims (L and C of shared/SEED-CLAIMS.md) checked against one evaluated
scenario (``claim_check`` says what a check is and how "input" is told)."""

from __future__ import annotations

import math

from explorer.model.burn_in import infant_loss_in_orbit
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
from explorer.model.finance import continuous_rate, flow_factor
from explorer.model.launch_path import launches_per_year
from explorer.model.orbit import capacity_present_value, loss_rates
from explorer.model.orbit_sizing import radiator_net_flux
from explorer.model.results import Results

L1_CLAIMED_LAUNCHES_PER_100_GW = 10_000.0
L2_CLAIMED_LAUNCHES_PER_YEAR = (10_000.0, 30_000.0)
L3_SHIPS, L3_TURNAROUND_H, L3_LAUNCHES_PER_YEAR = 30.0, 30.0, 10_000.0  # the top of "20-30"
L4_YEARS, L4_CLAIMED_GW_PER_YEAR = 5, 300.0  # "several hundred GW a year" within 5 years
L5_LAUNCHES_PER_YEAR, L5_CLAIMED_GW_PER_YEAR = 30_000.0, 1000.0
L6_CLAIMED_EXIT_KM_PER_S = 2.5
MOON_GM_M3_PER_S2 = 4.9048695e12  # JPL lunar gravitational parameter [S]
MOON_RADIUS_M = 1.7374e6  # mean radius [S]
EARTH_RADIUS_M = 6.371e6  # mean radius [S]
ASTRONOMICAL_UNIT_M = 1.495978707e11  # IAU 2012 [V]
L7_CLAIMED_ONE_IN = 2e9  # "one two-billionth"
HOURS_PER_YEAR = 8760.0
C1_HOLDS_AT_CAPACITY = 0.9  # "quite reliable": a tenth of the GPU-hours lost at most
C4_HOTTER_FACTOR = 1.2  # chips 20% hotter, in kelvin
C4_CLAIMED_AREA_RATIO = 2.0  # "halves radiator mass"
C5_CLAIMED_KW = 1.0
KELVIN = 273.15

OWN_INPUTS: dict[str, dict[str, float | str]] = {
    # L4 [D]: "several hundred GW a year within 5 years" needs the cadence to double yearly.
    "L4": {"launch_cadence_growth": 1.0},
}


def l1(r: Results) -> ClaimCheck:
    # Tested on the bottom-up mass: a top-down W/kg taken from L1 would restate the claim.
    capacity, payload_t = s(r, "capacity_gw"), s(r, "payload_t")
    per_100gw = 100 / capacity / (payload_t * 1000) if capacity > 0 and payload_t > 0 else math.nan
    launches = f(r, "space.bottom_up_mass_kg") * per_100gw
    mass = f(r, "space.mass_kg")
    # How much heavier the same spacecraft is built from its parts, NaN when a top-down mass
    # passes its checks (issue 10's warning).
    heavier = f(r, "space.bottom_up_mass_kg") / mass if r.mass_warnings() and mass > 0 else math.nan
    threshold = about(L1_CLAIMED_LAUNCHES_PER_100_GW)
    return outcome(
        "L1",
        meets(launches, threshold),
        "launches_per_100_gw",
        threshold,
        launches_per_100_gw=launches,
        scenario_launches_per_100_gw=mass * per_100gw,
        bottom_up_mass_ratio=heavier,
    )


def l2(r: Results) -> ClaimCheck:
    ceiling = s(r, "launch_cadence_ceiling_per_year")
    low, high = L2_CLAIMED_LAUNCHES_PER_YEAR
    threshold = {"at_least": low, "at_most": high}
    later = float(launches_per_year(r.scenario, s(r, "start_year") + L4_YEARS))
    return stated(
        "L2",
        "ceiling_per_year",
        threshold,
        encodes(meets(ceiling, threshold), "launch_cadence_ceiling_per_year"),
        ceiling_per_year=ceiling,
        launches_per_year_after_5=later,
    )


def l3(r: Results) -> ClaimCheck:
    # The claim's own arithmetic: 30 ships, each flying every 30 hours, against 10,000 a year.
    fleet = L3_SHIPS * HOURS_PER_YEAR / L3_TURNAROUND_H
    threshold = {"at_least": L3_LAUNCHES_PER_YEAR}
    return outcome(
        "L3",
        meets(fleet, threshold),
        "fleet_launches_per_year",
        threshold,
        fleet_launches_per_year=fleet,
        ships_needed=L3_LAUNCHES_PER_YEAR * L3_TURNAROUND_H / HOURS_PER_YEAR,
        ships_for_ceiling=s(r, "launch_cadence_ceiling_per_year")
        * L3_TURNAROUND_H
        / HOURS_PER_YEAR,
    )


def l4(r: Results) -> ClaimCheck:
    gw = gw_per_year_after(r, L4_YEARS)
    threshold = {"at_least": L4_CLAIMED_GW_PER_YEAR}
    own = set_from_claim(r, OWN_INPUTS["L4"])
    return outcome("L4", meets(gw, threshold), "gw_per_year", threshold, own, gw_per_year=gw)


def l5(r: Results) -> ClaimCheck:
    now = float(launches_per_year(r.scenario, s(r, "start_year")))
    per_launch = f(r, "space.gw_per_year_at_cadence") / now if now > 0 else math.nan
    return stated(
        "L5",
        "gw_per_year",
        {"at_most": L5_CLAIMED_GW_PER_YEAR},
        gw_per_year=per_launch * L5_LAUNCHES_PER_YEAR,
    )


def l6(r: Results) -> ClaimCheck:
    # Far beyond the model; it can say that 2.5 km/s leaves the Moon (escape speed).
    escape = math.sqrt(2 * MOON_GM_M3_PER_S2 / MOON_RADIUS_M) / 1000
    return stated(
        "L6",
        "moon_escape_km_per_s",
        {},
        moon_escape_km_per_s=escape,
        claimed_exit_km_per_s=L6_CLAIMED_EXIT_KM_PER_S,
    )


def l7(r: Results) -> ClaimCheck:
    # Earth's disc, pi R², over the sphere at 1 AU, 4 pi AU²: one part in 4 AU² / R².
    one_in = 4 * ASTRONOMICAL_UNIT_M**2 / EARTH_RADIUS_M**2
    threshold = about(L7_CLAIMED_ONE_IN)
    return outcome("L7", meets(one_in, threshold), "one_in", threshold, one_in=one_in)


def _failure_capacity(r: Results, rate: float, initial_loss: float) -> float:
    """Present value (yr) of the GPUs working under failures alone (no debris), spares counted."""
    failures, _, _ = loss_rates(r.scenario)
    return float(
        capacity_present_value(
            failures,
            s(r, "spare_gpu_pct") / 100,
            rate,
            s(r, "horizon_years"),
            initial_loss,
        )
    )


def c1(r: Results) -> ClaimCheck:
    years = s(r, "horizon_years")
    with_burn_in = _failure_capacity(r, 0.0, 0.0) / years
    without = _failure_capacity(r, 0.0, s(r, "gpu_infant_failure_pct") / 100) / years
    scenario = with_burn_in if float(infant_loss_in_orbit(r.scenario)) == 0 else without
    threshold = {"at_least": C1_HOLDS_AT_CAPACITY}
    return outcome(
        "C1",
        meets(scenario, threshold),
        "mean_capacity_fraction",
        threshold,
        mean_capacity_fraction=scenario,
        with_burn_in=with_burn_in,
        without_burn_in=without,
    )


def c2(r: Results) -> ClaimCheck:
    # What no repair costs orbit a GPU-hour (spares, and the GPU-hours failures take, priced at
    # what the rest costs) against what repairs cost the ground.
    rate = float(continuous_rate(s(r, "discount_rate_pct")))
    installed = float(flow_factor(rate, s(r, "horizon_years")))
    working = _failure_capacity(r, rate, float(infant_loss_in_orbit(r.scenario)))
    lost_share = installed / working - 1 if working > 0 else math.nan
    rest = f(r, "space.usd_per_gpu_hour") - f(r, "space.breakdown_per_gpu_hour.lost_gpu_hours")
    no_repair = f(r, "space.breakdown_per_gpu_hour.spares") + rest * lost_share
    ground = f(r, "earth.breakdown_per_gpu_hour.spares")
    threshold = {"at_most": ground}
    if not f(r, "feasible"):
        no_repair = math.nan
    return outcome(
        "C2",
        meets(no_repair, threshold),
        "orbit_usd_per_gpu_hour",
        threshold,
        orbit_usd_per_gpu_hour=no_repair,
        ground_usd_per_gpu_hour=ground,
        lost_share=lost_share,
    )


def c3(r: Results) -> ClaimCheck:
    return stated(
        "C3",
        "derate_pct",
        {},
        derate_pct=s(r, "radiation_derate_pct"),
        chip_premium_pct=s(r, "space_chip_premium_pct"),
    )


def c4(r: Results) -> ClaimCheck:
    # Chips 20% hotter in kelvin with the same drop to the radiator: the radiator shrinks by
    # Stefan-Boltzmann, but only a chip within its limit can run there.
    values = dict(r.scenario)
    drop, limit = s(r, "chip_to_radiator_drop_c"), s(r, "chip_max_temp_c")
    chip_now = s(r, "radiator_temp_c") + drop
    hotter = (chip_now + KELVIN) * C4_HOTTER_FACTOR - KELVIN
    now = float(radiator_net_flux(values))

    def area_ratio(chip_c: float) -> float:
        flux = float(radiator_net_flux({**values, "radiator_temp_c": chip_c - drop}))
        return flux / now if now > 0 else math.nan

    within_limit = area_ratio(limit) if chip_now <= limit else math.nan
    ratio = area_ratio(hotter)
    threshold = {"at_least": C4_CLAIMED_AREA_RATIO, "chip_at_most_c": limit}
    holds = meets(ratio, threshold) and hotter <= limit
    return outcome(
        "C4",
        holds,
        "area_ratio",
        threshold,
        area_ratio=ratio,
        chip_now_c=chip_now,
        hotter_chip_c=hotter,
        chip_limit_c=limit,
        area_ratio_at_limit=within_limit,
    )


def c5(r: Results) -> ClaimCheck:
    gpu_kw = s(r, "gpu_power_kw")
    threshold = about(C5_CLAIMED_KW)
    per_gpu_kw = gpu_kw * (1 + s(r, "server_overhead_pct") / 100)
    return stated(
        "C5",
        "gpu_kw",
        threshold,
        encodes(meets(gpu_kw, threshold), "gpu_power_kw"),
        gpu_kw=gpu_kw,
        million_gpus_per_100_gw=100e6 / per_gpu_kw / 1e6,
    )


def c6(r: Results) -> ClaimCheck:
    # Fabs and memory supply: not in the model.
    return stated("C6", "", {})
