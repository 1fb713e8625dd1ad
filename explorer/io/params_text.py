"""The parameter registry as a Markdown table (pasted into the README) or as JSON.

Output depends only on the registry, in registry order, so the README's copy can be checked by a
test against a fresh rendering.
"""

from __future__ import annotations

import json
from typing import Any

from explorer.io.values import fmt_number
from explorer.model.params import CHOICES, GROUP_TITLES, PARAMS, Param


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def monte_carlo_text(p: Param) -> str:
    """How Monte Carlo treats a parameter: "×/÷2", "±0.1", "locked: ×/÷3" or "scope"."""
    if not p.uncertain:
        return "scope"
    spread = f"×/÷{fmt_number(p.spread)}" if p.scale == "log" else f"±{fmt_number(p.spread)}"
    return f"locked: {spread}" if p.locked_by_default else spread


def params_markdown() -> str:
    lines = [
        "| key | title | unit | default | min | max | scale | Monte Carlo | group | description "
        "| source |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for p in PARAMS:
        cells = (
            f"`{p.key}`",
            p.title,
            p.unit,
            fmt_number(p.default),
            fmt_number(p.minimum),
            fmt_number(p.maximum),
            p.scale + (", whole" if p.integer else ""),
            monte_carlo_text(p),
            GROUP_TITLES[p.group],
            p.description,
            p.source,
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines += [
        "",
        "| key | title | options | default | group | description | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in CHOICES:
        options = ", ".join(f"`{o}` ({t})" for o, t in zip(c.options, c.option_titles, strict=True))
        cells = (
            f"`{c.key}`",
            c.title,
            options,
            f"`{c.default}`",
            GROUP_TITLES[c.group],
            c.description,
            c.source,
        )
        lines.append("| " + " | ".join(_cell(x) for x in cells) + " |")
    return "\n".join(lines) + "\n"


def params_records() -> list[dict[str, Any]]:
    """One JSON-ready record per registry entry, numbers first, then choices."""
    records: list[dict[str, Any]] = []
    for p in PARAMS:
        records.append(
            {
                "key": p.key,
                "kind": "number",
                "title": p.title,
                "unit": p.unit,
                "default": p.default,
                "min": p.minimum,
                "max": p.maximum,
                "step": p.step,
                "scale": p.scale,
                "integer": p.integer,
                "spread": p.spread,
                "uncertain": p.uncertain,
                "locked_by_default": p.locked_by_default,
                "group": p.group,
                "description": p.description,
                "source": p.source,
            }
        )
    for c in CHOICES:
        records.append(
            {
                "key": c.key,
                "kind": "choice",
                "title": c.title,
                "options": list(c.options),
                "option_titles": list(c.option_titles),
                "default": c.default,
                "group": c.group,
                "description": c.description,
                "source": c.source,
            }
        )
    return records


def params_json() -> str:
    return json.dumps(params_records(), indent=2, ensure_ascii=False) + "\n"
