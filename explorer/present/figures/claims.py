"""The claims board: each seed claim the model can test, its number now, and whether it holds,
beside the loaded preset's and the pinned scenario's verdicts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from explorer.model import Results
from explorer.model.claims import ClaimCheck, check_claims
from explorer.present.figures.elements import COMPARED, Table
from explorer.present.figures.frame import Frame, Memo, infeasible_note
from explorer.present.text.claims import claim_measure, claim_said, claim_value
from explorer.present.text.results import mass_warning_full
from explorer.present.text.translate import N_, current_language, tr

TITLE = N_("Claims board", "chart")

_VERDICTS = {
    "holds": N_("✔ holds", "verdict"),
    "fails": N_("✘ fails", "verdict"),
    "context": N_("• context", "verdict"),
}
# Narrow boards show the glyph alone: its shape still tells the three verdicts apart.
VERDICT_GLYPHS = {"holds": "✔", "fails": "✘", "context": "•"}
_COMPARED_TITLES = {
    "reference": N_("Preset", "claims board"),
    "pinned": N_("Pinned", "claims board"),
}


@dataclass(frozen=True)
class ClaimRow:
    """One claim as the board shows it; ``verdict`` is "holds", "fails" or "context"."""

    claim_id: str
    claim: str
    measure: str
    value: str
    verdict: str
    tooltip: str


@dataclass(frozen=True)
class ComparedCell:
    """A compared scenario's value and verdict for one claim."""

    value: str
    verdict: str
    tooltip: str


@dataclass(frozen=True)
class ClaimsFigure:
    """``compared[variant]`` has one cell per row (None where that scenario lacks the claim),
    or is None when the scenario is not shown."""

    title: str
    headers: tuple[str, ...]
    narrow_verdict_header: str
    compared_headers: Mapping[str, tuple[str, str]]
    verdict_texts: Mapping[str, str]
    rows: tuple[ClaimRow, ...]
    compared: Mapping[str, tuple[ComparedCell | None, ...] | None]
    note: str
    table: Table


_ROWS: dict[tuple, ClaimRow] = {}
"""Rows already written, by claim, verdict and numbers: a drag changes a few claims' numbers,
and the board leaves the rows that come back the same object alone."""
_KEPT_ROWS = 512


def _rows(results: Results) -> tuple[ClaimRow, ...]:
    rows = []
    for check in check_claims(results):
        # L1 carries the top-down mass warning, whose words depend on more than its numbers.
        warning = mass_warning_full(results) if check.claim_id == "L1" else ""
        key = (check.claim_id, check.verdict, *check.values.items(), warning, current_language())
        row = _ROWS.get(key)
        if row is None:
            if len(_ROWS) >= _KEPT_ROWS:
                _ROWS.clear()
            row = _ROWS[key] = _row(check, warning)
        rows.append(row)
    return tuple(rows)


def _row(check: ClaimCheck, warning: str = "") -> ClaimRow:
    said, measure = claim_said(check.claim_id), claim_measure(check.claim_id)
    value = claim_value(check)
    tooltip = tr(
        "<b>{id}</b>: {claim}<br><i>Model measure:</i> {measure}<br><i>Now:</i> {value} "
        "({verdict})",
        context="claims board",
        id=escape(check.claim_id),
        claim=escape(said),
        measure=escape(measure),
        value=escape(value),
        verdict=escape(check.verdict),
    )
    if warning:
        tooltip += "<br>⚠ " + escape(warning)
    return ClaimRow(check.claim_id, said, measure, value, check.verdict, tooltip)


def _compared(name: str, rows: tuple[ClaimRow, ...], others: tuple[ClaimRow, ...]):
    by_id = {row.claim_id: row for row in others}
    title = tr(_COMPARED_TITLES[name], context="claims board")
    cells = []
    for row in rows:
        other = by_id.get(row.claim_id)
        cells.append(
            None
            if other is None
            else ComparedCell(other.value, other.verdict, f"{title}: {other.value}")
        )
    return tuple(cells)


def claims_figure(frame: Frame, memo: Memo) -> ClaimsFigure:
    rows = memo.of("claims.current", frame.current, _rows)
    shown = frame.shown()
    compared = {
        name: None
        if shown[name] is None
        else _compared(name, rows, memo.of(f"claims.{name}", shown[name], _rows))
        for name in COMPARED
    }
    columns = [
        ("claim_id", [r.claim_id for r in rows]),
        ("claim", [r.claim for r in rows]),
        ("measure", [r.measure for r in rows]),
        ("value", [r.value for r in rows]),
        ("verdict", [r.verdict for r in rows]),
    ]
    for name, cells in compared.items():
        if cells is not None:
            columns.append((f"{name}_value", [c.value if c else "" for c in cells]))
            columns.append((f"{name}_verdict", [c.verdict if c else "" for c in cells]))
    return ClaimsFigure(
        title=tr(TITLE, context="chart"),
        headers=(
            tr("Claim", context="claims board"),
            tr("What was said", context="claims board"),
            tr("Model measure", context="claims board"),
            tr("Now", context="claims board"),
            tr("Verdict", context="claims board"),
        ),
        narrow_verdict_header=tr("Holds", context="claims board"),
        compared_headers={
            name: (
                tr(
                    "{scenario} value",
                    context="claims board",
                    scenario=tr(title, context="claims board"),
                ),
                tr(title, context="claims board"),
            )
            for name, title in _COMPARED_TITLES.items()
        },
        verdict_texts={k: tr(v, context="verdict") for k, v in _VERDICTS.items()},
        rows=rows,
        compared=compared,
        note=infeasible_note(frame, memo),
        table=Table((tuple(columns),)),
    )
