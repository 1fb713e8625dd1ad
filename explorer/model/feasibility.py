"""Why a scenario cannot be evaluated: one bit per reason, so arrays of scenarios carry them too.

An impossible input never comes back as NaN or inf: the side it breaks is marked infeasible, its
numbers are set to zero, and the reason can be read as a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.params import PARAMS_BY_KEY

REASONS: tuple[str, ...] = (
    "the radiator absorbs at least as much as it emits at this temperature (net flux <= 0)",
    "the solar array delivers no power at end of life (efficiency, packing, sunlight or "
    "degradation)",
    "the system specific power leaves no mass for anything but the IT hardware",
    "the launch payload is zero",
    "orbit delivers no GPU-hours (capacity, horizon, failures or radiation derate)",
    "the ground delivers no GPU-hours (capacity, GPU power or horizon)",
    "the ground solar capacity factor is zero",
    "a value is below zero where only zero or more makes sense",
    "a fraction is above 1",
    "a number is too large or too small to compute",
    "the launch learning curve is undefined (learning rate of 1 or more, or nothing launched "
    "at the start)",
)
(
    RADIATOR,
    ARRAY,
    TOP_DOWN_MASS,
    PAYLOAD,
    SPACE_OUTPUT,
    EARTH_OUTPUT,
    SOLAR_CF,
    NEGATIVE,
    FRACTION,
    OVERFLOW,
    LEARNING,
) = (1 << i for i in range(len(REASONS)))


def _flag(condition: np.ndarray, bit: int) -> np.ndarray:
    return np.where(condition, bit, 0).astype(np.int64)


_NON_NEGATIVE = tuple(k for k, p in PARAMS_BY_KEY.items() if p.minimum >= 0)
_FRACTIONS = tuple(k for k, p in PARAMS_BY_KEY.items() if p.unit == "fraction" and p.maximum <= 1)


def input_flags(v: Mapping) -> np.ndarray:
    """Flags for inputs no physics or money allows (negative amounts, fractions above one)."""
    negative = np.zeros((), dtype=bool)
    for key in _NON_NEGATIVE:
        negative = negative | (v[key] < 0)
    fraction = np.zeros((), dtype=bool)
    for key in _FRACTIONS:
        fraction = fraction | (v[key] > 1)
    return _flag(negative, NEGATIVE) | _flag(fraction, FRACTION)


def learning_undefined(v: Mapping) -> np.ndarray:
    """Wright's law needs a learning rate below 1 and some mass launched before the start."""
    return (np.asarray(v["launch_learning_rate"]) >= 1) | (
        np.asarray(v["launched_mass_by_2026_t"]) <= 0
    )


def space_flags(v: Mapping, side: Mapping) -> np.ndarray:
    """Flags for the orbital side given its sizing and output."""
    eol = (1 - v["array_degradation_pct_per_year"] / 100) ** v["horizon_years"]
    array_yield = v["solar_cell_efficiency"] * v["array_packing_factor"] * v["sunlight_fraction"]
    flags = _flag(side["radiator_net_flux_w_per_m2"] <= 0, RADIATOR)
    flags = flags | _flag((array_yield <= 0) | (eol <= 0), ARRAY)
    if v["mass_model"] == "top_down":
        no_room = (np.asarray(v["system_w_per_kg"]) <= 0) | ~(side["mass_kg"] > side["it_mass_kg"])
        flags = flags | _flag(no_room, TOP_DOWN_MASS)
    elif v["mass_model"] == "stated":
        flags = flags | _flag(~(np.asarray(v["system_w_per_kg"]) > 0), TOP_DOWN_MASS)
    flags = flags | _flag(np.asarray(v["payload_t"]) <= 0, PAYLOAD)
    flags = flags | _flag(learning_undefined(v), LEARNING)
    flags = flags | _flag(~(side["gpu_hours"] > 0), SPACE_OUTPUT)
    return flags


def earth_flags(v: Mapping, side: Mapping) -> np.ndarray:
    """Flags for the ground side given its output."""
    flags = _flag(~(side["gpu_hours"] > 0), EARTH_OUTPUT)
    if v["power_source"] == "solar_storage":
        flags = flags | _flag(np.asarray(v["ground_solar_capacity_factor"]) <= 0, SOLAR_CF)
    return flags


def messages(flags: int) -> list[str]:
    """The sentences behind a set of flags, in a fixed order."""
    return [text for i, text in enumerate(REASONS) if int(flags) & (1 << i)]
