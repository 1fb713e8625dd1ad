"""The uncertainty panel's words and numbers: the chance that orbit is cheaper among the feasible
draws and the share that has no answer, the draws behind it, the spread scale, and what Monte
Carlo varies (``uncertainty.describe``) in a presenter's words."""

from __future__ import annotations

import math

from explorer.model import Scenario
from explorer.model.uncertainty import Varied, describe
from explorer.present.text import registry
from explorer.present.text.numbers import MISSING, chance, fixed, general, quantity
from explorer.present.text.translate import tr, tr_n
from explorer.present.uncertainty import UncertaintySettings, UncertaintySnapshot

SHOWN_VARIED = 2
"""Drawn parameters named in the panel's one line (the rest are in its tooltip)."""


def draws_text(samples: int) -> str:
    """ "10,000 draws"."""
    return tr_n("{count} draw", "{count} draws", samples, context="draws", count=fixed(samples))


def _chance(p: float) -> str:
    return chance(p) if math.isfinite(p) else MISSING


def probability_text(snapshot: UncertaintySnapshot | None) -> str:
    """ "now 12% · 2030 40% · 2035 71%" among the feasible draws (years only with bands), and
    "(8% of draws infeasible)" when some have no answer; a dash before any draws or when none is
    feasible."""
    if snapshot is None:
        return MISSING
    parts = [tr("now {chance}", context="chance", chance=_chance(snapshot.p_now))]
    parts += [
        tr("{year} {chance}", context="chance", year=year, chance=_chance(p))
        for year, p in sorted(snapshot.p_by_year.items())
    ]
    text = " · ".join(parts)
    if snapshot.infeasible_share > 0:
        text += " " + tr(
            "({share} of draws infeasible)",
            context="chance",
            share=chance(snapshot.infeasible_share),
        )
    return text


def width_text(width: float) -> str:
    """The spread scale: "×1 spread" (the registry's spreads), "×0.5 spread"."""
    return tr("×{scale} spread", context="range width", scale=fixed(width, 2 if width < 1 else 0))


def _range(row: Varied) -> str:
    unit = registry.unit(row.key)
    return tr(
        "{title} {low}–{high}{unit}",
        context="varied",
        title=registry.title(row.key),
        low=quantity(row.low),
        high=quantity(row.high),
        unit=f" {unit}" if unit else "",
    )


def _titles(rows: list[Varied]) -> str:
    return tr(", ", context="list separator").join(registry.title(r.key) for r in rows)


def varied_text(scenario: Scenario, settings: UncertaintySettings) -> tuple[str, str]:
    """What Monte Carlo draws around ``scenario``: one line for the panel ("Varying 79 parameters
    around this scenario: launch price 900–3,600 $/kg, …; 8 locked") and the full account for
    its tooltip (every drawn range, then the locked and the never-drawn parameters)."""
    rows = describe(scenario, settings.width, settings.locked, settings.unlocked)
    by_status: dict[str, list[Varied]] = {}
    for row in rows:
        by_status.setdefault(row.status, []).append(row)
    drawn = by_status.get("drawn", [])
    locked = by_status.get("locked", []) + by_status.get("locked_by_default", [])
    shown = tr(", ", context="list separator").join(_range(r) for r in drawn[:SHOWN_VARIED])
    line = tr_n(
        "Varying {n} parameter around this scenario",
        "Varying {n} parameters around this scenario",
        len(drawn),
        context="varied",
    )
    if shown:
        line += tr(": {ranges}, …", context="varied", ranges=shown)
    if locked:
        line += tr_n("; {n} locked", "; {n} locked", len(locked), context="varied")
    tip = [
        tr(
            "Each drawn parameter is peaked at its slider, between its spread below and above "
            "(x{scale} the registry's spread):",
            context="varied",
            scale=general(settings.width),
        )
    ]
    tip += ["  " + _range(r) for r in drawn]
    for status, heading in (
        ("locked", tr("Locked by you:", context="varied")),
        ("locked_by_default", tr("Locked as policy or design (unlock to draw):", context="varied")),
        ("scope", tr("Never drawn (the question itself):", context="varied")),
    ):
        if by_status.get(status):
            tip.append(f"{heading} {_titles(by_status[status])}")
    return line, "\n".join(tip)


def status_text(
    settings: UncertaintySettings, snapshot: UncertaintySnapshot | None, busy: bool
) -> str:
    """Draws behind the numbers shown, locks, and whether the full count is on its way."""
    if snapshot is None or snapshot.settings != settings:
        text = draws_text(settings.samples)
    else:
        text = draws_text(snapshot.samples)
        if not snapshot.full:
            text += " " + tr("(live)", context="draws")
    if settings.shut:
        locked = len(settings.shut)
        text += " · " + tr_n(
            "{count} locked", "{count} locked", locked, context="locks", count=fixed(locked)
        )
    if busy:
        text += " · " + tr("computing…", context="draws")
    return text
