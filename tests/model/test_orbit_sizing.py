"""Orbital sizing against hand arithmetic (DESIGN.md 2.2)."""

import math

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.orbit import (
    ORBIT_PERIOD_H,
    SOLAR_CONSTANT_W_PER_M2,
    STEFAN_BOLTZMANN,
    capacity_present_value,
    orbit_sizing,
    radiator_net_flux,
)


def integrate(f, a: float, b: float, n: int = 20_000) -> float:
    """Composite Simpson's rule (n even) for the hand checks below."""
    h = (b - a) / n
    inner = sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return h / 3 * (f(a) + inner + f(b))


ONE_MW = {"capacity_gw": 0.001, "thermal_control_overhead_pct": 0}


def _radiator_area(temp_k: float) -> float:
    s = Scenario(
        {
            **ONE_MW,
            "radiator_temp_c": temp_k - 273.15,
            "radiator_sides": 1,
            "radiator_emissivity": 0.9,
            "sink_temp_k": 3,
            "radiator_absorbed_w_per_m2": 0,
        }
    )
    return float(evaluate(s, with_paths=False)["space.radiator_area_m2"])


def test_radiator_for_one_megawatt_at_300_kelvin():
    # 1e6 W / (0.9 x 5.670374e-8 x (300^4 - 3^4)) = 1e6 / 413.37 = 2,419 m2 (issue 2).
    hand = 1e6 / (0.9 * 5.670374419e-8 * (300**4 - 3**4))
    assert _radiator_area(300) == pytest.approx(hand, rel=1e-9)
    assert _radiator_area(300) == pytest.approx(2419, abs=1)


def test_twenty_percent_hotter_halves_the_radiator():
    # Claim C4: 1.2^4 = 2.07, so the area falls to about half.
    ratio = _radiator_area(300) / _radiator_area(360)
    assert ratio == pytest.approx(1.2**4, rel=1e-4)
    assert 0.45 < 1 / ratio < 0.5


def test_absorbed_load_and_two_sides():
    v = {
        "radiator_temp_c": 60.0,
        "sink_temp_k": 3.0,
        "radiator_sides": 2.0,
        "radiator_emissivity": 0.9,
        "radiator_absorbed_w_per_m2": 137.0,
    }
    hand = 2 * 0.9 * STEFAN_BOLTZMANN * (333.15**4 - 3.0**4) - 137
    assert float(radiator_net_flux(v)) == pytest.approx(hand, rel=1e-12)
    assert hand == pytest.approx(1120.3, abs=0.1)


def test_array_sized_for_end_of_life():
    s = Scenario(
        {
            "capacity_gw": 1,
            "thermal_control_overhead_pct": 5,
            "sunlight_fraction": 0.98,
            "array_degradation_pct_per_year": 2.5,
            "horizon_years": 5,
            "solar_cell_efficiency": 0.22,
            "array_packing_factor": 0.9,
            "array_areal_density_kg_per_m2": 1.8,
        }
    )
    size = orbit_sizing({k: np.asarray(v) if not isinstance(v, str) else v for k, v in s.items()})
    power_w = 1e9 * 1.05
    array_w = power_w / 0.98 / 0.975**5
    area = array_w / (1361 * 0.22 * 0.9)
    assert SOLAR_CONSTANT_W_PER_M2 == 1361
    assert float(size["array_kw_bol"]) * 1000 == pytest.approx(array_w, rel=1e-12)
    assert float(size["array_area_m2"]) == pytest.approx(area, rel=1e-12)
    # Bottom-up masses carry the bus share (25% by default).
    assert float(size["array_mass_kg"]) == pytest.approx(area * 1.8 * 1.25, rel=1e-12)
    assert float(size["battery_kwh"]) == pytest.approx(power_w / 1000 * 0.02 * ORBIT_PERIOD_H)


def test_bottom_up_total_mass_by_hand():
    s = Scenario({"capacity_gw": 0.1})
    r = evaluate(s, with_paths=False)
    parts = (
        r["space.array_mass_kg"]
        + r["space.battery_mass_kg"]
        + r["space.radiator_mass_kg"]
        + r["space.shielding_mass_kg"]
        + r["space.it_mass_kg"]
    )
    assert float(r["space.mass_kg"]) == pytest.approx(float(parts), rel=1e-12)
    it_kw = 1e5
    assert float(r["space.it_mass_kg"]) == pytest.approx(it_kw * 8 * 1.05 * 1.25)
    assert float(r["space.launches"]) == pytest.approx(float(r["space.mass_kg"]) / 100_000)


def test_top_down_mass_and_claim_l1():
    # Claim L1: 100 GW at about 100 W/kg and 100 t a launch is about 10,000 launches.
    s = Scenario(
        {
            "capacity_gw": 100,
            "mass_model": "top_down",
            "system_w_per_kg": 100,
            "thermal_control_overhead_pct": 0,
            "spare_gpu_pct": 0,
            "payload_t": 100,
        }
    )
    r = evaluate(s, with_paths=False)
    assert float(r["space.mass_kg"]) == pytest.approx(100e9 / 100)
    assert float(r["space.launches"]) == pytest.approx(10_000)
    assert float(r["space.w_per_kg"]) == pytest.approx(100)
    assert bool(r["feasible"])


def test_spares_integral_matches_numeric_integration():
    for lam, spare, rate, years in [
        (0.09, 0.05, 0.0, 5),
        (0.09, 0.05, 0.077, 5),
        (0.2, 0.5, 0.1, 15),
        (0.0, 0.1, 0.05, 3),
        (0.05, 0.0, 0.0, 10),
    ]:
        numeric = integrate(
            lambda t, lam=lam, spare=spare, rate=rate: (
                min(1, (1 + spare) * math.exp(-lam * t)) * math.exp(-rate * t)
            ),
            0,
            years,
        )
        closed = float(capacity_present_value(lam, spare, rate, years))
        assert closed == pytest.approx(numeric, rel=1e-6)


def test_spares_keep_capacity_full_until_they_run_out():
    # ln(1.05) / 0.09 = 0.54 yr of full capacity; without failures capacity stays at 1.
    assert float(capacity_present_value(0.0, 0.05, 0.0, 5)) == pytest.approx(5)
    full = math.log(1.05) / 0.09
    hand = full + (1.05 * math.exp(-0.09 * full) - 1.05 * math.exp(-0.09 * 5)) / 0.09
    assert float(capacity_present_value(0.09, 0.05, 0.0, 5)) == pytest.approx(hand)
    r = evaluate(Scenario(), with_paths=False)
    assert float(r["space.mean_capacity"]) == pytest.approx(hand / 5)
