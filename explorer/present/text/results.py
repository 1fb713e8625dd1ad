"""Words about evaluated results that every chart and table shares: the two sides, the three
scenarios a chart can show, the cost parts, the tornado's metrics and why a scenario is
infeasible (the model keeps the last three as English source strings)."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.model.parts import PART_TITLES
from explorer.model.sensitivity import METRICS
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
