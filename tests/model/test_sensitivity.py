"""Tornado rows and "what would have to be true" thresholds (issue 4)."""

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.sensitivity import thresholds, tornado

NEAR_PARITY = Scenario(
    {
        "power_source": "gas",
        "turbine_scarcity_premium_pct": 100,
        "time_to_power_years": 4,
        "space_array_cost_usd_per_w": 0.5,
    }
)


@pytest.mark.parametrize("metric", ["crossover_year", "breakeven_launch_usd_per_kg"])
def test_tornado_rows_are_the_model_at_each_end(metric):
    rows = tornado(NEAR_PARITY, metric)
    swings = [row.swing for row in rows]
    assert swings == sorted(swings, reverse=True)
    for row in rows[:4]:
        p = PARAMS_BY_KEY[row.key]
        for end, value in ((p.minimum, row.low_value), (p.maximum, row.high_value)):
            direct = float(evaluate(NEAR_PARITY.with_changes({row.key: end}))[metric])
            np.testing.assert_allclose(value, direct, equal_nan=True)


def test_locked_parameters_leave_the_tornado():
    keys = {row.key for row in tornado(NEAR_PARITY, locked={"launch_price_usd_per_kg"})}
    assert "launch_price_usd_per_kg" not in keys and "pue" in keys
    assert "capacity_gw" not in keys  # scope, not uncertainty


def test_each_threshold_put_back_ties_orbit_and_ground():
    # Launch at $650/kg puts orbit within about 5% of the ground, so many parameters can tie it.
    scenario = NEAR_PARITY.with_changes(launch_price_usd_per_kg=650)
    found = [t for t in thresholds(scenario) if np.isfinite(t.value)]
    assert len(found) >= 5
    for t in found:
        p = PARAMS_BY_KEY[t.key]
        assert p.minimum <= t.value <= p.maximum
        ratio = float(
            evaluate(scenario.with_changes({t.key: t.value}), with_paths=False)[
                "space_to_earth_ratio"
            ]
        )
        assert ratio == pytest.approx(1.0, rel=1e-3), t.key


def test_no_threshold_where_the_whole_range_keeps_orbit_dearer():
    by_key = {t.key: t for t in thresholds(Scenario())}
    # With $5/W arrays, orbit stays dearer at any launch price in range.
    assert np.isnan(by_key["launch_price_usd_per_kg"].value)
    assert by_key["launch_price_usd_per_kg"].label == "none in range"


def test_nothing_unlocked_means_no_rows():
    from explorer.model import PARAMS

    everything = {p.key for p in PARAMS}
    assert tornado(NEAR_PARITY, locked=everything) == []
    assert thresholds(NEAR_PARITY, locked=everything) == []
