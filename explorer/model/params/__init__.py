"""The parameter registry: the single source of truth for every input of the model.

Sliders, preset validation, the command line's ``--set``, the README's parameter table, tooltips
and Monte Carlo ranges are all generated from ``REGISTRY``. Adding a parameter is one entry in its
group's module plus the formula that uses it. Source tags follow ``shared/ANCHORS.md``: [V] read in
the primary material, [S] secondary, [U] unverified or an interested party's claim, [D] derived by
arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.model.params import (
    gpus,
    ground,
    ground_site,
    launch,
    policy,
    scope,
    space_solar,
    space_thermal,
    spacecraft,
)
from explorer.model.params.entries import Choice, Condition, Param, Scale

# Registry order: the slider panels' order and the order Monte Carlo draws in.
_MODULES = (
    launch,
    space_solar,
    space_thermal,
    spacecraft,
    gpus,
    ground,
    ground_site,
    policy,
    scope,
)

GROUPS: tuple[str, ...] = ("launch", "space", "gpus", "ground", "policy", "scope")
"""Group keys, in the order a presenter wants the slider panels."""

GROUP_TITLES: dict[str, str] = {
    "launch": "Launch",
    "space": "Space solar and thermal",
    "gpus": "GPUs and reliability",
    "ground": "Ground power",
    "policy": "Tariffs and policy",
    "scope": "Scope and finance",
}

PARAMS: tuple[Param, ...] = tuple(p for m in _MODULES for p in m.PARAMS)
CHOICES: tuple[Choice, ...] = tuple(c for m in _MODULES for c in m.CHOICES)

PARAMS_BY_KEY: dict[str, Param] = {p.key: p for p in PARAMS}
CHOICES_BY_KEY: dict[str, Choice] = {c.key: c for c in CHOICES}
REGISTRY: dict[str, Param | Choice] = {**PARAMS_BY_KEY, **CHOICES_BY_KEY}

__all__ = [
    "CHOICES",
    "CHOICES_BY_KEY",
    "GROUPS",
    "GROUP_TITLES",
    "PARAMS",
    "PARAMS_BY_KEY",
    "REGISTRY",
    "Choice",
    "Condition",
    "Param",
    "Scale",
    "defaults",
    "in_group",
    "without_effect",
]


def defaults() -> dict[str, float | str]:
    """Every key with its registry default."""
    return {key: entry.default for key, entry in REGISTRY.items()}


def in_group(group: str) -> list[Param | Choice]:
    """Entries of one slider panel (by group key), choices first, in registry order."""
    return [c for c in CHOICES if c.group == group] + [p for p in PARAMS if p.group == group]


def without_effect(key: str, switches: Mapping[str, object]) -> tuple[str, tuple[str, ...]] | None:
    """Why parameter ``key`` changes nothing under these switch values (a scenario, or any
    mapping of choice keys to options): the first (choice key, options it needs) its
    ``applies_when`` finds unmet; None when it has an effect."""
    entry = REGISTRY[key]
    if not isinstance(entry, Param):
        return None
    for choice, options in entry.applies_when:
        if str(switches[choice]) not in options:
            return choice, options
    return None
