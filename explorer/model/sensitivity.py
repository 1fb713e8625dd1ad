"""What moves the answer: a tornado about the scenario, and "what would have to be true".

The tornado moves one parameter at a time across the range Monte Carlo draws it from (its
registry spread around the scenario's value: launch price from half to twice, ...), the others
held, and records the breakeven launch price and the crossover year; only the parameters Monte
Carlo would draw take part. The thresholds search each parameter's whole registry range for the
value at which orbit ties the ground (ratio 1), or say there is none. Every variant of every
parameter is evaluated in one vectorised call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.model.compare import evaluate
from explorer.model.params import PARAMS, Param
from explorer.model.scenario import Scenario
from explorer.model.uncertainty import describe

METRICS = {
    "breakeven_launch_usd_per_kg": "Breakeven launch price ($/kg)",
    "crossover_year": "Crossover year",
}
# What "none" stands for when ranking swings: no breakeven means not even free launch is enough
# (as if the breakeven were $0/kg); no crossover means not before the axis ends (after 2050).
NONE_STANDS_FOR = {"breakeven_launch_usd_per_kg": 0.0, "crossover_year": 2051.0}
_GRID = 48  # points per parameter when looking for a tie
_BISECTIONS = 40  # halves the bracket to about 1e-12 of the range


@dataclass(frozen=True)
class SensitivityRow:
    """One parameter's swing: the metric at its low and high end (NaN = none), and the
    parameter's value at each end (``low_setting``, ``high_setting``, in its unit)."""

    key: str
    title: str
    low_label: str
    high_label: str
    low_value: float
    high_value: float
    none_stands_for: float
    low_setting: float
    high_setting: float

    @property
    def swing(self) -> float:
        """How far the metric moves, with "none" ranked as ``none_stands_for``."""
        low, high = np.nan_to_num([self.low_value, self.high_value], nan=self.none_stands_for)
        return float(abs(high - low))


@dataclass(frozen=True)
class Threshold:
    """The value of one parameter at which orbit ties the ground, others held (NaN = none)."""

    key: str
    title: str
    unit: str
    current: float
    value: float

    @property
    def label(self) -> str:
        return f"{self.value:.4g} {self.unit}" if np.isfinite(self.value) else "none in range"


def _label(param: Param, value: float) -> str:
    number = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"
    return f"{number} {param.unit}"


def _varied(scenario: Scenario, params: list[Param], values: np.ndarray) -> Scenario:
    """A batch: row i of ``values`` (one column per variant) replaces ``params[i]`` only."""
    count, width = values.shape
    changes = {}
    for i, param in enumerate(params):
        column = np.full((count, width), float(scenario[param.key]))
        column[i] = values[i]
        changes[param.key] = column
    return scenario.with_changes(changes)


def _candidates(scenario: Scenario, locked: frozenset[str]) -> list[Param]:
    return [p for p in PARAMS if p.uncertain and p.key not in locked]


def tornado(
    scenario: Scenario,
    metric: str = "crossover_year",
    locked=frozenset(),
    unlocked=frozenset(),
) -> list[SensitivityRow]:
    """Rows for every parameter Monte Carlo would draw, largest swing first."""
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {', '.join(METRICS)}")
    drawn = [row for row in describe(scenario, 1.0, locked, unlocked) if row.status == "drawn"]
    if not drawn:
        return []
    by_key = {p.key: p for p in PARAMS}
    params = [by_key[row.key] for row in drawn]
    ends = np.array([[row.low, row.high] for row in drawn])
    r = evaluate(_varied(scenario, params, ends), with_paths=metric == "crossover_year")
    values = np.asarray(r[metric])
    rows = [
        SensitivityRow(
            p.key,
            p.title,
            _label(p, ends[i, 0]),
            _label(p, ends[i, 1]),
            float(values[i, 0]),
            float(values[i, 1]),
            NONE_STANDS_FOR[metric],
            float(ends[i, 0]),
            float(ends[i, 1]),
        )
        for i, p in enumerate(params)
    ]
    return sorted(rows, key=lambda row: row.swing, reverse=True)


def _gap(scenario: Scenario, params: list[Param], values: np.ndarray) -> np.ndarray:
    """Relative gap space / earth - 1 for each variant (NaN where infeasible)."""
    r = evaluate(_varied(scenario, params, values), with_paths=False)
    return np.asarray(r["space_to_earth_ratio"]) - 1


def thresholds(scenario: Scenario, locked=frozenset()) -> list[Threshold]:
    """For each continuous parameter, the value nearest the current one at which orbit ties.

    A grid over the range finds where the gap changes sign between two feasible points; the
    bracket is then halved until it is tiny. Whole-number parameters have no exact tie.
    """
    params = [p for p in _candidates(scenario, frozenset(locked)) if not p.integer]
    if not params:
        return []
    grid = np.array([_axis(p) for p in params])
    gap = _gap(scenario, params, grid)
    current = np.array([float(scenario[p.key]) for p in params])
    crosses = (
        np.isfinite(gap[:, :-1])
        & np.isfinite(gap[:, 1:])
        & (np.sign(gap[:, :-1]) != np.sign(gap[:, 1:]))
    )
    distance = np.where(crosses, np.abs(grid[:, :-1] - current[:, None]), np.inf)
    found = crosses.any(axis=1)
    pick = np.argmin(distance, axis=1)
    rows = np.arange(len(params))
    low, high = grid[rows, pick], grid[rows, pick + 1]
    low_gap = gap[rows, pick]
    for _ in range(_BISECTIONS):
        middle = (low + high) / 2
        middle_gap = _gap(scenario, params, middle[:, None])[:, 0]
        same = np.sign(middle_gap) == np.sign(low_gap)
        low = np.where(same, middle, low)
        low_gap = np.where(same, middle_gap, low_gap)
        high = np.where(same, high, middle)
    value = np.where(found, (low + high) / 2, np.nan)
    return [
        Threshold(p.key, p.title, p.unit, float(current[i]), float(value[i]))
        for i, p in enumerate(params)
    ]


def _axis(param: Param) -> np.ndarray:
    if param.scale == "log":
        return np.geomspace(param.minimum, param.maximum, _GRID)
    return np.linspace(param.minimum, param.maximum, _GRID)


def summary(scenario: Scenario, locked=frozenset(), unlocked=frozenset()) -> dict:
    """The JSON-ready sensitivity section of ``evaluate --samples``."""
    out: dict = {"tornado": {}}
    for metric in METRICS:
        out["tornado"][metric] = [
            {
                "key": row.key,
                "low": row.low_label,
                "high": row.high_label,
                "at_low": _plain(row.low_value),
                "at_high": _plain(row.high_value),
            }
            for row in tornado(scenario, metric, locked, unlocked)
        ]
    out["thresholds"] = [
        {"key": t.key, "current": t.current, "ties_at": _plain(t.value), "unit": t.unit}
        for t in thresholds(scenario, locked)
    ]
    return out


def _plain(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None
