"""The headline numbers above the charts: both costs, their ratio, breakeven and crossover, what
they are of (scenario, boundary, mass model), and a warning when a top-down spacecraft mass is
lighter than its parts can be.

Each tile's value is short (a number, a month), and what qualifies it is its note, so that the
strip fits a 1280-pixel window in presentation mode and in languages longer than English.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from explorer.model import Results
from explorer.model.claims import CLAIM_H1_LATEST_YEAR
from explorer.present.figures.context import (
    UNNAMED,
    Context,
    Document,
    context_of,
    gpu_hour_definition,
)
from explorer.present.text import results as words
from explorer.present.text.numbers import MISSING, fixed, money, month_year
from explorer.present.text.translate import tr

TILES: tuple[str, ...] = ("earth", "space", "ratio", "breakeven", "crossover")


@dataclass(frozen=True)
class Tile:
    caption: str
    value: str
    note: str
    tip: str = ""


@dataclass(frozen=True)
class HeadlineFigure:
    """The tiles by name (TILES order), why the scenario is infeasible ("" when it is not), the
    top-down mass warning: a line and its tooltip ("" when the mass passes its checks), and
    what the numbers are of (``context``)."""

    tiles: dict[str, Tile]
    reasons: str
    infeasible: bool
    mass_warning: str = ""
    mass_warning_tip: str = ""
    context: Context = field(default_factory=lambda: Context("", "", ""))


def ratio_text(value: float) -> str:
    """Space over Earth: "1.13×"."""
    if not math.isfinite(value):
        return MISSING
    return tr("{ratio}×", context="headline", ratio=fixed(value, 2))


def ratio_note(value: float) -> str:
    """Which side the ratio favours: "orbit dearer", "orbit cheaper", "even"."""
    if not math.isfinite(value):
        return ""
    if value > 1:
        return tr("orbit dearer", context="headline")
    if value < 1:
        return tr("orbit cheaper", context="headline")
    return tr("even", context="headline")


def crossover_text(year: float) -> str:
    """The crossover: "Aug 2031", or "none by 2050"."""
    if not math.isfinite(year):
        return tr("none by 2050", context="crossover")
    return month_year(year)


def crossover_note(year: float) -> str:
    """The crossover against claim H1: "2.5 yr after claim H1 (Feb 2029)"."""
    claim = month_year(CLAIM_H1_LATEST_YEAR)
    if not math.isfinite(year):
        return tr("Claim H1: 36 months → {when}", context="headline", when=claim)
    delta = year - CLAIM_H1_LATEST_YEAR
    if abs(delta) < 1 / 12:
        return tr("as claim H1 says ({when})", context="headline", when=claim)
    if delta > 0:
        return tr(
            "{years} yr after claim H1 ({when})",
            context="headline",
            years=fixed(delta, 1),
            when=claim,
        )
    return tr(
        "{years} yr before claim H1 ({when})",
        context="headline",
        years=fixed(-delta, 1),
        when=claim,
    )


def headline_figure(results: Results, document: Document = UNNAMED) -> HeadlineFigure:
    earth = float(results["earth.usd_per_gpu_hour"])
    space = float(results["space.usd_per_gpu_hour"])
    ratio = float(results["space_to_earth_ratio"])
    year = float(results["crossover_year"])
    feasible = bool(results["feasible"])
    breakeven = float(results["breakeven_launch_usd_per_kg"])
    if not feasible:
        breakeven_note = ""
    elif math.isnan(breakeven):
        breakeven_note = tr("no price closes the gap", context="headline")
    else:
        today = money(float(results.scenario["launch_price_usd_per_kg"]), tr("/kg", context="unit"))
        breakeven_note = tr("today {price}", context="headline", price=today)
    per_hour = gpu_hour_definition()
    tiles = {
        "earth": Tile(
            tr("Earth $/GPU-hour", context="headline"),
            money(earth) if earth > 0 else MISSING,
            "",
            per_hour,
        ),
        "space": Tile(
            tr("Orbit $/GPU-hour", context="headline"),
            money(space) if feasible else tr("infeasible", context="headline"),
            "",
            per_hour,
        ),
        "ratio": Tile(
            tr("Orbit ÷ Earth", context="headline"),
            ratio_text(ratio),
            ratio_note(ratio),
            tr("Orbit's $ per GPU-hour over the ground's", context="headline"),
        ),
        "breakeven": Tile(
            tr("Breakeven launch price", context="headline"),
            money(breakeven, tr("/kg", context="unit")) if feasible else MISSING,
            breakeven_note,
            tr(
                "The launch price at which orbit costs what the ground does, all else held",
                context="headline",
            ),
        ),
        "crossover": Tile(
            tr("Crossover year", context="headline"),
            crossover_text(year),
            crossover_note(year),
            tr(
                "The month from which orbit stays cheaper through 2050 as launch and solar "
                "prices fall; claim H1 says by Feb 2029 (36 months from Feb 2026)",
                context="headline",
            ),
        ),
    }
    return HeadlineFigure(
        tiles=tiles,
        reasons=words.infeasible(results.reasons(), full_stop=True),
        infeasible=not feasible,
        mass_warning=words.mass_warning_short(results),
        mass_warning_tip=words.mass_warning_full(results),
        context=context_of(results.scenario, document),
    )
