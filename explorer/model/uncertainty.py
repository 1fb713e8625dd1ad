"""Monte Carlo over the registry's ranges, through the same vectorised model (issue 4).

Each uncertain parameter is drawn from the distribution its registry entry names: uniform,
log-uniform (log-scaled ranges) or triangular with its mode at the current value. ``width`` 1
draws over the whole registry range; a smaller width draws over that fraction of the range
centred on the current value. Locked parameters keep the current value. Draws are seeded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from explorer.model.compare import evaluate
from explorer.model.params import PARAMS, Param
from explorer.model.results import Results
from explorer.model.scenario import Scenario
from explorer.model.sweeps import cost_against_launch_price, launch_price_axis

PERCENTILES = (10.0, 50.0, 90.0)


@dataclass(frozen=True)
class Bands:
    """P10, P50 and P90 of both costs along one axis, and the chance that orbit is cheaper.

    ``earth`` and ``space`` have shape (3, len(x)) in $ per GPU-hour; ``p_orbit_cheaper`` is the
    share of all draws in which orbit is feasible and cheaper, at each x.
    """

    x: np.ndarray
    earth: np.ndarray
    space: np.ndarray
    p_orbit_cheaper: np.ndarray


@dataclass(frozen=True)
class MonteCarlo:
    """One scenario's uncertainty: the draws' results and their summaries."""

    samples: int
    seed: int
    width: float
    locked: frozenset[str]
    results: Results

    @property
    def feasible_share(self) -> float:
        return float(np.mean(self.results["feasible"]))

    def percentiles(self, name: str) -> np.ndarray:
        """P10, P50, P90 of a result over the feasible draws (NaN if none is feasible)."""
        values = np.asarray(self.results[name])[np.asarray(self.results["feasible"])]
        values = values[np.isfinite(values)]
        if values.size == 0:
            return np.full(3, np.nan)
        return np.percentile(values, PERCENTILES)

    @property
    def p_orbit_cheaper(self) -> float:
        r = self.results
        wins = np.asarray(r["feasible"]) & (
            np.asarray(r["space.usd_per_gpu_hour"]) < np.asarray(r["earth.usd_per_gpu_hour"])
        )
        return float(np.mean(wins))

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
    wins = feasible & (space < earth)
    rows = feasible.all(axis=-1)
    if not rows.any():
        empty = np.full((3, len(x)), np.nan)
        return Bands(np.asarray(x), empty, empty.copy(), np.zeros(len(x)))
    return Bands(
        x=np.asarray(x),
        earth=_columns_percentiles(earth[rows]),
        space=_columns_percentiles(space[rows]),
        p_orbit_cheaper=wins.mean(axis=0),
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


def draw_interval(param: Param, current: float, width: float) -> tuple[float, float]:
    """The range a parameter is drawn from: ``width`` of its registry range around ``current``."""
    if param.scale == "log":
        low, high, centre = np.log(param.minimum), np.log(param.maximum), np.log(current)
    else:
        low, high, centre = param.minimum, param.maximum, current
    half = width * (high - low) / 2
    a, b = max(low, centre - half), min(high, centre + half)
    if width >= 1:
        a, b = low, high
    if param.scale == "log":
        return float(np.exp(a)), float(np.exp(b))
    return float(a), float(b)


def _draw(param: Param, current: float, width: float, n: int, rng) -> np.ndarray:
    low, high = draw_interval(param, current, width)
    if high <= low:
        return np.full(n, current)
    if param.distribution == "log_uniform":
        values = np.exp(rng.uniform(np.log(low), np.log(high), n))
    elif param.distribution == "uniform":
        values = rng.uniform(low, high, n)
    else:
        values = rng.triangular(low, min(max(current, low), high), high, n)
    if param.integer:
        values = np.clip(np.round(values), param.minimum, param.maximum)
    return values


def draws(
    scenario: Scenario,
    samples: int,
    seed: int = 0,
    width: float = 1.0,
    locked: Iterable[str] = (),
) -> Scenario:
    """A batch Scenario of ``samples`` draws; locked and scope parameters stay as they are."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    if not 0 < width <= 1:
        raise ValueError("width must be in (0, 1]")
    rng = np.random.default_rng(seed)
    locked = set(locked)
    values = {}
    for param in PARAMS:  # registry order, so a seed always gives the same draws
        current = float(scenario[param.key])
        if param.uncertain and param.key not in locked:
            values[param.key] = _draw(param, current, width, samples, rng)
    if not values:
        # Everything locked: still a batch of ``samples`` (identical) draws, so that results
        # and bands keep their draw axis.
        first = PARAMS[0].key
        values[first] = np.full(samples, float(scenario[first]))
    return scenario.with_changes(values)


def monte_carlo(
    scenario: Scenario,
    samples: int = 10_000,
    seed: int = 0,
    width: float = 1.0,
    locked: Iterable[str] = (),
    with_paths: bool = True,
) -> MonteCarlo:
    """Evaluate ``samples`` seeded draws around ``scenario`` in one vectorised call."""
    locked = frozenset(locked)
    batch = draws(scenario, samples, seed, width, locked)
    return MonteCarlo(samples, seed, width, locked, evaluate(batch, with_paths=with_paths))


def summary(mc: MonteCarlo) -> dict:
    """The JSON-ready summary ``evaluate --samples`` prints."""

    def _triple(values: np.ndarray) -> dict:
        return {f"p{int(p)}": _plain(v) for p, v in zip(PERCENTILES, values, strict=True)}

    out = {
        "samples": mc.samples,
        "seed": mc.seed,
        "width": mc.width,
        "locked": sorted(mc.locked),
        "feasible_share": mc.feasible_share,
        "earth_usd_per_gpu_hour": _triple(mc.percentiles("earth.usd_per_gpu_hour")),
        "space_usd_per_gpu_hour": _triple(mc.percentiles("space.usd_per_gpu_hour")),
        "space_to_earth_ratio": _triple(mc.percentiles("space_to_earth_ratio")),
        "p_orbit_cheaper": mc.p_orbit_cheaper,
    }
    if "path.year" in mc.results:
        bands = mc.year_bands()
        out["by_year"] = [
            {
                "year": int(y),
                "p_orbit_cheaper": float(p),
                "earth_usd_per_gpu_hour": _triple(bands.earth[:, i]),
                "space_usd_per_gpu_hour": _triple(bands.space[:, i]),
            }
            for i, (y, p) in enumerate(zip(bands.x, bands.p_orbit_cheaper, strict=True))
        ]
    return out


def _plain(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None
