"""An immutable, validated set of parameter values.

A value may be a number or a numpy array (a sweep or Monte Carlo draws); choices are strings. The
Scenario checks keys, types and finiteness; it does not clamp to the registry's ranges, so that the
model can be probed past its edges. ``out_of_range()`` lists what a preset or ``--set`` must refuse.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np

from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY, REGISTRY, defaults


class ScenarioError(ValueError):
    """A value a user gave is not acceptable; the message says which key and why."""


def _check_number(key: str, value: Any) -> float | np.ndarray:
    if isinstance(value, (bool, np.bool_, str)):
        raise ScenarioError(f"{key}: expected a number, got {value!r}")
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ScenarioError(f"{key}: expected a number, got {value!r}") from None
    if not np.all(np.isfinite(array)):
        raise ScenarioError(f"{key}: must be a finite number, got {value!r}")
    if array.ndim == 0:
        return float(array)
    array.setflags(write=False)
    return array


def _check_choice(key: str, value: Any) -> str:
    options = CHOICES_BY_KEY[key].options
    if value not in options:
        raise ScenarioError(f"{key}: must be one of {', '.join(options)}; got {value!r}")
    return value


_DEFAULTS: dict[str, Any] = defaults()


class Scenario(Mapping[str, Any]):
    """Every registry key with a value; unknown keys raise ``ScenarioError``."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values: dict[str, Any] = {**_DEFAULTS, **Scenario._checked(values or {})}

    @staticmethod
    def _checked(values: Mapping[str, Any]) -> dict[str, Any]:
        checked = {}
        for key, value in values.items():
            if key not in REGISTRY:
                raise ScenarioError(f"unknown parameter {key!r}")
            checked[key] = (
                _check_choice(key, value) if key in CHOICES_BY_KEY else _check_number(key, value)
            )
        return checked

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Scenario):
            return NotImplemented
        return not self.diff(other)

    def __hash__(self) -> int:
        return hash(
            tuple((k, v if np.ndim(v) == 0 else tuple(np.ravel(v))) for k, v in self.items())
        )

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.items() if not _same(v, REGISTRY[k].default)}
        return f"Scenario({changed!r})"

    def with_changes(self, changes: Mapping[str, Any] | None = None, **kw: Any) -> Scenario:
        """A new Scenario with some values replaced (only those are checked again)."""
        new = Scenario.__new__(Scenario)
        new._values = {**self._values, **Scenario._checked({**(changes or {}), **kw})}
        return new

    def diff(self, other: Scenario) -> dict[str, tuple[Any, Any]]:
        """Keys whose values differ, as ``{key: (mine, theirs)}``."""
        return {k: (v, other[k]) for k, v in self.items() if not _same(v, other[k])}

    def changed_from_defaults(self) -> dict[str, Any]:
        """Only the keys that differ from the registry's defaults (what a preset stores)."""
        return {k: v for k, v in self.items() if not _same(v, REGISTRY[k].default)}

    def out_of_range(self) -> list[str]:
        """One message per numeric value outside its registry range."""
        problems = []
        for key, param in PARAMS_BY_KEY.items():
            value = np.asarray(self[key])
            if np.any(value < param.minimum) or np.any(value > param.maximum):
                problems.append(
                    f"{key}: {_fmt(value)} is outside {_fmt(param.minimum)} to "
                    f"{_fmt(param.maximum)} {param.unit}"
                )
        return problems

    @property
    def batch_shape(self) -> tuple[int, ...]:
        """The broadcast shape of the array-valued parameters; () for a single point."""
        return np.broadcast_shapes(*(np.shape(self[k]) for k in PARAMS_BY_KEY))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return np.shape(a) == np.shape(b) and bool(np.all(np.asarray(a) == np.asarray(b)))


def _fmt(value: Any) -> str:
    value = np.asarray(value)
    if value.ndim:
        return f"[{value.min():g} .. {value.max():g}]"
    return f"{float(value):g}"
