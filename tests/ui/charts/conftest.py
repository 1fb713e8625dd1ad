"""Fixtures for the chart tests: evaluated scenarios, their figures, and synthetic bands."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pytest

from explorer.model import Results, Scenario, evaluate
from explorer.model.sweeps import launch_price_axis
from explorer.present.figures import CHARTS
from explorer.present.figures.frame import Frame, Memo


@dataclass(frozen=True)
class FakeBands:
    x: np.ndarray
    earth: np.ndarray
    space: np.ndarray
    p_orbit_cheaper: np.ndarray


def figure_of(
    name: str,
    results: Results,
    reference: Results | None = None,
    pinned: Results | None = None,
    **changes: Any,
) -> Any:
    """The figure of chart ``name`` for these results, with some fields replaced."""
    spec = next(spec for spec in CHARTS if spec.name == name)
    figure = spec.build(Frame(results, reference, pinned), Memo())
    return replace(figure, **changes) if changes else figure


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
