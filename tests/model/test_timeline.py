"""What moves with the calendar besides the launch price (DESIGN.md 2.3)."""

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.timeline import in_year


def _v(**changes):
    return {
        k: (v if isinstance(v, str) else np.asarray(v, dtype=float))
        for k, v in Scenario(changes).items()
    }


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
