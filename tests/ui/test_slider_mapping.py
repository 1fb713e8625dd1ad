"""The one helper that maps integer slider positions onto parameter values and back."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.model.params import PARAMS, PARAMS_BY_KEY
from explorer.ui.widgets.slider_mapping import SliderMapping, decimals_for

LINEAR = [p for p in PARAMS if p.scale == "linear"]
LOG = [p for p in PARAMS if p.scale == "log"]
INTEGER = [p for p in PARAMS if p.integer]


def test_the_registry_has_each_kind():
    assert LINEAR and LOG and INTEGER


@pytest.mark.parametrize("step, decimals", [(1, 0), (0.5, 1), (0.01, 2), (0.005, 3), (500, 0)])
def test_decimals_for_step(step, decimals):
    assert decimals_for(step) == decimals


@pytest.mark.parametrize("param", PARAMS, ids=lambda p: p.key)
def test_ends_map_onto_the_range(param):
    mapping = SliderMapping.for_param(param)
    assert mapping.to_value(0) == pytest.approx(param.minimum)
    assert mapping.to_value(mapping.positions) == pytest.approx(param.maximum)
    assert mapping.to_position(param.minimum - 1) == 0
    assert mapping.to_position(param.maximum * 2 + 1) == mapping.positions


@pytest.mark.parametrize("param", PARAMS, ids=lambda p: p.key)
def test_default_round_trips_within_one_position(param):
    mapping = SliderMapping.for_param(param)
    back = mapping.to_value(mapping.to_position(param.default))
    assert _within_one_position(mapping, param.default, back)


def _within_one_position(mapping: SliderMapping, value: float, back: float) -> bool:
    if mapping.log:
        per_position = (mapping.maximum / mapping.minimum) ** (1 / mapping.positions)
        # Half a position of log spacing, then half a step of rounding.
        return abs(back - value) <= value * (per_position - 1) / 2 + mapping.step / 2 + 1e-9
    return abs(back - value) <= mapping.step / 2 + 1e-9


@given(st.sampled_from(LINEAR), st.data())
def test_linear_positions_round_trip_exactly(param, data):
    mapping = SliderMapping.for_param(param)
    position = data.draw(st.integers(0, mapping.positions))
    assert mapping.to_position(mapping.to_value(position)) == position


@given(st.sampled_from(PARAMS), st.data())
def test_values_round_trip_within_one_position(param, data):
    mapping = SliderMapping.for_param(param)
    value = data.draw(st.floats(param.minimum, param.maximum))
    back = mapping.to_value(mapping.to_position(value))
    assert param.minimum <= back <= param.maximum
    assert _within_one_position(mapping, value, back)


@given(st.sampled_from(PARAMS), st.data())
def test_values_are_monotonic_and_on_the_step(param, data):
    mapping = SliderMapping.for_param(param)
    a = data.draw(st.integers(0, mapping.positions))
    b = data.draw(st.integers(0, mapping.positions))
    lo, hi = sorted((a, b))
    assert mapping.to_value(lo) <= mapping.to_value(hi)
    steps = (mapping.to_value(a) - param.minimum) / mapping.step
    on_step = math.isclose(steps, round(steps), abs_tol=1e-6)
    assert on_step or mapping.to_value(a) == param.maximum


@given(st.sampled_from(INTEGER), st.data())
def test_integer_params_give_whole_numbers(param, data):
    mapping = SliderMapping.for_param(param)
    position = data.draw(st.integers(0, mapping.positions))
    assert mapping.to_value(position).is_integer()
    assert mapping.decimals == 0


def test_log_slider_spreads_decades_evenly():
    mapping = SliderMapping.for_param(PARAMS_BY_KEY["launch_price_usd_per_kg"])
    assert mapping.log
    middle = mapping.to_value(mapping.positions // 2)
    geometric_mean = math.sqrt(mapping.minimum * mapping.maximum)
    assert middle == pytest.approx(geometric_mean, rel=0.01)
    assert mapping.to_position(1800) > mapping.positions * 0.6


def test_one_arrow_step_on_a_log_slider_is_under_one_percent():
    mapping = SliderMapping.for_param(PARAMS_BY_KEY["capacity_gw"])
    position = mapping.to_position(100)
    assert mapping.to_value(position + 1) / mapping.to_value(position) < 1.01
