"""Burn-in on the ground before launch (claim C1), vectorised.

New GPUs fail early in life at a higher rate (infant mortality); the registry's yearly failure
rate is the rate after that. Burned in on the ground, the GPUs that would fail early do so there
and are swapped under warranty: orbit then sees the yearly rate alone, and pays for the burn-in:
the carrying cost of buying every GPU flown that many days earlier, and the handling of the
swapped boards. The energy of the burn-in is left out: three days at full load and $0.08/kWh is
about $11 a GPU, 0.02% of its price, and counting it would make orbit's cost move with the
ground's grid price. Without burn-in the early failures happen in orbit at once, where nothing is
repaired: they use up the spares first and then take capacity.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.model.finance import carrying_factor

DAYS_PER_YEAR = 365.0


def burned_in(v: Mapping) -> bool:
    """True when the scenario burns its GPUs in on the ground."""
    return v["gpu_burn_in"] == "on_ground"


def infant_loss_in_orbit(v: Mapping) -> np.ndarray:
    """Share of the GPUs flown that fail at once in orbit: the early failures, unless burned in."""
    share = np.asarray(v["gpu_infant_failure_pct"], dtype=float) / 100
    return share * 0.0 if burned_in(v) else share


def burn_in_cost(v: Mapping, it_hardware_flown: np.ndarray) -> np.ndarray:
    """What burning in costs ($, at power-on), zero without burn-in.

    Parameters
    ----------
    v : mapping
        The scenario's values (``burn_in_days``, ``gpu_infant_failure_pct``,
        ``ground_repair_cost_pct``, ``discount_rate_pct``, ``gpu_burn_in``).
    it_hardware_flown : array
        The price of the GPUs launched, spares included ($).

    Returns
    -------
    array
        carrying ((1 + r)^(days / 365) - 1) + swapped boards (early-failure share x repair cost
        share), both of the IT hardware flown, in $.
    """
    days = np.asarray(v["burn_in_days"], dtype=float)
    carrying = carrying_factor(v["discount_rate_pct"], days / DAYS_PER_YEAR)
    swapped = v["gpu_infant_failure_pct"] / 100 * v["ground_repair_cost_pct"] / 100
    cost = (carrying + swapped) * it_hardware_flown
    return cost if burned_in(v) else cost * 0.0
