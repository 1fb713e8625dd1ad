"""What one claim's check is: its kind, its numbers, the threshold at the claim's own size, and
its verdict; and how a claim the scenario encodes is told apart from one the model tests.

A claim is one of three kinds for a given scenario:

- **outcome**: the model computes the claim's quantity from other inputs and the claim holds or
  fails against the threshold;
- **input**: the scenario sets the quantity from the claim itself (the claim's value is one of
  its inputs), so the model cannot confirm it: the verdict is "input", whatever the number says;
- **context**: the model cannot compute the quantity (a price, a plan, an anecdote): the board
  shows the scenario's value beside the claim's, verdict "context".

How "input" is told: for a claim that states an input's value (a price, a tariff, a factor), the
scenario's value lies in the claim's stated range; for an outcome, one of the parameters the
check uses is set exactly to the value the seed preset derives from that same claim
(``OWN_INPUTS`` in ``claims``; a test keeps it in step with ``presets/seed-claims-2026.yaml``)
and the claim holds: a claim that fails although granted its own value is refuted on its own
terms, an outcome that "fails".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from explorer.model.launch_path import launches_per_year
from explorer.model.results import Results

Kind = Literal["input", "outcome", "context"]
Verdict = Literal["holds", "fails", "input", "context"]

ABOUT = 0.15
""""About X" holds within 15% of X either way (a claim's "about" read as its rounding)."""


@dataclass(frozen=True)
class ClaimCheck:
    """One claim under one scenario.

    ``values`` are the numbers the model computes for the claim, named with their units (NaN
    where a number does not exist: no crossover, an infeasible side). ``value_key`` names the
    board's number among them; ``threshold`` is what the verdict asks of it, at the claim's own
    size (``at_least``, ``at_most``, or both), plus any side condition (C4's ``chip_at_most_c``).
    """

    claim_id: str
    verdict: Verdict
    values: Mapping[str, float]
    kind: Kind = "outcome"
    value_key: str = ""
    threshold: Mapping[str, float] = field(default_factory=dict)
    encoded_by: tuple[str, ...] = ()
    """The parameters that carry the claim's own value in this scenario: kind "input" when the
    claim holds; an outcome that fails was granted them and fails even so."""

    @property
    def value(self) -> float:
        """The board's number (NaN when the claim has none)."""
        return self.values.get(self.value_key, math.nan)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (NaN becomes None): id, kind, value, threshold, verdict, values."""
        return {
            "id": self.claim_id,
            "kind": self.kind,
            "value": _plain(self.value),
            "value_name": self.value_key or None,
            "threshold": {k: _plain(v) for k, v in self.threshold.items()},
            "verdict": self.verdict,
            "encoded_by": list(self.encoded_by),
            "values": {k: _plain(v) for k, v in self.values.items()},
        }


def _plain(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def f(results: Results, name: str) -> float:
    """A single scenario's result as a float."""
    return float(np.asarray(results[name]))


def s(results: Results, key: str) -> float:
    """A single scenario's parameter as a float."""
    return float(np.asarray(results.scenario[key]))


def gw_per_year_after(r: Results, years: float) -> float:
    """GW of IT a year the launch cadence deploys ``years`` after the start, with the scenario's
    spacecraft (NaN where nothing is launched)."""
    start = s(r, "start_year")
    now = float(launches_per_year(r.scenario, start))
    later = float(launches_per_year(r.scenario, start + years))
    return f(r, "space.gw_per_year_at_cadence") * later / now if now > 0 else math.nan


def within(value: float, low: float = -math.inf, high: float = math.inf) -> bool:
    """True when ``value`` is a number in [low, high]."""
    return bool(math.isfinite(value) and low <= value <= high)


def about(claimed: float) -> dict[str, float]:
    """The threshold of "about ``claimed``": within ``ABOUT`` either way."""
    return {"at_least": claimed * (1 - ABOUT), "at_most": claimed * (1 + ABOUT)}


def meets(value: float, threshold: Mapping[str, float]) -> bool:
    """True when ``value`` is a number within the threshold's ``at_least`` and ``at_most``."""
    return within(value, threshold.get("at_least", -math.inf), threshold.get("at_most", math.inf))


def set_from_claim(results: Results, own: Mapping[str, float | str]) -> tuple[str, ...]:
    """The parameters of ``own`` (key: the value derived from the claim) that the scenario sets to
    exactly that value."""
    scenario = results.scenario
    return tuple(key for key, value in own.items() if _equal(scenario[key], value))


def encodes(condition: bool, *keys: str) -> tuple[str, ...]:
    """``keys`` when the scenario takes the claim's value (``condition``), else none."""
    return keys if condition else ()


def _equal(actual: Any, claimed: float | str) -> bool:
    if isinstance(claimed, str) or isinstance(actual, str):
        return actual == claimed
    return math.isclose(float(np.asarray(actual)), claimed, rel_tol=1e-9, abs_tol=1e-12)


def outcome(
    claim_id: str,
    holds: bool,
    value_key: str,
    threshold: Mapping[str, float],
    encoded_by: tuple[str, ...] = (),
    **values: float,
) -> ClaimCheck:
    """A check the model computes: "holds" or "fails".

    When ``encoded_by`` names parameters that carry the claim's own value, a claim that holds
    only restates its input: kind and verdict "input". One that fails even so is refuted on its
    own terms: it stays an outcome that "fails", and ``encoded_by`` says which of its values it
    was granted.
    """
    numbers = {k: float(v) for k, v in values.items()}
    if encoded_by and holds:
        return ClaimCheck(claim_id, "input", numbers, "input", value_key, threshold, encoded_by)
    verdict: Verdict = "holds" if holds else "fails"
    return ClaimCheck(claim_id, verdict, numbers, "outcome", value_key, threshold, encoded_by)


def stated(
    claim_id: str,
    value_key: str,
    threshold: Mapping[str, float],
    encoded_by: tuple[str, ...] = (),
    **values: float,
) -> ClaimCheck:
    """A claim the model cannot compute: "input" when the scenario takes the claim's value
    (``encoded_by`` names where), "context" otherwise; ``threshold`` is the claim's stated
    value or range, for the board to show beside the scenario's."""
    numbers = {k: float(v) for k, v in values.items()}
    kind: Kind = "input" if encoded_by else "context"
    return ClaimCheck(claim_id, kind, numbers, kind, value_key, threshold, encoded_by)
