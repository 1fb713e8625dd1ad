"""A readable side-by-side summary of one evaluated scenario (``evaluate`` without ``--json``).

It reads the plain dictionary of ``Results.to_dict()``, the same data as the JSON, so the table and
the JSON can never disagree.
"""

from __future__ import annotations

from typing import Any

from explorer.model.parts import PART_TITLES, PARTS

_WIDTH = max(34, *(len(title) for title in PART_TITLES.values()))


def human(value: float | None, digits: int = 4) -> str:
    """A number for people: thousands separated, a few significant digits, 'n/a' for None."""
    if value is None:
        return "n/a"
    if abs(value) >= 1e12:
        return f"{value / 1e12:,.3g} trillion"
    if abs(value) >= 1e9:
        return f"{value / 1e9:,.3g} billion"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}"


def _row(label: str, *cells: str) -> str:
    return f"  {label:<{_WIDTH}}" + "".join(f"{c:>16}" for c in cells)


def _year(value: float) -> str:
    return f"{value:.1f}"


def _windows(windows: list[list[float | None]]) -> str:
    """Every window in which orbit is cheaper, e.g. "2027.3-2029.4, 2035.1 on"."""
    if not windows:
        return "none by 2050"
    return ", ".join(
        f"{_year(start)} on" if end is None else f"{_year(start)}-{_year(end)}"
        for start, end in windows
    )


def _comparison(d: dict[str, Any]) -> list[str]:
    earth, space = d["earth"], d["space"]
    ratio = d["space_to_earth_ratio"]
    breakeven = d["breakeven_launch_usd_per_kg"]
    crossover = d["crossover_year"]
    now = d["launch_price_by_year"][0][1] if d.get("launch_price_by_year") else None
    return [
        _row("", "Earth", "Space"),
        _row("$ per GPU-hour", human(earth["usd_per_gpu_hour"]), human(space["usd_per_gpu_hour"])),
        _row("$ per MWh of IT energy", human(earth["usd_per_mwh"]), human(space["usd_per_mwh"])),
        _row("Total, present value ($)", human(earth["total_usd"]), human(space["total_usd"])),
        "",
        _row("Space / Earth cost", "n/a" if ratio is None else f"{ratio:.3g}x"),
        _row(
            "Breakeven launch price ($/kg)",
            "none" if breakeven is None else human(breakeven),
            "" if now is None else f"(now {human(now)})",
        ),
        _row(
            "Crossover year (lasting)",
            "none by 2050" if crossover is None else _year(crossover),
        ),
        _row("Orbit cheaper in", _windows(d.get("cheaper_windows", []))),
    ]


def _engineering(d: dict[str, Any]) -> list[str]:
    earth, space = d["earth"], d["space"]
    rows = [
        ("GPUs", human(earth["gpus"])),
        ("Generation per GPU (kW)", human(earth["kw_per_gpu_at_generator"])),
        ("Ground energy over horizon (MWh)", human(earth["energy_mwh"])),
        ("Ground wait for power (yr)", human(earth["delay_years"])),
        ("Mass to orbit (kg)", human(space["mass_kg"])),
        ("  of which battery (kg)", human(space["battery_mass_kg"])),
        ("  of which bus and structure (kg)", human(space["bus_mass_kg"])),
        ("  of which propellant (kg)", human(space["propellant_mass_kg"])),
        ("Bottom-up mass, same inputs (kg)", human(space["bottom_up_mass_kg"])),
        ("Launches", human(space["launches"])),
        ("Launch campaign (yr)", human(space["build_out_years"])),
        ("Orbit's average wait (yr)", human(space["delay_years"])),
        ("Satellites", human(space["satellites"])),
        ("System specific power (W/kg)", human(space["w_per_kg"])),
        ("Array area (m²)", human(space["array_area_m2"])),
        ("Radiator area (m²)", human(space["radiator_area_m2"])),
        ("Radiator net flux (W/m²)", human(space["radiator_net_flux_w_per_m2"])),
        ("GW per year at launch cadence", human(space["gw_per_year_at_cadence"])),
        ("Mean GPU capacity in orbit", human(space["mean_capacity"])),
        ("Launch $ per kW-year", human(space["launch_usd_per_kw_year"])),
    ]
    return ["Engineering"] + [_row(label, value) for label, value in rows]


def _breakdown(d: dict[str, Any]) -> list[str]:
    earth = d["earth"]["breakdown_per_gpu_hour"]
    space = d["space"]["breakdown_per_gpu_hour"]
    lines = ["$ per GPU-hour by part (all parts; the boundary decides which are summed)"]
    for part in PARTS:
        if earth[part] or space[part]:
            lines.append(_row(PART_TITLES[part], human(earth[part]), human(space[part])))
    return lines


def _mass_warnings(d: dict[str, Any]) -> list[str]:
    warnings = d.get("mass_warnings", [])
    if not warnings:
        return []
    space = d["space"]
    times = space["bottom_up_mass_kg"] / space["mass_kg"] if space["mass_kg"] else None
    lines = [
        "Warning: the top-down mass (system W/kg) implies parts lighter than any in the registry:"
    ]
    lines += [
        f"  - {w['part']}: {human(w['implied'])} {w['unit']} (lightest {human(w['lightest'])} "
        f"{w['unit']})"
        for w in warnings
    ]
    lines.append(
        f"  Bottom-up, the same spacecraft weighs {human(space['bottom_up_mass_kg'])} kg"
        + ("" if times is None else f", {times:.2f}x the top-down {human(space['mass_kg'])} kg")
    )
    return ["", *lines]


def results_table(d: dict[str, Any], title: str) -> str:
    """The summary of ``d`` (a ``Results.to_dict()``) under ``title``."""
    lines = [f"{title}  (boundary: {d['boundary']})", ""]
    lines += [*_comparison(d), *_mass_warnings(d), "", *_engineering(d), "", *_breakdown(d)]
    if not d["feasible"]:
        lines += ["", "Infeasible:"] + [f"  - {reason}" for reason in d["reasons"]]
    return "\n".join(lines) + "\n"
