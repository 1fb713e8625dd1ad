"""The bridge the window shows: from the loaded preset (or the pinned scenario, when one is pinned)
to the current scenario, computed in one call on any thread (``explain`` evaluates up to 2^n
mixes, tens of milliseconds: the window runs it off the GUI thread once the scenario rests)."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.model import Scenario
from explorer.model.explain import Explanation, explain


@dataclass(frozen=True)
class BridgeSnapshot:
    """The bridge from ``a`` to ``b``: ``origin`` says what A is ("reference": the loaded preset,
    "pinned": the pinned scenario)."""

    a: Scenario
    b: Scenario
    origin: str
    explanation: Explanation

    def explains(self, a: Scenario, b: Scenario) -> bool:
        """True if this is the bridge from ``a`` to ``b`` (the same objects, or equal values)."""
        return _same(self.a, a) and _same(self.b, b)


def _same(x: Scenario, y: Scenario) -> bool:
    return x is y or dict(x.items()) == dict(y.items())


def compute_bridge(a: Scenario, b: Scenario, origin: str = "reference") -> BridgeSnapshot:
    """The Shapley bridge from ``a`` to ``b`` (single scenarios)."""
    if origin not in ("reference", "pinned"):
        raise ValueError(f"origin must be 'reference' or 'pinned', got {origin!r}")
    return BridgeSnapshot(a, b, origin, explain(a, b))
