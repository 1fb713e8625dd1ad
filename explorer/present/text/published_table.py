"""The readable form of the published analyses' metrics in ``evaluate`` (issue 11).

Like results_table, it reads the same plain dictionary as the JSON: ``published_metrics`` (every
scenario) and ``published`` (a bundled preset of a published analysis).
"""

from __future__ import annotations

from typing import Any

from explorer.present.text.numbers import human
from explorer.present.text.translate import tr

_LABEL = 40
TITLE = "published title"
"""The context of the analyses' and their metrics' titles (``data_messages`` lists them)."""


def _money(value: float | None, unit: str) -> str:
    if value is None:
        return tr("n/a")
    return f"${human(value)}" if unit == "$" else human(value)


def _times(ratio: float | None) -> str:
    return tr("n/a") if ratio is None else f"{ratio:.3g}x"


def _gap(gap: float | None, in_range: bool = False) -> str:
    if gap is None:
        return ""
    if in_range and gap == 0:
        return " " + tr("(within their range)", context="published")
    return f" ({gap:+.1%})"


def _authors_earth(earth: float | list[float], unit: str) -> str:
    if isinstance(earth, list):
        return tr("{low} to {high}", low=_money(earth[0], unit), high=_money(earth[1], unit))
    return _money(earth, unit)


def _comparison(p: dict[str, Any]) -> list[str]:
    unit, authors, ours, gap = p["unit"], p["authors"], p["ours"], p["gap"]
    kind = (
        tr("as published", context="published")
        if p["kind"] == "as_published"
        else tr("with what it leaves out", context="published")
    )
    authors_sides = tr(
        "Earth {earth}, space {space}",
        context="published",
        earth=_authors_earth(authors["earth"], unit),
        space=_money(authors["space"], unit),
    )
    ours_sides = tr(
        "Earth {earth}, space {space}",
        context="published",
        earth=_money(ours["earth"], unit) + _gap(gap["earth"], isinstance(authors["earth"], list)),
        space=_money(ours["space"], unit) + _gap(gap["space"]),
    )
    return [
        tr(
            "{title}; this preset: {kind}",
            context="published",
            title=tr(p["title"], context=TITLE),
            kind=kind,
        ),
        f"  {tr('The authors', context='published'):<{_LABEL - 2}}{authors_sides}"
        + ("" if authors["ratio"] is None else f", {_times(authors['ratio'])}"),
        f"  {tr('Here', context='published'):<{_LABEL - 2}}{ours_sides}, "
        f"{_times(ours['ratio'])}{_gap(gap['ratio'])}",
        "  " + tr("Source: {source}", context="published", source=p["source"]),
    ]


def published_table(d: dict[str, Any]) -> str:
    """The metrics section of ``d`` (a ``to_dict()`` with ``published_metrics``, and
    ``published`` when the preset reproduces a published analysis)."""
    lines = [
        "",
        tr(
            "In the published analyses' own metrics (totals at the discount rate, "
            "undiscounted at 0%)",
            context="published",
        ),
    ]
    for m in d["published_metrics"].values():
        unit = m["unit"]
        lines.append(
            f"  {tr(m['title'], context=TITLE) + ' (' + unit + ')':<{_LABEL}}"
            + tr(
                "Earth {earth}, space {space}",
                context="published",
                earth=_money(m["earth"], unit),
                space=_money(m["space"], unit),
            )
            + f", {_times(m['ratio'])}"
        )
    if d.get("published"):
        lines += ["", *_comparison(d["published"])]
    return "\n".join(lines) + "\n"
