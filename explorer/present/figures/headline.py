"""The headline numbers above the charts: both costs, their ratio, breakeven and crossover, and a
warning when a top-down spacecraft mass is lighter than its parts can be."""

from __future__ import annotations

import math
from dataclasses import dataclass

from explorer.model import Results
from explorer.model.claims import CLAIM_H1_LATEST_YEAR
from explorer.present.text import results as words
from explorer.present.text.numbers import MISSING, fixed, money, month_year
from explorer.present.text.translate import tr

TILES: tuple[str, ...] = ("earth", "space", "ratio", "breakeven", "crossover")


@dataclass(frozen=True)
class Tile:
    caption: str
    value: str
    note: str


@dataclass(frozen=True)
class HeadlineFigure:
    """The tiles by name (TILES order), why the scenario is infeasible ("" when it is not), and
    the top-down mass warning: a line and its tooltip ("" when the mass passes its checks)."""

    tiles: dict[str, Tile]
    reasons: str
    infeasible: bool
    mass_warning: str = ""
    mass_warning_tip: str = ""


def ratio_text(value: float) -> str:
    """Space over Earth: "1.13× (orbit dearer)"."""
    if not math.isfinite(value):
        return MISSING
    if value > 1:
        verdict = tr("orbit dearer", context="headline")
    elif value < 1:
        verdict = tr("orbit cheaper", context="headline")
    else:
        verdict = tr("even", context="headline")
    return tr("{ratio}× ({verdict})", context="headline", ratio=fixed(value, 2), verdict=verdict)


def crossover_text(year: float) -> str:
    """The crossover year against the claim: "Aug 2031 (2.5 yr after claim)"."""
    if not math.isfinite(year):
        return tr("none by 2050", context="crossover")
    delta = year - CLAIM_H1_LATEST_YEAR
    if abs(delta) < 1 / 12:
        relation = tr("as claimed", context="headline")
    elif delta > 0:
        relation = tr("{years} yr after claim", context="headline", years=fixed(delta, 1))
    else:
        relation = tr("{years} yr before claim", context="headline", years=fixed(-delta, 1))
    return tr("{when} ({relation})", context="headline", when=month_year(year), relation=relation)


def headline_figure(results: Results) -> HeadlineFigure:
    earth = float(results["earth.usd_per_gpu_hour"])
    space = float(results["space.usd_per_gpu_hour"])
    feasible = bool(results["feasible"])
    breakeven = float(results["breakeven_launch_usd_per_kg"])
    if not feasible:
        breakeven_note = ""
    elif math.isnan(breakeven):
        breakeven_note = tr("no price closes the gap", context="headline")
    else:
        today = money(float(results.scenario["launch_price_usd_per_kg"]), tr("/kg", context="unit"))
        breakeven_note = tr("today {price}", context="headline", price=today)
    claim = tr(
        "Claim H1: 36 months → {when}", context="headline", when=month_year(CLAIM_H1_LATEST_YEAR)
    )
    tiles = {
        "earth": Tile(
            tr("Earth $/GPU-hour", context="headline"),
            money(earth) if earth > 0 else MISSING,
            "",
        ),
        "space": Tile(
            tr("Orbit $/GPU-hour", context="headline"),
            money(space) if feasible else tr("infeasible", context="headline"),
            "",
        ),
        "ratio": Tile(
            tr("Orbit ÷ Earth", context="headline"),
            ratio_text(float(results["space_to_earth_ratio"])),
            "",
        ),
        "breakeven": Tile(
            tr("Breakeven launch price", context="headline"),
            money(breakeven, tr("/kg", context="unit")) if feasible else MISSING,
            breakeven_note,
        ),
        "crossover": Tile(
            tr("Crossover year", context="headline"),
            crossover_text(float(results["crossover_year"])),
            claim,
        ),
    }
    return HeadlineFigure(
        tiles=tiles,
        reasons=words.infeasible(results.reasons(), full_stop=True),
        infeasible=not feasible,
        mass_warning=words.mass_warning_short(results),
        mass_warning_tip=words.mass_warning_full(results),
    )
