"""What the window shows of a scenario's uncertainty, each computed in one call on any thread.

The window's UncertaintyController runs ``compute_snapshot`` on the GUI thread with a few draws
while a slider moves and on a worker thread with the full count once it rests; ``compute_tornado``
and ``compute_thresholds`` feed the tornado chart and the "what would have to be true" table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from explorer.model import Results, Scenario
from explorer.model.params import PARAMS
from explorer.model.sensitivity import METRICS, SensitivityRow, Threshold, thresholds, tornado
from explorer.model.uncertainty import Bands, monte_carlo

SAMPLE_CHOICES: tuple[int, ...] = (1_000, 10_000, 30_000)
"""Draw counts offered for the bands once a slider rests."""
LIVE_SAMPLES = 500
"""Draws per frame while a slider moves: bands within the frame budget, on the GUI thread."""
LAUNCH_POINTS = 200
"""Points of the bands against launch price (as many as the chart's curves)."""
PROBABILITY_YEARS: tuple[int, ...] = (2030, 2035)
"""Years for which the panel states the chance that orbit is cheaper (bands on)."""
TORNADO_ROWS = 12
"""Rows the tornado shows: the parameters that move the metric most (more would not be legible)."""
WIDTH_RANGE = (0.05, 1.0)
"""Spread scale: each parameter's registry spread around its current value is multiplied by it
(a factor's exponent for log-scaled parameters)."""
UNCERTAIN_KEYS: frozenset[str] = frozenset(p.key for p in PARAMS if p.uncertain)
"""Parameters Monte Carlo may draw, and so the ones that can be locked."""
LOCKED_BY_DEFAULT: frozenset[str] = frozenset(
    p.key for p in PARAMS if p.uncertain and p.locked_by_default
)
"""Policy and design choices: held at their values unless the user unlocks them."""


@dataclass(frozen=True)
class UncertaintySettings:
    """How the window draws: bands on or off, draws, spread scale, seed, the parameters the user
    locked and the locked-by-default ones the user unlocked."""

    bands: bool = False
    samples: int = 10_000
    width: float = 1.0
    seed: int = 0
    locked: frozenset[str] = field(default_factory=frozenset)
    unlocked: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.samples < 1:
            raise ValueError(f"samples must be at least 1, got {self.samples}")
        if not WIDTH_RANGE[0] <= self.width <= WIDTH_RANGE[1]:
            raise ValueError(f"width must be in {WIDTH_RANGE}, got {self.width}")
        unknown = self.locked - UNCERTAIN_KEYS
        if unknown:
            raise ValueError(f"cannot lock {', '.join(sorted(unknown))}: not drawn")
        unknown = self.unlocked - LOCKED_BY_DEFAULT
        if unknown:
            raise ValueError(f"cannot unlock {', '.join(sorted(unknown))}: not locked by default")

    @property
    def shut(self) -> frozenset[str]:
        """Parameters whose padlock is shut: locked by the user, or by default and not opened."""
        return self.locked | (LOCKED_BY_DEFAULT - self.unlocked)

    def with_lock(self, key: str, locked: bool) -> UncertaintySettings:
        """The padlock of ``key`` shut (``locked``) or opened."""
        keys = self.locked | {key} if locked else self.locked - {key}
        opened = self.unlocked
        if key in LOCKED_BY_DEFAULT:
            keys = keys - {key}  # a policy parameter is shut by not being opened
            opened = opened - {key} if locked else opened | {key}
        return replace(self, locked=frozenset(keys), unlocked=frozenset(opened))

    def with_all(self, locked: bool) -> UncertaintySettings:
        """Every padlock shut, or every one opened (the policy parameters' too)."""
        if locked:
            return replace(self, locked=UNCERTAIN_KEYS, unlocked=frozenset())
        return replace(self, locked=frozenset(), unlocked=LOCKED_BY_DEFAULT)


@dataclass(frozen=True)
class UncertaintySnapshot:
    """One scenario's Monte Carlo as the window shows it.

    ``p_now`` is the share of the feasible draws in which orbit is cheaper at the scenario's
    start (NaN when no draw is feasible), ``infeasible_share`` the share of all draws that have
    no answer; ``p_by_year`` the chance along the cost paths, among the draws feasible in that
    year (empty without bands). ``launch`` and ``year`` are the charts' bands (None without
    bands). ``full`` is False for a live preview.
    """

    scenario: Scenario
    settings: UncertaintySettings
    samples: int
    full: bool
    p_now: float
    p_by_year: dict[int, float]
    launch: Bands | None
    year: Bands | None
    infeasible_share: float = 0.0


@dataclass(frozen=True)
class TornadoSnapshot:
    """Tornado rows of one metric (a key of ``sensitivity.METRICS``) around its base value."""

    scenario: Scenario
    metric: str
    rows: list[SensitivityRow]
    base_value: float

    @property
    def metric_title(self) -> str:
        return METRICS[self.metric]


@dataclass(frozen=True)
class ThresholdsSnapshot:
    """Where orbit ties the ground, parameter by parameter, for one scenario."""

    scenario: Scenario
    rows: list[Threshold]


def compute_snapshot(
    scenario: Scenario,
    settings: UncertaintySettings,
    samples: int,
    full: bool,
    is_stale: Callable[[], bool] = lambda: False,
) -> UncertaintySnapshot | None:
    """Draw ``samples`` scenarios around ``scenario``; None if ``is_stale()`` turned True midway.

    Bands (and the by-year chances) only when ``settings.bands``: without them the draws skip the
    learning-curve paths, which costs less than half.
    """
    mc = monte_carlo(
        scenario,
        samples,
        seed=settings.seed,
        width=settings.width,
        locked=settings.locked,
        unlocked=settings.unlocked,
        with_paths=settings.bands,
    )
    launch = year = None
    p_by_year: dict[int, float] = {}
    if settings.bands:
        if is_stale():
            return None
        launch = mc.launch_bands(LAUNCH_POINTS)
        if is_stale():
            return None
        year = mc.year_bands()
        p_by_year = _chance_in_years(year)
    return UncertaintySnapshot(
        scenario,
        settings,
        samples,
        full,
        mc.p_orbit_cheaper,
        p_by_year,
        launch,
        year,
        mc.infeasible_share,
    )


def _chance_in_years(bands: Bands) -> dict[int, float]:
    years = np.asarray(bands.x, dtype=float)
    return {
        year: float(bands.p_orbit_cheaper[np.flatnonzero(years == year)[0]])
        for year in PROBABILITY_YEARS
        if np.any(years == year)
    }


def compute_tornado(
    results: Results,
    metric: str,
    locked: frozenset[str] = frozenset(),
    unlocked: frozenset[str] = frozenset(),
) -> TornadoSnapshot:
    """The ``TORNADO_ROWS`` parameters that move ``metric`` most, leaving out those that do not
    move it at all (and the locked ones: the user's, and the policy ones not ``unlocked``); the
    base value is the metric in ``results``."""
    scenario = results.scenario
    base = float(results[metric])
    if locked >= UNCERTAIN_KEYS:  # nothing left to move (the model needs one parameter at least)
        return TornadoSnapshot(scenario, metric, [], base)
    rows = [row for row in tornado(scenario, metric, locked, unlocked) if _moves(row, base)]
    return TornadoSnapshot(scenario, metric, rows[:TORNADO_ROWS], base)


def _moves(row: SensitivityRow, base: float) -> bool:
    """True if either end changes the metric ("none" counting as ``row.none_stands_for``)."""
    low, high, mid = np.nan_to_num([row.low_value, row.high_value, base], nan=row.none_stands_for)
    return bool(low != mid or high != mid)


def compute_thresholds(scenario: Scenario, locked: frozenset[str]) -> ThresholdsSnapshot:
    if locked >= UNCERTAIN_KEYS:
        return ThresholdsSnapshot(scenario, [])
    return ThresholdsSnapshot(scenario, thresholds(scenario, locked))
