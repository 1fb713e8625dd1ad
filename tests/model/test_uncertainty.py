"""Monte Carlo draws and bands (issue 4)."""

import numpy as np
import pytest

from explorer.model import PARAMS, Scenario, evaluate
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.uncertainty import draw_interval, draws, monte_carlo, summary

UNCERTAIN = [p.key for p in PARAMS if p.uncertain]


def test_same_seed_same_numbers_other_seed_other_numbers():
    a = summary(monte_carlo(Scenario(), 2_000, seed=7))
    b = summary(monte_carlo(Scenario(), 2_000, seed=7))
    c = summary(monte_carlo(Scenario(), 2_000, seed=8))
    assert a == b
    assert a["space_usd_per_gpu_hour"] != c["space_usd_per_gpu_hour"]


def test_draws_stay_in_the_registry_range_and_follow_the_scale():
    batch = draws(Scenario(), 20_000, seed=1)
    for key in UNCERTAIN:
        p = PARAMS_BY_KEY[key]
        values = np.asarray(batch[key])
        assert values.min() >= p.minimum and values.max() <= p.maximum, key
    # Log-uniform: the median sits at the geometric middle of the range.
    price = np.asarray(batch["launch_price_usd_per_kg"])
    assert np.median(price) == pytest.approx(np.sqrt(8 * 10_000), rel=0.1)
    # Scope parameters are the question, not its uncertainty.
    assert batch["capacity_gw"] == 1 and batch["start_year"] == 2026


def test_locked_parameters_do_not_vary():
    scenario = Scenario({"launch_price_usd_per_kg": 500})
    batch = draws(scenario, 1_000, seed=3, locked={"launch_price_usd_per_kg", "pue"})
    assert batch["launch_price_usd_per_kg"] == 500
    assert batch["pue"] == scenario["pue"]
    assert np.ptp(np.asarray(batch["gpu_power_kw"])) > 0


def test_width_narrows_the_draws_around_the_current_value():
    p = PARAMS_BY_KEY["gpu_power_kw"]  # 0.7 to 2.0, linear
    assert draw_interval(p, 1.4, 1.0) == (0.7, 2.0)
    low, high = draw_interval(p, 1.4, 0.2)
    assert low == pytest.approx(1.4 - 0.13) and high == pytest.approx(1.4 + 0.13)
    assert draw_interval(p, 1.95, 0.2)[1] == 2.0  # clipped at the range's end
    values = np.asarray(draws(Scenario(), 5_000, seed=2, width=0.2)["gpu_power_kw"])
    assert values.min() >= 1.27 - 1e-12 and values.max() <= 1.53 + 1e-12


def test_bands_collapse_to_the_point_when_everything_is_locked():
    scenario = Scenario({"power_source": "gas", "turbine_scarcity_premium_pct": 100})
    mc = monte_carlo(scenario, 500, seed=1, locked=UNCERTAIN)
    point = evaluate(scenario)
    for side in ("earth", "space"):
        p10, p50, p90 = mc.percentiles(f"{side}.usd_per_gpu_hour")
        assert p10 == pytest.approx(p50) == pytest.approx(p90)
        assert p50 == pytest.approx(float(point[f"{side}.usd_per_gpu_hour"]))
    bands = mc.year_bands()
    np.testing.assert_allclose(bands.space[0], bands.space[2])
    np.testing.assert_allclose(bands.space[1], point["path.space_usd_per_gpu_hour"])
    launch = mc.launch_bands(50)
    np.testing.assert_allclose(launch.earth[0], launch.earth[2])
    # One chance per point of the axis, 0 or 1 when nothing varies.
    assert launch.p_orbit_cheaper.shape == (50,)
    assert set(np.unique(launch.p_orbit_cheaper)) <= {0.0, 1.0}


def test_chance_orbit_is_cheaper_rises_as_launch_price_falls():
    mc = monte_carlo(Scenario(), 4_000, seed=5, with_paths=False)
    chance = mc.launch_bands(100).p_orbit_cheaper  # prices rise along the axis
    assert np.all(np.diff(chance) <= 0)
    assert chance[0] > chance[-1]


def test_bands_match_numpy_percentiles():
    mc = monte_carlo(Scenario(), 1_000, seed=4)
    bands = mc.year_bands()
    feasible = np.asarray(mc.results["path.feasible"]).all(axis=-1)
    space = np.asarray(mc.results["path.space_usd_per_gpu_hour"])[feasible]
    np.testing.assert_allclose(bands.space, np.percentile(space, (10, 50, 90), axis=0))


def test_summary_is_plain_json():
    import json

    text = json.dumps(summary(monte_carlo(Scenario(), 300, seed=1)))
    data = json.loads(text)
    assert set(data["space_usd_per_gpu_hour"]) == {"p10", "p50", "p90"}
    assert 0 <= data["p_orbit_cheaper"] <= 1
    assert data["by_year"][0]["year"] == 2026
