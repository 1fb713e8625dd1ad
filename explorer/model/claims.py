"""The interview's claims (shared/SEED-CLAIMS.md) checked against one evaluated scenario.

Each check says what the model computes for the claim under the current scenario and whether the
claim holds there. Claims that are inputs rather than outcomes (a price, a tariff) are "context":
the board shows the scenario's value beside the claim's.
"""

from __future__ import annotations

from collections.abc import Callable
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


@dataclass(frozen=True)
class ClaimCheck:
    """One claim, what the model computes for it, the value now and the verdict."""

    claim_id: str
    claim: str
    measure: str
    value: str
    verdict: Verdict


def _verdict(condition: bool) -> Verdict:
    return "holds" if condition else "fails"


def _f(results: Results, name: str) -> float:
    return float(np.asarray(results[name]))


def _s(results: Results, key: str) -> float:
    return float(np.asarray(results.scenario[key]))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _year(value: float) -> str:
    if not np.isfinite(value):
        return "none by 2050"
    return f"{int(value)} {_MONTHS[int((value % 1) * 12)]}"


def _h1(r: Results) -> ClaimCheck:
    year = _f(r, "crossover_year") if "crossover_year" in r else float("nan")
    return ClaimCheck(
        "H1",
        "Space is the cheapest place for AI within 36 months (by Feb 2029)",
        "crossover year of the cost paths",
        _year(year),
        _verdict(bool(np.isfinite(year) and year <= CLAIM_H1_LATEST_YEAR)),
    )


def _h2(r: Results) -> ClaimCheck:
    curve = cost_against_launch_price(r, np.array([CHEAP_LAUNCH_USD_PER_KG]))
    earth, space = float(curve["earth"][..., 0]), float(curve["space"][..., 0])
    ratio = earth / space if space > 0 else float("nan")
    return ClaimCheck(
        "H2",
        "With cheap launch, space is cheaper by orders of magnitude",
        f"Earth / space cost at ${CHEAP_LAUNCH_USD_PER_KG:g}/kg (holds at 10x or more)",
        f"{ratio:.2f}x" if np.isfinite(ratio) else "infeasible",
        _verdict(bool(np.isfinite(ratio) and ratio >= 10)),
    )


def _p1(r: Results) -> ClaimCheck:
    ratio = (
        SOLAR_CONSTANT_W_PER_M2
        / GROUND_PEAK_IRRADIANCE_W_PER_M2
        * _s(r, "sunlight_fraction")
        / _s(r, "ground_solar_capacity_factor")
    )
    return ClaimCheck(
        "P1",
        "A solar panel in space yields about 5x what it yields on the ground",
        "energy per rated watt, space / ground (holds at 4x or more)",
        f"{ratio:.1f}x",
        _verdict(ratio >= 4),
    )


def _p2(r: Results) -> ClaimCheck:
    loss = 1 - GROUND_PEAK_IRRADIANCE_W_PER_M2 / SOLAR_CONSTANT_W_PER_M2
    return ClaimCheck(
        "P2",
        "The atmosphere costs about 30% of the sunlight",
        "1 - 1000 / 1361 W/m² at peak",
        f"{loss:.0%}",
        "context",
    )


def _p3(r: Results) -> ClaimCheck:
    space_h = (1 - _s(r, "sunlight_fraction")) * ORBIT_PERIOD_H
    ground_h = _s(r, "storage_hours")
    return ClaimCheck(
        "P3",
        "No batteries are needed in space",
        "hours of storage at full load: orbit (eclipse) vs ground solar (holds under a tenth)",
        f"{space_h:.2f} h vs {ground_h:.1f} h",
        _verdict(space_h < 0.1 * ground_h),
    )


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
    return ClaimCheck(
        "P4",
        "Counting the batteries saved, space solar is about 10x cheaper",
        "ground solar+storage $/kWh over space array+battery+their launch $/kWh "
        "(holds at 5x or more)",
        f"{ratio:.2f}x (${ground_per_kwh:.3f} vs ${space_per_kwh:.3f}/kWh)"
        if np.isfinite(ratio)
        else "infeasible",
        _verdict(bool(np.isfinite(ratio) and ratio >= 5)),
    )


def _p5(r: Results) -> ClaimCheck:
    tariff = _s(r, "solar_tariff_pct") / 100
    space = _s(r, "space_array_cost_usd_per_w") * (
        1 + tariff * _s(r, "space_cells_imported_fraction")
    )
    ground = _s(r, "solar_module_price_usd_per_w") * (1 + tariff)
    return ClaimCheck(
        "P5",
        "Space cells can be cheaper than ground cells",
        "space array $/W vs ground module $/W (tariffs included)",
        f"${space:.2f} vs ${ground:.2f}/W",
        _verdict(space <= ground),
    )


def _p6(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "P6",
        "Ground cells in China cost about $0.25-0.30/W",
        "module price in this scenario",
        f"${_s(r, 'solar_module_price_usd_per_w'):.2f}/W",
        "context",
    )


def _p7(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "P7",
        "US tariffs on imported solar are several hundred percent",
        "solar import tariff in this scenario",
        f"{_s(r, 'solar_tariff_pct'):.0f}%",
        "context",
    )


def _p8(r: Results) -> ClaimCheck:
    it_kw = _f(r, "space.it_kw")
    array_gw = (
        _f(r, "space.array_kw_bol") / it_kw * _f(r, "space.gw_per_year_at_cadence")
        if it_kw > 0
        else float("nan")
    )
    return ClaimCheck(
        "P8",
        "Tesla and SpaceX aim at 100 GW a year of cells each",
        "array GW a year to fill the launch cadence (holds within 100 GW/yr)",
        f"{array_gw:,.1f} GW/yr",
        _verdict(bool(array_gw <= 100)),
    )


def _p9(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "P9",
        "Chips will pile up unable to be powered",
        "years a ground site waits for power in this scenario",
        f"{_s(r, 'time_to_power_years'):.1f} yr",
        "context",
    )


def _per_gpus(gpus: float, unit: float, claimed: float, r: Results) -> tuple[float, bool]:
    value = gpus * _f(r, "earth.kw_per_gpu_at_generator") / unit
    return value, abs(value / claimed - 1) <= 0.15


def _g1(r: Results) -> ClaimCheck:
    value, ok = _per_gpus(110_000, 1e3, 300, r)
    return ClaimCheck(
        "G1",
        "110,000 GB300 need about 300 MW of generation",
        "generation for 110,000 GPUs (holds within 15%)",
        f"{value:,.0f} MW",
        _verdict(ok),
    )


def _g2(r: Results) -> ClaimCheck:
    value, ok = _per_gpus(330_000, 1e6, 1.0, r)
    return ClaimCheck(
        "G2",
        "330,000 GB300 need about 1 GW of generation",
        "generation for 330,000 GPUs (holds within 15%)",
        f"{value:.2f} GW",
        _verdict(ok),
    )


def _g3(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "G3",
        "Cooling sized for the hottest hour adds about 40%",
        "peak-cooling factor in this scenario",
        f"{_s(r, 'peak_cooling_factor'):.2f}x",
        "context",
    )


def _g4(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "G4",
        "Generation needs another 20-25% for maintenance",
        "maintenance reserve in this scenario",
        f"{_s(r, 'maintenance_reserve_factor'):.2f}x",
        "context",
    )


def _l1(r: Results) -> ClaimCheck:
    capacity = _s(r, "capacity_gw")
    per_100gw = _f(r, "space.launches") * 100 / capacity if capacity > 0 else float("nan")
    return ClaimCheck(
        "L1",
        "100 GW of AI in space is about 10,000 Starship launches",
        "launches per 100 GW of IT (holds within a factor 1.5)",
        f"{per_100gw:,.0f}",
        _verdict(bool(10_000 / 1.5 <= per_100gw <= 10_000 * 1.5)),
    )


def _launches_in(r: Results, years_after: float) -> np.float64:
    # A numpy number, so that no launches at all divides to NaN rather than raising.
    return np.float64(launches_per_year(r.scenario, _s(r, "start_year") + years_after))


def _l2(r: Results) -> ClaimCheck:
    launches = _launches_in(r, 5)
    return ClaimCheck(
        "L2",
        "SpaceX aims at 10,000 launches a year, maybe 20,000-30,000",
        "launches a year five years after the start, on this cadence path",
        f"{launches:,.0f}/yr",
        "context",
    )


def _l4(r: Results) -> ClaimCheck:
    start = _f(r, "space.gw_per_year_at_cadence")
    gw = start * _launches_in(r, 5) / _launches_in(r, 0)
    return ClaimCheck(
        "L4",
        "Within 5 years, several hundred GW of AI launched a year",
        "GW a year deployable five years after the start (holds at 200 or more)",
        f"{gw:,.0f} GW/yr",
        _verdict(gw >= 200),
    )


def _l5(r: Results) -> ClaimCheck:
    per_launch = _f(r, "space.gw_per_year_at_cadence") / _launches_in(r, 0)
    return ClaimCheck(
        "L5",
        "About 1 TW a year is the ceiling from Earth launch",
        "GW a year at 30,000 launches a year with this spacecraft",
        f"{per_launch * 30_000:,.0f} GW/yr",
        "context",
    )


def _c1(r: Results) -> ClaimCheck:
    mean = _f(r, "space.mean_capacity")
    return ClaimCheck(
        "C1",
        "GPUs are reliable after burn-in; no repair is needed in orbit",
        "mean share of GPUs working over the horizon, spares included (holds at 90% or more)",
        f"{mean:.1%}",
        _verdict(mean >= 0.9),
    )


def _c3(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "C3",
        "Neural nets tolerate bit flips; radiation costs little",
        "throughput derate and chip premium in this scenario",
        f"{_s(r, 'radiation_derate_pct'):.1f}% / +{_s(r, 'space_chip_premium_pct'):.0f}%",
        "context",
    )


def _c4(r: Results) -> ClaimCheck:
    values = dict(r.scenario)
    now = float(radiator_net_flux(values))
    hotter = {**values, "radiator_temp_c": (values["radiator_temp_c"] + 273.15) * 1.2 - 273.15}
    ratio = float(radiator_net_flux(hotter)) / now if now > 0 else float("nan")
    return ClaimCheck(
        "C4",
        "Chips 20% hotter (in kelvin) halve the radiator",
        "radiator area now / at 1.2x the temperature (holds at 1.8x or more)",
        f"{ratio:.2f}x" if np.isfinite(ratio) else "infeasible",
        _verdict(bool(np.isfinite(ratio) and ratio >= 1.8)),
    )


def _c5(r: Results) -> ClaimCheck:
    return ClaimCheck(
        "C5",
        "About 1 kW per chip; 100 million chips is 100 GW",
        "GPU board power in this scenario",
        f"{_s(r, 'gpu_power_kw'):.2f} kW",
        "context",
    )


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
    """Every claim the model can speak to, for one evaluated (single-point) scenario."""
    with np.errstate(all="ignore"):
        return [check(results) for check in CHECKS]


__all__ = ["CHECKS", "ClaimCheck", "check_claims"]
