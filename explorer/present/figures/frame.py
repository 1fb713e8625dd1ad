"""What a set of figures shows: the evaluated scenarios and the uncertainty of the current one,
and a memo that keeps what was derived from Results that have not changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from explorer.model import Results, Scenario, evaluate
from explorer.present.bridge import BridgeSnapshot, compute_bridge
from explorer.present.text.results import infeasible
from explorer.present.uncertainty import (
    TornadoSnapshot,
    UncertaintySettings,
    UncertaintySnapshot,
    compute_snapshot,
    compute_tornado,
)

S = TypeVar("S")
T = TypeVar("T")


@dataclass(frozen=True)
class Frame:
    """The current scenario's results; the loaded preset's and the pinned scenario's (drawn
    dashed and dotted behind it, None when not shown); Monte Carlo bands of the current scenario
    (None without bands), its tornado (None until computed) and the metric the tornado ranks
    by; the bridge from the preset or the pinned scenario to it (None until computed)."""

    current: Results
    reference: Results | None = None
    pinned: Results | None = None
    bands: UncertaintySnapshot | None = None
    tornado: TornadoSnapshot | None = None
    metric: str = "crossover_year"
    bridge: BridgeSnapshot | None = None

    def shown(self) -> dict[str, Results | None]:
        """The scenarios by variant ("current", "reference", "pinned")."""
        return {"current": self.current, "reference": self.reference, "pinned": self.pinned}


def frame_of(
    scenario: Scenario,
    samples: int = 0,
    seed: int = 0,
    metric: str = "crossover_year",
    bridge_from: Scenario | None = None,
) -> Frame:
    """One scenario evaluated, with its tornado on ``metric``, its bridge from ``bridge_from``
    (the preset it was changed from; itself when None) and, when ``samples`` > 0, bands from that
    many Monte Carlo draws with ``seed`` (what an export from the command line shows)."""
    if samples < 0:
        raise ValueError(f"samples must be 0 (no bands) or more, got {samples}")
    results = evaluate(scenario)
    bands = None
    if samples:
        settings = UncertaintySettings(bands=True, samples=samples, seed=seed)
        bands = compute_snapshot(scenario, settings, samples, full=True)
    bridge = compute_bridge(bridge_from if bridge_from is not None else scenario, scenario)
    return Frame(
        results,
        bands=bands,
        tornado=compute_tornado(results, metric),
        metric=metric,
        bridge=bridge,
    )


def infeasible_note(frame: Frame, memo: Memo) -> str:
    """Why the current scenario is infeasible ("" when it is not), written once per frame."""
    return memo.of("note", frame.current, lambda results: infeasible(results.reasons()))


class Memo:
    """Values derived from one object (Results, a tornado), kept while the same object comes
    back.

    A drag changes the current Results on every frame; the preset's and the pinned scenario's
    stay the same objects, so their curves are computed once, and an unchanged figure is the
    same object, which its chart does not draw again.
    """

    def __init__(self) -> None:
        self._kept: dict[str, tuple[Any, Any]] = {}

    def of(self, name: str, source: S, derive: Callable[[S], T]) -> T:
        kept = self._kept.get(name)
        if kept is not None and kept[0] is source:
            return kept[1]
        value = derive(source)
        self._kept[name] = (source, value)
        return value
