"""The two kinds of registry entry: a numeric parameter and a discrete choice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scale = Literal["linear", "log"]
Distribution = Literal["uniform", "log_uniform", "triangular"]


@dataclass(frozen=True, kw_only=True)
class Param:
    """A numeric input: one slider, one preset key, one Monte Carlo dimension.

    ``key`` is stable (presets, ``--set``, code); ``title``, ``unit``, ``description`` and
    ``source`` are what a reader sees. ``group`` is the key of the slider panel it belongs to.
    """

    key: str
    title: str
    unit: str
    default: float
    minimum: float
    maximum: float
    step: float
    group: str
    description: str
    source: str
    scale: Scale = "linear"
    distribution: Distribution = "triangular"
    integer: bool = False
    # False for the scope of the question (which year, how big, how long): Monte Carlo and the
    # tornado leave those at the slider's value.
    uncertain: bool = True


@dataclass(frozen=True, kw_only=True)
class Choice:
    """A discrete switch (accounting boundary, mass model, power source)."""

    key: str
    title: str
    options: tuple[str, ...]
    option_titles: tuple[str, ...]
    default: str
    group: str
    description: str
    source: str
