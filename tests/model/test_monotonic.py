"""Monotonicity that physics or money demands (issue 6), across the whole registry box."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import CHOICES, PARAMS, Scenario, evaluate
from explorer.model.params import PARAMS_BY_KEY


def _box():
    numbers = {p.key: st.floats(p.minimum, p.maximum) for p in PARAMS}
    choices = {c.key: st.sampled_from(c.options) for c in CHOICES}
    return st.fixed_dictionaries({**numbers, **choices}).map(Scenario)


def _sweep(scenario, key, metric, points=25):
    p = PARAMS_BY_KEY[key]
    values = (
        np.geomspace(p.minimum, p.maximum, points)
        if p.scale == "log"
        else np.linspace(p.minimum, p.maximum, points)
    )
    r = evaluate(scenario.with_changes({key: values}), with_paths=False)
    ok = np.asarray(r["feasible"])
    return np.asarray(r[metric])[ok]


@pytest.mark.parametrize("key", ["launch_price_usd_per_kg", "gpu_annual_failure_rate_pct"])
@settings(max_examples=60, deadline=None)
@given(scenario=_box())
def test_space_cost_never_falls_as_this_rises(key, scenario):
    cost = _sweep(scenario, key, "space.usd_per_gpu_hour")
    assert np.all(np.diff(cost) >= -1e-12 * np.abs(cost[:-1]))


@settings(max_examples=60, deadline=None)
@given(scenario=_box())
def test_heavier_radiators_never_make_a_spacecraft_built_from_parts_cheaper(scenario):
    cost = _sweep(
        scenario.with_changes(mass_model="bottom_up"),
        "radiator_areal_density_kg_per_m2",
        "space.usd_per_gpu_hour",
    )
    assert np.all(np.diff(cost) >= -1e-12 * np.abs(cost[:-1]))


@pytest.mark.parametrize("mass_model", ["top_down", "stated"])
@settings(max_examples=30, deadline=None)
@given(scenario=_box())
def test_a_given_mass_only_shares_out_differently_as_radiators_get_heavier(mass_model, scenario):
    # Top-down or stated, the W/kg fixes the spacecraft's mass: a heavier radiator takes a larger
    # share of it from the array, battery and shielding, which are priced per kg at other rates,
    # so the cost may move either way (shielding at $851/kg against a $100/kg build: it falls).
    p = PARAMS_BY_KEY["radiator_areal_density_kg_per_m2"]
    densities = np.linspace(p.minimum, p.maximum, 25)
    swept = scenario.with_changes(mass_model=mass_model, radiator_areal_density_kg_per_m2=densities)
    mass = np.asarray(evaluate(swept, with_paths=False)["space.mass_kg"])
    assert np.ptp(mass) <= 1e-9 * mass[0]


@settings(max_examples=60, deadline=None)
@given(scenario=_box())
def test_earth_cost_never_falls_as_the_solar_tariff_rises(scenario):
    cost = _sweep(
        scenario.with_changes(power_source="solar_storage"),
        "solar_tariff_pct",
        "earth.usd_per_gpu_hour",
    )
    assert np.all(np.diff(cost) >= -1e-12 * np.abs(cost[:-1]))


@settings(max_examples=60, deadline=None)
@given(scenario=_box())
def test_breakeven_never_falls_as_ground_electricity_gets_dearer(scenario):
    # Dearer ground power can only make a dearer launch affordable.
    breakeven = _sweep(
        scenario.with_changes(power_source="grid"),
        "grid_price_usd_per_kwh",
        "breakeven_launch_usd_per_kg",
    )
    found = breakeven[np.isfinite(breakeven)]
    assert np.all(np.diff(found) >= -1e-9 * np.abs(found[:-1]))
    # Once a breakeven exists it persists as electricity gets dearer.
    exists = np.isfinite(breakeven)
    if exists.any():
        assert exists[np.argmax(exists) :].all()
