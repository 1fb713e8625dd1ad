"""Named result arrays: what charts, the command line and exports read (units: README)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.model.feasibility import messages


@dataclass(frozen=True)
class Results:
    """Every output of ``evaluate`` as a flat mapping of dotted names to numpy arrays.

    Names: ``earth.*`` and ``space.*`` for each side (``*.breakdown.<part>`` in $, and
    ``*.breakdown_per_gpu_hour.<part>``), ``path.*`` on the year axis (last axis), and the
    comparisons ``space_to_earth_ratio``, ``breakeven_launch_usd_per_kg``, ``crossover_year``.
    """

    scenario: Any
    data: Mapping[str, np.ndarray]

    def __getitem__(self, name: str) -> np.ndarray:
        return self.data[name]

    def __contains__(self, name: str) -> bool:
        return name in self.data

    def reasons(self, index: tuple = ()) -> list[str]:
        """Why the scenario (or one entry of a batch) is infeasible; empty when it is not."""
        flags = int(self.data["earth.reason_flags"][index]) | int(
            self.data["space.reason_flags"][index]
        )
        return messages(flags)

    def to_dict(self, index: tuple = ()) -> dict[str, Any]:
        """One scenario's results as plain JSON-ready values (NaN becomes None)."""
        out: dict[str, Any] = {"earth": {}, "space": {}}
        for name, array in self.data.items():
            if name.startswith("path.") or name.endswith("reason_flags"):
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
        out["boundary"] = self.scenario["boundary"]
        out["reasons"] = self.reasons(index)
        return out


def _plain(value: Any) -> Any:
    value = np.asarray(value)
    if value.dtype == bool:
        return bool(value)
    number = float(value)
    return number if np.isfinite(number) else None
