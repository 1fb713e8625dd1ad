"""The registry's slider levels and switch conditions: the main sliders are few and hold the claim
card's four; a parameter marked as having no effect under a switch value really moves no result
there, across its whole range, at the defaults and at every bundled preset, and does move one
where it applies."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.io import bundled_presets, resolve_preset
from explorer.model import Scenario, evaluate
from explorer.model.params import CHOICES_BY_KEY, GROUPS, PARAMS, REGISTRY, without_effect

CARD = (
    "solar_cell_efficiency",
    "solar_tariff_pct",
    "launch_price_usd_per_kg",
    "gpu_annual_failure_rate_pct",
)
CONDITIONAL = [p for p in PARAMS if p.applies_when]


def _scenarios() -> dict[str, Scenario]:
    found = {"defaults": Scenario()}
    for name in bundled_presets():
        found[name] = resolve_preset(name).scenario
    return found


def _moved(scenario: Scenario, key: str, low: float, high: float) -> list[str]:
    """The results that differ between ``key`` at ``low`` and at ``high``."""
    results = evaluate(scenario.with_changes({key: np.array([low, high])}))
    moved = []
    for name, values in results.data.items():
        values = np.asarray(values)
        if (
            values.ndim
            and values.shape[0] == 2
            and not np.array_equal(values[0], values[1], equal_nan=True)
        ):
            moved.append(name)
    return moved


def test_main_sliders_are_few_and_hold_the_claim_cards_four():
    main = [entry.key for entry in REGISTRY.values() if entry.main]
    assert 15 <= len(main) <= 22, main
    assert set(CARD) <= set(main)
    for group in GROUPS:
        assert any(REGISTRY[k].group == group for k in main), f"{group} has no main slider"
    # The three switches that decide what a number counts stay on the first level.
    assert {"boundary", "mass_model", "power_source"} <= set(main)


def test_conditions_name_real_switches_and_options():
    assert CONDITIONAL
    for param in CONDITIONAL:
        for key, options in param.applies_when:
            assert key in CHOICES_BY_KEY, f"{param.key}: {key} is not a switch"
            assert set(options) < set(CHOICES_BY_KEY[key].options), param.key


@pytest.mark.parametrize("param", CONDITIONAL, ids=lambda p: p.key)
def test_a_parameter_without_effect_moves_no_result(param):
    for name, scenario in _scenarios().items():
        for key, options in param.applies_when:
            for option in CHOICES_BY_KEY[key].options:
                if option in options:
                    continue
                under = scenario.with_changes({key: option})
                assert without_effect(param.key, under) == (key, options)
                moved = _moved(under, param.key, param.minimum, param.maximum)
                assert not moved, f"{name}, {key}={option}: {param.key} moves {moved[:3]}"


@pytest.mark.parametrize("param", CONDITIONAL, ids=lambda p: p.key)
def test_a_parameter_moves_results_where_it_applies(param):
    scenario = Scenario().with_changes({key: options[0] for key, options in param.applies_when})
    assert without_effect(param.key, scenario) is None
    assert _moved(scenario, param.key, param.minimum, param.maximum)
