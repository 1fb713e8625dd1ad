"""The claims board: each claim's number comes from the model, and its verdict follows it."""

import pytest

from explorer.model import Scenario, evaluate
from explorer.model.claims import check_claims


def _board(**changes):
    return {c.claim_id: c for c in check_claims(evaluate(Scenario(changes)))}


def test_every_claim_has_text_a_measure_a_value_and_a_verdict():
    board = _board()
    assert {"H1", "H2", "P1", "P4", "G1", "G2", "L1", "L4", "C1", "C4"} <= set(board)
    for check in board.values():
        assert check.claim and check.measure and check.value
        assert check.verdict in ("holds", "fails", "context")


def test_generation_claims_follow_the_power_per_gpu():
    # 1.4 kW x 1.35 x 1.4 x 1.2 = 3.175 kW: 110,000 GPUs need 349 MW, beyond 300 MW + 15%.
    board = _board()
    assert board["G1"].value == "349 MW" and board["G1"].verdict == "fails"
    assert board["G2"].value == "1.05 GW" and board["G2"].verdict == "holds"
    lean = _board(server_overhead_pct=16)  # 1.4 x 1.16 x 1.68 = 2.73 kW: 300 MW
    assert lean["G1"].value == "300 MW" and lean["G1"].verdict == "holds"


def test_radiator_claim_c4_is_stefan_boltzmann():
    board = _board(radiator_absorbed_w_per_m2=0, sink_temp_k=3)
    assert board["C4"].value == f"{1.2**4:.2f}x" and board["C4"].verdict == "holds"
    # A large absorbed load makes a hotter radiator more than twice as effective.
    loaded = _board(radiator_absorbed_w_per_m2=400)
    assert float(loaded["C4"].value.rstrip("x")) > 2.07


def test_l1_launches_per_hundred_gigawatts():
    board = _board(
        capacity_gw=100,
        mass_model="top_down",
        system_w_per_kg=100,
        thermal_control_overhead_pct=0,
        spare_gpu_pct=0,
    )
    assert board["L1"].value == "10,000" and board["L1"].verdict == "holds"


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
    assert early["H1"].value == "2026 Jan" and early["H1"].verdict == "holds"
    never = _board(space_array_cost_usd_per_w=60)
    assert never["H1"].value == "none by 2050" and never["H1"].verdict == "fails"


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
    assert board["H1"].value == "none by 2050" and board["H1"].verdict == "fails"


@pytest.mark.parametrize(
    ("fraction", "capacity", "verdict"), [(0.98, 0.24, "holds"), (0.6, 0.29, "fails")]
)
def test_p1_space_yield_per_watt(fraction, capacity, verdict):
    board = _board(sunlight_fraction=fraction, ground_solar_capacity_factor=capacity)
    assert board["P1"].value == f"{1.361 * fraction / capacity:.1f}x"
    assert board["P1"].verdict == verdict
