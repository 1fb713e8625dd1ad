"""A readable side-by-side summary of one evaluated scenario (``evaluate`` without ``--json``).

It reads the plain dictionary of ``Results.to_dict()``, the same data as the JSON, so the table and
the JSON can never disagree.
"""

from __future__ import annotations

from typing import Any

from explorer.model.parts import PARTS
from explorer.present.text.numbers import decimal_year, human, significant
from explorer.present.text.results import part_title, reason, side
from explorer.present.text.translate import tr

_WIDTH = 50


def _row(label: str, *cells: str) -> str:
    return f"  {label:<{_WIDTH}}" + "".join(f"{c:>16}" for c in cells)


def _label(text: str) -> str:
    return tr(text, context="table")


def _comparison(d: dict[str, Any]) -> list[str]:
    earth, space = d["earth"], d["space"]
    ratio = d["space_to_earth_ratio"]
    breakeven = d["breakeven_launch_usd_per_kg"]
    crossover = d["crossover_year"]
    now = d["launch_price_by_year"][0][1] if d.get("launch_price_by_year") else None
    none = tr("none", context="value")
    return [
        _row("", side("earth", capitalised=True), tr("Space", context="table")),
        _row(
            _label("$ per GPU-hour"),
            human(earth["usd_per_gpu_hour"]),
            human(space["usd_per_gpu_hour"]),
        ),
        _row(
            _label("$ per MWh of IT energy"),
            human(earth["usd_per_mwh"]),
            human(space["usd_per_mwh"]),
        ),
        _row(
            _label("Total, present value ($)"), human(earth["total_usd"]), human(space["total_usd"])
        ),
        "",
        _row(
            _label("Space / Earth cost"),
            human(None)
            if ratio is None
            else tr("{ratio}x", context="times", ratio=significant(ratio)),
        ),
        _row(
            _label("Breakeven launch price ($/kg)"),
            none if breakeven is None else human(breakeven),
            "" if now is None else tr("(now {price})", context="table", price=human(now)),
        ),
        _row(
            _label("Crossover year"),
            tr("none by 2050", context="crossover")
            if crossover is None
            else decimal_year(crossover),
        ),
    ]


def _engineering(d: dict[str, Any]) -> list[str]:
    earth, space = d["earth"], d["space"]
    rows = [
        (_label("GPUs"), human(earth["gpus"])),
        (_label("Generation per GPU (kW)"), human(earth["kw_per_gpu_at_generator"])),
        (_label("Ground energy over horizon (MWh)"), human(earth["energy_mwh"])),
        (_label("Mass to orbit (kg)"), human(space["mass_kg"])),
        (_label("Launches"), human(space["launches"])),
        (_label("System specific power (W/kg)"), human(space["w_per_kg"])),
        (_label("Array area (m²)"), human(space["array_area_m2"])),
        (_label("Radiator area (m²)"), human(space["radiator_area_m2"])),
        (_label("Radiator net flux (W/m²)"), human(space["radiator_net_flux_w_per_m2"])),
        (_label("GW per year at launch cadence"), human(space["gw_per_year_at_cadence"])),
        (_label("Mean GPU capacity in orbit"), human(space["mean_capacity"])),
        (_label("Launch $ per kW-year"), human(space["launch_usd_per_kw_year"])),
    ]
    return [_label("Engineering")] + [_row(label, value) for label, value in rows]


def _breakdown(d: dict[str, Any]) -> list[str]:
    earth = d["earth"]["breakdown_per_gpu_hour"]
    space = d["space"]["breakdown_per_gpu_hour"]
    lines = [_label("$ per GPU-hour by part (all parts; the boundary decides which are summed)")]
    for part in PARTS:
        if earth[part] or space[part]:
            lines.append(_row(part_title(part), human(earth[part]), human(space[part])))
    return lines


def results_table(d: dict[str, Any], title: str) -> str:
    """The summary of ``d`` (a ``Results.to_dict()``) under ``title``."""
    boundary = tr("(boundary: {boundary})", context="table", boundary=d["boundary"])
    lines = [f"{title}  {boundary}", ""]
    lines += [*_comparison(d), "", *_engineering(d), "", *_breakdown(d)]
    if not d["feasible"]:
        lines += ["", _label("Infeasible:")] + [f"  - {reason(r)}" for r in d["reasons"]]
    return "\n".join(lines) + "\n"
