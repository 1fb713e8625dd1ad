"""Monte Carlo about the scenario, through the same vectorised model (issue 10, item 6).

Each parameter is uncertain within its registry ``spread`` around the value the scenario gives it:
log-scaled parameters are drawn log-triangular between value / spread and value x spread (launch
price from half to twice), the others triangular between value - spread and value + spread, with
the mode at the value and the range cut at the registry's limits. ``width`` scales every spread
(1: the registry's; 0.5: half, in log terms for log parameters). Scope parameters are never drawn;
policy and design parameters (``locked_by_default``) only when unlocked; locked parameters keep
their value. Each parameter draws from its own seeded stream, so that locking one leaves the
others' draws unchanged. The chance that orbit is cheaper is counted among feasible draws; the
infeasible share is reported beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from explorer.model.compare import evaluate
from explorer.model.params import PARAMS, Param
from explorer.model.results import Results
from explorer.model.scenario import Scenario
from explorer.model.sweeps import cost_against_launch_price, launch_price_axis

PERCENTILES = (10.0, 50.0, 90.0)

Status = Literal["drawn", "locked", "locked_by_default", "scope"]


@dataclass(frozen=True)
class Bands:
    """P10, P50 and P90 of both costs along one axis, and the chance that orbit is cheaper.

    ``earth`` and ``space`` have shape (3, len(x)) in $ per GPU-hour, over the draws feasible
    all along the axis; ``p_orbit_cheaper`` is, at each x, the share of the draws feasible there
    in which orbit is cheaper; ``feasible_share`` the share of all draws feasible there.
    """

    x: np.ndarray
    earth: np.ndarray
    space: np.ndarray
    p_orbit_cheaper: np.ndarray
    feasible_share: np.ndarray


@dataclass(frozen=True)
class Varied:
    """What Monte Carlo does with one parameter: Qt-free facts for the window to put in words.

    ``status`` is "drawn", "locked" (by the user), "locked_by_default" (policy or design, drawn
    only when unlocked) or "scope" (the question itself, never drawn). ``low``, ``mode`` and
    ``high`` bound the triangle the value is drawn from (all equal to the value when not drawn);
    ``shape`` is "log-triangular" or "triangular"; ``spread`` is the registry's, as a factor
    (``spread_kind`` "factor") or a plus-or-minus in ``unit`` ("plus_minus"), before ``width``.
    """

    key: str
    title: str
    unit: str
    group: str
    status: Status
    value: float
    low: float
    mode: float
    high: float
    shape: str
    spread: float
    spread_kind: str


def _status(param: Param, locked: frozenset[str], unlocked: frozenset[str]) -> Status:
    if not param.uncertain or param.spread <= 0:
        return "scope"
    if param.key in locked:
        return "locked"
    if param.locked_by_default and param.key not in unlocked:
        return "locked_by_default"
    return "drawn"


def draw_interval(param: Param, current: float, width: float = 1.0) -> tuple[float, float]:
    """The range a parameter is drawn from: its spread (times ``width``) around ``current``,
    cut at the registry's limits."""
    if param.scale == "log":
        factor = param.spread**width
        low, high = current / factor, current * factor
    else:
        low, high = current - param.spread * width, current + param.spread * width
    return max(low, param.minimum), min(high, param.maximum)


def _triangular(low: float, mode: float, high: float, u: np.ndarray) -> np.ndarray:
    """The triangular distribution's inverse CDF at uniforms ``u`` (one square root per draw)."""
    rising = u < (mode - low) / (high - low)
    root = np.sqrt(np.where(rising, u * (mode - low), (1 - u) * (high - mode)) * (high - low))
    return np.where(rising, low + root, high - root)


def _draw(param: Param, current: float, width: float, u: np.ndarray) -> np.ndarray:
    """Draws of one parameter from the uniforms ``u``: triangular, log-triangular on a log scale."""
    low, high = draw_interval(param, current, width)
    if not high > low:
        return np.full(u.shape, current)
    mode = min(max(current, low), high)
    if param.scale == "log":
        values = np.exp(_triangular(np.log(low), np.log(mode), np.log(high), u))
    else:
        values = _triangular(low, mode, high, u)
    if param.integer:
        values = np.clip(np.round(values), param.minimum, param.maximum)
    return values


def describe(
    scenario: Scenario,
    width: float = 1.0,
    locked: Iterable[str] = (),
    unlocked: Iterable[str] = (),
) -> list[Varied]:
    """For every numeric parameter, in registry order, whether and how Monte Carlo draws it."""
    locked, unlocked = frozenset(locked), frozenset(unlocked)
    rows = []
    for param in PARAMS:
        value = float(np.asarray(scenario[param.key]).flat[0])
        status = _status(param, locked, unlocked)
        low, high = draw_interval(param, value, width) if status == "drawn" else (value, value)
        rows.append(
            Varied(
                key=param.key,
                title=param.title,
                unit=param.unit,
                group=param.group,
                status=status,
                value=value,
                low=low,
                mode=min(max(value, low), high),
                high=high,
                shape="log-triangular" if param.scale == "log" else "triangular",
                spread=param.spread,
                spread_kind="factor" if param.scale == "log" else "plus_minus",
            )
        )
    return rows


def draws(
    scenario: Scenario,
    samples: int,
    seed: int = 0,
    width: float = 1.0,
    locked: Iterable[str] = (),
    unlocked: Iterable[str] = (),
) -> Scenario:
    """A batch Scenario of ``samples`` draws around ``scenario`` (see the module's docstring)."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    if not 0 < width <= 1:
        raise ValueError("width must be in (0, 1]")
    locked, unlocked = frozenset(locked), frozenset(unlocked)
    streams = np.random.SeedSequence(seed).spawn(len(PARAMS))
    values = {}
    for param, stream in zip(PARAMS, streams, strict=True):  # registry order
        if _status(param, locked, unlocked) == "drawn":
            u = np.random.default_rng(stream).random(samples)
            values[param.key] = _draw(param, float(scenario[param.key]), width, u)
    if not values:
        # Nothing drawn: still a batch of ``samples`` (identical) draws, so that results and
        # bands keep their draw axis.
        first = PARAMS[0].key
        values[first] = np.full(samples, float(scenario[first]))
    return scenario.with_changes(values)


@dataclass(frozen=True)
class MonteCarlo:
    """One scenario's uncertainty: the draws' results and their summaries.

    ``scenario`` is the scenario drawn around; ``results`` are the draws' results.
    """

    scenario: Scenario
    samples: int
    seed: int
    width: float
    locked: frozenset[str]
    unlocked: frozenset[str]
    results: Results

    @property
    def feasible_share(self) -> float:
        return float(np.mean(self.results["feasible"]))

    @property
    def infeasible_share(self) -> float:
        """Share of draws in which one side cannot be evaluated (no verdict, not "Earth wins")."""
        return 1.0 - self.feasible_share

    def percentiles(self, name: str) -> np.ndarray:
        """P10, P50, P90 of a result over the feasible draws (NaN if none is feasible)."""
        values = np.asarray(self.results[name])[np.asarray(self.results["feasible"])]
        values = values[np.isfinite(values)]
        if values.size == 0:
            return np.full(3, np.nan)
        return np.percentile(values, PERCENTILES)

    @property
    def p_orbit_cheaper(self) -> float:
        """P(orbit cheaper | feasible) in the start year; NaN when no draw is feasible."""
        r = self.results
        feasible = np.asarray(r["feasible"])
        wins = feasible & (
            np.asarray(r["space.usd_per_gpu_hour"]) < np.asarray(r["earth.usd_per_gpu_hour"])
        )
        count = int(feasible.sum())
        return float(wins.sum() / count) if count else float("nan")

    def launch_bands(self, points: int = 200) -> Bands:
        """Bands of $ per GPU-hour against launch price (the drawn launch price is replaced)."""
        prices = launch_price_axis(points)
        curves = cost_against_launch_price(self.results, prices)
        feasible = np.asarray(self.results["feasible"])[..., None]
        return _bands(prices, curves["earth"], curves["space"], feasible)

    def year_bands(self) -> Bands:
        """Bands of $ per GPU-hour against year, along each draw's own learning curves."""
        r = self.results
        if "path.year" not in r:
            raise ValueError("the draws were evaluated without paths")
        return _bands(
            r["path.year"],
            r["path.earth_usd_per_gpu_hour"],
            r["path.space_usd_per_gpu_hour"],
            r["path.feasible"],
        )


def _bands(x, earth, space, feasible) -> Bands:
    earth, space, feasible = np.broadcast_arrays(earth, space, feasible)
    feasible_count = feasible.sum(axis=0)
    wins = (feasible & (space < earth)).sum(axis=0)
    p_orbit_cheaper = np.where(feasible_count > 0, wins / np.maximum(feasible_count, 1), np.nan)
    feasible_share = feasible_count / feasible.shape[0]
    rows = feasible.all(axis=-1)
    if not rows.any():
        empty = np.full((3, len(x)), np.nan)
        return Bands(np.asarray(x), empty, empty.copy(), p_orbit_cheaper, feasible_share)
    return Bands(
        x=np.asarray(x),
        earth=_columns_percentiles(earth[rows]),
        space=_columns_percentiles(space[rows]),
        p_orbit_cheaper=p_orbit_cheaper,
        feasible_share=feasible_share,
    )


def _columns_percentiles(values: np.ndarray) -> np.ndarray:
    """P10, P50, P90 of each column, interpolated as numpy's default ("linear") method does.

    A full sort along the draws is faster here than np.percentile's repeated partitions, and a
    column that does not vary (the ground against launch price) is sorted once.
    """
    if values.shape[1] > 1 and np.all(values == values[:, :1]):
        return np.repeat(_columns_percentiles(values[:, :1]), values.shape[1], axis=1)
    ordered = np.sort(values, axis=0)
    position = np.asarray(PERCENTILES) / 100 * (len(ordered) - 1)
    below = np.floor(position).astype(int)
    above = np.minimum(below + 1, len(ordered) - 1)
    share = (position - below)[:, None]
    return ordered[below] * (1 - share) + ordered[above] * share


def monte_carlo(
    scenario: Scenario,
    samples: int = 10_000,
    seed: int = 0,
    width: float = 1.0,
    locked: Iterable[str] = (),
    with_paths: bool = True,
    unlocked: Iterable[str] = (),
) -> MonteCarlo:
    """Evaluate ``samples`` seeded draws around ``scenario`` in one vectorised call."""
    locked, unlocked = frozenset(locked), frozenset(unlocked)
    batch = draws(scenario, samples, seed, width, locked, unlocked)
    results = evaluate(batch, with_paths=with_paths)
    return MonteCarlo(scenario, samples, seed, width, locked, unlocked, results)


def summary(mc: MonteCarlo) -> dict:
    """The JSON-ready summary ``evaluate --samples`` prints."""

    def _triple(values: np.ndarray) -> dict:
        return {f"p{int(p)}": _plain(v) for p, v in zip(PERCENTILES, values, strict=True)}

    varied = describe(mc.scenario, mc.width, mc.locked, mc.unlocked)
    out = {
        "samples": mc.samples,
        "seed": mc.seed,
        "width": mc.width,
        "locked": sorted(mc.locked),
        "unlocked": sorted(mc.unlocked),
        "feasible_share": mc.feasible_share,
        "infeasible_share": mc.infeasible_share,
        "earth_usd_per_gpu_hour": _triple(mc.percentiles("earth.usd_per_gpu_hour")),
        "space_usd_per_gpu_hour": _triple(mc.percentiles("space.usd_per_gpu_hour")),
        "space_to_earth_ratio": _triple(mc.percentiles("space_to_earth_ratio")),
        "p_orbit_cheaper": _plain(mc.p_orbit_cheaper),
        "varied": [
            {"key": row.key, "low": row.low, "mode": row.mode, "high": row.high, "shape": row.shape}
            for row in varied
            if row.status == "drawn"
        ],
    }
    if "path.year" in mc.results:
        bands = mc.year_bands()
        out["by_year"] = [
            {
                "year": int(y),
                "p_orbit_cheaper": _plain(bands.p_orbit_cheaper[i]),
                "feasible_share": float(bands.feasible_share[i]),
                "earth_usd_per_gpu_hour": _triple(bands.earth[:, i]),
                "space_usd_per_gpu_hour": _triple(bands.space[:, i]),
            }
            for i, y in enumerate(bands.x)
        ]
    return out


def _plain(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None
