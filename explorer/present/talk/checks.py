"""Does each caption still say what the model says? A scene's ``expect:`` checked against the
scene's evaluated scenarios.

A caption is words ("orbit stays dearer"); its checks are the numbers those words stand for
(``space_to_earth_ratio: above 1``). The tests evaluate every scene of the bundled talk and fail
when a change to the model makes a caption untrue; the presenter's console says so for any talk.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

import numpy as np

from explorer.io.talk import AGAINST_PINNED, AGAINST_REFERENCE, Expectation, Scene
from explorer.model import Results
from explorer.present.figures.frame import Frame

_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


@dataclass(frozen=True)
class Check:
    """One expectation and what the scene gives: ``value`` (NaN: none), ``bound`` (the number it
    is compared with; NaN when it has none) and whether it ``holds``."""

    expectation: Expectation
    value: float
    bound: float
    holds: bool


def _value(results: Results | None, key: str) -> float:
    if results is None:
        return math.nan
    return float(np.asarray(results[key], dtype=float))


def check(expectation: Expectation, frame: Frame) -> Check:
    """``expectation`` tested on ``frame`` (the scene's current, reference and pinned results)."""
    e = expectation
    value = _value(frame.current, e.key)
    if e.truth:
        return Check(e, value, math.nan, bool(value) == (e.truth == "true"))
    if e.presence:
        return Check(e, value, math.nan, math.isfinite(value) == (e.presence == "some"))
    if e.against == AGAINST_REFERENCE:
        base = _value(frame.reference, e.key)
    elif e.against == AGAINST_PINNED:
        base = _value(frame.pinned, e.key)
    elif e.against is not None:
        base = _value(frame.current, e.against)
    else:
        base = 1.0
    bound = e.factor * base
    holds = math.isfinite(value) and math.isfinite(bound) and _OPS[e.op](value, bound)
    return Check(e, value, bound, holds)


def check_scene(scene: Scene, frame: Frame) -> tuple[Check, ...]:
    """Every check of ``scene`` on its evaluated ``frame``."""
    return tuple(check(e, frame) for e in scene.expect)
