"""Between two scenes the parameters move, not the pixels: a scenario part of the way from one to
the other, evaluated like any other, so curves and numbers morph as the physics would.

A log-scaled parameter moves evenly in its logarithm (launch price $1,800 to $20/kg passes
$190, not $910, half way), a whole-number one in whole steps, and a choice switches half way.
"""

from __future__ import annotations

import math

from explorer.model import Scenario
from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY

DURATION_MS = 600
"""A transition's length (400 to 800 ms reads as motion, not as a wait)."""


def ease(t: float) -> float:
    """Cubic ease-in-out of ``t`` in [0, 1]: slow off the mark, slow into place."""
    t = min(1.0, max(0.0, t))
    return 4 * t**3 if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


class Blend:
    """The scenarios between ``a`` and ``b``: what differs is found once, each frame only
    moves it."""

    def __init__(self, a: Scenario, b: Scenario) -> None:
        self.a, self.b = a, b
        self._moves = [(key, start, end) for key, (start, end) in a.diff(b).items()]

    def at(self, t: float) -> Scenario:
        """The scenario ``t`` of the way (0: ``a`` itself, 1: ``b`` itself)."""
        if t <= 0 or not self._moves:
            return self.a if t < 1 else self.b
        if t >= 1:
            return self.b
        changes: dict[str, float | str] = {}
        for key, start, end in self._moves:
            if key in CHOICES_BY_KEY:
                changes[key] = end if t >= 0.5 else start
                continue
            param = PARAMS_BY_KEY[key]
            x, y = float(start), float(end)
            if param.scale == "log" and x > 0 and y > 0:
                value = math.exp(math.log(x) + t * (math.log(y) - math.log(x)))
            else:
                value = x + t * (y - x)
            changes[key] = float(round(value)) if param.integer else value
        return self.a.with_changes(changes)


def blend(a: Scenario, b: Scenario, t: float) -> Scenario:
    """The scenario ``t`` of the way from ``a`` to ``b``."""
    return Blend(a, b).at(t)
