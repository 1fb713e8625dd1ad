"""The bridge between two scenarios: Shapley steps over the parameter groups (issue 11, item 2)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.io import load_bundled
from explorer.model import CHOICES, PARAMS, REGISTRY, Scenario, evaluate
from explorer.model import explain as explain_module
from explorer.model.explain import (
    METRICS,
    OWN_GROUP_CHOICES,
    bridge_groups,
    explain,
    shapley,
)
from explorer.model.params import CHOICES_BY_KEY, GROUP_TITLES, GROUPS

# --- the Shapley values themselves, against their definition and closed forms ---------------------


def _by_orderings(values: np.ndarray, n: int) -> np.ndarray:
    """The definition: each player's marginal step averaged over all n! orders of joining."""
    phi = np.zeros(n)
    for order in itertools.permutations(range(n)):
        mask = 0
        for player in order:
            phi[player] += values[mask | 1 << player] - values[mask]
            mask |= 1 << player
    return phi / math.factorial(n)


def test_shapley_equals_the_average_over_every_order() -> None:
    rng = np.random.default_rng(11)
    for n in (1, 2, 3, 5):
        values = rng.normal(size=1 << n) * 10
        np.testing.assert_allclose(shapley(values), _by_orderings(values, n), rtol=1e-12)


def test_additive_game_gives_each_player_its_own_step() -> None:
    own = np.array([3.0, -1.5, 0.25, 7.0])
    values = np.array([own[[i for i in range(4) if m >> i & 1]].sum() for m in range(16)])
    np.testing.assert_allclose(shapley(values), own, rtol=1e-12)


def test_product_of_two_players_splits_the_cross_term_evenly() -> None:
    # v = x * y with x: 2 -> 5 (player 0) and y: 3 -> 4 (player 1).
    x, y = (2.0, 5.0), (3.0, 4.0)
    values = np.array([x[m & 1] * y[m >> 1 & 1] for m in range(4)])
    # By hand: phi_x = (5 - 2) * (3 + 4) / 2 = 10.5, phi_y = (4 - 3) * (2 + 5) / 2 = 3.5.
    np.testing.assert_allclose(shapley(values), [10.5, 3.5], rtol=1e-15)
    assert shapley(values).sum() == pytest.approx(20 - 6)


def test_unanimity_game_shares_equally() -> None:
    values = np.zeros(8)
    values[7] = 6.0
    np.testing.assert_allclose(shapley(values), [2.0, 2.0, 2.0], rtol=1e-15)


def test_no_players_and_bad_sizes() -> None:
    assert shapley(np.array([4.2])).shape == (0,)
    for size in (0, 3, 6):
        with pytest.raises(ValueError, match="2\\^n"):
            shapley(np.zeros(size))


# --- the groups come from the registry ------------------------------------------------------------


def test_every_registry_key_is_in_exactly_one_group() -> None:
    keys = [k for g in bridge_groups() for k in g.keys]
    assert sorted(keys) == sorted(REGISTRY)
    assert len(keys) == len(set(keys))


def test_groups_are_the_panels_plus_the_accounting_switches() -> None:
    groups = bridge_groups()
    assert len({g.key for g in groups}) == len(groups)
    for key in OWN_GROUP_CHOICES:
        own = next(g for g in groups if g.key == key)
        assert own.keys == (key,)
        assert own.title == CHOICES_BY_KEY[key].title
    panels = [g for g in groups if g.key not in OWN_GROUP_CHOICES]
    assert [g.key for g in panels] == [k for k in GROUPS if any(g.key == k for g in panels)]
    assert all(g.title == GROUP_TITLES[g.key] for g in panels)


def test_batches_are_refused() -> None:
    with pytest.raises(ValueError, match="single scenarios"):
        explain(Scenario({"pue": np.array([1.1, 1.2])}), Scenario())


# --- hand-checked bridges on the real model -------------------------------------------------------


def _value(scenario: Scenario, name: str) -> float:
    return float(evaluate(scenario)[name])


def test_two_groups_ratio_has_the_closed_form() -> None:
    # Launch price moves only orbit's cost, grid price only the ground's; for ratio = s / e the two
    # steps are (s_B - s_A) x (1/e_A + 1/e_B) / 2 and (s_A + s_B) / 2 x (1/e_B - 1/e_A).
    a = load_bundled("baseline-2026").scenario
    b = a.with_changes(launch_price_usd_per_kg=100.0, grid_price_usd_per_kwh=0.12)
    s_a, s_b = (_value(x, "space.usd_per_gpu_hour") for x in (a, b))
    e_a, e_b = (_value(x, "earth.usd_per_gpu_hour") for x in (a, b))
    assert _value(a.with_changes(grid_price_usd_per_kwh=0.12), "space.usd_per_gpu_hour") == s_a
    assert _value(a.with_changes(launch_price_usd_per_kg=100.0), "earth.usd_per_gpu_hour") == e_a
    steps = explain(a, b).metrics["space_to_earth_ratio"].steps
    assert steps["launch"] == pytest.approx((s_b - s_a) * (1 / e_a + 1 / e_b) / 2, rel=1e-12)
    assert steps["ground"] == pytest.approx((s_a + s_b) / 2 * (1 / e_b - 1 / e_a), rel=1e-12)
    assert {k for k, v in steps.items() if v != 0} == {"launch", "ground"}


def test_earth_step_of_the_grid_price_is_energy_per_gpu_hour() -> None:
    # $/GPU-h moves by the price change x kWh per GPU-hour at the meter: 0.04 $/kWh x PUE x
    # GPU kW x (1 + server overhead); discounting scales the energy and the GPU-hours alike.
    a = load_bundled("baseline-2026").scenario
    b = a.with_changes(
        launch_price_usd_per_kg=100.0, grid_price_usd_per_kwh=a["grid_price_usd_per_kwh"] + 0.04
    )
    kwh_per_gpu_hour = a["pue"] * a["gpu_power_kw"] * (1 + a["server_overhead_pct"] / 100)
    steps = explain(a, b).metrics["earth.usd_per_gpu_hour"].steps
    assert steps["ground"] == pytest.approx(0.04 * kwh_per_gpu_hour, rel=1e-12)
    assert steps["launch"] == 0.0


def test_purely_additive_change_gives_each_group_its_step_alone() -> None:
    # The ground's cost is a sum of an IT part (GPU price) and an energy part (grid price), so the
    # game is additive and each Shapley step is that group's change alone.
    a = load_bundled("baseline-2026").scenario
    gpus, ground = {"it_capex_per_gpu_usd": 70_000.0}, {"grid_price_usd_per_kwh": 0.05}
    b = a.with_changes({**gpus, **ground})
    name = "earth.usd_per_gpu_hour"
    alone = {
        "gpus": _value(a.with_changes(gpus), name) - _value(a, name),
        "ground": _value(a.with_changes(ground), name) - _value(a, name),
    }
    assert _value(b, name) - _value(a.with_changes(ground), name) == pytest.approx(alone["gpus"])
    steps = explain(a, b).metrics[name].steps
    assert steps["gpus"] == pytest.approx(alone["gpus"], rel=1e-12)
    assert steps["ground"] == pytest.approx(alone["ground"], rel=1e-12)


def test_identical_scenarios_give_all_zeros() -> None:
    a = load_bundled("starcloud-2024").scenario
    e = explain(a, a)
    assert e.mixes == 1
    assert not any(e.changed.values())
    for name in METRICS[:3]:
        m = e.metrics[name]
        assert m.start == m.end == _value(a, name)
        assert set(m.steps.values()) == {0.0}


def test_the_accounting_boundary_is_one_step() -> None:
    a = load_bundled("starcloud-2024").scenario
    e = explain(a, a.with_changes(boundary="full"))
    assert e.mixes == 2
    assert e.changed["boundary"] == {"boundary": ("supply_and_launch", "full")}
    m = e.metrics["space_to_earth_ratio"]
    assert m.steps["boundary"] == pytest.approx(m.end - m.start, rel=1e-12)


def test_one_evaluation_per_combination_of_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(
        explain_module, "evaluate", lambda s: calls.append(s.batch_shape) or evaluate(s)
    )
    a = Scenario()
    b = Scenario({"mass_model": "top_down", "power_source": "gas", "pue": 1.3, "payload_t": 20.0})
    e = explain(a, b)
    # Three groups differ (the mass model, the ground with its power source, and the one holding
    # payload_t): 8 mixes, split by the two choices into 4 evaluations of 2 mixes each.
    assert e.mixes == 8
    assert calls == [(2,)] * 4


def test_an_infeasible_mix_leaves_only_the_metrics_it_breaks_unattributed() -> None:
    # A is bottom-up with a top-down specific power it does not use; B is top-down at 36.5 W/kg.
    # Top-down at A's 300 W/kg leaves no mass beyond the IT hardware: that mix has no space cost.
    a = Scenario({"system_w_per_kg": 300.0})
    b = Scenario({"mass_model": "top_down", "grid_price_usd_per_kwh": 0.1})
    broken = a.with_changes(mass_model="top_down")
    assert not bool(evaluate(broken)["feasible"]) and bool(evaluate(a)["feasible"])
    e = explain(a, b)
    for name in ("space_to_earth_ratio", "space.usd_per_gpu_hour"):
        m = e.metrics[name]
        assert m.steps is None
        assert m.start == _value(a, name) and m.end == _value(b, name)
        assert m.reason.startswith("the system specific power leaves no mass")
        assert (
            "with Mass model from B and the rest from A, and in 1 more of the 8 mixes" in m.reason
        )
    earth = e.metrics["earth.usd_per_gpu_hour"]
    assert earth.steps["ground"] == pytest.approx(earth.end - earth.start, rel=1e-12)


def test_crossover_already_at_the_start_moves_with_the_start_year_alone() -> None:
    # Orbit far cheaper than an expensive, waiting ground: it is cheaper from the start year in
    # every mix, so the crossover year is each mix's start year and the whole change is the step
    # of the group that holds the start year; the ground's PUE steps by exactly zero.
    ranges = {k: REGISTRY[k] for k in ("grid_price_usd_per_kwh", "time_to_power_years")}
    cheapest = ("launch_price_usd_per_kg", "space_array_cost_usd_per_w", "build_usd_per_kg")
    reliable = ("gpu_annual_failure_rate_pct", "other_failure_rate_pct_per_year", "spare_gpu_pct")
    a = Scenario(
        {
            **{k: REGISTRY[k].minimum for k in cheapest + reliable},
            **{k: p.maximum for k, p in ranges.items()},
        }
    )
    b = a.with_changes(start_year=a["start_year"] + 4, pue=1.4)
    for x in (a, b, a.with_changes(pue=1.4), a.with_changes(start_year=b["start_year"])):
        assert _value(x, "space_to_earth_ratio") < 1, "precondition: orbit cheaper at the start"
    m = explain(a, b).metrics["crossover_year"]
    assert (m.start, m.end) == (a["start_year"], b["start_year"])
    assert m.steps[REGISTRY["start_year"].group] == pytest.approx(4.0, rel=1e-12)
    assert m.steps[REGISTRY["pue"].group] == 0.0


def test_no_crossover_in_some_mix_leaves_the_year_unattributed() -> None:
    a = Scenario()
    assert np.isnan(_value(a, "crossover_year")), "precondition: no crossover by 2050"
    m = explain(a, a.with_changes(pue=1.3)).metrics["crossover_year"]
    assert m.steps is None and m.start is None
    assert m.reason == "orbit is never cheaper by 2050: at A, and in 1 more of the 2 mixes"


# --- every pair: the steps add up and flip -------------------------------------------------------


def _number(param):
    values = st.one_of(
        st.floats(param.minimum, param.maximum), st.sampled_from([param.minimum, param.maximum])
    )
    return values.map(round) if param.integer else values


_VALUES = st.fixed_dictionaries(
    {**{p.key: _number(p) for p in PARAMS}, **{c.key: st.sampled_from(c.options) for c in CHOICES}}
)


@st.composite
def _pairs(draw) -> tuple[Scenario, Scenario]:
    """A and B over the registry's ranges and choices; B takes its own values in some groups only,
    so that pairs differ in anything from none to all of the groups."""
    a, own = draw(_VALUES), draw(_VALUES)
    groups = bridge_groups()
    taken = draw(st.sets(st.sampled_from([g.key for g in groups])))
    b = {**a, **{k: own[k] for g in groups if g.key in taken for k in g.keys}}
    return Scenario(a), Scenario(b)


def _scale(m) -> float:
    """What "1e-9 relative" is relative to: the change, or the largest step if steps cancel."""
    return max(abs(m.end - m.start), *(abs(s) for s in m.steps.values()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pairs())
def test_steps_add_up_and_flip_sign_when_a_and_b_swap(pair: tuple[Scenario, Scenario]) -> None:
    a, b = pair
    forward, backward = explain(a, b), explain(b, a)
    assert forward.mixes == backward.mixes == 1 << sum(map(bool, forward.changed.values()))
    results = {"a": evaluate(a), "b": evaluate(b)}
    for name in METRICS:
        m, swapped = forward.metrics[name], backward.metrics[name]
        for end, value in (("a", m.start), ("b", m.end)):
            expected = float(results[end][name])
            assert value is None or value == pytest.approx(expected, rel=1e-12), (name, end)
        assert (m.steps is None) == (swapped.steps is None) == (m.reason is not None)
        if m.steps is None:
            continue
        assert abs(sum(m.steps.values()) - (m.end - m.start)) <= 1e-9 * _scale(m), name
        for key, step in m.steps.items():
            assert abs(step + swapped.steps[key]) <= 1e-9 * _scale(m), (name, key)
            if not forward.changed[key]:
                assert step == 0.0, (name, key)


def test_to_dict_has_stable_keys() -> None:
    a = Scenario()
    d = explain(a, a.with_changes(launch_price_usd_per_kg=30.0, boundary="energy")).to_dict()
    assert set(d) == {"mixes", "groups", "metrics"}
    assert d["mixes"] == 4
    assert list(d["metrics"]) == list(METRICS)
    for m in d["metrics"].values():
        assert set(m) == {"a", "b", "difference", "steps", "reason"}
    changed = {g["key"]: g["changed"] for g in d["groups"]}
    assert changed[REGISTRY["launch_price_usd_per_kg"].group] == [
        {"key": "launch_price_usd_per_kg", "a": a["launch_price_usd_per_kg"], "b": 30.0}
    ]
    assert changed["boundary"] == [{"key": "boundary", "a": "full", "b": "energy"}]
