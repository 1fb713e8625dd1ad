"""A readable side-by-side summary of one evaluated scenario (``evaluate`` without ``--json``).

It reads the plain dictionary of ``Results.to_dict()``, the same data as the JSON, so the table and
the JSON can never disagree.
"""

from __future__ import annotations

from typing import Any

from explorer.model.parts import PART_TITLES, PARTS
from explorer.present.text.claims_table import claims_table
from explorer.present.text.numbers import decimal_year, fixed, human, significant
from explorer.present.text.results import mass_part, part_title, reason, side
from explorer.present.text.translate import tr

_WIDTH = max(50, *(len(title) for title in PART_TITLES.values()))


def _row(label: str, *cells: str) -> str:
    return f"  {label:<{_WIDTH}}" + "".join(f"{c:>16}" for c in cells)


def _label(text: str) -> str:
    return tr(text, context="table")


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
            _label("Crossover year (lasting)"),
            tr("none by 2050", context="crossover")
            if crossover is None
            else decimal_year(crossover),
        ),
        _row(_label("Orbit cheaper in"), _windows(d.get("cheaper_windows", []))),
    ]


def _engineering(d: dict[str, Any]) -> list[str]:
    earth, space = d["earth"], d["space"]
    rows = [
        (_label("GPUs"), human(earth["gpus"])),
        (_label("Generation per GPU (kW)"), human(earth["kw_per_gpu_at_generator"])),
        (_label("Ground energy over horizon (MWh)"), human(earth["energy_mwh"])),
        (_label("Ground wait for power (yr)"), human(earth["delay_years"])),
        (_label("Mass to orbit (kg)"), human(space["mass_kg"])),
        ("  " + _label("of which battery (kg)"), human(space["battery_mass_kg"])),
        ("  " + _label("of which bus and structure (kg)"), human(space["bus_mass_kg"])),
        ("  " + _label("of which propellant (kg)"), human(space["propellant_mass_kg"])),
        (_label("Bottom-up mass, same inputs (kg)"), human(space["bottom_up_mass_kg"])),
        (_label("Launches"), human(space["launches"])),
        (_label("Launch campaign (yr)"), human(space["build_out_years"])),
        (_label("Orbit's average wait (yr)"), human(space["delay_years"])),
        (_label("Satellites"), human(space["satellites"])),
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


def _mass_warnings(d: dict[str, Any]) -> list[str]:
    warnings = d.get("mass_warnings", [])
    if not warnings:
        return []
    space = d["space"]
    lines = [
        _label(
            "Warning: the top-down mass (system W/kg) implies parts lighter than any in the "
            "registry:"
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
    boundary = tr("(boundary: {boundary})", context="table", boundary=d["boundary"])
    lines = [f"{title}  {boundary}", ""]
    lines += [*_comparison(d), *_mass_warnings(d), "", *_engineering(d), "", *_breakdown(d)]
    if "claims" in d:
        lines += ["", *claims_table(d["claims"])]
    if not d["feasible"]:
        lines += ["", _label("Infeasible:")] + [f"  - {reason(r)}" for r in d["reasons"]]
    return "\n".join(lines) + "\n"
