"""Orbital costs against hand arithmetic (DESIGN.md 2.2, 2.3.1; issue 10 items 3 and 4)."""

import math

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.finance import carrying_factor, continuous_rate, flow_factor
from explorer.model.launch_path import years_to_launch


def _r(**changes):
    return evaluate(Scenario(changes), with_paths=False)


def _part(r, name: str) -> float:
    return float(r[f"space.breakdown.{name}"])


def test_bus_at_the_build_rate_shielding_at_its_own():
    r = _r(build_usd_per_kg=1000, shielding_usd_per_kg=30)
    hand = float(r["space.bus_mass_kg"]) * 1000 + float(r["space.shielding_mass_kg"]) * 30
    assert _part(r, "facility") == pytest.approx(hand, rel=1e-12)
    assert _part(r, "cooling") == pytest.approx(float(r["space.radiator_mass_kg"]) * 1000)


def test_comms_per_satellite_and_the_ground_segment():
    # spacedc-mdao: $0.5M a satellite, $20M of ground segment; 1 GW of 1 MW satellites.
    r = _r(capacity_gw=1, satellite_it_kw=1000, comms_musd_per_satellite=0.5)
    assert float(r["space.satellites"]) == pytest.approx(1000)
    assert _part(r, "comms") == pytest.approx(1000 * 0.5e6 + 20e6)


def test_launch_parts_and_insurance():
    r = _r(launch_price_usd_per_kg=1000, insurance_pct=3)
    launched_kg = float(r["space.mass_kg"])
    launch = sum(_part(r, p) for p in ("launch_power_system", "launch_payload", "propellant"))
    assert launch == pytest.approx(launched_kg * 1000, rel=1e-12)
    assert _part(r, "propellant") == pytest.approx(float(r["space.propellant_mass_kg"]) * 1000)
    launched = ("it_hardware", "spares", "power_generation", "tariffs", "storage", "cooling")
    hardware = sum(_part(r, p) for p in (*launched, "facility"))
    terminals = _part(r, "comms") - 20e6  # the ground segment stays on the ground
    assert _part(r, "insurance") == pytest.approx(0.03 * (hardware + terminals + launch))


def test_build_out_delay_is_the_campaign_the_cadence_allows():
    # 1 GW weighs about 40,000 t; at 3,000 t a year growing 30% the launcher family needs years
    # to lift it. A spacecraft is paid for ahead and waits, on average, half the campaign.
    scenario = Scenario({"spacecraft_lead_time_years": 0.5})
    r = evaluate(scenario, with_paths=False)
    v = {k: (x if isinstance(x, str) else np.asarray(x)) for k, x in scenario.items()}
    campaign = float(years_to_launch(v, 2026, float(r["space.mass_kg"]) / 1000))
    assert float(r["space.build_out_years"]) == pytest.approx(campaign)
    assert 3 < campaign < 8
    wait = 0.5 + campaign / 2
    assert float(r["space.delay_years"]) == pytest.approx(wait)
    waiting = sum(
        _part(r, p)
        for p in ("power_generation", "tariffs", "storage", "cooling", "facility", "comms", "nre")
    )
    assert _part(r, "delay") == pytest.approx(float(carrying_factor(8, wait)) * waiting, rel=1e-9)
    # GPUs bought up front wait too (claim P9, both sides alike).
    up_front = evaluate(scenario.with_changes(gpu_purchase="up_front"), with_paths=False)
    gpus = _part(r, "it_hardware") + _part(r, "spares")
    assert _part(up_front, "delay") == pytest.approx(
        float(carrying_factor(8, wait)) * (waiting + gpus), rel=1e-9
    )
    # More launches a year, a shorter campaign, a smaller delay.
    faster = _r(launch_mass_2026_t_per_year=4500, launch_cadence_growth=1.0)
    assert float(faster["space.build_out_years"]) < campaign


def test_lost_gpu_hours_are_their_own_line():
    r = _r()
    installed = float(r["space.gpu_hours_installed"])
    delivered = float(r["space.gpu_hours"])
    rest = sum(float(x) for p, x in r.breakdown("space").items() if p != "lost_gpu_hours")
    assert _part(r, "lost_gpu_hours") == pytest.approx(rest * (installed / delivered - 1))
    # Counted (full boundary), the cost per GPU-hour is the rest over the hours delivered.
    assert float(r["space.usd_per_gpu_hour"]) == pytest.approx(rest / delivered)
    per_hour = r.breakdown("space", per_gpu_hour=True)
    assert sum(float(x) for x in per_hour.values()) == pytest.approx(
        float(r["space.usd_per_gpu_hour"])
    )
    # Installed hours: the GPUs for the whole horizon, discounted.
    rate = continuous_rate(8)
    gpus = float(r["earth.gpus"])
    assert installed == pytest.approx(gpus * 8760 * float(flow_factor(rate, 5)))


def test_energy_boundary_does_not_charge_orbit_for_failed_gpus():
    # Issue 10: the energy and power boundaries compare delivering power, not compute: orbit's
    # failures must not inflate them.
    energy = _r(boundary="energy")
    reliable = _r(
        boundary="energy", gpu_annual_failure_rate_pct=0, other_failure_rate_pct_per_year=0
    )
    assert float(energy["space.usd_per_gpu_hour"]) == pytest.approx(
        float(reliable["space.usd_per_gpu_hour"])
    )
    full = _r()
    full_reliable = _r(gpu_annual_failure_rate_pct=0, other_failure_rate_pct_per_year=0)
    assert float(full["space.usd_per_gpu_hour"]) > float(full_reliable["space.usd_per_gpu_hour"])


def test_avoidance_outage_and_radiation_cost_throughput():
    # 33 manoeuvres a year of 2 h each: 66 of 8,760 hours; 2% radiation derate.
    base = _r(radiation_derate_pct=0, conjunction_outage_hours=0)
    both = _r(radiation_derate_pct=2, conjunction_outage_hours=2)
    ratio = float(both["space.gpu_hours"]) / float(base["space.gpu_hours"])
    assert ratio == pytest.approx(0.98 * (1 - 33 * 2 / 8760))
    assert math.isclose(
        float(both["space.gpu_hours_installed"]), float(base["space.gpu_hours_installed"])
    )
