"""The interview's claims (shared/SEED-CLAIMS.md) checked against one evaluated scenario.

Every claim has a row, in the order of SEED-CLAIMS.md. For each, the model says whether the
scenario encodes it (kind "input": the claim's value is one of the scenario's inputs, so the model
cannot confirm it), tests it (kind "outcome": the quantity is computed from other inputs and the
claim "holds" or "fails" against a threshold at the claim's own size: "10x" means 10x, "orders of
magnitude" at least 10x, "about X" within 15% of X, "several hundred" 300 or more), or can only
set it beside the scenario (kind "context"). ``claim_check`` defines a check; ``claims_earth`` and
``claims_space`` compute them. The claims' words are the presentation's
(``explorer.present.text.claims``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explorer.model import claims_earth as earth
from explorer.model import claims_space as space
from explorer.model.claim_check import ABOUT, ClaimCheck, Kind, Verdict
from explorer.model.claims_earth import CLAIM_H1_LATEST_YEAR
from explorer.model.results import Results

CHECKS: tuple[Callable[[Results], ClaimCheck], ...] = (
    earth.h1,
    earth.h2,
    earth.p1,
    earth.p2,
    earth.p3,
    earth.p4,
    earth.p5,
    earth.p6,
    earth.p7,
    earth.p8,
    earth.p9,
    earth.g1,
    earth.g2,
    earth.g3,
    earth.g4,
    earth.g5,
    earth.g6,
    space.l1,
    space.l2,
    space.l3,
    space.l4,
    space.l5,
    space.l6,
    space.l7,
    space.c1,
    space.c2,
    space.c3,
    space.c4,
    space.c5,
    space.c6,
)
CLAIM_IDS: tuple[str, ...] = tuple(check.__name__.upper() for check in CHECKS)
"""Every claim of SEED-CLAIMS.md, in its order."""

OWN_INPUTS: dict[str, dict[str, float | str]] = {**earth.OWN_INPUTS, **space.OWN_INPUTS}
"""For each outcome the seed preset can encode: the parameters it sets from that claim, with
the value it derives (``presets/seed-claims-2026.yaml`` comments each with the claim's id)."""


def check_claims(results: Results) -> list[ClaimCheck]:
    """Every claim of SEED-CLAIMS.md for one evaluated (single-point) scenario, in its order."""
    with np.errstate(all="ignore"):
        return [check(results) for check in CHECKS]


__all__ = [
    "ABOUT",
    "CHECKS",
    "CLAIM_H1_LATEST_YEAR",
    "CLAIM_IDS",
    "OWN_INPUTS",
    "ClaimCheck",
    "Kind",
    "Verdict",
    "check_claims",
]
