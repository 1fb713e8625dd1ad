"""Fixtures for the chart tests: evaluated scenarios and synthetic bands, rows and claim checks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from explorer.model import Results, Scenario, evaluate
from explorer.model.sweeps import launch_price_axis


@dataclass(frozen=True)
class FakeBands:
    x: np.ndarray
    earth: np.ndarray
    space: np.ndarray
    p_orbit_cheaper: np.ndarray


@dataclass(frozen=True)
class FakeRow:
    title: str
    low_value: float
    high_value: float
    low_label: str
    high_label: str


@dataclass(frozen=True)
class FakeCheck:
    claim_id: str
    claim: str
    measure: str
    value: str
    verdict: str


def make_bands(x: np.ndarray, earth: float = 2.0, space: float = 3.0) -> FakeBands:
    ramp = np.linspace(1.0, 2.0, x.size)
    return FakeBands(
        x=x,
        earth=np.vstack([0.8 * earth * ramp, earth * ramp, 1.3 * earth * ramp]),
        space=np.vstack([0.5 * space * ramp, space * ramp, 1.8 * space * ramp]),
        p_orbit_cheaper=np.linspace(0.9, 0.1, x.size),
    )


@pytest.fixture(scope="session")
def results() -> Results:
    return evaluate(Scenario())


@pytest.fixture(scope="session")
def cheap_launch(orbit_favoured) -> Results:
    """Orbit at its most favourable against dear grid power: a breakeven launch price and a
    crossover exist."""
    r = evaluate(orbit_favoured.scenario)
    assert np.isfinite(r["breakeven_launch_usd_per_kg"]) and np.isfinite(r["crossover_year"])
    return r


@pytest.fixture(scope="session")
def infeasible() -> Results:
    """One-sided radiator at 20 °C absorbing more than it emits."""
    r = evaluate(
        Scenario().with_changes(
            radiator_sides=1, radiator_temp_c=20, radiator_absorbed_w_per_m2=400
        )
    )
    assert not bool(r["feasible"])
    return r


@pytest.fixture()
def price_bands() -> FakeBands:
    return make_bands(launch_price_axis(50))


@pytest.fixture()
def year_bands() -> FakeBands:
    return make_bands(np.arange(2026.0, 2051.0))


@pytest.fixture()
def rows() -> list[FakeRow]:
    return [
        FakeRow("Launch price", 2027.5, float("nan"), "$8/kg", "$10,000/kg"),
        FakeRow("Radiator temperature", 2031.0, 2029.0, "20 °C", "100 °C"),
        FakeRow("GPU failure rate", 2029.5, 2030.5, "0 %/yr", "20 %/yr"),
    ]


@pytest.fixture()
def checks() -> list[FakeCheck]:
    return [
        FakeCheck("H1", "Space cheapest within 36 months", "crossover year", "Aug 2028", "holds"),
        FakeCheck("P6", "Cells cost $0.25-0.30/W", "module price", "$0.10/W", "context"),
        FakeCheck("G3", "Peak cooling +40%", "peak-cooling factor", "1.20x", "fails"),
    ]
