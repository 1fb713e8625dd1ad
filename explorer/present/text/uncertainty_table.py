"""The readable form of ``evaluate --samples``: percentiles, the chance orbit wins, the tornado.

Like results_text, it reads the same plain dictionary as the JSON.
"""

from __future__ import annotations

from typing import Any

from explorer.present.text.numbers import decimal_year, fixed, general, human, percent
from explorer.present.text.translate import tr

_TOP_ROWS = 5
_YEARS_SHOWN = (2030, 2035, 2040)


def _triple(d: dict[str, float | None]) -> str:
    return "  ".join(f"{name.upper()} {human(d[name])}" for name in ("p10", "p50", "p90"))


def _chance(value: float | None) -> str:
    return human(None) if value is None else percent(value, 1)


def uncertainty_table(d: dict[str, Any]) -> str:
    """Monte Carlo and sensitivity sections of ``d`` (``to_dict()`` plus the --samples keys)."""
    mc, sens = d["monte_carlo"], d["sensitivity"]
    none = tr("none", context="value")
    locked = ", ".join(mc["locked"]) or none
    chances = [tr("{chance} now", context="table", chance=_chance(mc["p_orbit_cheaper"]))]
    chances += [
        tr(
            "{chance} in {year}",
            context="table",
            chance=_chance(row["p_orbit_cheaper"]),
            year=row["year"],
        )
        for row in mc.get("by_year", ())
        if row["year"] in _YEARS_SHOWN
    ]
    lines = [
        "",
        tr(
            "Monte Carlo: {samples} draws around this scenario, seed {seed}, spreads x{width}; "
            "{varied} parameters drawn, locked: {locked}",
            context="table",
            samples=fixed(mc["samples"]),
            seed=mc["seed"],
            width=general(mc["width"]),
            varied=len(mc["varied"]),
            locked=locked,
        ),
        "  " + tr("Earth $/GPU-h", context="table") + "   " + _triple(mc["earth_usd_per_gpu_hour"]),
        "  " + tr("Space $/GPU-h", context="table") + "   " + _triple(mc["space_usd_per_gpu_hour"]),
        "  " + tr("Space / Earth", context="table") + "   " + _triple(mc["space_to_earth_ratio"]),
        "  "
        + tr(
            "Chance orbit is cheaper, among feasible draws: {chances}",
            context="table",
            chances=", ".join(chances),
        ),
        "  "
        + tr(
            "Infeasible draws (no verdict): {share}",
            context="table",
            share=percent(mc["infeasible_share"], 1),
        ),
    ]
    for metric, heading in (
        (
            "crossover_year",
            tr("What moves the crossover year most (parameter low .. high):", context="table"),
        ),
        (
            "breakeven_launch_usd_per_kg",
            tr(
                "What moves the breakeven launch price most (parameter low .. high):",
                context="table",
            ),
        ),
    ):
        lines += ["", heading]
        shown = decimal_year if metric == "crossover_year" else human
        for row in sens["tornado"][metric][:_TOP_ROWS]:
            low = none if row["at_low"] is None else shown(row["at_low"])
            high = none if row["at_high"] is None else shown(row["at_high"])
            lines.append(
                f"  {row['key']:<40} {low:>10} .. {high:<10} ({row['low']} .. {row['high']})"
            )
    ties = [t for t in sens["thresholds"] if t["ties_at"] is not None]
    lines += [
        "",
        tr(
            "Orbit ties the ground, one parameter at a time ({ties} of {count} can):",
            context="table",
            ties=len(ties),
            count=len(sens["thresholds"]),
        ),
    ]
    lines += [
        f"  {t['key']:<40} {human(t['current']):>10} -> {human(t['ties_at'])} {t['unit']}"
        for t in ties
    ]
    return "\n".join(lines) + "\n"
