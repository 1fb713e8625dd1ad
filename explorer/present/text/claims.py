"""The claims board's numbers in words: what the model measures for each claim, its number under the
scenario, and the threshold at the claim's own size (``explorer.model.claims`` computes the
numbers and verdicts; ``claim_words`` has the claims themselves)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from explorer.model.claims import ClaimCheck
from explorer.model.claims_space import L3_SHIPS, L3_TURNAROUND_H, L5_LAUNCHES_PER_YEAR
from explorer.present.text.claim_words import (
    claim_originals,
    claim_quote,
    claim_quote_in_english,
    claim_short,
    claim_source,
)
from explorer.present.text.numbers import (
    MISSING,
    dollars,
    fixed,
    month_year,
    percent,
    significant,
)
from explorer.present.text.translate import N_, tr

_MEASURE = "claim measure"
_VALUE = "claim value"
_THRESHOLD = "claim threshold"
_UNIT = "claim unit"

VERDICTS: dict[str, str] = {
    "holds": N_("holds", "verdict"),
    "fails": N_("fails", "verdict"),
    "input": N_("input", "verdict"),
    "context": N_("context", "verdict"),
}
VERDICT_MEANINGS: dict[str, str] = {
    "holds": N_("the model computes it from other inputs, and it holds", "verdict"),
    "fails": N_("the model computes it from other inputs, and it fails", "verdict"),
    "input": N_("the scenario takes the claim's own value as an input: nothing to test", "verdict"),
    "context": N_(
        "the model cannot compute it: the scenario's value beside the claim's", "verdict"
    ),
}


def verdict_word(verdict: str) -> str:
    """ "holds", "fails", "input" or "context", translated."""
    return tr(VERDICTS[verdict], context="verdict")


def verdict_meaning(verdict: str) -> str:
    """What a verdict means, for the board's legend."""
    return tr(VERDICT_MEANINGS[verdict], context="verdict")


def _times(value: float, decimals: int = 1) -> str:
    if not math.isfinite(value):
        return tr("infeasible", context="claim")
    return tr("{value}x", context="times", value=fixed(value, decimals))


def _range(t: Mapping[str, float], text: Callable[[float], str], unit: str = "") -> str:
    """A threshold as "low-high", "≥ low" or "≤ high" (each number written by ``text``, the unit
    once after it, translated)."""
    low, high = t.get("at_least"), t.get("at_most")
    unit = _unit(unit)
    if low is not None and high is not None:
        if low == high:
            return tr("{value}{unit}", context=_THRESHOLD, value=text(low), unit=unit)
        return tr(
            "{low}-{high}{unit}", context=_THRESHOLD, low=text(low), high=text(high), unit=unit
        )
    if low is not None:
        return tr("≥ {value}{unit}", context=_THRESHOLD, value=text(low), unit=unit)
    if high is not None:
        return tr("≤ {value}{unit}", context=_THRESHOLD, value=text(high), unit=unit)
    return MISSING


def _unit(unit: str) -> str:
    """A unit marked with the context "claim unit", in the reader's language."""
    return tr(unit, context=_UNIT) if unit else ""


def _number(decimals: int = 0, unit: str = "") -> Callable[[float], str]:
    def text(value: float) -> str:
        if not math.isfinite(value):
            return MISSING
        return tr("{value}{unit}", context=_VALUE, value=fixed(value, decimals), unit=_unit(unit))

    return text


def _billions(value: float) -> str:
    return tr("{value} billion", context=_VALUE, value=significant(value / 1e9, 3))


@dataclass(frozen=True)
class _Words:
    measure: str
    value: Callable[[ClaimCheck], str]
    threshold: Callable[[ClaimCheck], str]


def _plain(decimals: int = 0, unit: str = "") -> Callable[[ClaimCheck], str]:
    text = _number(decimals, unit)
    return lambda c: text(c.value)


def _bounds(decimals: int = 0, unit: str = "") -> Callable[[ClaimCheck], str]:
    return lambda c: _range(c.threshold, lambda v: fixed(v, decimals), unit)


def _claimed(template: str) -> Callable[[ClaimCheck], str]:
    return lambda _c: tr(template, context=_THRESHOLD)


def _h1_value(c: ClaimCheck) -> str:
    year = c.value
    return month_year(year) if math.isfinite(year) else tr("none by 2050", context="crossover")


def _h2_value(c: ClaimCheck) -> str:
    return tr(
        "{ratio} at {price}/kg",
        context=_VALUE,
        ratio=_times(c.value, 2),
        price=dollars(c.values["launch_usd_per_kg"], 0),
    )


def _p4_value(c: ClaimCheck) -> str:
    if not math.isfinite(c.value):
        return _times(c.value)
    return tr(
        "{ratio} ({ground} vs {space}/kWh)",
        context=_VALUE,
        ratio=_times(c.value, 2),
        ground=dollars(c.values["ground_usd_per_kwh"], 3),
        space=dollars(c.values["space_usd_per_kwh"], 3),
    )


def _l1_value(c: ClaimCheck) -> str:
    launches = fixed(c.value) if math.isfinite(c.value) else MISSING
    if not math.isfinite(c.values.get("bottom_up_mass_ratio", math.nan)):
        return tr("{launches} bottom-up", context=_VALUE, launches=launches)
    # A top-down mass lighter than its parts can be (issue 10): its own count beside.
    return tr(
        "{launches} bottom-up ({top_down} top-down ⚠)",
        context=_VALUE,
        launches=launches,
        top_down=fixed(c.values["scenario_launches_per_100_gw"]),
    )


def _c1_value(c: ClaimCheck) -> str:
    return tr(
        "{share} ({without} without burn-in)",
        context=_VALUE,
        share=percent(c.value, 1),
        without=percent(c.values["without_burn_in"], 1),
    )


def _c4_value(c: ClaimCheck) -> str:
    return tr(
        "{ratio} smaller, chips at {chip} °C",
        context=_VALUE,
        ratio=_times(c.value, 2),
        chip=fixed(c.values["hotter_chip_c"]),
    )


_WORDS: dict[str, _Words] = {
    "H1": _Words(
        N_(
            "the year from which orbit stays cheaper through 2050 (the lasting crossover)", _MEASURE
        ),
        _h1_value,
        _claimed(N_("by Feb 2029", _THRESHOLD)),
    ),
    "H2": _Words(
        N_("Earth / space cost at the scenario's launch price floor", _MEASURE),
        _h2_value,
        lambda c: _range(c.threshold, lambda v: _times(v, 0)),
    ),
    "P1": _Words(
        N_(
            "energy a year per rated watt of panel, space / ground: 1,361 / 1,000 W/m² x "
            "sunlight fraction / ground capacity factor",
            _MEASURE,
        ),
        lambda c: _times(c.value),
        lambda c: _range(c.threshold, lambda v: _times(v, 0)),
    ),
    "P2": _Words(
        N_("1 - 1,000 / 1,361 W/m²: the model's constants, not a computed atmosphere", _MEASURE),
        lambda c: percent(c.value),
        _claimed(N_("about 30%", _THRESHOLD)),
    ),
    "P3": _Words(
        N_("battery the spacecraft carries, in hours of its full load", _MEASURE),
        lambda c: tr("{hours} h", context=_VALUE, hours=fixed(c.value, 2)),
        _claimed(N_("0 h", _THRESHOLD)),
    ),
    "P4": _Words(
        N_(
            "ground solar + storage $/kWh over space array + battery + their launch $/kWh, "
            "over the horizon",
            _MEASURE,
        ),
        _p4_value,
        lambda c: _range(c.threshold, lambda v: _times(v, 0)),
    ),
    "P5": _Words(
        N_("space array $/W against ground module $/W, tariffs included", _MEASURE),
        lambda c: tr(
            "{space} vs {ground}/W",
            context=_VALUE,
            space=dollars(c.values["space_usd_per_w"], 2),
            ground=dollars(c.values["ground_usd_per_w"], 2),
        ),
        _claimed(N_("space ≤ ground", _THRESHOLD)),
    ),
    "P6": _Words(
        N_("the scenario's module price", _MEASURE),
        lambda c: tr("{price}/W", context=_VALUE, price=dollars(c.value, 2)),
        lambda c: tr(
            "{low}-{high}/W",
            context=_THRESHOLD,
            low=dollars(c.threshold["at_least"], 2),
            high=fixed(c.threshold["at_most"], 2),
        ),
    ),
    "P7": _Words(
        N_("the scenario's solar import tariff", _MEASURE),
        _plain(0, N_("%", _UNIT)),
        _bounds(0, N_("%", _UNIT)),
    ),
    "P8": _Words(
        N_("GW of array a year the launch cadence would fill five years after the start", _MEASURE),
        _plain(1, N_(" GW/yr", _UNIT)),
        _claimed(N_("100 GW/yr each", _THRESHOLD)),
    ),
    "P9": _Words(
        N_(
            "years a ground site waits for power; the claim is input when GPUs are bought up front",
            _MEASURE,
        ),
        lambda c: tr("{years} yr wait", context=_VALUE, years=fixed(c.value, 1)),
        _claimed(N_("GPUs bought up front", _THRESHOLD)),
    ),
    "G1": _Words(
        N_("generation for 110,000 GPUs: GPU x (1 + overhead) x peak cooling x reserve", _MEASURE),
        _plain(0, N_(" MW", _UNIT)),
        _bounds(0, N_(" MW", _UNIT)),
    ),
    "G2": _Words(
        N_("generation for 330,000 GPUs: GPU x (1 + overhead) x peak cooling x reserve", _MEASURE),
        _plain(2, N_(" GW", _UNIT)),
        _bounds(2, N_(" GW", _UNIT)),
    ),
    "G3": _Words(
        N_("the scenario's peak-cooling factor", _MEASURE),
        _plain(2, N_("x", _UNIT)),
        _bounds(2, N_("x", _UNIT)),
    ),
    "G4": _Words(
        N_("the scenario's maintenance reserve", _MEASURE),
        _plain(2, N_("x", _UNIT)),
        _bounds(2, N_("x", _UNIT)),
    ),
    "G5": _Words(
        N_("the year the turbine premium and the wait for power end", _MEASURE),
        lambda c: fixed(c.value, 0, grouped=False),
        lambda c: fixed(c.threshold["at_least"], 0, grouped=False),
    ),
    "G6": _Words(
        N_("not in the model; the scenario's wait for power", _MEASURE),
        lambda c: tr("{years} yr wait", context=_VALUE, years=fixed(c.value, 1)),
        lambda _c: MISSING,
    ),
    "L1": _Words(
        N_(
            "launches per 100 GW of IT with the spacecraft built from its parts (bottom-up mass)",
            _MEASURE,
        ),
        _l1_value,
        _bounds(0),
    ),
    "L2": _Words(
        N_("the scenario's ceiling on launches a year", _MEASURE),
        _plain(0, N_("/yr", _UNIT)),
        _bounds(0, N_("/yr", _UNIT)),
    ),
    "L3": _Words(
        N_("launches a year from {ships} ships each flying every {hours} hours", _MEASURE),
        lambda c: tr(
            "{launches}/yr ({ships} ships needed)",
            context=_VALUE,
            launches=fixed(c.value),
            ships=fixed(c.values["ships_needed"]),
        ),
        _bounds(0, N_("/yr", _UNIT)),
    ),
    "L4": _Words(
        N_("GW of IT a year the launch cadence deploys five years after the start", _MEASURE),
        _plain(1, N_(" GW/yr", _UNIT)),
        _bounds(0, N_(" GW/yr", _UNIT)),
    ),
    "L5": _Words(
        N_(
            "GW a year at {launches} launches a year with this spacecraft; propellant not modelled",
            _MEASURE,
        ),
        _plain(0, N_(" GW/yr", _UNIT)),
        _claimed(N_("about 1,000 GW/yr", _THRESHOLD)),
    ),
    "L6": _Words(
        N_(
            "not in the model; the Moon's escape speed, which a 2.5 km/s mass driver exceeds",
            _MEASURE,
        ),
        lambda c: tr("escape {speed} km/s", context=_VALUE, speed=fixed(c.value, 2)),
        _claimed(N_("2.5 km/s exit", _THRESHOLD)),
    ),
    "L7": _Words(
        N_("Earth's disc over the sphere at 1 AU: one part in 4 AU² / R²", _MEASURE),
        lambda c: tr("1 in {billions}", context=_VALUE, billions=_billions(c.value)),
        lambda c: tr(
            "{low}-{high} billion",
            context=_THRESHOLD,
            low=significant(c.threshold["at_least"] / 1e9, 2),
            high=significant(c.threshold["at_most"] / 1e9, 2),
        ),
    ),
    "C1": _Words(
        N_(
            "mean share of GPUs working over the horizon under failures, no repair, spares "
            "included, with the scenario's burn-in",
            _MEASURE,
        ),
        _c1_value,
        lambda c: _range(c.threshold, lambda v: percent(v)),
    ),
    "C2": _Words(
        N_(
            "what no repair costs orbit a GPU-hour (spares, burn-in and the GPU-hours failures "
            "take) against what repairs cost the ground",
            _MEASURE,
        ),
        lambda c: tr("{cost}/GPU-h", context=_VALUE, cost=dollars(c.value, 3)),
        lambda c: tr(
            "≤ {cost} (ground repairs)", context=_THRESHOLD, cost=dollars(c.threshold["at_most"], 3)
        ),
    ),
    "C3": _Words(
        N_("the scenario's radiation derate and chip premium", _MEASURE),
        lambda c: tr(
            "{derate}% derate, +{premium}% price",
            context=_VALUE,
            derate=fixed(c.values["derate_pct"], 1),
            premium=fixed(c.values["chip_premium_pct"]),
        ),
        lambda _c: MISSING,
    ),
    "C4": _Words(
        N_(
            "radiator area now / with chips 20% hotter in kelvin (the same drop to the "
            "radiator), and whether the chips stay within their limit",
            _MEASURE,
        ),
        _c4_value,
        lambda c: tr(
            "≥ {ratio}, chips ≤ {limit} °C",
            context=_THRESHOLD,
            ratio=_times(c.threshold["at_least"], 0),
            limit=fixed(c.threshold["chip_at_most_c"]),
        ),
    ),
    "C5": _Words(
        N_("the scenario's GPU board power, and GPUs in 100 GW of IT", _MEASURE),
        lambda c: tr(
            "{kw} kW ({millions}M GPUs per 100 GW)",
            context=_VALUE,
            kw=fixed(c.value, 2),
            millions=fixed(c.values["million_gpus_per_100_gw"]),
        ),
        _bounds(2, N_(" kW", _UNIT)),
    ),
    "C6": _Words(
        N_("chip supply is not in the model", _MEASURE), lambda _c: MISSING, lambda _c: MISSING
    ),
}


def claim_measure(claim_id: str) -> str:
    """What the model computes for the claim (a sentence for the info view)."""
    return tr(
        _WORDS[claim_id].measure,
        context=_MEASURE,
        ships=fixed(L3_SHIPS),
        hours=fixed(L3_TURNAROUND_H),
        launches=fixed(L5_LAUNCHES_PER_YEAR),
    )


def claim_value(check: ClaimCheck) -> str:
    """The claim's number under the scenario, as the board writes it."""
    return _WORDS[check.claim_id].value(check)


def claim_threshold(check: ClaimCheck) -> str:
    """What the verdict asks of the number (for an input or context row, the claim's own value
    or range)."""
    return _WORDS[check.claim_id].threshold(check)


__all__ = [
    "VERDICTS",
    "claim_measure",
    "claim_originals",
    "claim_quote",
    "claim_quote_in_english",
    "claim_short",
    "claim_source",
    "claim_threshold",
    "claim_value",
    "verdict_meaning",
    "verdict_word",
]
