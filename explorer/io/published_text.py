"""The readable form of the published analyses' metrics in ``evaluate`` (issue 11).

Like results_text, it reads the same plain dictionary as the JSON: ``published_metrics`` (every
scenario) and ``published`` (a bundled preset of a published analysis).
"""

from __future__ import annotations

from typing import Any

from explorer.io.results_text import human

_LABEL = 40


def _money(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    return f"${human(value)}" if unit == "$" else human(value)


def _times(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.3g}x"


def _gap(gap: float | None, in_range: bool = False) -> str:
    if gap is None:
        return ""
    return " (within their range)" if in_range and gap == 0 else f" ({gap:+.1%})"


def _authors_earth(earth: float | list[float], unit: str) -> str:
    if isinstance(earth, list):
        return f"{_money(earth[0], unit)} to {_money(earth[1], unit)}"
    return _money(earth, unit)


def _comparison(p: dict[str, Any]) -> list[str]:
    unit, authors, ours, gap = p["unit"], p["authors"], p["ours"], p["gap"]
    kind = "as published" if p["kind"] == "as_published" else "with what it leaves out"
    return [
        f"{p['title']}; this preset: {kind}",
        f"  {'The authors':<{_LABEL - 2}}Earth {_authors_earth(authors['earth'], unit)}, "
        f"space {_money(authors['space'], unit)}"
        + ("" if authors["ratio"] is None else f", {_times(authors['ratio'])}"),
        f"  {'Here':<{_LABEL - 2}}Earth {_money(ours['earth'], unit)}"
        f"{_gap(gap['earth'], isinstance(authors['earth'], list))}, "
        f"space {_money(ours['space'], unit)}{_gap(gap['space'])}, "
        f"{_times(ours['ratio'])}{_gap(gap['ratio'])}",
        f"  Source: {p['source']}",
    ]


def published_table(d: dict[str, Any]) -> str:
    """The metrics section of ``d`` (a ``to_dict()`` with ``published_metrics``, and
    ``published`` when the preset reproduces a published analysis)."""
    lines = [
        "",
        "In the published analyses' own metrics (totals at the discount rate, undiscounted at 0%)",
    ]
    for m in d["published_metrics"].values():
        unit = m["unit"]
        lines.append(
            f"  {m['title'] + ' (' + unit + ')':<{_LABEL}}Earth {_money(m['earth'], unit)}, "
            f"space {_money(m['space'], unit)}, {_times(m['ratio'])}"
        )
    if d.get("published"):
        lines += ["", *_comparison(d["published"])]
    return "\n".join(lines) + "\n"
