"""The launch price path (issue 2's formula) and the ground constraints easing (DESIGN.md 2.3)."""

import math

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.timeline import cumulative_launched_t, in_year, launch_price, year_axis


def _v(**changes):
    return {
        k: (v if isinstance(v, str) else np.asarray(v, dtype=float))
        for k, v in Scenario(changes).items()
    }


def test_cumulative_mass_adds_previous_years_launches():
    v = _v(
        launches_per_year=100,
        launch_cadence_growth=0.3,
        payload_t=100,
        launch_cumulative_start_t=400,
        start_year=2026,
    )
    # Year by year as the issue states it: cumulative(2026) = 400; each later year adds the
    # previous year's launches x payload.
    cumulative, launches = 400.0, 100.0
    for year in range(2026, 2036):
        assert float(cumulative_launched_t(v, year)) == pytest.approx(cumulative, rel=1e-12)
        cumulative += launches * 100
        launches *= 1.3


def test_price_follows_wrights_law():
    v = _v(
        launch_price_usd_per_kg=1800,
        launch_learning_rate=0.2,
        launches_per_year=4,
        launch_cadence_growth=0.0,
        payload_t=100,
        launch_cumulative_start_t=400,
    )
    # One year adds 400 t: cumulative doubles, so the price falls by 20%.
    assert float(launch_price(v, 2027)) == pytest.approx(1800 * 0.8)
    # Three years: 1,600 t = 4x, two doublings.
    assert float(launch_price(v, 2029)) == pytest.approx(1800 * 0.8**2)
    assert float(launch_price(v, 2026)) == 1800
    exponent = math.log2(1 - 0.2)
    assert float(launch_price(v, 2030)) == pytest.approx(1800 * (2000 / 400) ** exponent)


def test_no_learning_keeps_the_price():
    v = _v(launch_learning_rate=0.0)
    assert np.allclose(launch_price(v, year_axis(2026)), 1800)


def test_ground_constraints_ease_in_their_year():
    v = _v(
        turbine_scarcity_premium_pct=100, time_to_power_years=3, ground_constraints_ease_year=2030
    )
    years = np.array([2029.0, 2030.0])
    held = in_year(v, years)
    assert held["turbine_scarcity_premium_pct"].tolist() == [100, 0]
    assert held["time_to_power_years"].tolist() == [3, 0]


def test_space_array_price_declines_yearly():
    v = _v(space_array_cost_usd_per_w=10, space_array_cost_decline_pct_per_year=10)
    assert float(in_year(v, 2028.0)["space_array_cost_usd_per_w"]) == pytest.approx(10 * 0.81)


def test_results_carry_the_path_from_start_year_to_2050():
    r = evaluate(Scenario({"start_year": 2027}))
    years = r["path.year"]
    assert years[0] == 2027 and years[-1] == 2050 and len(years) == 24
    assert r["path.launch_usd_per_kg"][0] == pytest.approx(1800)
    assert np.all(np.diff(r["path.launch_usd_per_kg"]) < 0)
    assert r.to_dict()["launch_price_by_year"][0] == [2027, pytest.approx(1800)]
