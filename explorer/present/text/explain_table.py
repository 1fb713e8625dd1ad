"""The readable form of ``explain``: each group's step from A to B, largest first, per metric.

Like results_table, it reads the same plain dictionary as the JSON (``Explanation.to_dict()`` with
the ``a`` and ``b`` names the command adds), so the table and the JSON can never disagree.
"""

from __future__ import annotations

import textwrap
from typing import Any

from explorer.present.text.numbers import human

METRIC_TITLES: dict[str, str] = {
    "space_to_earth_ratio": "Space / Earth cost",
    "earth.usd_per_gpu_hour": "Earth $ per GPU-hour",
    "space.usd_per_gpu_hour": "Space $ per GPU-hour",
    "crossover_year": "Crossover year",
}
_UNITS: dict[str, str] = {"space_to_earth_ratio": "x", "crossover_year": " yr"}
_WIDTH = 34


def _value(metric: str, value: float | None) -> str:
    if value is None:
        return "none by 2050" if metric == "crossover_year" else "n/a"
    if metric == "crossover_year":
        return f"{value:.1f}"
    return human(value) + _UNITS.get(metric, "")


def _step(metric: str, value: float) -> str:
    sign = "+" if value > 0 else ""
    return f"{sign}{human(value)}{_UNITS.get(metric, '')}"


def _metric(metric: str, m: dict[str, Any], d: dict[str, Any]) -> list[str]:
    change = "" if m["difference"] is None else f"  (change {_step(metric, m['difference'])})"
    head = f"{METRIC_TITLES[metric]}: {_value(metric, m['a'])} -> {_value(metric, m['b'])}{change}"
    if m["steps"] is None:
        return [head, f"  not attributed: {m['reason']}"]
    moving = sorted(
        (key for key, step in m["steps"].items() if step != 0),
        key=lambda key: -abs(m["steps"][key]),
    )
    titles = {g["key"]: g["title"] for g in d["groups"]}
    lines = [head] + [f"  {titles[k]:<{_WIDTH}}{_step(metric, m['steps'][k]):>14}" for k in moving]
    still = [g["title"] for g in d["groups"] if g["changed"] and m["steps"][g["key"]] == 0]
    if still:
        lines.append(f"  changed but no effect: {', '.join(still)}")
    return lines


def _changes(d: dict[str, Any]) -> list[str]:
    lines = ["What differs, by group (A -> B)"]
    for group in d["groups"]:
        if group["changed"]:
            lines.append(f"  {group['title']}")
            lines += [
                f"    {c['key']:<{_WIDTH}}{_plain(c['a']):>14} -> {_plain(c['b'])}"
                for c in group["changed"]
            ]
    same = [g["title"] for g in d["groups"] if not g["changed"]]
    if len(same) == len(d["groups"]):
        lines.append("  nothing: A and B are the same scenario, so every step is zero")
    elif same:
        text = f"the same in A and B: {', '.join(same)}"
        lines += textwrap.wrap(text, 98, initial_indent="  ", subsequent_indent="    ")
    return lines


def _plain(value: float | str) -> str:
    return value if isinstance(value, str) else human(value)


def explain_table(d: dict[str, Any]) -> str:
    """The bridge of ``d`` (``Explanation.to_dict()`` with ``a`` and ``b`` holding the names)."""
    lines = [
        f"From A = {d['a']['name']} to B = {d['b']['name']}",
        f"Each group's step, largest first: Shapley values over {d['mixes']} "
        f"mix{'es' if d['mixes'] != 1 else ''} of A and B",
        "(they do not depend on an order and add up to B - A)",
    ]
    for metric, m in d["metrics"].items():
        lines += ["", *_metric(metric, m, d)]
    lines += ["", *_changes(d)]
    return "\n".join(lines) + "\n"
