"""The claims board: every seed claim in words, the number the model computes for it under the
current scenario, the threshold at the claim's own size, and two verdicts: the current scenario's
and today's world's (the bundled baseline-2026 preset, evaluated once)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from explorer.io import PresetError, load_bundled
from explorer.model import Results, evaluate
from explorer.model.claims import ClaimCheck, check_claims
from explorer.model.params import REGISTRY
from explorer.present.figures.elements import LegendItem, Table
from explorer.present.figures.frame import Frame, Memo, infeasible_note
from explorer.present.text import claims as words
from explorer.present.text import registry
from explorer.present.text.languages import LANGUAGES
from explorer.present.text.results import mass_warning_full
from explorer.present.text.translate import N_, current_language, tr

TITLE = N_("Claims board", "chart")
TODAY_PRESET = "baseline-2026"
"""Today's world: the preset whose verdicts the board shows beside the current scenario's."""

VERDICT_ROLES: dict[str, str] = {
    "holds": "holds",
    "fails": "fails",
    "input": "encoded",
    "context": "context",
}
"""Each verdict's colour role (a Theme attribute)."""

_LEGEND = {
    "holds": N_("holds: computed, and it holds", "claims board"),
    "fails": N_("fails: computed, and it fails", "claims board"),
    "input": N_("input: the scenario takes the claim's value", "claims board"),
    "context": N_("context: the model cannot compute it", "claims board"),
}


@dataclass(frozen=True)
class ClaimRow:
    """One claim as the board shows it: ``verdict`` and ``today`` are "holds", "fails", "input"
    or "context" (``today`` "" when today's world could not be evaluated)."""

    claim_id: str
    claim: str
    value: str
    threshold: str
    verdict: str
    today: str
    today_value: str
    tooltip: str


@dataclass(frozen=True)
class ClaimsFigure:
    title: str
    headers: tuple[str, ...]
    short_headers: tuple[str, ...]
    """The headers of a narrow board (the verdict columns' shortened)."""
    verdict_texts: Mapping[str, str]
    rows: tuple[ClaimRow, ...]
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


@dataclass(frozen=True)
class _Today:
    """Today's world's checks, evaluated once; text is written per language."""

    checks: dict[str, ClaimCheck]


_today: _Today | None = None


def today_checks() -> dict[str, ClaimCheck]:
    """Today's world's checks by claim id (empty if the preset cannot be read), computed on the
    first call only: today's world does not change while the app runs."""
    global _today
    if _today is None:
        try:
            results = evaluate(load_bundled(TODAY_PRESET).scenario)
        except PresetError:
            _today = _Today({})
        else:
            _today = _Today({c.claim_id: c for c in check_claims(results)})
    return _today.checks


_ROWS: dict[tuple, ClaimRow] = {}
"""Rows already written, by claim, numbers, verdict and language: a drag changes a few claims'
numbers, and the board leaves the rows that come back the same object alone."""
_KEPT_ROWS = 512


def _key(check: ClaimCheck) -> tuple:
    return (check.claim_id, check.verdict, tuple(check.values.items()), check.encoded_by)


def _rows(results: Results) -> tuple[ClaimRow, ...]:
    today = today_checks()
    language = current_language()
    rows = []
    for check in check_claims(results):
        other = today.get(check.claim_id)
        # L1 carries the top-down mass warning, whose words depend on more than its numbers.
        warning = mass_warning_full(results) if check.claim_id == "L1" else ""
        key = (_key(check), _key(other) if other is not None else None, warning, language)
        row = _ROWS.get(key)
        if row is None:
            if len(_ROWS) >= _KEPT_ROWS:
                _ROWS.clear()
            row = _ROWS[key] = _row(check, other, warning)
        rows.append(row)
    return tuple(rows)


def _granted(check: ClaimCheck) -> str:
    if not check.encoded_by:
        return ""
    names = ", ".join(escape(registry.title(k)) for k in check.encoded_by if k in REGISTRY)
    if check.verdict == "input":
        return tr("Set from the claim: {names}.", context="claims board", names=names)
    return tr(
        "Fails even with the claim's own value for: {names}.", context="claims board", names=names
    )


def _row(check: ClaimCheck, today: ClaimCheck | None, warning: str = "") -> ClaimRow:
    claim_id = check.claim_id
    value, threshold = words.claim_value(check), words.claim_threshold(check)
    today_value = words.claim_value(today) if today is not None else ""
    lines = [
        f"<b>{escape(claim_id)}</b>: {escape(words.claim_quote(claim_id))}",
        f"<i>{escape(words.claim_source(claim_id))}</i>",
    ]
    if current_language().code != "en":
        lines.append(
            tr(
                "In English: {text}",
                context="claims board",
                text=escape(words.claim_quote_in_english(claim_id)),
            )
        )
    lines += [
        tr(
            "Original ({language}): {text}",
            context="claims board",
            language=LANGUAGES[code].name,
            text=escape(text),
        )
        for code, text in words.claim_originals(claim_id).items()
    ]
    lines += [
        tr(
            "<i>Model measure:</i> {measure}",
            context="claims board",
            measure=escape(words.claim_measure(claim_id)),
        ),
        tr(
            "<i>This scenario:</i> {value} against {threshold}: <b>{verdict}</b>",
            context="claims board",
            value=escape(value),
            threshold=escape(threshold),
            verdict=escape(words.verdict_word(check.verdict)),
        ),
    ]
    if granted := _granted(check):
        lines.append(granted)
    if warning:
        lines.append("⚠ " + escape(warning))
    if today is not None:
        lines.append(
            tr(
                "<i>Today's world:</i> {value}: <b>{verdict}</b>",
                context="claims board",
                value=escape(today_value),
                verdict=escape(words.verdict_word(today.verdict)),
            )
        )
    return ClaimRow(
        claim_id=claim_id,
        claim=words.claim_short(claim_id),
        value=value,
        threshold=threshold,
        verdict=check.verdict,
        today=today.verdict if today is not None else "",
        today_value=today_value,
        tooltip="<br>".join(lines),
    )


def claims_figure(frame: Frame, memo: Memo) -> ClaimsFigure:
    rows = memo.of("claims.current", frame.current, _rows)
    columns = (
        ("claim_id", [r.claim_id for r in rows]),
        ("claim", [r.claim for r in rows]),
        ("value", [r.value for r in rows]),
        ("threshold", [r.threshold for r in rows]),
        ("verdict", [r.verdict for r in rows]),
        ("today_value", [r.today_value for r in rows]),
        ("today_verdict", [r.today for r in rows]),
    )
    return ClaimsFigure(
        title=tr(TITLE, context="chart"),
        headers=(
            tr("Claim", context="claims board"),
            tr("What was said", context="claims board"),
            tr("Model's number", context="claims board"),
            tr("Threshold", context="claims board"),
            tr("This scenario", context="claims board"),
            tr("Today's world", context="claims board"),
        ),
        short_headers=(
            tr("Claim", context="claims board"),
            tr("What was said", context="claims board"),
            tr("Model's number", context="claims board"),
            tr("Threshold", context="claims board"),
            tr("Now", context="claims board"),
            tr("Today", context="claims board"),
        ),
        verdict_texts={v: words.verdict_word(v) for v in words.VERDICTS},
        rows=rows,
        note=infeasible_note(frame, memo),
        legend=tuple(
            LegendItem(VERDICT_ROLES[v], "box", tr(text, context="claims board"))
            for v, text in _LEGEND.items()
        ),
        table=Table((columns,)),
    )
