"""The readable form of ``evaluate --samples``: percentiles, the chance orbit wins, the tornado.

Like results_text, it reads the same plain dictionary as the JSON.
"""

from __future__ import annotations

from typing import Any

from explorer.io.results_text import human

_TOP_ROWS = 5
_YEARS_SHOWN = (2030, 2035, 2040)


def _chance(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _triple(d: dict[str, float | None]) -> str:
    return "  ".join(f"{name.upper()} {human(d[name])}" for name in ("p10", "p50", "p90"))


def uncertainty_table(d: dict[str, Any]) -> str:
    """Monte Carlo and sensitivity sections of ``d`` (``to_dict()`` plus the --samples keys)."""
    mc, sens = d["monte_carlo"], d["sensitivity"]
    locked = ", ".join(mc["locked"]) or "none"
    lines = [
        "",
        f"Monte Carlo: {mc['samples']:,} draws around this scenario, seed {mc['seed']}, "
        f"spreads x{mc['width']:g}; {len(mc['varied'])} parameters drawn, locked: {locked}",
        f"  Earth $/GPU-h   {_triple(mc['earth_usd_per_gpu_hour'])}",
        f"  Space $/GPU-h   {_triple(mc['space_usd_per_gpu_hour'])}",
        f"  Space / Earth   {_triple(mc['space_to_earth_ratio'])}",
        f"  Chance orbit is cheaper, among feasible draws: {_chance(mc['p_orbit_cheaper'])} now"
        + "".join(
            f", {_chance(row['p_orbit_cheaper'])} in {row['year']}"
            for row in mc.get("by_year", ())
            if row["year"] in _YEARS_SHOWN
        ),
        f"  Infeasible draws (no verdict): {mc['infeasible_share']:.1%}",
    ]
    for metric, title in (
        ("crossover_year", "crossover year"),
        ("breakeven_launch_usd_per_kg", "breakeven launch price"),
    ):
        lines += ["", f"What moves the {title} most (parameter low .. high):"]
        shown = (lambda v: f"{v:.1f}") if metric == "crossover_year" else human
        for row in sens["tornado"][metric][:_TOP_ROWS]:
            low = "none" if row["at_low"] is None else shown(row["at_low"])
            high = "none" if row["at_high"] is None else shown(row["at_high"])
            lines.append(
                f"  {row['key']:<40} {low:>10} .. {high:<10} ({row['low']} .. {row['high']})"
            )
    ties = [t for t in sens["thresholds"] if t["ties_at"] is not None]
    lines += [
        "",
        f"Orbit ties the ground, one parameter at a time ({len(ties)} of "
        f"{len(sens['thresholds'])} can):",
    ]
    lines += [
        f"  {t['key']:<40} {human(t['current']):>10} -> {human(t['ties_at'])} {t['unit']}"
        for t in ties
    ]
    return "\n".join(lines) + "\n"
