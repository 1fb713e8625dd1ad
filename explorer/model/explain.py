"""The bridge between two scenarios: how much each group of parameters adds to the change A to B.

A "mix" takes some groups' values from B and the rest from A. Every mix of the groups in which A and
B differ is evaluated (2^n mixes for n such groups, in one vectorised ``evaluate`` call per
combination of the choices they imply), and each group gets its Shapley value: its step from the
mix without it to the mix with it, averaged over every order in which the groups could be switched
from A to B. The steps do not depend on an order, add up to B - A, and change sign when A and B
swap. Groups in which A and B agree step by exactly zero and are left out of the mixes.

A metric's steps are only reported when the metric is defined in every mix: if a mix is infeasible
(or, for the crossover year, never crosses by 2050), its value does not exist, no step through it
can be measured, and the bridge says so rather than inventing one (``MetricBridge.reason``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.model.compare import evaluate
from explorer.model.feasibility import messages
from explorer.model.params import CHOICES_BY_KEY, GROUP_TITLES, GROUPS, in_group
from explorer.model.results import Results
from explorer.model.scenario import Scenario

# Switches about how a cost is reckoned rather than what the world is: each is a step of its own,
# so that "Starcloud counts only energy" shows as one step, not folded into "Scope and finance".
OWN_GROUP_CHOICES: tuple[str, ...] = ("boundary", "mass_model")

# evaluate() puts a whole batch on one year axis from its earliest start year, so a mix that starts
# later could cross over before it starts; mixes with different start years are evaluated apart.
_ONE_PER_CALL: frozenset[str] = frozenset({"start_year"})

METRICS: tuple[str, ...] = (
    "space_to_earth_ratio",
    "earth.usd_per_gpu_hour",
    "space.usd_per_gpu_hour",
    "crossover_year",
)
"""Results names the bridge explains, in the order they are reported."""


@dataclass(frozen=True)
class BridgeGroup:
    """One step of the bridge: a registry group (less the choices that are steps of their own),
    or one of ``OWN_GROUP_CHOICES``."""

    key: str
    title: str
    keys: tuple[str, ...]


def bridge_groups() -> tuple[BridgeGroup, ...]:
    """The bridge's groups in slider-panel order, each own-group choice after its panel."""
    out = []
    for group in GROUPS:
        keys = tuple(e.key for e in in_group(group) if e.key not in OWN_GROUP_CHOICES)
        if keys:
            out.append(BridgeGroup(group, GROUP_TITLES[group], keys))
        out += [
            BridgeGroup(key, CHOICES_BY_KEY[key].title, (key,))
            for key in OWN_GROUP_CHOICES
            if CHOICES_BY_KEY[key].group == group
        ]
    return tuple(out)


@dataclass(frozen=True)
class MetricBridge:
    """One metric from A to B.

    ``start`` and ``end`` are its values at A and B (None where undefined). ``steps`` maps every
    bridge group's key to its Shapley step, in the metric's unit (exactly 0.0 for a group in which
    A and B agree); it is None when the metric is undefined in some mix, and ``reason`` says why.
    """

    metric: str
    start: float | None
    end: float | None
    steps: dict[str, float] | None
    reason: str | None


@dataclass(frozen=True)
class Explanation:
    """The bridge from scenario A to scenario B for every metric of ``METRICS``.

    ``changed`` maps each group's key to the parameters that differ in it, ``{key: (a, b)}``
    (empty for a group in which A and B agree); ``mixes`` is the number of scenarios evaluated.
    """

    groups: tuple[BridgeGroup, ...]
    changed: dict[str, dict[str, tuple[Any, Any]]]
    metrics: dict[str, MetricBridge]
    mixes: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (the keys are listed in the README)."""
        return {
            "mixes": self.mixes,
            "groups": [
                {
                    "key": g.key,
                    "title": g.title,
                    "changed": [
                        {"key": k, "a": _plain(a), "b": _plain(b)}
                        for k, (a, b) in self.changed[g.key].items()
                    ],
                }
                for g in self.groups
            ],
            "metrics": {
                name: {
                    "a": m.start,
                    "b": m.end,
                    "difference": _difference(m),
                    "steps": m.steps,
                    "reason": m.reason,
                }
                for name, m in self.metrics.items()
            },
        }


def shapley(values: np.ndarray) -> np.ndarray:
    """Shapley values of the n players of a game given on all 2^n coalitions.

    Parameters
    ----------
    values : array of shape (2**n,)
        ``values[m]`` is the game's value for the coalition whose members are the set bits of
        ``m`` (player i is bit i), in the unit of the metric.

    Returns
    -------
    array of shape (n,)
        phi_i = sum over coalitions S without i of |S|! (n - |S| - 1)! / n! x (v(S + i) - v(S)),
        in the same unit; they sum to ``values[-1] - values[0]``.
    """
    values = np.asarray(values, dtype=float)
    n = max(values.size.bit_length() - 1, 0)
    if values.ndim != 1 or values.size != 1 << n:
        raise ValueError(f"expected 2^n values, got shape {values.shape}")
    masks = np.arange(values.size)
    members = (masks[:, None] >> np.arange(n)) & 1
    size = members.sum(axis=1)
    weight = np.array([1.0 / (n * math.comb(n - 1, k)) for k in range(n)])
    phi = np.empty(n)
    for i in range(n):  # over players (a handful), not over coalitions
        without = masks[members[:, i] == 0]
        phi[i] = np.sum(weight[size[without]] * (values[without | (1 << i)] - values[without]))
    return phi


def explain(a: Scenario, b: Scenario) -> Explanation:
    """The Shapley bridge from scenario ``a`` to scenario ``b`` over ``bridge_groups()``.

    Parameters
    ----------
    a, b : Scenario
        Single scenarios (no arrays; ``ValueError`` otherwise).

    Returns
    -------
    Explanation
        For each of ``METRICS`` its values at A and B and each group's step, in the metric's
        unit: the space/Earth ratio in x, the costs in $ per GPU-hour, the crossover year in
        years. The steps sum to B - A (to rounding) and are exactly 0.0 for groups in which A
        and B agree; a metric undefined in some mix has no steps and a reason instead.
    """
    if a.batch_shape or b.batch_shape:
        raise ValueError("explain takes two single scenarios, not batches")
    groups = bridge_groups()
    differing = a.diff(b)
    changed = {g.key: {k: differing[k] for k in g.keys if k in differing} for g in groups}
    players = [g for g in groups if changed[g.key]]
    mixes = _evaluate_mixes(a, b, [tuple(changed[g.key]) for g in players])
    metrics = {}
    for name in METRICS:
        values, defined = mixes[name], mixes[f"{name}.defined"]
        start = float(values[0]) if defined[0] else None
        end = float(values[-1]) if defined[-1] else None
        steps, reason = None, _undefined_reason(name, mixes, players)
        if reason is None:
            phi = dict(zip((g.key for g in players), shapley(values), strict=True))
            steps = {g.key: float(phi.get(g.key, 0.0)) for g in groups}
        metrics[name] = MetricBridge(name, start, end, steps, reason)
    return Explanation(groups, changed, metrics, 1 << len(players))


def _evaluate_mixes(a: Scenario, b: Scenario, player_keys: list[tuple[str, ...]]) -> dict:
    """Every metric, where it is defined, and the reason flags over the 2^n mixes of A and B.

    Mix ``m`` takes player i's keys from B where bit i of ``m`` is set. Numbers become arrays over
    the mixes; choices are single strings in a scenario, so the mixes are split by the choices they
    imply (and by their start year, ``_ONE_PER_CALL``) and each split is one vectorised
    ``evaluate``.
    """
    count = 1 << len(player_keys)
    from_b = ((np.arange(count)[:, None] >> np.arange(len(player_keys))) & 1).astype(bool)
    numbers = {
        k: np.where(from_b[:, i], b[k], a[k])
        for i, keys in enumerate(player_keys)
        for k in keys
        if k not in CHOICES_BY_KEY
    }
    splitting = [
        i
        for i, keys in enumerate(player_keys)
        if any(k in CHOICES_BY_KEY or k in _ONE_PER_CALL for k in keys)
    ]
    _, split = np.unique(from_b[:, splitting], axis=0, return_inverse=True)
    out: dict[str, np.ndarray] = {}
    for part in range(split.max() + 1):
        rows = np.flatnonzero(split.ravel() == part)
        choices = {
            k: (b[k] if from_b[rows[0], i] else a[k])
            for i in splitting
            for k in player_keys[i]
            if k in CHOICES_BY_KEY
        }
        scenario = a.with_changes({**{k: x[rows] for k, x in numbers.items()}, **choices})
        for name, x in _metrics(evaluate(scenario)).items():
            out.setdefault(name, np.zeros(count, dtype=x.dtype))[rows] = np.broadcast_to(
                x, rows.shape
            )
    return out


def _metrics(r: Results) -> dict[str, np.ndarray]:
    """Each metric with ``.defined`` (it has a value) and ``.flags`` (why not, if infeasible)."""
    earth, space = r["earth.reason_flags"], r["space.reason_flags"]
    no_flags = np.zeros_like(earth)
    out = {}
    for name, flags in (
        ("space_to_earth_ratio", earth | space),
        ("earth.usd_per_gpu_hour", earth),
        ("space.usd_per_gpu_hour", space),
        ("crossover_year", no_flags),
    ):
        out[name] = r[name]
        out[f"{name}.defined"] = (flags == 0) & np.isfinite(r[name])
        out[f"{name}.flags"] = flags
    return out


def _undefined_reason(
    name: str, mixes: Mapping[str, np.ndarray], players: list[BridgeGroup]
) -> str | None:
    """Why ``name`` has no bridge (the first mix where it is undefined), or None if it has one."""
    defined = mixes[f"{name}.defined"]
    missing = np.flatnonzero(~defined)
    if missing.size == 0:
        return None
    first = int(missing[0])
    if first == 0:
        where = "at A"
    elif first == defined.size - 1:
        where = "at B"
    else:
        from_b = [g.title for i, g in enumerate(players) if first >> i & 1]
        where = f"with {', '.join(from_b)} from B and the rest from A"
    if name == "crossover_year":
        why = "orbit is never cheaper by 2050"
    else:
        # Feasible sides whose ratio has no value: the ground costs nothing.
        why = "; ".join(messages(int(mixes[f"{name}.flags"][first]))) or "the ground costs nothing"
    more = (
        f", and in {missing.size - 1} more of the {defined.size} mixes" if missing.size > 1 else ""
    )
    return f"{why}: {where}{more}"


def _difference(m: MetricBridge) -> float | None:
    return None if m.start is None or m.end is None else m.end - m.start


def _plain(value: Any) -> Any:
    return value if isinstance(value, str) else float(value)
