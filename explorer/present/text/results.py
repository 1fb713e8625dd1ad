"""Words about evaluated results that every chart and table shares: the two sides, the three
scenarios a chart can show, the cost parts, the tornado's metrics and why a scenario is
infeasible (the model keeps the last three as English source strings)."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.model import Results
from explorer.model.parts import PART_TITLES
from explorer.model.sensitivity import METRICS
from explorer.present.text.numbers import fixed, significant
from explorer.present.text.translate import N_, tr

# The contexts of the model's words translated here (``data_messages`` lists them all).
PART = "part"
METRIC = "metric"
INFEASIBLE = "infeasible"

_SIDES = {"earth": N_("Earth", "side"), "space": N_("orbit", "side")}
_SIDES_CAPITALISED = {"earth": N_("Earth", "side"), "space": N_("Orbit", "side")}
_VARIANTS = {
    "current": N_("current", "variant"),
    "reference": N_("preset", "variant"),
    "pinned": N_("pinned", "variant"),
}


def side(name: str, capitalised: bool = False) -> str:
    """ "Earth" or "orbit" ("Orbit" where it starts a label)."""
    table = _SIDES_CAPITALISED if capitalised else _SIDES
    return tr(table[name], context="side")


def variant(name: str) -> str:
    """The current scenario, the loaded preset or the pinned one, in a legend."""
    return tr(_VARIANTS[name], context="variant")


def part_title(part: str) -> str:
    """A cost part's full title ("Spares and replacements")."""
    return tr(PART_TITLES[part], context=PART)


_MASS_PARTS = {
    "array": N_("array", "mass part"),
    "radiator": N_("radiator", "mass part"),
    "shielding": N_("shielding", "mass part"),
}


def mass_part(part: str) -> str:
    """A part a top-down mass check names ("array", "radiator", "shielding")."""
    return tr(_MASS_PARTS[part], context="mass part")


def metric_title(metric: str) -> str:
    """A tornado metric's title ("Crossover year")."""
    return tr(METRICS[metric], context=METRIC)


def reason(text: str) -> str:
    """One of the model's reasons for infeasibility, translated."""
    return tr(text, context=INFEASIBLE)


def infeasible(reasons: Sequence[str], full_stop: bool = False) -> str:
    """ "Not feasible: a; b" for the reasons given; "" when there are none."""
    if not reasons:
        return ""
    joined = tr("; ", context="list separator").join(reason(r) for r in reasons)
    text = tr("Not feasible: {reasons}", context="infeasible", reasons=joined)
    return text + "." if full_stop else text


def _implied(warning) -> str:
    return tr(
        "the {part} {implied} {unit}",
        context="mass warning",
        part=mass_part(warning.part),
        implied=significant(warning.implied, 2),
        unit=warning.unit,
    )


def mass_warning_short(results: Results) -> str:
    """One line for the headline when a top-down mass implies parts lighter than any in the
    registry: "Top-down mass leaves the radiator 0.48 kg/m² (lightest 3); built from its parts,
    2.8x as heavy"; "" when it passes."""
    warnings = results.mass_warnings()
    if not warnings:
        return ""
    parts = tr("; ", context="list separator").join(
        tr(
            "{implied} (lightest {lightest})",
            context="mass warning",
            implied=_implied(w),
            lightest=significant(w.lightest, 2),
        )
        for w in warnings
    )
    return tr(
        "⚠ Top-down mass leaves {parts}; built from its parts, {times}x as heavy",
        context="mass warning",
        parts=parts,
        times=fixed(_heavier(results), 1),
    )


def mass_warning_full(results: Results) -> str:
    """The same in full sentences (a tooltip); "" when the mass passes its checks."""
    warnings = results.mass_warnings()
    if not warnings:
        return ""
    left = tr(" and ", context="list last separator").join(
        tr(
            "{implied} (the lightest in the registry is {lightest} {unit})",
            context="mass warning",
            implied=_implied(w),
            lightest=significant(w.lightest, 2),
            unit=w.unit,
        )
        for w in warnings
    )
    sentences = [
        tr(
            "Top-down at {w_per_kg} W/kg leaves {left}.",
            context="mass warning",
            w_per_kg=significant(float(results.scenario["system_w_per_kg"]), 3),
            left=left,
        )
    ]
    sentences.append(
        tr(
            "Built from its parts, this spacecraft would weigh {times}x as much ({bottom_up} t "
            "against {top_down} t).",
            context="mass warning",
            times=fixed(_heavier(results), 1),
            bottom_up=fixed(float(results["space.bottom_up_mass_kg"]) / 1000),
            top_down=fixed(float(results["space.mass_kg"]) / 1000),
        )
    )
    return " ".join(sentences)


def _heavier(results: Results) -> float:
    mass = float(results["space.mass_kg"])
    return float(results["space.bottom_up_mass_kg"]) / mass if mass > 0 else float("nan")
