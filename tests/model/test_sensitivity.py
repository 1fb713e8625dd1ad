"""Tornado rows and "what would have to be true" thresholds (issue 4)."""

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.sensitivity import thresholds, tornado
from explorer.model.uncertainty import draw_interval

# Orbit at its most favourable within the registry (see test_compare.py) against gas turbines
# bought at a premium and a four-year wait: near parity at a few hundred $/kg.
NEAR_PARITY = Scenario(
    {
        "space_array_cost_usd_per_w": 0.5,
        "gpu_annual_failure_rate_pct": 3,
        "other_failure_rate_pct_per_year": 0.5,
        "blast_radius_gpus": 1,
        "spare_gpu_pct": 10,
        "build_usd_per_kg": 300,
        "radiator_areal_density_kg_per_m2": 3,
        "array_areal_density_kg_per_m2": 0.8,
        "launch_cadence_ceiling_per_year": 10_000,
        "launch_cadence_growth": 0.6,
        "power_source": "gas",
        "turbine_scarcity_premium_pct": 100,
        "time_to_power_years": 4,
    }
)


@pytest.mark.parametrize("metric", ["crossover_year", "breakeven_launch_usd_per_kg"])
def test_tornado_rows_are_the_model_at_each_end_of_the_spread(metric):
    rows = tornado(NEAR_PARITY, metric)
    swings = [row.swing for row in rows]
    assert swings == sorted(swings, reverse=True)
    for row in rows[:4]:
        low, high = draw_interval(PARAMS_BY_KEY[row.key], float(NEAR_PARITY[row.key]))
        for end, value in ((low, row.low_value), (high, row.high_value)):
            direct = float(evaluate(NEAR_PARITY.with_changes({row.key: end}))[metric])
            np.testing.assert_allclose(value, direct, equal_nan=True)
    # The launch price moves from half to twice the scenario's, not across the whole registry.
    launch = next(row for row in rows if row.key == "launch_price_usd_per_kg")
    assert (launch.low_label, launch.high_label) == ("900 $/kg", "3,600 $/kg")


def test_locked_parameters_leave_the_tornado():
    keys = {row.key for row in tornado(NEAR_PARITY, locked={"launch_price_usd_per_kg"})}
    assert "launch_price_usd_per_kg" not in keys and "pue" in keys
    assert "capacity_gw" not in keys  # scope, not uncertainty
    assert "turbine_scarcity_premium_pct" not in keys  # policy: locked unless unlocked
    unlocked = tornado(NEAR_PARITY, unlocked={"turbine_scarcity_premium_pct"})
    assert "turbine_scarcity_premium_pct" in {row.key for row in unlocked}


def test_each_threshold_put_back_ties_orbit_and_ground():
    # Launch near the breakeven puts orbit within a few percent of the ground, so many parameters
    # can tie it.
    breakeven = float(evaluate(NEAR_PARITY, with_paths=False)["breakeven_launch_usd_per_kg"])
    scenario = NEAR_PARITY.with_changes(launch_price_usd_per_kg=round(breakeven * 1.1))
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
    # With today's spacecraft, orbit stays dearer at any launch price in range.
    assert np.isnan(by_key["launch_price_usd_per_kg"].value)
    assert by_key["launch_price_usd_per_kg"].label == "none in range"


def test_nothing_unlocked_means_no_rows():
    from explorer.model import PARAMS

    everything = {p.key for p in PARAMS}
    assert tornado(NEAR_PARITY, locked=everything) == []
    assert thresholds(NEAR_PARITY, locked=everything) == []
