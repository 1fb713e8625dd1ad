"""The readable form of ``explain``: each group's step from A to B, largest first, per metric.

Like results_table, it reads the same plain dictionary as the JSON (``Explanation.to_dict()`` with
the ``a`` and ``b`` names the command adds), so the table and the JSON can never disagree. Its
words are the reader's; why a metric has no bridge is the model's sentence, in English.
"""

from __future__ import annotations

import textwrap
from typing import Any

from explorer.present.text.columns import left, right
from explorer.present.text.numbers import fixed, human, none_word
from explorer.present.text.registry import bridge_group_title
from explorer.present.text.translate import N_, tr, tr_n

_CONTEXT = "explain"
METRIC_TITLES: dict[str, str] = {
    "space_to_earth_ratio": N_("Space / Earth cost", _CONTEXT),
    "earth.usd_per_gpu_hour": N_("Earth $ per GPU-hour", _CONTEXT),
    "space.usd_per_gpu_hour": N_("Space $ per GPU-hour", _CONTEXT),
    "crossover_year": N_("Crossover year", _CONTEXT),
}
_WIDTH = 34


def _unit(metric: str, text: str) -> str:
    if metric == "space_to_earth_ratio":
        return tr("{value}x", context="times", value=text)
    if metric == "crossover_year":
        return tr("{value} yr", context=_CONTEXT, value=text)
    return text


def _value(metric: str, value: float | None) -> str:
    if value is None:
        if metric == "crossover_year":
            return tr("none by 2050", context="crossover")
        return none_word()
    if metric == "crossover_year":
        return fixed(value, 1, grouped=False)
    return _unit(metric, human(value))


def _step(metric: str, value: float) -> str:
    sign = "+" if value > 0 else ""
    return sign + _unit(metric, human(value))


def _metric(metric: str, m: dict[str, Any], d: dict[str, Any]) -> list[str]:
    title = tr(METRIC_TITLES[metric], context=_CONTEXT)
    a, b = _value(metric, m["a"]), _value(metric, m["b"])
    if m["difference"] is None:
        head = tr("{title}: {a} -> {b}", context=_CONTEXT, title=title, a=a, b=b)
    else:
        head = tr(
            "{title}: {a} -> {b}  (change {change})",
            context=_CONTEXT,
            title=title,
            a=a,
            b=b,
            change=_step(metric, m["difference"]),
        )
    if m["steps"] is None:
        return [head, "  " + tr("not attributed: {reason}", context=_CONTEXT, reason=m["reason"])]
    moving = sorted(
        (key for key, step in m["steps"].items() if step != 0),
        key=lambda key: -abs(m["steps"][key]),
    )
    lines = [head] + [
        f"  {left(bridge_group_title(k), _WIDTH)}{right(_step(metric, m['steps'][k]), 14)}"
        for k in moving
    ]
    still = [
        bridge_group_title(g["key"])
        for g in d["groups"]
        if g["changed"] and m["steps"][g["key"]] == 0
    ]
    if still:
        text = tr("changed but no effect: {groups}", context=_CONTEXT, groups=", ".join(still))
        lines.append("  " + text)
    return lines


def _changes(d: dict[str, Any]) -> list[str]:
    lines = [tr("What differs, by group (A -> B)", context=_CONTEXT)]
    for group in d["groups"]:
        if group["changed"]:
            lines.append(f"  {bridge_group_title(group['key'])}")
            lines += [
                f"    {left(c['key'], _WIDTH)}{right(_plain(c['a']), 14)} -> {_plain(c['b'])}"
                for c in group["changed"]
            ]
    same = [bridge_group_title(g["key"]) for g in d["groups"] if not g["changed"]]
    if len(same) == len(d["groups"]):
        lines.append(
            "  "
            + tr("nothing: A and B are the same scenario, so every step is zero", context=_CONTEXT)
        )
    elif same:
        text = tr("the same in A and B: {groups}", context=_CONTEXT, groups=", ".join(same))
        lines += textwrap.wrap(text, 98, initial_indent="  ", subsequent_indent="    ")
    return lines


def _plain(value: float | str) -> str:
    return value if isinstance(value, str) else human(value)


def explain_table(d: dict[str, Any]) -> str:
    """The bridge of ``d`` (``Explanation.to_dict()`` with ``a`` and ``b`` holding the names)."""
    lines = [
        tr("From A = {a} to B = {b}", context=_CONTEXT, a=d["a"]["name"], b=d["b"]["name"]),
        tr_n(
            "Each group's step, largest first: Shapley values over {count} mix of A and B",
            "Each group's step, largest first: Shapley values over {count} mixes of A and B",
            d["mixes"],
            context=_CONTEXT,
            count=fixed(d["mixes"]),
        ),
        tr("(they do not depend on an order and add up to B - A)", context=_CONTEXT),
    ]
    for metric, m in d["metrics"].items():
        lines += ["", *_metric(metric, m, d)]
    lines += ["", *_changes(d)]
    return "\n".join(lines) + "\n"
