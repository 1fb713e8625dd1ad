"""A readable side-by-side summary of one evaluated scenario (``evaluate`` without ``--json``).

It reads the plain dictionary of ``Results.to_dict()``, the same data as the JSON, so the table and
the JSON can never disagree.
"""

from __future__ import annotations

from typing import Any

from explorer.model.parts import PART_TITLES, PARTS
from explorer.present.text.claims_table import claims_table
from explorer.present.text.columns import left, right
from explorer.present.text.numbers import decimal_year, fixed, human, significant
from explorer.present.text.registry import option_title
from explorer.present.text.results import mass_part, part_title, reason, side
from explorer.present.text.translate import tr

_WIDTH = max(50, *(len(title) for title in PART_TITLES.values()))


def _row(label: str, *cells: str) -> str:
    return "  " + left(label, _WIDTH) + "".join(right(c, 16) for c in cells)


def _windows(windows: list[list[float | None]]) -> str:
    """Every window in which orbit is cheaper, e.g. "2027.3-2029.4, 2035.1 on"."""
    if not windows:
        return tr("none by 2050", context="crossover")
    return tr(", ", context="list separator").join(
        tr("{start} on", context="window", start=decimal_year(start))
        if end is None
        else tr("{start}-{end}", context="window", start=decimal_year(start), end=decimal_year(end))
        for start, end in windows
    )


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
            tr("$ per GPU-hour", context="table"),
            human(earth["usd_per_gpu_hour"]),
            human(space["usd_per_gpu_hour"]),
        ),
        _row(
            tr("$ per MWh of IT energy", context="table"),
            human(earth["usd_per_mwh"]),
            human(space["usd_per_mwh"]),
        ),
        _row(
            tr("Total, present value ($)", context="table"),
            human(earth["total_usd"]),
            human(space["total_usd"]),
        ),
        "",
        _row(
            tr("Space / Earth cost", context="table"),
            human(None)
            if ratio is None
            else tr("{ratio}x", context="times", ratio=significant(ratio)),
        ),
        _row(
            tr("Breakeven launch price ($/kg)", context="table"),
            none if breakeven is None else human(breakeven),
            "" if now is None else tr("(now {price})", context="table", price=human(now)),
        ),
        _row(
            tr("Crossover year (lasting)", context="table"),
            tr("none by 2050", context="crossover")
            if crossover is None
            else decimal_year(crossover),
        ),
        _row(tr("Orbit cheaper in", context="table"), _windows(d.get("cheaper_windows", []))),
    ]


def _engineering(d: dict[str, Any]) -> list[str]:
    earth, space = d["earth"], d["space"]
    rows = [
        (tr("GPUs", context="table"), human(earth["gpus"])),
        (tr("Generation per GPU (kW)", context="table"), human(earth["kw_per_gpu_at_generator"])),
        (tr("Ground energy over horizon (MWh)", context="table"), human(earth["energy_mwh"])),
        (tr("Ground wait for power (yr)", context="table"), human(earth["delay_years"])),
        (tr("Mass to orbit (kg)", context="table"), human(space["mass_kg"])),
        ("  " + tr("of which battery (kg)", context="table"), human(space["battery_mass_kg"])),
        (
            "  " + tr("of which bus and structure (kg)", context="table"),
            human(space["bus_mass_kg"]),
        ),
        (
            "  " + tr("of which propellant (kg)", context="table"),
            human(space["propellant_mass_kg"]),
        ),
        (
            tr("Bottom-up mass, same inputs (kg)", context="table"),
            human(space["bottom_up_mass_kg"]),
        ),
        (tr("Launches", context="table"), human(space["launches"])),
        (tr("Launch campaign (yr)", context="table"), human(space["build_out_years"])),
        (tr("Orbit's average wait (yr)", context="table"), human(space["delay_years"])),
        (tr("Satellites", context="table"), human(space["satellites"])),
        (tr("System specific power (W/kg)", context="table"), human(space["w_per_kg"])),
        (tr("Array area (m²)", context="table"), human(space["array_area_m2"])),
        (tr("Radiator area (m²)", context="table"), human(space["radiator_area_m2"])),
        (
            tr("Radiator net flux (W/m²)", context="table"),
            human(space["radiator_net_flux_w_per_m2"]),
        ),
        (
            tr("GW per year at launch cadence", context="table"),
            human(space["gw_per_year_at_cadence"]),
        ),
        (tr("Mean GPU capacity in orbit", context="table"), human(space["mean_capacity"])),
        (tr("Launch $ per kW-year", context="table"), human(space["launch_usd_per_kw_year"])),
    ]
    return [tr("Engineering", context="table")] + [_row(label, value) for label, value in rows]


def _breakdown(d: dict[str, Any]) -> list[str]:
    earth = d["earth"]["breakdown_per_gpu_hour"]
    space = d["space"]["breakdown_per_gpu_hour"]
    lines = [
        tr(
            "$ per GPU-hour by part (all parts; the boundary decides which are summed)",
            context="table",
        )
    ]
    for part in PARTS:
        if earth[part] or space[part]:
            lines.append(_row(part_title(part), human(earth[part]), human(space[part])))
    return lines


def _mass_warnings(d: dict[str, Any]) -> list[str]:
    warnings = d.get("mass_warnings", [])
    if not warnings:
        return []
    space = d["space"]
    lines = [
        tr(
            "Warning: the top-down mass (system W/kg) implies parts lighter than any in the "
            "registry:",
            context="table",
        )
    ]
    lines += [
        "  - "
        + tr(
            "{part}: {implied} {unit} (lightest {lightest} {unit})",
            context="table",
            part=mass_part(w["part"]),
            implied=human(w["implied"]),
            lightest=human(w["lightest"]),
            unit=w["unit"],
        )
        for w in warnings
    ]
    bottom_up = human(space["bottom_up_mass_kg"])
    if space["mass_kg"]:
        lines.append(
            "  "
            + tr(
                "Bottom-up, the same spacecraft weighs {mass} kg, {times}x the top-down {top} kg",
                context="table",
                mass=bottom_up,
                times=fixed(space["bottom_up_mass_kg"] / space["mass_kg"], 2, grouped=False),
                top=human(space["mass_kg"]),
            )
        )
    else:
        lines.append(
            "  "
            + tr("Bottom-up, the same spacecraft weighs {mass} kg", context="table", mass=bottom_up)
        )
    return ["", *lines]


def results_table(d: dict[str, Any], title: str) -> str:
    """The summary of ``d`` (a ``Results.to_dict()``) under ``title``."""
    boundary = tr(
        "(boundary: {boundary})", context="table", boundary=option_title("boundary", d["boundary"])
    )
    lines = [f"{title}  {boundary}", ""]
    lines += [*_comparison(d), *_mass_warnings(d), "", *_engineering(d), "", *_breakdown(d)]
    if "claims" in d:
        lines += ["", *claims_table(d["claims"])]
    if not d["feasible"]:
        lines += ["", tr("Infeasible:", context="table")] + [
            f"  - {reason(r)}" for r in d["reasons"]
        ]
    return "\n".join(lines) + "\n"
