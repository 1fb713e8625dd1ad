"""What issue 11 added so that the model can count as the published analyses count, by hand."""

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.orbit_sizing import degradation_factor, orbit_sizing
from explorer.model.parts import BOUNDARY_PARTS
from explorer.model.sides import values

HOURS = 8760.0


def _r(**changes):
    return evaluate(Scenario(changes), with_paths=False)


def _part(r, side: str, part: str) -> float:
    return float(r[f"{side}.breakdown.{part}"])


def test_launch_boundary_is_suncatchers_launched_power_price_against_power_spend():
    # Suncatcher (arXiv 2511.19468): 575 kg x $200/kg / (28 kW x 5 yr) = $821/kW/yr in orbit;
    # on the ground $/kWh x 8760 x PUE. 1 GW at 48.7 W/kg is 1e9 / 48.7 kg.
    r = _r(
        boundary="launch",
        mass_model="top_down",
        system_w_per_kg=28_000 / 575,
        thermal_control_overhead_pct=0,
        spare_gpu_pct=0,
        launch_price_usd_per_kg=200,
        discount_rate_pct=0,
        horizon_years=5,
        grid_price_usd_per_kwh=0.12,
        pue=1.25,
    )
    assert float(r["space.total_usd"]) == pytest.approx(1e9 / (28_000 / 575) * 200, rel=1e-12)
    assert float(r["earth.total_usd"]) == pytest.approx(1e6 * 0.12 * HOURS * 1.25 * 5, rel=1e-12)
    # The ground's cooling energy is in the energy part, its cooling plant is not counted.
    assert _part(r, "earth", "energy") == pytest.approx(float(r["earth.total_usd"]))
    assert _part(r, "earth", "cooling") > 0


def test_supply_and_launch_is_starclouds_sum():
    # Ground: energy at the meter, the grid link and backup generation; orbit: the array, its
    # tariffs and the whole launch. No radiators, batteries, structure or computers.
    r = _r(boundary="supply_and_launch", backup_generation_usd_per_kw=500)
    earth = sum(_part(r, "earth", p) for p in ("energy", "power_generation", "tariffs"))
    assert float(r["earth.total_usd"]) == pytest.approx(earth, rel=1e-12)
    space = sum(
        _part(r, "space", p)
        for p in ("power_generation", "tariffs", "launch_power_system", "launch_payload")
    ) + _part(r, "space", "propellant")
    assert float(r["space.total_usd"]) == pytest.approx(space, rel=1e-12)
    for omitted in ("cooling", "storage", "facility", "it_hardware", "electrical_plant", "comms"):
        assert omitted not in BOUNDARY_PARTS["supply_and_launch"]


def test_backup_generation_is_paid_over_the_generation_life():
    # Starcloud: $20M of backup power for 40 MW = $500/kW, paid within its 10 years.
    common = dict(
        capacity_gw=0.04,
        horizon_years=10,
        discount_rate_pct=0,
        generation_life_years=10,
        grid_interconnection_usd_per_kw=0,
    )
    with_backup = _r(backup_generation_usd_per_kw=500, **common)
    without = _r(**common)
    assert _part(with_backup, "earth", "power_generation") == pytest.approx(20e6)
    assert _part(without, "earth", "power_generation") == 0
    # Like the rest of the site, it pays ground operations (5% of its capex a year).
    ops = _part(with_backup, "earth", "operations") - _part(without, "earth", "operations")
    assert ops == pytest.approx(0.05 * 20e6 * 10)
    # Over a 25-year life, ten years pay 10/25 of it.
    longer = _r(backup_generation_usd_per_kw=500, **{**common, "generation_life_years": 25})
    assert _part(longer, "earth", "power_generation") == pytest.approx(20e6 * 10 / 25)


@pytest.mark.parametrize(("pct", "years"), [(2.5, 5), (0.15, 10), (12, 3), (6, 15)])
def test_horizon_average_is_the_mean_of_the_degrading_output(pct, years):
    v = values(Scenario({"array_degradation_pct_per_year": pct, "horizon_years": years}))
    t = np.linspace(0, years, 2001)
    mean = np.trapezoid((1 - pct / 100) ** t, t) / years
    average = degradation_factor({**v, "array_sizing": "horizon_average"})
    assert float(average) == pytest.approx(mean, rel=1e-6)
    assert float(degradation_factor(v)) == pytest.approx((1 - pct / 100) ** years)


def test_horizon_average_against_mccalips_yearly_average():
    # McCalip averages 0.975^year at the start of each of 5 years: 0.9512. The mean over the
    # whole horizon is (1 - 0.975^5) / (5 x -ln 0.975) = 0.118904 / 0.126589 = 0.93929, 1.3%
    # lower; without degradation both are 1.
    v = values(Scenario({"array_sizing": "horizon_average"}))
    yearly = sum(0.975**y for y in range(5)) / 5
    assert yearly == pytest.approx(0.951234, abs=1e-6)
    assert float(degradation_factor(v)) == pytest.approx(0.93929, abs=1e-5)
    assert float(degradation_factor(v)) / yearly - 1 == pytest.approx(-0.0126, abs=1e-3)
    flat = {**v, "array_degradation_pct_per_year": 0.0}
    assert float(degradation_factor(flat)) == 1.0


def test_array_sized_for_the_average_is_smaller_by_that_factor():
    eol = _r()
    average = _r(array_sizing="horizon_average")
    ratio = float(average["space.array_kw_bol"]) / float(eol["space.array_kw_bol"])
    assert ratio == pytest.approx(0.975**5 / 0.93929, rel=1e-5)


def test_stated_mass_is_taken_whole_even_when_lighter_than_the_computers():
    # Starcloud: 40 MW in 140 t, while the computers alone weigh 8 kg/kW x 40 MW = 320 t.
    changes = dict(
        capacity_gw=0.04,
        mass_model="stated",
        system_w_per_kg=40_000 / 140,
        thermal_control_overhead_pct=0,
        spare_gpu_pct=0,
    )
    v = values(Scenario(changes))
    stated = orbit_sizing(v)
    built = orbit_sizing({**v, "mass_model": "bottom_up"})
    assert float(stated["mass_kg"]) == pytest.approx(140_000)
    scale = 140_000 / float(built["mass_kg"])
    for part in ("it_mass_kg", "array_mass_kg", "radiator_mass_kg", "shielding_mass_kg"):
        assert float(stated[part]) == pytest.approx(float(built[part]) * scale), part
    assert float(stated["it_mass_kg"]) < 320_000
    r = _r(**changes)
    assert bool(r["feasible"])
    assert float(r["space.launches"]) == pytest.approx(1.4)
    assert {w.part for w in r.mass_warnings()} >= {"array", "radiator"}
    # Top-down, the same W/kg leaves no room for the computers: infeasible.
    assert not bool(_r(**{**changes, "mass_model": "top_down"})["feasible"])
    assert not bool(_r(**{**changes, "system_w_per_kg": 0})["feasible"])


def test_fixed_cost_per_satellite_is_in_the_structure():
    # spacedc-mdao: $2M of bus and integration for each satellite of 15.75 kW.
    base = dict(capacity_gw=0.001008, satellite_it_kw=15.75)
    priced = _r(bus_musd_per_satellite=2, **base)
    unpriced = _r(**base)
    added = _part(priced, "space", "facility") - _part(unpriced, "space", "facility")
    assert added == pytest.approx(64 * 2e6)
    assert float(priced["space.satellites"]) == pytest.approx(64)


def test_downlink_availability_scales_the_gpu_hours_delivered():
    # spacedc-mdao: a single-site optical downlink is available 75% of the time.
    full = _r()
    weather = _r(downlink_availability=0.75)
    assert float(weather["space.gpu_hours"]) == pytest.approx(0.75 * float(full["space.gpu_hours"]))
    assert float(weather["space.gpu_hours_installed"]) == float(full["space.gpu_hours_installed"])
    assert float(weather["space.usd_per_gpu_hour"]) > float(full["space.usd_per_gpu_hour"])
