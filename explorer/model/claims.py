"""The interview's claims (shared/SEED-CLAIMS.md) checked against one evaluated scenario.

Each check gives the numbers the model computes for the claim under the current scenario and
whether the claim holds there. Claims that are inputs rather than outcomes (a price, a tariff) are
"context": the board shows the scenario's value beside the claim's. The claims' words and how
their numbers are written are the presentation's (``explorer.present.text.claims``); the
thresholds a verdict uses are the constants below, so that text can state them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from explorer.model.launch_path import launches_per_year
from explorer.model.orbit_sizing import ORBIT_PERIOD_H, SOLAR_CONSTANT_W_PER_M2, radiator_net_flux
from explorer.model.results import Results
from explorer.model.sweeps import cost_against_launch_price

Verdict = Literal["holds", "fails", "context"]

GROUND_PEAK_IRRADIANCE_W_PER_M2 = 1000.0  # ANCHORS.md: the atmosphere takes about 30% (P2)
CLAIM_H1_LATEST_YEAR = 2029 + 1 / 12  # Feb 2029: 36 months after Feb 2026
CHEAP_LAUNCH_USD_PER_KG = 20.0  # "once access to space is cheap" (H2): near Suncatcher's floor
# What each verdict asks for (the claim's words, read generously; SEED-CLAIMS.md).
H2_HOLDS_AT_RATIO = 10.0  # "orders of magnitude": Earth / space cost at least 10
P1_HOLDS_AT_RATIO = 4.0  # "about 5x"
P3_HOLDS_BELOW_SHARE = 0.1  # orbit needs under a tenth of the ground's storage hours
P4_HOLDS_AT_RATIO = 5.0  # "about 10x"
P8_HOLDS_WITHIN_GW_PER_YEAR = 100.0  # 100 GW a year of cells
G1_GPUS, G1_CLAIMED_MW = 110_000, 300.0
G2_GPUS, G2_CLAIMED_GW = 330_000, 1.0
GENERATION_TOLERANCE = 0.15  # G1 and G2 hold within 15%
L1_CLAIMED_LAUNCHES_PER_100_GW = 10_000.0
L1_TOLERANCE_FACTOR = 1.5
YEARS_AFTER_START = 5  # L2 and L4: "within 5 years"
L4_HOLDS_AT_GW_PER_YEAR = 200.0  # "several hundred GW"
L5_LAUNCHES_PER_YEAR = 30_000.0  # the top of L2's range
C1_HOLDS_AT_CAPACITY = 0.9
C4_HOTTER_FACTOR = 1.2  # 20% hotter, in kelvin
C4_HOLDS_AT_RATIO = 1.8  # "halve the radiator", read as at least 1.8x smaller


@dataclass(frozen=True)
class ClaimCheck:
    """One claim: the numbers the model computes for it (named with their units) and the
    verdict. A number that does not exist (no crossover, an infeasible side) is NaN."""

    claim_id: str
    verdict: Verdict
    values: Mapping[str, float]


def _verdict(condition: bool) -> Verdict:
    return "holds" if condition else "fails"


def _f(results: Results, name: str) -> float:
    return float(np.asarray(results[name]))


def _s(results: Results, key: str) -> float:
    return float(np.asarray(results.scenario[key]))


def _check(claim_id: str, verdict: Verdict, **values: float) -> ClaimCheck:
    return ClaimCheck(claim_id, verdict, {k: float(v) for k, v in values.items()})


def _h1(r: Results) -> ClaimCheck:
    year = _f(r, "crossover_year") if "crossover_year" in r else float("nan")
    holds = bool(np.isfinite(year) and year <= CLAIM_H1_LATEST_YEAR)
    return _check("H1", _verdict(holds), crossover_year=year)


def _h2(r: Results) -> ClaimCheck:
    curve = cost_against_launch_price(r, np.array([CHEAP_LAUNCH_USD_PER_KG]))
    earth, space = float(curve["earth"][..., 0]), float(curve["space"][..., 0])
    ratio = earth / space if space > 0 else float("nan")
    holds = bool(np.isfinite(ratio) and ratio >= H2_HOLDS_AT_RATIO)
    return _check("H2", _verdict(holds), earth_to_space_ratio=ratio)


def _p1(r: Results) -> ClaimCheck:
    ratio = (
        SOLAR_CONSTANT_W_PER_M2
        / GROUND_PEAK_IRRADIANCE_W_PER_M2
        * _s(r, "sunlight_fraction")
        / _s(r, "ground_solar_capacity_factor")
    )
    return _check("P1", _verdict(ratio >= P1_HOLDS_AT_RATIO), space_to_ground_ratio=ratio)


def _p2(r: Results) -> ClaimCheck:
    loss = 1 - GROUND_PEAK_IRRADIANCE_W_PER_M2 / SOLAR_CONSTANT_W_PER_M2
    return _check("P2", "context", atmosphere_loss_fraction=loss)


def _p3(r: Results) -> ClaimCheck:
    space_h = (1 - _s(r, "sunlight_fraction")) * ORBIT_PERIOD_H
    ground_h = _s(r, "storage_hours")
    holds = space_h < P3_HOLDS_BELOW_SHARE * ground_h
    return _check("P3", _verdict(holds), space_storage_h=space_h, ground_storage_h=ground_h)


def _p4(r: Results) -> ClaimCheck:
    years = _s(r, "horizon_years")
    space_kw = _f(r, "space.power_kw")
    space_usd = (
        r["space.breakdown.power_generation"]
        + r["space.breakdown.tariffs"]
        + r["space.breakdown.storage"]
        + (r["space.array_mass_kg"] + r["space.battery_mass_kg"]) * _s(r, "launch_price_usd_per_kg")
    )
    space_per_kwh = float(space_usd) / (space_kw * 8760 * years) if space_kw > 0 else np.nan
    module = _s(r, "solar_module_price_usd_per_w") * (1 + _s(r, "solar_tariff_pct") / 100)
    ground_per_kw = 1000 / _s(r, "ground_solar_capacity_factor") * (
        module + _s(r, "solar_bos_usd_per_w")
    ) + _s(r, "storage_hours") * _s(r, "battery_usd_per_kwh")
    ground_per_kwh = ground_per_kw / (8760 * years)
    ratio = ground_per_kwh / space_per_kwh if space_per_kwh > 0 else float("nan")
    return _check(
        "P4",
        _verdict(bool(np.isfinite(ratio) and ratio >= P4_HOLDS_AT_RATIO)),
        ground_to_space_ratio=ratio,
        ground_usd_per_kwh=ground_per_kwh,
        space_usd_per_kwh=space_per_kwh,
    )


def _p5(r: Results) -> ClaimCheck:
    tariff = _s(r, "solar_tariff_pct") / 100
    space = _s(r, "space_array_cost_usd_per_w") * (
        1 + tariff * _s(r, "space_cells_imported_fraction")
    )
    ground = _s(r, "solar_module_price_usd_per_w") * (1 + tariff)
    return _check("P5", _verdict(space <= ground), space_usd_per_w=space, ground_usd_per_w=ground)


def _p6(r: Results) -> ClaimCheck:
    return _check("P6", "context", module_usd_per_w=_s(r, "solar_module_price_usd_per_w"))


def _p7(r: Results) -> ClaimCheck:
    return _check("P7", "context", tariff_pct=_s(r, "solar_tariff_pct"))


def _p8(r: Results) -> ClaimCheck:
    it_kw = _f(r, "space.it_kw")
    array_gw = (
        _f(r, "space.array_kw_bol") / it_kw * _f(r, "space.gw_per_year_at_cadence")
        if it_kw > 0
        else float("nan")
    )
    holds = bool(array_gw <= P8_HOLDS_WITHIN_GW_PER_YEAR)
    return _check("P8", _verdict(holds), array_gw_per_year=array_gw)


def _p9(r: Results) -> ClaimCheck:
    return _check("P9", "context", time_to_power_years=_s(r, "time_to_power_years"))


def _generation_holds(value: float, claimed: float) -> bool:
    return abs(value / claimed - 1) <= GENERATION_TOLERANCE


def _g1(r: Results) -> ClaimCheck:
    mw = G1_GPUS * _f(r, "earth.kw_per_gpu_at_generator") / 1e3
    return _check("G1", _verdict(_generation_holds(mw, G1_CLAIMED_MW)), generation_mw=mw)


def _g2(r: Results) -> ClaimCheck:
    gw = G2_GPUS * _f(r, "earth.kw_per_gpu_at_generator") / 1e6
    return _check("G2", _verdict(_generation_holds(gw, G2_CLAIMED_GW)), generation_gw=gw)


def _g3(r: Results) -> ClaimCheck:
    return _check("G3", "context", peak_cooling_factor=_s(r, "peak_cooling_factor"))


def _g4(r: Results) -> ClaimCheck:
    return _check("G4", "context", maintenance_factor=_s(r, "maintenance_reserve_factor"))


def _l1(r: Results) -> ClaimCheck:
    capacity = _s(r, "capacity_gw")
    per_100gw = _f(r, "space.launches") * 100 / capacity if capacity > 0 else float("nan")
    claimed, factor = L1_CLAIMED_LAUNCHES_PER_100_GW, L1_TOLERANCE_FACTOR
    holds = bool(claimed / factor <= per_100gw <= claimed * factor)
    # A top-down mass lighter than its parts can be (issue 10): how much heavier the same
    # spacecraft is built from its parts, NaN when the top-down mass passes its checks.
    mass = _f(r, "space.mass_kg")
    heavier = (
        _f(r, "space.bottom_up_mass_kg") / mass if r.mass_warnings() and mass > 0 else math.nan
    )
    return _check(
        "L1", _verdict(holds), launches_per_100_gw=per_100gw, bottom_up_mass_ratio=heavier
    )


def _launches_in(r: Results, years_after: float) -> np.float64:
    # A numpy number, so that no launches at all divides to NaN rather than raising.
    return np.float64(launches_per_year(r.scenario, _s(r, "start_year") + years_after))


def _l2(r: Results) -> ClaimCheck:
    launches = _launches_in(r, YEARS_AFTER_START)
    return _check("L2", "context", launches_per_year=launches)


def _l4(r: Results) -> ClaimCheck:
    start = _f(r, "space.gw_per_year_at_cadence")
    gw = start * _launches_in(r, YEARS_AFTER_START) / _launches_in(r, 0)
    return _check("L4", _verdict(gw >= L4_HOLDS_AT_GW_PER_YEAR), gw_per_year=gw)


def _l5(r: Results) -> ClaimCheck:
    per_launch = _f(r, "space.gw_per_year_at_cadence") / _launches_in(r, 0)
    return _check("L5", "context", gw_per_year=per_launch * L5_LAUNCHES_PER_YEAR)


def _c1(r: Results) -> ClaimCheck:
    mean = _f(r, "space.mean_capacity")
    return _check("C1", _verdict(mean >= C1_HOLDS_AT_CAPACITY), mean_capacity_fraction=mean)


def _c3(r: Results) -> ClaimCheck:
    return _check(
        "C3",
        "context",
        derate_pct=_s(r, "radiation_derate_pct"),
        chip_premium_pct=_s(r, "space_chip_premium_pct"),
    )


def _c4(r: Results) -> ClaimCheck:
    values = dict(r.scenario)
    now = float(radiator_net_flux(values))
    kelvin = (values["radiator_temp_c"] + 273.15) * C4_HOTTER_FACTOR
    hotter = {**values, "radiator_temp_c": kelvin - 273.15}
    ratio = float(radiator_net_flux(hotter)) / now if now > 0 else float("nan")
    holds = bool(np.isfinite(ratio) and ratio >= C4_HOLDS_AT_RATIO)
    return _check("C4", _verdict(holds), area_ratio=ratio)


def _c5(r: Results) -> ClaimCheck:
    return _check("C5", "context", gpu_kw=_s(r, "gpu_power_kw"))


CHECKS: tuple[Callable[[Results], ClaimCheck], ...] = (
    _h1,
    _h2,
    _p1,
    _p2,
    _p3,
    _p4,
    _p5,
    _p6,
    _p7,
    _p8,
    _p9,
    _g1,
    _g2,
    _g3,
    _g4,
    _l1,
    _l2,
    _l4,
    _l5,
    _c1,
    _c3,
    _c4,
    _c5,
)


def check_claims(results: Results) -> list[ClaimCheck]:
    """Every claim the model can speak to, for one evaluated (single-point) scenario, in the
    board's order."""
    with np.errstate(all="ignore"):
        return [check(results) for check in CHECKS]


__all__ = ["CHECKS", "ClaimCheck", "check_claims"]
