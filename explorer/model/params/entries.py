"""The two kinds of registry entry: a numeric parameter and a discrete choice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scale = Literal["linear", "log"]
Condition = tuple[tuple[str, tuple[str, ...]], ...]
"""Switch values: pairs of a choice's key and the options under which something holds."""


@dataclass(frozen=True, kw_only=True)
class Param:
    """A numeric input: one slider, one preset key, one Monte Carlo dimension.

    ``key`` is stable (presets, ``--set``, code); ``title``, ``unit``, ``description`` and
    ``source`` are what a reader sees. ``group`` is the key of the slider panel it belongs to.

    ``spread`` is how uncertain the value is, around whatever value the scenario gives it: on a
    log scale a factor (2 means from half to twice the value), on a linear scale a plus-or-minus
    in the parameter's unit. Monte Carlo and the tornado draw within it.
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
    integer: bool = False
    spread: float = 0.0
    # False for the scope of the question (which year, how big, how long): Monte Carlo and the
    # tornado leave those at the slider's value, always.
    uncertain: bool = True
    # True for choices of policy or design (a tariff, a discount rate, the radiator's sides):
    # uncertain in the world, but a presenter states them; drawn only when unlocked.
    locked_by_default: bool = False
    # On the slider panel's first level (else behind its group's "advanced" toggle): the claim
    # card's four (space cells, tariffs, launch price, GPU reliability) and the few that move
    # the orbit/Earth ratio most across their spreads at the defaults and the bundled presets.
    main: bool = False
    # The switch values under which moving the parameter changes any result at all, e.g.
    # (("power_source", ("gas",)),) for the gas price; () for always. A test moves every such
    # parameter across its range under every other value and finds the results unchanged.
    applies_when: Condition = ()


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
    main: bool = False
