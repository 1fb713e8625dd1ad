"""Property tests over the registry box and past its edges (issues 2 and 6)."""

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.model import CHOICES, PARAMS, Scenario, evaluate

OPTIONAL = {"space_to_earth_ratio", "breakeven_launch_usd_per_kg", "crossover_year"}


def _value(param, past_edges: bool):
    span = param.maximum - param.minimum
    low, high = param.minimum, param.maximum
    if past_edges:
        low, high = min(0.0, low - span), high + 10 * span
    inside = st.floats(low, high, allow_nan=False, allow_infinity=False)
    edges = st.sampled_from(
        [param.minimum, param.maximum, 0.0] if past_edges else [param.minimum, param.maximum]
    )
    return st.one_of(inside, edges)


def _scenarios(past_edges: bool):
    numbers = {p.key: _value(p, past_edges) for p in PARAMS}
    choices = {c.key: st.sampled_from(c.options) for c in CHOICES}
    return st.fixed_dictionaries({**numbers, **choices}).map(Scenario)


def _check_clean(r):
    for name, array in r.data.items():
        array = np.asarray(array)
        if array.dtype.kind == "f" and name not in OPTIONAL:
            assert np.all(np.isfinite(array)), name
    feasible = bool(r["feasible"])
    assert feasible == (not r.reasons())
    return feasible


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_scenarios(past_edges=False))
def test_inside_the_box_every_number_is_finite(scenario):
    r = evaluate(scenario)
    feasible = _check_clean(r)
    if feasible:
        # Suncatcher's sum counts only the ground's energy bill, and sunlight sends none.
        energy_free = (
            scenario["boundary"] == "launch" and scenario["power_source"] == "solar_storage"
        )
        assert r["earth.usd_per_gpu_hour"] > 0 or energy_free
        assert r["space.usd_per_gpu_hour"] > 0
        assert np.isfinite(r["space_to_earth_ratio"]) or energy_free
        assert r["space.mass_kg"] > 0 and r["space.radiator_area_m2"] > 0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_scenarios(past_edges=True))
def test_past_the_edges_nothing_breaks_and_impossible_is_infeasible(scenario):
    r = evaluate(scenario)
    feasible = _check_clean(r)
    for key in ("solar_cell_efficiency", "system_w_per_kg", "capacity_gw", "payload_t"):
        if scenario[key] == 0 and (
            key != "system_w_per_kg" or scenario["mass_model"] != "bottom_up"
        ):
            assert not feasible, key


def test_named_impossible_inputs_come_back_infeasible_with_a_reason():
    cases = {
        "solar_cell_efficiency": ({"solar_cell_efficiency": 0}, "solar array"),
        "system_w_per_kg": ({"mass_model": "top_down", "system_w_per_kg": 0}, "specific power"),
        "capacity_gw": ({"capacity_gw": 0}, "GPU-hours"),
        "radiator": ({"radiator_temp_c": -200, "radiator_absorbed_w_per_m2": 400}, "radiator"),
        "negative": ({"launch_price_usd_per_kg": -5}, "below zero"),
        "fraction": ({"sunlight_fraction": 1.5}, "fraction"),
    }
    for name, (changes, words) in cases.items():
        r = evaluate(Scenario(changes))
        assert not bool(r["feasible"]), name
        assert any(words in reason for reason in r.reasons()), (name, r.reasons())
        assert r.to_dict()["space_to_earth_ratio"] is None
