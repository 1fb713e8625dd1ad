"""The claims board as text, for ``evaluate``'s table: each claim's id, kind, verdict, number and
threshold, from the same plain dictionaries as the JSON (``ClaimCheck.to_dict()``)."""

from __future__ import annotations

import math
from typing import Any

from explorer.model.claims import ClaimCheck
from explorer.present.text.claims import claim_short, claim_threshold, claim_value, verdict_word
from explorer.present.text.columns import left
from explorer.present.text.translate import N_, tr

_KINDS = {
    "input": N_("input", "claim kind"),
    "outcome": N_("outcome", "claim kind"),
    "context": N_("context", "claim kind"),
}


def check_of(row: dict[str, Any]) -> ClaimCheck:
    """The ClaimCheck a JSON row was written from (None numbers are NaN again)."""
    return ClaimCheck(
        row["id"],
        row["verdict"],
        {k: math.nan if v is None else v for k, v in row["values"].items()},
        row["kind"],
        row["value_name"] or "",
        {k: math.nan if v is None else v for k, v in row["threshold"].items()},
        tuple(row["encoded_by"]),
    )


def claims_table(rows: list[dict[str, Any]]) -> list[str]:
    """The board's lines: a heading, then one line a claim."""
    lines = [
        tr(
            "Claims (kind: input = set from the claim, outcome = computed, context = not computed)",
            context="table",
        )
    ]
    for row in rows:
        check = check_of(row)
        kind = tr(_KINDS[check.kind], context="claim kind")
        lines.append(
            f"  {left(check.claim_id, 4)}{left(kind, 9)}{left(verdict_word(check.verdict), 9)}"
            f"{left(claim_value(check), 42)}{left(claim_threshold(check), 28)}"
            f"{claim_short(check.claim_id)}"
        )
    return lines
