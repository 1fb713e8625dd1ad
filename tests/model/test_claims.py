"""The claims board's numbers: each claim's number comes from the model, and its verdict follows
it (the words are the presentation's: tests/present/test_claims_text.py)."""

import math

import pytest

from explorer.model import Scenario, evaluate
from explorer.model.claims import check_claims


def _board(**changes):
    return {c.claim_id: c for c in check_claims(evaluate(Scenario(changes)))}


def test_every_claim_has_numbers_and_a_verdict():
    board = _board()
    assert {"H1", "H2", "P1", "P4", "G1", "G2", "L1", "L4", "C1", "C4"} <= set(board)
    for check in board.values():
        assert check.values
        assert check.verdict in ("holds", "fails", "context")


def test_generation_claims_follow_the_power_per_gpu():
    # 1.4 kW x 1.35 x 1.4 x 1.2 = 3.175 kW: 110,000 GPUs need 349 MW, beyond 300 MW + 15%.
    board = _board()
    assert board["G1"].values["generation_mw"] == pytest.approx(349.272)
    assert board["G1"].verdict == "fails"
    assert board["G2"].values["generation_gw"] == pytest.approx(1.047816)
    assert board["G2"].verdict == "holds"
    lean = _board(server_overhead_pct=16)  # 1.4 x 1.16 x 1.68 = 2.728 kW: 300 MW
    assert lean["G1"].values["generation_mw"] == pytest.approx(300.1, abs=0.1)
    assert lean["G1"].verdict == "holds"


def test_radiator_claim_c4_is_stefan_boltzmann():
    board = _board(radiator_absorbed_w_per_m2=0, sink_temp_k=3)
    assert board["C4"].values["area_ratio"] == pytest.approx(1.2**4, rel=1e-3)
    assert board["C4"].verdict == "holds"
    # A large absorbed load makes a hotter radiator more than twice as effective.
    loaded = _board(radiator_absorbed_w_per_m2=400)
    assert loaded["C4"].values["area_ratio"] > 2.07


def test_l1_launches_per_hundred_gigawatts():
    board = _board(
        capacity_gw=100,
        mass_model="top_down",
        system_w_per_kg=100,
        thermal_control_overhead_pct=0,
        spare_gpu_pct=0,
    )
    assert board["L1"].values["launches_per_100_gw"] == pytest.approx(10_000, abs=0.5)
    assert board["L1"].verdict == "holds"


# Orbit at its most favourable within the registry against dear grid power (test_compare.py).
ORBIT_FAVOURED = {
    "space_array_cost_usd_per_w": 0.5,
    "gpu_annual_failure_rate_pct": 3,
    "other_failure_rate_pct_per_year": 0.5,
    "blast_radius_gpus": 1,
    "spare_gpu_pct": 10,
    "build_usd_per_kg": 300,
    "radiator_areal_density_kg_per_m2": 3,
    "array_areal_density_kg_per_m2": 0.8,
    "grid_price_usd_per_kwh": 0.2,
    "launch_cadence_ceiling_per_year": 10_000,
    "launch_cadence_growth": 0.6,
}


def test_h1_holds_only_with_a_crossover_by_february_2029():
    early = _board(**ORBIT_FAVOURED, launch_price_usd_per_kg=150)
    assert 2026 <= early["H1"].values["crossover_year"] < 2026 + 1 / 12  # January 2026
    assert early["H1"].verdict == "holds"
    never = _board(space_array_cost_usd_per_w=60)
    assert math.isnan(never["H1"].values["crossover_year"]) and never["H1"].verdict == "fails"


def test_h1_fails_when_orbit_is_cheaper_only_for_a_while():
    # Issue 10: orbit cheaper from 2027 to early 2029 while the ground's GPUs wait for power,
    # dearer again once the wait ends in 2030, and the launch price stops at its floor. The first
    # crossing is inside the claim's window; there is no crossover (no year from which orbit
    # stays cheaper), so H1 fails.
    changes = {
        **ORBIT_FAVOURED,
        "launch_price_usd_per_kg": 700,
        "launch_price_floor_usd_per_kg": 200,
        "time_to_power_years": 5,
        "gpu_purchase": "up_front",
        "ground_constraints_ease_year": 2030,
    }
    results = evaluate(Scenario(changes))
    (window,) = results.cheaper_windows()
    assert 2027 < window[0] < 2029 + 1 / 12 < window[1] < 2030
    board = {c.claim_id: c for c in check_claims(results)}
    assert math.isnan(board["H1"].values["crossover_year"]) and board["H1"].verdict == "fails"


@pytest.mark.parametrize(
    ("fraction", "capacity", "verdict"), [(0.98, 0.24, "holds"), (0.6, 0.29, "fails")]
)
def test_p1_space_yield_per_watt(fraction, capacity, verdict):
    board = _board(sunlight_fraction=fraction, ground_solar_capacity_factor=capacity)
    assert board["P1"].values["space_to_ground_ratio"] == pytest.approx(1.361 * fraction / capacity)
    assert board["P1"].verdict == verdict


def test_l1_carries_how_much_heavier_a_too_light_top_down_spacecraft_is():
    # Claim L1's 100 W/kg leaves the radiator 0.48 kg/m², under the registry's 3 (issue 10).
    light = evaluate(Scenario({"mass_model": "top_down", "system_w_per_kg": 100}))
    assert light.mass_warnings()
    board = {c.claim_id: c for c in check_claims(light)}
    expected = float(light["space.bottom_up_mass_kg"]) / float(light["space.mass_kg"])
    assert board["L1"].values["bottom_up_mass_ratio"] == pytest.approx(expected)
    assert expected > 2
    bottom_up = {c.claim_id: c for c in check_claims(evaluate(Scenario()))}
    assert math.isnan(bottom_up["L1"].values["bottom_up_mass_ratio"])
