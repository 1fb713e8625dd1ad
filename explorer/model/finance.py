"""Discounting shared by both sides.

Capital is spent at power-on (t = 0); running costs and delivered GPU-hours flow evenly over the
horizon. Both are discounted continuously at delta = ln(1 + r), so a flow of 1 per year over H years
is worth (1 - e^(-delta H)) / delta today (H when r = 0). The levelised cost is then the present
value of all costs over the present value of all GPU-hours. GPUs and spacecraft serve the horizon
and are recovered over it; assets that outlive it (a ground facility, a power plant) are recovered
over their own lives, and the horizon pays only its share (``life_share``).
"""

from __future__ import annotations

import numpy as np


def continuous_rate(discount_rate_pct: np.ndarray) -> np.ndarray:
    """Continuous rate delta (1/yr) equal to an annual rate in percent."""
    return np.log1p(np.asarray(discount_rate_pct, dtype=float) / 100.0)


def flow_factor(rate: np.ndarray, years: np.ndarray) -> np.ndarray:
    """Present value (yr) of a flow of one unit a year from 0 to ``years`` at continuous ``rate``.

    Equals ``(1 - exp(-rate * years)) / rate``, and ``years`` where the rate is zero.
    """
    rate = np.asarray(rate, dtype=float)
    years = np.asarray(years, dtype=float)
    safe = np.where(np.abs(rate) > 1e-12, rate, 1.0)
    return np.where(np.abs(rate) > 1e-12, -np.expm1(-rate * years) / safe, years)


def carrying_factor(discount_rate_pct: np.ndarray, wait_years: np.ndarray) -> np.ndarray:
    """Extra cost of capital spent ``wait_years`` before it earns: (1 + r)^wait - 1."""
    return np.expm1(np.asarray(wait_years, dtype=float) * continuous_rate(discount_rate_pct))


def life_share(rate: np.ndarray, horizon_years: np.ndarray, life_years: np.ndarray) -> np.ndarray:
    """Share of an asset's capital that a horizon shorter (or longer) than its life pays.

    Capital is recovered evenly in present value over the asset's life: a level charge of
    capital / flow_factor(rate, life) a year. Over the horizon that charge is worth
    flow_factor(rate, horizon) / flow_factor(rate, life) of the capital: horizon / life
    undiscounted, 1 when the life is the horizon, more than 1 when the asset must be renewed
    within the horizon. ``rate`` is continuous (``continuous_rate``).
    """
    life = flow_factor(rate, life_years)
    return flow_factor(rate, horizon_years) / np.where(life > 0, life, np.nan)
