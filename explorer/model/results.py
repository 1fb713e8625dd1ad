"""Named result arrays: what charts, the command line and exports read (units: README)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.model.crossover import cheaper_windows
from explorer.model.feasibility import messages
from explorer.model.orbit_sizing import MASS_CHECKS
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.parts import PARTS


@dataclass(frozen=True)
class MassWarning:
    """A top-down spacecraft whose system W/kg implies a part lighter than any in the registry.

    ``part`` is "array", "radiator" or "shielding"; ``implied`` what the top-down mass leaves
    for it, ``lightest`` the registry's minimum, both in ``unit``. The bottom-up mass of the same
    spacecraft is ``space.bottom_up_mass_kg``.
    """

    part: str
    implied: float
    lightest: float
    unit: str


@dataclass(frozen=True)
class Results:
    """Every output of ``evaluate`` as a flat mapping of dotted names to numpy arrays.

    Names: ``earth.*`` and ``space.*`` for each side (``*.breakdown.<part>`` in $, and
    ``*.breakdown_per_gpu_hour.<part>``), ``path.*`` on the year axis (last axis), and the
    comparisons ``space_to_earth_ratio``, ``breakeven_launch_usd_per_kg``, ``crossover_year``
    (the year from which orbit stays cheaper through 2050); ``cheaper_windows()`` lists every
    window in which orbit is cheaper.
    """

    scenario: Any
    data: Mapping[str, np.ndarray]

    def __getitem__(self, name: str) -> np.ndarray:
        return self.data[name]

    def __contains__(self, name: str) -> bool:
        return name in self.data

    def breakdown(self, side: str, per_gpu_hour: bool = False) -> dict[str, np.ndarray]:
        """The named parts of one side ("earth" or "space")."""
        kind = "breakdown_per_gpu_hour" if per_gpu_hour else "breakdown"
        return {p: self.data[f"{side}.{kind}.{p}"] for p in PARTS}

    def reasons(self, index: tuple = ()) -> list[str]:
        """Why the scenario (or one entry of a batch) is infeasible; empty when it is not."""
        flags = int(self.data["earth.reason_flags"][index]) | int(
            self.data["space.reason_flags"][index]
        )
        return messages(flags)

    def mass_warnings(self, index: tuple = ()) -> list[MassWarning]:
        """The top-down mass checks that fail for one scenario (empty bottom-up)."""
        flags = int(np.asarray(self.data["space.mass_warning_flags"])[index])
        return [
            MassWarning(
                part,
                float(np.asarray(self.data[f"space.{implied}"])[index]),
                PARAMS_BY_KEY[key].minimum,
                PARAMS_BY_KEY[key].unit,
            )
            for bit, (part, implied, key) in enumerate(MASS_CHECKS)
            if flags & (1 << bit)
        ]

    def cheaper_windows(self, index: tuple = ()) -> list[tuple[float, float | None]]:
        """Every window in which orbit is cheaper along the year paths, for one scenario.

        (start, end) in fractional years, end None when the window lasts through 2050; empty
        when orbit is never cheaper, or when the results carry no paths.
        """
        if "path.year" not in self.data:
            return []
        space = np.asarray(self.data["path.space_usd_per_gpu_hour"])[index]
        earth = np.asarray(self.data["path.earth_usd_per_gpu_hour"])[index]
        ok = np.asarray(self.data["path.feasible"])[index]
        return cheaper_windows(self.data["path.year"], space - earth, ok)

    def to_dict(self, index: tuple = ()) -> dict[str, Any]:
        """One scenario's results as plain JSON-ready values (NaN becomes None)."""
        out: dict[str, Any] = {"earth": {}, "space": {}}
        for name, array in self.data.items():
            if name.startswith("path.") or name.endswith("_flags"):
                continue
            head, _, rest = name.partition(".")
            value = _plain(np.asarray(array)[index])
            if not rest:
                out[head] = value
                continue
            node = out[head]
            *parents, leaf = rest.split(".")
            for parent in parents:
                node = node.setdefault(parent, {})
            node[leaf] = value
        if "path.year" in self.data:
            prices = np.asarray(self.data["path.launch_usd_per_kg"])[index]
            out["launch_price_by_year"] = [
                [int(y), _plain(p)] for y, p in zip(self.data["path.year"], prices, strict=True)
            ]
        else:
            out["crossover_year"] = None
        out["cheaper_windows"] = [list(window) for window in self.cheaper_windows(index)]
        out["mass_warnings"] = [vars(warning) for warning in self.mass_warnings(index)]
        out["boundary"] = self.scenario["boundary"]
        out["reasons"] = self.reasons(index)
        return out


def _plain(value: Any) -> Any:
    value = np.asarray(value)
    if value.dtype == bool:
        return bool(value)
    number = float(value)
    return number if np.isfinite(number) else None
