"""The claims board's words: each seed claim as said, what the model measures for it, and its
number under the scenario (``explorer.model.claims`` computes the numbers and the verdicts)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from explorer.model import claims as c
from explorer.present.text.numbers import (
    dollars,
    fixed,
    general,
    month_year,
    percent,
)
from explorer.present.text.translate import N_, tr

_CONTEXT = "claim"
_MEASURE = "claim measure"
Values = Mapping[str, float]


@dataclass(frozen=True)
class _Claim:
    said: str
    measure: Callable[[], str]
    value: Callable[[Values], str]


def _times(value: float, decimals: int) -> str:
    return tr("{value}x", context="times", value=fixed(value, decimals))


def _or_infeasible(value: float, text: Callable[[float], str]) -> str:
    return text(value) if math.isfinite(value) else tr("infeasible", context=_CONTEXT)


def _unit(template: str, decimals: int, key: str) -> Callable[[Values], str]:
    return lambda v: tr(template, context="claim value", value=fixed(v[key], decimals))


def _h1_value(v: Values) -> str:
    year = v["crossover_year"]
    return month_year(year) if math.isfinite(year) else tr("none by 2050", context="crossover")


def _p4_value(v: Values) -> str:
    def text(ratio: float) -> str:
        return tr(
            "{ratio} ({ground} vs {space}/kWh)",
            context="claim value",
            ratio=_times(ratio, 2),
            ground=dollars(v["ground_usd_per_kwh"], 3),
            space=dollars(v["space_usd_per_kwh"], 3),
        )

    return _or_infeasible(v["ground_to_space_ratio"], text)


def _l1_value(v: Values) -> str:
    launches = fixed(v["launches_per_100_gw"])
    heavier = v.get("bottom_up_mass_ratio", math.nan)
    if not math.isfinite(heavier):
        return launches
    return tr(
        "{launches} (⚠ top-down mass; {times}x as heavy from its parts)",
        context="claim value",
        launches=launches,
        times=fixed(heavier, 1),
    )


_CLAIMS: dict[str, _Claim] = {
    "H1": _Claim(
        N_("Space is the cheapest place for AI within 36 months (by Feb 2029)", "claim"),
        lambda: tr("crossover year of the cost paths", context=_MEASURE),
        _h1_value,
    ),
    "H2": _Claim(
        N_("With cheap launch, space is cheaper by orders of magnitude", "claim"),
        lambda: tr(
            "Earth / space cost at {price}/kg (holds at {ratio} or more)",
            context=_MEASURE,
            price=dollars(c.CHEAP_LAUNCH_USD_PER_KG, 0),
            ratio=_times(c.H2_HOLDS_AT_RATIO, 0),
        ),
        lambda v: _or_infeasible(v["earth_to_space_ratio"], lambda r: _times(r, 2)),
    ),
    "P1": _Claim(
        N_("A solar panel in space yields about 5x what it yields on the ground", "claim"),
        lambda: tr(
            "energy per rated watt, space / ground (holds at {ratio} or more)",
            context=_MEASURE,
            ratio=_times(c.P1_HOLDS_AT_RATIO, 0),
        ),
        lambda v: _times(v["space_to_ground_ratio"], 1),
    ),
    "P2": _Claim(
        N_("The atmosphere costs about 30% of the sunlight", "claim"),
        lambda: tr(
            "1 - {ground} / {space} W/m² at peak",
            context=_MEASURE,
            ground=fixed(c.GROUND_PEAK_IRRADIANCE_W_PER_M2, grouped=False),
            space=fixed(c.SOLAR_CONSTANT_W_PER_M2, grouped=False),
        ),
        lambda v: percent(v["atmosphere_loss_fraction"]),
    ),
    "P3": _Claim(
        N_("No batteries are needed in space", "claim"),
        lambda: tr(
            "hours of storage at full load: orbit (eclipse) vs ground solar (holds under a tenth)",
            context=_MEASURE,
        ),
        lambda v: tr(
            "{space} h vs {ground} h",
            context="claim value",
            space=fixed(v["space_storage_h"], 2),
            ground=fixed(v["ground_storage_h"], 1),
        ),
    ),
    "P4": _Claim(
        N_("Counting the batteries saved, space solar is about 10x cheaper", "claim"),
        lambda: tr(
            "ground solar+storage $/kWh over space array+battery+their launch $/kWh "
            "(holds at {ratio} or more)",
            context=_MEASURE,
            ratio=_times(c.P4_HOLDS_AT_RATIO, 0),
        ),
        _p4_value,
    ),
    "P5": _Claim(
        N_("Space cells can be cheaper than ground cells", "claim"),
        lambda: tr("space array $/W vs ground module $/W (tariffs included)", context=_MEASURE),
        lambda v: tr(
            "{space} vs {ground}/W",
            context="claim value",
            space=dollars(v["space_usd_per_w"], 2),
            ground=dollars(v["ground_usd_per_w"], 2),
        ),
    ),
    "P6": _Claim(
        N_("Ground cells in China cost about $0.25-0.30/W", "claim"),
        lambda: tr("module price in this scenario", context=_MEASURE),
        lambda v: tr("{price}/W", context="claim value", price=dollars(v["module_usd_per_w"], 2)),
    ),
    "P7": _Claim(
        N_("US tariffs on imported solar are several hundred percent", "claim"),
        lambda: tr("solar import tariff in this scenario", context=_MEASURE),
        _unit(N_("{value}%", "claim value"), 0, "tariff_pct"),
    ),
    "P8": _Claim(
        N_("Tesla and SpaceX aim at 100 GW a year of cells each", "claim"),
        lambda: tr(
            "array GW a year to fill the launch cadence (holds within {gw} GW/yr)",
            context=_MEASURE,
            gw=fixed(c.P8_HOLDS_WITHIN_GW_PER_YEAR),
        ),
        _unit(N_("{value} GW/yr", "claim value"), 1, "array_gw_per_year"),
    ),
    "P9": _Claim(
        N_("Chips will pile up unable to be powered", "claim"),
        lambda: tr("years a ground site waits for power in this scenario", context=_MEASURE),
        _unit(N_("{value} yr", "claim value"), 1, "time_to_power_years"),
    ),
    "G1": _Claim(
        N_("110,000 GB300 need about 300 MW of generation", "claim"),
        lambda: tr(
            "generation for {gpus} GPUs (holds within {tolerance})",
            context=_MEASURE,
            gpus=fixed(c.G1_GPUS),
            tolerance=percent(c.GENERATION_TOLERANCE),
        ),
        _unit(N_("{value} MW", "claim value"), 0, "generation_mw"),
    ),
    "G2": _Claim(
        N_("330,000 GB300 need about 1 GW of generation", "claim"),
        lambda: tr(
            "generation for {gpus} GPUs (holds within {tolerance})",
            context=_MEASURE,
            gpus=fixed(c.G2_GPUS),
            tolerance=percent(c.GENERATION_TOLERANCE),
        ),
        _unit(N_("{value} GW", "claim value"), 2, "generation_gw"),
    ),
    "G3": _Claim(
        N_("Cooling sized for the hottest hour adds about 40%", "claim"),
        lambda: tr("peak-cooling factor in this scenario", context=_MEASURE),
        lambda v: _times(v["peak_cooling_factor"], 2),
    ),
    "G4": _Claim(
        N_("Generation needs another 20-25% for maintenance", "claim"),
        lambda: tr("maintenance reserve in this scenario", context=_MEASURE),
        lambda v: _times(v["maintenance_factor"], 2),
    ),
    "L1": _Claim(
        N_("100 GW of AI in space is about 10,000 Starship launches", "claim"),
        lambda: tr(
            "launches per 100 GW of IT (holds within a factor {factor})",
            context=_MEASURE,
            factor=general(c.L1_TOLERANCE_FACTOR),
        ),
        _l1_value,
    ),
    "L2": _Claim(
        N_("SpaceX aims at 10,000 launches a year, maybe 20,000-30,000", "claim"),
        lambda: tr(
            "launches a year five years after the start, on this cadence path", context=_MEASURE
        ),
        _unit(N_("{value}/yr", "claim value"), 0, "launches_per_year"),
    ),
    "L4": _Claim(
        N_("Within 5 years, several hundred GW of AI launched a year", "claim"),
        lambda: tr(
            "GW a year deployable five years after the start (holds at {gw} or more)",
            context=_MEASURE,
            gw=fixed(c.L4_HOLDS_AT_GW_PER_YEAR),
        ),
        _unit(N_("{value} GW/yr", "claim value"), 0, "gw_per_year"),
    ),
    "L5": _Claim(
        N_("About 1 TW a year is the ceiling from Earth launch", "claim"),
        lambda: tr(
            "GW a year at {launches} launches a year with this spacecraft",
            context=_MEASURE,
            launches=fixed(c.L5_LAUNCHES_PER_YEAR),
        ),
        _unit(N_("{value} GW/yr", "claim value"), 0, "gw_per_year"),
    ),
    "C1": _Claim(
        N_("GPUs are reliable after burn-in; no repair is needed in orbit", "claim"),
        lambda: tr(
            "mean share of GPUs working over the horizon, spares included "
            "(holds at {share} or more)",
            context=_MEASURE,
            share=percent(c.C1_HOLDS_AT_CAPACITY),
        ),
        lambda v: percent(v["mean_capacity_fraction"], 1),
    ),
    "C3": _Claim(
        N_("Neural nets tolerate bit flips; radiation costs little", "claim"),
        lambda: tr("throughput derate and chip premium in this scenario", context=_MEASURE),
        lambda v: tr(
            "{derate}% / +{premium}%",
            context="claim value",
            derate=fixed(v["derate_pct"], 1),
            premium=fixed(v["chip_premium_pct"]),
        ),
    ),
    "C4": _Claim(
        N_("Chips 20% hotter (in kelvin) halve the radiator", "claim"),
        lambda: tr(
            "radiator area now / at {factor} the temperature (holds at {ratio} or more)",
            context=_MEASURE,
            factor=_times(c.C4_HOTTER_FACTOR, 1),
            ratio=_times(c.C4_HOLDS_AT_RATIO, 1),
        ),
        lambda v: _or_infeasible(v["area_ratio"], lambda r: _times(r, 2)),
    ),
    "C5": _Claim(
        N_("About 1 kW per chip; 100 million chips is 100 GW", "claim"),
        lambda: tr("GPU board power in this scenario", context=_MEASURE),
        _unit(N_("{value} kW", "claim value"), 2, "gpu_kw"),
    ),
}


def claim_said(claim_id: str) -> str:
    """The claim as the interview put it (shortened)."""
    return tr(_CLAIMS[claim_id].said, context=_CONTEXT)


def claim_measure(claim_id: str) -> str:
    """What the model computes for the claim, and when the claim holds."""
    return _CLAIMS[claim_id].measure()


def claim_value(check: c.ClaimCheck) -> str:
    """The claim's number under the scenario, as the board writes it."""
    return _CLAIMS[check.claim_id].value(check.values)
