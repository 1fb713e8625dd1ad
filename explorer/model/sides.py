"""Each side evaluated with its feasibility flags, cleaned so that no NaN or inf leaves the model.

An impossible input never comes back as NaN: the side it breaks is flagged (feasibility.py), every
one of its outputs is set to zero, and the reason can be read as a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model import feasibility as fz
from explorer.model.earth import earth_side
from explorer.model.orbit import orbit_side
from explorer.model.scenario import Scenario


def values(scenario: Scenario) -> dict:
    """The scenario's numbers as float arrays (choices stay strings)."""
    return {
        k: (v if isinstance(v, str) else np.asarray(v, dtype=float)) for k, v in scenario.items()
    }


def earth(v: Mapping, common: np.ndarray) -> tuple[dict, np.ndarray]:
    """The ground side and its flags; infeasible entries are zeroed, never NaN."""
    side = earth_side(v)
    flags, side = clean(side, common | fz.earth_flags(v, side))
    return side, flags


def space(v: Mapping, common: np.ndarray) -> tuple[dict, np.ndarray]:
    """The orbital side and its flags; infeasible entries are zeroed, never NaN."""
    side = orbit_side(v)
    flags, side = clean(side, common | fz.space_flags(v, side))
    return side, flags


def clean(side: dict, flags: np.ndarray) -> tuple[np.ndarray, dict]:
    """Every output of a side as one stacked array: flagged where any is not finite, and zeroed
    where the side is infeasible (one pass over the stack, not one per output). Parts come back
    as ``parts.<name>``."""
    arrays = {k: x for k, x in side.items() if k != "parts"}
    arrays.update({f"parts.{p}": x for p, x in side["parts"].items()})
    shape = np.broadcast_shapes(np.shape(flags), *(np.shape(x) for x in arrays.values()))
    if shape == ():
        stacked = np.array([float(x) for x in arrays.values()])
    else:
        stacked = np.stack(
            [np.broadcast_to(np.asarray(x, dtype=float), shape) for x in arrays.values()]
        )
    overflow = np.where(np.isfinite(stacked).all(axis=0), 0, fz.OVERFLOW)
    flags = np.broadcast_to(flags, shape) | overflow
    cleaned = np.where(flags == 0, stacked, 0.0)
    return flags, dict(zip(arrays, cleaned, strict=True))


def clean_only(side: dict, flags: np.ndarray, keys: tuple[str, ...]) -> tuple[np.ndarray, dict]:
    """``clean`` for the few outputs a caller needs (the year paths' extra evaluations)."""
    return clean({**{k: side[k] for k in keys}, "parts": {}}, flags)


def per_hour(usd: np.ndarray, hours: np.ndarray) -> np.ndarray:
    """$ per GPU-hour, zero where there are no hours."""
    return np.where(hours > 0, usd / np.where(hours > 0, hours, 1.0), 0.0)
