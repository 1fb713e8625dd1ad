"""Monte Carlo about the scenario (issue 10, item 6): draws, bands, chances, what is varied."""

import json

import numpy as np
import pytest

from explorer.io import load_bundled
from explorer.model import PARAMS, Scenario, evaluate
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.uncertainty import describe, draw_interval, draws, monte_carlo, summary
from tests.model.orbit_favoured import ORBIT_FAVOURED

DRAWN = [p.key for p in PARAMS if p.uncertain and not p.locked_by_default]
UNCERTAIN = [p.key for p in PARAMS if p.uncertain]
ORBIT_FAVOURED_SCENARIO = Scenario(ORBIT_FAVOURED)


def test_same_seed_same_numbers_other_seed_other_numbers():
    a = summary(monte_carlo(Scenario(), 2_000, seed=7))
    b = summary(monte_carlo(Scenario(), 2_000, seed=7))
    c = summary(monte_carlo(Scenario(), 2_000, seed=8))
    assert a == b
    assert a["space_usd_per_gpu_hour"] != c["space_usd_per_gpu_hour"]


@pytest.mark.parametrize("price", [1800.0, 20.0])
def test_draws_are_centred_on_the_scenario_within_the_spread(price):
    # Issue 10: at full width the launch price was drawn from $8 to $10,000 whatever the slider
    # said. Now it is log-triangular from half to twice the slider's value, its mode at the value.
    batch = draws(Scenario({"launch_price_usd_per_kg": price}), 20_000, seed=1)
    drawn = np.asarray(batch["launch_price_usd_per_kg"])
    assert drawn.min() >= price / 2 and drawn.max() <= price * 2
    logs = np.log(drawn)
    # A triangle on [ln(p/2), ln(2p)] with its mode at ln p: mean and median at ln p.
    assert np.mean(logs) == pytest.approx(np.log(price), abs=0.01)
    assert np.median(drawn) == pytest.approx(price, rel=0.02)
    # Linear parameters: triangular, plus or minus their spread.
    pue = np.asarray(batch["pue"])
    assert pue.min() >= 1.1 and pue.max() <= 1.3 and np.mean(pue) == pytest.approx(1.2, abs=3e-3)


def test_draws_stay_in_the_registry_range():
    batch = draws(Scenario(), 20_000, seed=1)
    for key in DRAWN:
        p = PARAMS_BY_KEY[key]
        values = np.asarray(batch[key])
        assert values.min() >= p.minimum and values.max() <= p.maximum, key
        assert np.ptp(values) > 0, key
    # At the edge of the range the triangle is cut there: $9,000/kg is drawn up to $10,000.
    edge = np.asarray(
        draws(Scenario({"launch_price_usd_per_kg": 9000}), 5_000)["launch_price_usd_per_kg"]
    )
    assert edge.max() <= 10_000 and edge.min() >= 4500


def test_scope_is_never_drawn_and_policy_only_when_unlocked():
    batch = draws(Scenario(), 1_000, seed=1)
    assert batch["capacity_gw"] == 1 and batch["start_year"] == 2026
    for key in ("solar_tariff_pct", "discount_rate_pct", "carbon_price_usd_per_t"):
        assert PARAMS_BY_KEY[key].locked_by_default and batch[key] == Scenario()[key], key
    unlocked = draws(Scenario(), 1_000, seed=1, unlocked={"discount_rate_pct"})
    rates = np.asarray(unlocked["discount_rate_pct"])
    assert rates.min() >= 6 and rates.max() <= 10 and np.ptp(rates) > 0


def test_locked_parameters_do_not_vary_and_leave_the_others_alone():
    scenario = Scenario({"launch_price_usd_per_kg": 500})
    free = draws(scenario, 1_000, seed=3)
    batch = draws(scenario, 1_000, seed=3, locked={"launch_price_usd_per_kg", "pue"})
    assert batch["launch_price_usd_per_kg"] == 500
    assert batch["pue"] == scenario["pue"]
    # Each parameter has its own stream: locking two does not reshuffle the rest.
    np.testing.assert_array_equal(batch["gpu_power_kw"], free["gpu_power_kw"])


def test_width_scales_every_spread():
    launch = PARAMS_BY_KEY["launch_price_usd_per_kg"]  # x/÷2, log
    assert draw_interval(launch, 1800, 1.0) == pytest.approx((900, 3600))
    assert draw_interval(launch, 1800, 0.5) == pytest.approx((1800 / 2**0.5, 1800 * 2**0.5))
    pue = PARAMS_BY_KEY["pue"]  # ±0.1, linear, 1.05 to 1.5
    assert draw_interval(pue, 1.2, 0.5) == pytest.approx((1.15, 1.25))
    assert draw_interval(pue, 1.12, 1.0) == pytest.approx((1.05, 1.22))  # cut at the minimum
    values = np.asarray(draws(Scenario(), 5_000, seed=2, width=0.5)["pue"])
    assert values.min() >= 1.15 - 1e-12 and values.max() <= 1.25 + 1e-12


def test_dragging_the_launch_price_moves_the_chance_that_orbit_is_cheaper():
    # Issue 10: the chance was 3% at $1,800/kg and still 3% at $20/kg. Now the draws follow the
    # slider. Where launch decides (Starcloud's inputs counted like for like within the energy
    # boundary, as issue 10's preset had them, or orbit at its most favourable) the chance moves
    # from none to a large share.
    starcloud = load_bundled("starcloud-2024-complete").scenario.with_changes(boundary="energy")
    for scenario in (starcloud, ORBIT_FAVOURED_SCENARIO):
        dear = monte_carlo(scenario.with_changes(launch_price_usd_per_kg=1800), 4_000, seed=1)
        cheap = monte_carlo(scenario.with_changes(launch_price_usd_per_kg=20), 4_000, seed=1)
        assert dear.p_orbit_cheaper < 0.01 and cheap.p_orbit_cheaper > 0.3
    # In today's baseline even free launch leaves orbit dearer (the ratio's P10 stays above 1):
    # the chance stays at zero, but the whole distribution follows the slider.
    baseline = Scenario()
    dear = monte_carlo(baseline, 4_000, seed=1, with_paths=False)
    cheap = monte_carlo(baseline.with_changes(launch_price_usd_per_kg=20), 4_000, seed=1)
    assert dear.p_orbit_cheaper == cheap.p_orbit_cheaper == 0
    assert (
        cheap.percentiles("space_to_earth_ratio")[2] < dear.percentiles("space_to_earth_ratio")[0]
    )


def test_the_chance_counts_feasible_draws_and_the_infeasible_share_is_apart():
    # Claim L1's 100 W/kg is close to the IT hardware's own mass: some draws leave no room for
    # anything else and are infeasible. They are not "Earth wins".
    seed_claims = load_bundled("seed-claims-2026").scenario.with_changes(launch_price_usd_per_kg=20)
    mc = monte_carlo(seed_claims, 4_000, seed=2, with_paths=False)
    r = mc.results
    feasible = np.asarray(r["feasible"])
    assert 0 < mc.infeasible_share < 0.5
    assert mc.infeasible_share == pytest.approx(1 - feasible.mean())
    wins = feasible & (
        np.asarray(r["space.usd_per_gpu_hour"]) < np.asarray(r["earth.usd_per_gpu_hour"])
    )
    assert mc.p_orbit_cheaper == pytest.approx(wins.sum() / feasible.sum())


def test_describe_says_what_is_varied_and_how():
    rows = {row.key: row for row in describe(Scenario(), locked={"pue"})}
    assert list(rows) == [p.key for p in PARAMS]
    launch = rows["launch_price_usd_per_kg"]
    assert (launch.status, launch.shape, launch.spread, launch.spread_kind) == (
        "drawn",
        "log-triangular",
        2.0,
        "factor",
    )
    assert (launch.low, launch.mode, launch.high) == pytest.approx((900, 1800, 3600))
    assert rows["pue"].status == "locked" and rows["pue"].low == rows["pue"].high == 1.2
    assert rows["capacity_gw"].status == "scope"
    assert rows["solar_tariff_pct"].status == "locked_by_default"
    assert rows["gpu_power_kw"].spread_kind == "plus_minus"


def test_bands_collapse_to_the_point_when_everything_is_locked():
    scenario = ORBIT_FAVOURED_SCENARIO.with_changes(
        power_source="gas", turbine_scarcity_premium_pct=100
    )
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
    assert np.all(launch.feasible_share == 1)


def test_chance_orbit_is_cheaper_rises_as_launch_price_falls():
    mc = monte_carlo(ORBIT_FAVOURED_SCENARIO, 4_000, seed=5, with_paths=False)
    chance = mc.launch_bands(100).p_orbit_cheaper  # prices rise along the axis
    assert np.all(np.diff(chance) <= 0)
    assert chance[0] > 0.5 > chance[-1]


def test_bands_match_numpy_percentiles():
    mc = monte_carlo(Scenario(), 1_000, seed=4)
    bands = mc.year_bands()
    feasible = np.asarray(mc.results["path.feasible"]).all(axis=-1)
    space = np.asarray(mc.results["path.space_usd_per_gpu_hour"])[feasible]
    np.testing.assert_allclose(bands.space, np.percentile(space, (10, 50, 90), axis=0))


def test_summary_is_plain_json():
    data = json.loads(json.dumps(summary(monte_carlo(Scenario(), 300, seed=1))))
    assert set(data["space_usd_per_gpu_hour"]) == {"p10", "p50", "p90"}
    assert 0 <= data["p_orbit_cheaper"] <= 1 and 0 <= data["infeasible_share"] <= 1
    assert data["by_year"][0]["year"] == 2026 and "feasible_share" in data["by_year"][0]
    varied = {row["key"]: row for row in data["varied"]}
    assert set(varied) == set(DRAWN)
    assert varied["launch_price_usd_per_kg"]["shape"] == "log-triangular"
