"""Named arrays with units: what charts, the command line and exports read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.model.feasibility import messages
from explorer.model.parts import PARTS

# name -> (unit, description); the README's key table is generated from this.
QUANTITIES: dict[str, tuple[str, str]] = {
    "earth.usd_per_gpu_hour": ("$/GPU-h", "levelised ground cost of one delivered GPU-hour"),
    "space.usd_per_gpu_hour": ("$/GPU-h", "levelised orbital cost of one delivered GPU-hour"),
    "earth.usd_per_mwh": ("$/MWh", "ground cost per MWh of IT energy delivered"),
    "space.usd_per_mwh": ("$/MWh", "orbital cost per MWh of IT energy delivered"),
    "earth.total_usd": ("$", "present value of all ground costs within the boundary"),
    "space.total_usd": ("$", "present value of all orbital costs within the boundary"),
    "earth.breakdown": (
        "$",
        "present value by named part (all parts, also those outside the boundary)",
    ),
    "space.breakdown": ("$", "present value by named part"),
    "earth.gpus": ("GPUs", "GPUs in the IT capacity"),
    "earth.kw_per_gpu_at_generator": ("kW", "generation capacity per GPU (claims G1, G2)"),
    "earth.generation_kw": ("kW", "generation capacity built or contracted"),
    "earth.energy_mwh": ("MWh", "energy drawn over the horizon (IT x PUE)"),
    "space.power_kw": ("kW", "power the array delivers to IT and thermal control"),
    "space.array_kw_bol": ("kW", "array rating at beginning of life"),
    "space.array_area_m2": ("m²", "array area"),
    "space.battery_kwh": ("kWh", "eclipse battery capacity"),
    "space.radiator_net_flux_w_per_m2": ("W/m²", "heat rejected per m² of radiator panel"),
    "space.radiator_area_m2": ("m²", "radiator panel area"),
    "space.radiator_mass_kg": ("kg", "radiator mass with its share of structure"),
    "space.mass_kg": ("kg", "total mass to orbit"),
    "space.w_per_kg": ("W/kg", "system specific power: delivered power per kg launched"),
    "space.launches": ("launches", "launches needed (mass / payload)"),
    "space.gw_per_year_at_cadence": (
        "GW/yr",
        "IT capacity deployable per year at the start year's cadence",
    ),
    "space.mean_capacity": ("fraction", "mean share of GPUs working over the horizon (no repair)"),
    "space.launch_usd_per_kw_year": (
        "$/kW/yr",
        "launch cost / (IT kW x horizon), undiscounted, Suncatcher's launched power price",
    ),
    "space_to_earth_ratio": ("ratio", "space $/GPU-h over ground $/GPU-h (null if infeasible)"),
    "breakeven_launch_usd_per_kg": (
        "$/kg",
        "launch price at which orbit costs what the ground does (null if no price closes the gap)",
    ),
    "crossover_year": (
        "yr",
        "first year orbit is cheaper along the learning curves (null if none by 2050)",
    ),
    "launch_price_by_year": ("[yr, $/kg]", "the launch price path, start year to 2050"),
    "boundary": ("", "accounting boundary used"),
    "feasible": ("", "both sides could be evaluated"),
    "reasons": ("", "why not, one sentence each"),
}


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
