"""The breakeven launch price and the crossover year."""

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.crossover import cheaper_windows, crossover_year
from tests.model.orbit_favoured import ORBIT_FAVOURED


def test_breakeven_price_makes_the_two_sides_equal():
    s = Scenario(
        {
            **ORBIT_FAVOURED,
            "power_source": "gas",
            "turbine_scarcity_premium_pct": 100,
            "time_to_power_years": 4,
        }
    )
    breakeven = float(evaluate(s, with_paths=False)["breakeven_launch_usd_per_kg"])
    assert np.isfinite(breakeven) and breakeven > 0
    at = evaluate(s.with_changes(launch_price_usd_per_kg=breakeven), with_paths=False)
    assert float(at["space_to_earth_ratio"]) == pytest.approx(1.0, rel=1e-9)


def test_no_breakeven_when_free_launch_is_not_enough():
    s = Scenario({"space_array_cost_usd_per_w": 60, "time_to_power_years": 0})
    r = evaluate(s, with_paths=False)
    assert np.isnan(r["breakeven_launch_usd_per_kg"])
    free = evaluate(s.with_changes(launch_price_usd_per_kg=8), with_paths=False)
    assert float(free["space_to_earth_ratio"]) > 1
    assert r.to_dict()["breakeven_launch_usd_per_kg"] is None


def test_crossover_interpolates_between_whole_years():
    years = np.arange(2026.0, 2031.0)
    gap = np.array([3.0, 2.0, 1.0, -1.0, -2.0])
    assert float(crossover_year(years, gap, np.ones(5, bool))) == pytest.approx(2028.5)
    assert float(crossover_year(years, -np.abs(gap), np.ones(5, bool))) == 2026.0
    assert np.isnan(crossover_year(years, np.ones(5), np.ones(5, bool)))
    # An infeasible year never counts as a win, and no edge is drawn across it.
    ok = np.array([True, True, True, False, True])
    assert float(crossover_year(years, gap, ok)) == pytest.approx(2030.0)


def test_a_crossing_that_does_not_last_is_no_crossover():
    # Issue 10's ground-constrained case: orbit cheaper for a while, then dearer again.
    years = np.arange(2026.0, 2032.0)
    gap = np.array([2.0, 1.0, -1.0, -1.0, 1.0, 3.0])
    ok = np.ones(6, bool)
    assert np.isnan(crossover_year(years, gap, ok))
    assert cheaper_windows(years, gap, ok) == [(pytest.approx(2027.5), pytest.approx(2029.5))]


def test_windows_list_every_stretch_and_the_last_may_stay_open():
    years = np.arange(2026.0, 2034.0)
    gap = np.array([-1.0, 1.0, 3.0, -1.0, 1.0, 1.0, -3.0, -4.0])
    ok = np.ones(8, bool)
    windows = cheaper_windows(years, gap, ok)
    # From the start year (no edge before it), a one-year dip, and one lasting through the end.
    assert windows == [
        (2026.0, pytest.approx(2026.5)),
        (pytest.approx(2028.75), pytest.approx(2029.5)),
        (pytest.approx(2031.25), None),
    ]
    assert float(crossover_year(years, gap, ok)) == pytest.approx(windows[-1][0])
    # Next to an infeasible year the edge stays on the cheaper whole year.
    ok[2] = False
    assert cheaper_windows(years, gap, ok)[1][0] == 2029.0
    assert cheaper_windows(years, np.ones(8), ok) == []


# GPUs bought up front wait five years for power until the ground's constraints ease in 2030.
TWO_WINDOWS = Scenario(
    {
        **ORBIT_FAVOURED,
        "launch_price_usd_per_kg": 600,
        "time_to_power_years": 5,
        "gpu_purchase": "up_front",
        "ground_constraints_ease_year": 2030,
    }
)


def test_crossover_year_is_where_orbit_becomes_cheaper_for_good():
    r = evaluate(TWO_WINDOWS)
    windows = r.cheaper_windows()
    assert len(windows) == 2 and windows[-1][1] is None
    # Orbit is cheaper while the ground waits for power, dearer once the wait ends in 2030 and
    # until the launch price has fallen further: the crossover is the second window's start.
    first, last = windows
    assert 2026 < first[0] < first[1] <= 2030
    year = float(r["crossover_year"])
    assert year == pytest.approx(last[0]) and 2030 < year < 2050
    assert r.to_dict()["cheaper_windows"] == [list(first), [last[0], None]]
    years, space, earth = (
        r["path.year"],
        r["path.space_usd_per_gpu_hour"],
        r["path.earth_usd_per_gpu_hour"],
    )
    i = int(np.ceil(year) - years[0])
    assert np.all(space[i:] <= earth[i:]) and space[i - 1] > earth[i - 1]
    # Evaluating the scenario started in a later whole year agrees with the path.
    later = evaluate(
        TWO_WINDOWS.with_changes(
            start_year=int(years[i]),
            launch_price_usd_per_kg=float(r["path.launch_usd_per_kg"][i]),
        ),
        with_paths=False,
    )
    assert float(later["earth.usd_per_gpu_hour"]) == pytest.approx(earth[i])
    assert float(later["space.usd_per_gpu_hour"]) == pytest.approx(space[i])


def test_point_evaluation_is_the_path_at_the_start_year():
    r = evaluate(Scenario())
    assert float(r["path.space_usd_per_gpu_hour"][0]) == pytest.approx(
        float(r["space.usd_per_gpu_hour"])
    )
    assert float(r["path.earth_usd_per_gpu_hour"][0]) == pytest.approx(
        float(r["earth.usd_per_gpu_hour"])
    )


@pytest.mark.parametrize(
    ("seed", "start", "ease", "purchase", "boundary"),
    [
        (0, 2026, 2031, "when_usable", "full"),
        (1, 2026, 2031, "up_front", "full"),
        (2, 2026, 2026, "when_usable", "infrastructure"),
        (3, 2033, 2030, "up_front", "power"),
        (4, 2030, 2040, "when_usable", "energy"),
        (5, 2028, 2035, "up_front", "full"),
    ],
)
def test_paths_equal_evaluating_every_year_afresh(seed, start, ease, purchase, boundary):
    # The paths are built from the point evaluation (affine in launch and array price and in the
    # build-out's carrying factor, two ground states); evaluating each year's inputs from scratch
    # must give the same numbers.
    from explorer.model import feasibility
    from explorer.model.params import PARAMS
    from explorer.model.sides import earth, per_hour, space, values
    from explorer.model.timeline import in_year

    rng = np.random.default_rng(seed)
    changes = {p.key: float(rng.uniform(p.minimum, p.maximum)) for p in PARAMS if p.uncertain}
    changes.update(
        space_array_cost_decline_pct_per_year=10,
        start_year=start,
        ground_constraints_ease_year=ease,
        turbine_scarcity_premium_pct=80,
        power_source="gas",
        gpu_purchase=purchase,
        boundary=boundary,
    )
    scenario = Scenario(changes)
    r = evaluate(scenario)
    assert bool(r["feasible"]), r.reasons()
    v = values(scenario)
    for i, year in enumerate(r["path.year"]):
        held = in_year(v, year)
        common = feasibility.input_flags(held)
        ground, _ = earth(held, common)
        orbit, _ = space(held, common)
        assert r["path.earth_usd_per_gpu_hour"][i] == pytest.approx(
            float(per_hour(ground["total_usd"], ground["gpu_hours_installed"])), rel=1e-9
        )
        assert r["path.space_usd_per_gpu_hour"][i] == pytest.approx(
            float(per_hour(orbit["total_usd"], orbit["gpu_hours_installed"])), rel=1e-9
        )
