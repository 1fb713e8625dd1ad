"""Discounting shared by both sides.

Capital is spent at power-on (t = 0); running costs and delivered GPU-hours flow evenly over the
horizon. Both are discounted continuously at delta = ln(1 + r), so a flow of 1 per year over H years
is worth (1 - e^(-delta H)) / delta today (H when r = 0). The levelised cost is then the present
value of all costs over the present value of all GPU-hours: capital recovered over the horizon.
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
