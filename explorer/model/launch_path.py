"""The launch market over time (DESIGN.md 2.3): cadence, cumulative mass and the price it buys.

Where the curve starts is a fact, not a choice: by the start of 2026 the launcher family behind
today's price has put about 6,500 t in orbit and puts about 3,000 t a year there (ANCHORS.md).
From there the mass launched a year grows logistically toward a ceiling (claims L2 and L5 are
ceilings, not 2026 facts):

    M(t) = K / (1 + A e^(-r t)),  A = K / M0 - 1,  r = ln(1 + growth),  t = years since 2026,

with K = ceiling launches x payload. Its integral is closed-form,

    C(t) = C0 + (K / r) [r t + ln(1 + A e^(-r t)) - ln(1 + A)],

which tends to C0 + M0 t as r goes to 0. The price follows Wright's law on that cumulative mass,
anchored where the start price holds (the start year), and approaches a floor (propellant and
operations) that learning cannot pass:

    P(y) = F + (P0 - F) (C(y) / C(start))^log2(1 - learning),  F = min(floor, P0).

So the price is continuous, equals the start price in the start year, never rises and never falls
below the floor; with the registry's ranges no year's fall exceeds 40%.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

ANCHOR_YEAR = 2026.0  # the year of launched_mass_by_2026_t and launch_mass_2026_t_per_year


def _logistic(v: Mapping) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Start rate M0 (t/yr), ceiling K (t/yr), A = K/M0 - 1 and rate r (1/yr), made safe.

    Where nothing is launched (M0 or K at or below zero) M0 is 0 and A is taken as 0, so that
    the mass rate stays 0 and the cumulative mass stays put.
    """
    m0 = np.asarray(v["launch_mass_2026_t_per_year"], dtype=float)
    k = np.asarray(v["launch_cadence_ceiling_per_year"] * v["payload_t"], dtype=float)
    launching = (m0 > 0) & (k > 0)
    a = np.where(launching, k / np.where(launching, m0, 1.0) - 1, 0.0)
    r = np.log1p(np.maximum(np.asarray(v["launch_cadence_growth"], dtype=float), 0.0))
    return np.where(launching, m0, 0.0), np.where(launching, k, 0.0), a, r


def _years_since_anchor(year: np.ndarray) -> np.ndarray:
    # Before 2026 there is no history in the model: the anchors hold as they stand in 2026.
    return np.maximum(np.asarray(year, dtype=float) - ANCHOR_YEAR, 0.0)


def launch_mass_per_year(v: Mapping, year: np.ndarray) -> np.ndarray:
    """Mass the launcher family puts in orbit a year at time ``year`` (t/yr)."""
    _, k, a, r = _logistic(v)
    t = _years_since_anchor(year)
    return np.where(k > 0, k / (1 + a * np.exp(-r * t)), 0.0)


def launches_per_year(v: Mapping, year: np.ndarray) -> np.ndarray:
    """Launches of ``payload_t`` a year at time ``year`` (the launch mass rate over the payload)."""
    payload = np.asarray(v["payload_t"], dtype=float)
    return launch_mass_per_year(v, year) / np.where(payload > 0, payload, np.nan)


def _launched_since_anchor(v: Mapping, t: np.ndarray) -> np.ndarray:
    """Mass launched from the start of 2026 to ``t`` years later (t), closed form."""
    m0, k, a, r = _logistic(v)
    safe_r = np.where(r > 1e-12, r, 1.0)
    rt = safe_r * t
    # ln((1 + A e^(-rt)) / (1 + A)) = ln(1 + A (e^(-rt) - 1) / (1 + A)), exact for small r t.
    # In place: on the year paths these are (draws, years) arrays.
    launched = np.log1p(np.expm1(-rt) * (a / (1 + a)))
    launched += rt
    launched *= k / safe_r
    if np.any(r <= 1e-12):
        launched = np.where(r > 1e-12, launched, m0 * t)
    return launched


def cumulative_launched_t(v: Mapping, year: np.ndarray) -> np.ndarray:
    """Cumulative mass launched by the launcher family by time ``year`` (t)."""
    return v["launched_mass_by_2026_t"] + _launched_since_anchor(v, _years_since_anchor(year))


def launch_price(v: Mapping, year: np.ndarray) -> np.ndarray:
    """Launch price ($/kg) at time ``year``; ``launch_price_usd_per_kg`` holds in the start year."""
    start_price = np.asarray(v["launch_price_usd_per_kg"], dtype=float)
    floor = np.minimum(v["launch_price_floor_usd_per_kg"], start_price)
    at_start = cumulative_launched_t(v, v["start_year"])
    ratio = cumulative_launched_t(v, np.maximum(year, v["start_year"])) / at_start
    learned = ratio ** np.log2(1 - np.asarray(v["launch_learning_rate"], dtype=float))
    return floor + (start_price - floor) * learned


def years_to_launch(v: Mapping, year: np.ndarray, mass_t: np.ndarray) -> np.ndarray:
    """Years the launcher family takes, from ``year`` on, to put ``mass_t`` tonnes in orbit.

    The inverse of the cumulative mass. With x = r mass / K and a = A e^(-r t0) it is
    (x + ln(1 + a (1 - e^(-x)))) / r, written so that neither a long campaign nor a high growth
    overflows; mass / M0 when the cadence does not grow. Infinite where nothing is launched.
    """
    m0, k, a, r = _logistic(v)
    t0 = _years_since_anchor(year)
    mass_t = np.asarray(mass_t, dtype=float)
    safe_r = np.where(r > 1e-12, r, 1.0)
    x = safe_r * mass_t / np.where(k > 0, k, 1.0)
    # In place from here: (draws, years) arrays on the year paths.
    years = np.log1p(np.exp(-safe_r * t0) * (a * -np.expm1(-x)))
    years += x
    years /= safe_r
    if np.any(r <= 1e-12):
        years = np.where(r > 1e-12, years, mass_t / np.where(m0 > 0, m0, 1.0))
    return np.where(m0 > 0, years, np.inf)
