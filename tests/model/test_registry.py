"""Invariants of the parameter registry (DESIGN.md section 3)."""

import math

import pytest

from explorer.model.params import CHOICES, GROUPS, PARAMS, REGISTRY, defaults, in_group

# Issue 2's names, with issue 10's launch anchors in place of its start-year cumulative mass and
# fixed cadence (launch_cumulative_start_t, launches_per_year).
ISSUE_KEYS = """launch_price_usd_per_kg launch_learning_rate launched_mass_by_2026_t
launch_mass_2026_t_per_year launch_cadence_ceiling_per_year launch_price_floor_usd_per_kg
launch_cadence_growth payload_t start_year solar_cell_efficiency
array_packing_factor sunlight_fraction array_degradation_pct_per_year radiator_temp_c
radiator_emissivity radiator_sides
radiator_absorbed_w_per_m2 sink_temp_k system_w_per_kg capacity_gw horizon_years discount_rate_pct
gpu_power_kw gpu_annual_failure_rate_pct spare_gpu_pct pue peak_cooling_factor
maintenance_reserve_factor grid_price_usd_per_kwh solar_module_price_usd_per_w solar_tariff_pct
ground_solar_capacity_factor gas_turbine_capex_usd_per_kw time_to_power_years boundary mass_model
power_source""".split()


@pytest.mark.parametrize("param", PARAMS, ids=lambda p: p.key)
def test_numeric_entry_is_consistent(param):
    assert param.minimum <= param.default <= param.maximum
    assert param.minimum < param.maximum
    assert param.step > 0
    assert param.group in GROUPS
    assert param.description.strip().endswith(".")
    assert param.source.strip()
    assert param.title.strip()
    if param.scale == "log":
        assert param.minimum > 0
    if param.uncertain:
        # Monte Carlo draws it around the scenario's value: a factor above 1 on a log scale, a
        # plus-or-minus smaller than the range on a linear one.
        assert param.spread > (1 if param.scale == "log" else 0), param.key
        if param.scale == "linear":
            assert param.spread <= param.maximum - param.minimum, param.key
    if param.integer:
        assert float(param.default).is_integer() and math.isclose(param.step, round(param.step))


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: c.key)
def test_choice_entry_is_consistent(choice):
    assert choice.default in choice.options
    assert len(choice.options) == len(choice.option_titles) == len(set(choice.options))
    assert choice.group in GROUPS
    assert choice.description.strip() and choice.source.strip()


def test_keys_are_unique_snake_case_and_include_the_issue_names():
    keys = [p.key for p in PARAMS] + [c.key for c in CHOICES]
    assert len(keys) == len(set(keys)) == len(REGISTRY)
    assert all(k == k.lower() and " " not in k for k in keys)
    assert set(ISSUE_KEYS) <= set(keys)


def test_every_group_has_entries_and_groups_cover_the_registry():
    grouped = [e.key for g in GROUPS for e in in_group(g)]
    assert sorted(grouped) == sorted(REGISTRY)
    assert all(in_group(g) for g in GROUPS)


def test_anchor_defaults():
    # ANCHORS.md's defaults for the keys the issue names: today's launch market (about 6,500 t
    # launched by end-2025, about 3,000 t a year), with ANCHORS' 1,000 launches a year a ceiling.
    d = defaults()
    assert d["launch_price_usd_per_kg"] == 1800
    assert d["launch_learning_rate"] == 0.20
    assert d["launched_mass_by_2026_t"] == 6500
    assert d["launch_mass_2026_t_per_year"] == 3000
    assert d["launch_cadence_ceiling_per_year"] == 1000
    assert d["solar_cell_efficiency"] == 0.22
    assert d["radiator_temp_c"] == 60
    assert d["system_w_per_kg"] == 36.5
    assert d["gpu_annual_failure_rate_pct"] == 9
    assert d["discount_rate_pct"] == 8
    assert d["boundary"] == "full" and d["mass_model"] == "bottom_up"
