"""The claims board's numbers and verdicts against hand arithmetic: each claim's number comes from
the model (or, for L3 and L7, from the claim's own arithmetic), its threshold is the claim's own
size, and a claim the scenario encodes is "input", not "holds" (the words are the presentation's:
tests/present/test_claims_text.py)."""

import math
import re

import pytest

from explorer.io import bundled_presets, load_bundled
from explorer.model import Scenario, evaluate
from explorer.model.claims import CLAIM_IDS, OWN_INPUTS, check_claims
from explorer.model.orbit_sizing import STEFAN_BOLTZMANN
from tests.model.orbit_favoured import ORBIT_FAVOURED


def _board(**changes):
    return {c.claim_id: c for c in check_claims(evaluate(Scenario(changes)))}


def _preset_board(name: str):
    return {c.claim_id: c for c in check_claims(evaluate(load_bundled(name).scenario))}


def test_every_claim_of_seed_claims_md_has_a_row_with_a_kind_and_a_verdict():
    board = _board()
    assert list(board) == list(CLAIM_IDS)
    assert len(CLAIM_IDS) == 30  # H1-H2, P1-P9, G1-G6, L1-L7, C1-C6
    assert {"G5", "G6", "L3", "L6", "L7", "C2", "C6"} <= set(board)
    for check in board.values():
        assert check.kind in ("input", "outcome", "context")
        assert check.verdict in ("holds", "fails", "input", "context")
        # An outcome holds or fails; input and context are their own verdicts.
        assert (check.kind == "outcome") == (check.verdict in ("holds", "fails"))
        assert check.kind != "input" or check.verdict == "input"


def test_generation_claims_follow_the_power_per_gpu():
    # 1.4 kW x 1.35 x 1.4 x 1.2 = 3.175 kW: 110,000 GPUs need 349 MW, beyond "about 300" (+15%).
    board = _board()
    assert board["G1"].value == pytest.approx(349.272)
    assert board["G1"].threshold == {"at_least": 255.0, "at_most": 345.0}
    assert board["G1"].verdict == "fails"
    assert board["G2"].value == pytest.approx(1.047816)
    assert board["G2"].verdict == "holds"
    lean = _board(server_overhead_pct=16)  # 1.4 x 1.16 x 1.68 = 2.728 kW: 300 MW
    assert lean["G1"].value == pytest.approx(300.1, abs=0.1)
    assert lean["G1"].verdict == "holds"


def test_seed_preset_encodes_claims_that_then_read_input_not_holds():
    # The seed preset derives the server overhead (22%) from G1 and G2 and sets sunlight 1.0 and
    # capacity factor 0.2 from P1: those checks restate their inputs.
    seed = _preset_board("seed-claims-2026")
    for claim, keys in {
        "P1": ("sunlight_fraction", "ground_solar_capacity_factor"),
        "P3": ("sunlight_fraction", "worst_eclipse_min"),
        "G1": ("server_overhead_pct",),
        "G2": ("server_overhead_pct",),
        "P6": ("solar_module_price_usd_per_w",),
        "P7": ("solar_tariff_pct",),
        "L2": ("launch_cadence_ceiling_per_year",),
    }.items():
        assert seed[claim].verdict == "input" and seed[claim].encoded_by == keys, claim
    # Today's world sets none of them from the claims: P1 and G2 are tested, and hold.
    today = _preset_board("baseline-2026")
    assert today["P1"].verdict == "holds" and today["P1"].value == pytest.approx(
        1.361 * 0.98 / 0.24
    )
    assert today["G2"].verdict == "holds" and not today["G2"].encoded_by
    # The registry's peak-cooling factor is claim G3's 1.4: today's world takes it as input.
    assert today["G3"].verdict == "input"


def test_a_claim_granted_its_own_value_that_still_fails_is_refuted():
    # L4: the seed preset doubles the cadence every year (its [D] value), and five years on it
    # deploys 8 GW a year, not several hundred.
    seed = _preset_board("seed-claims-2026")
    assert seed["L4"].encoded_by == ("launch_cadence_growth",)
    assert seed["L4"].kind == "outcome" and seed["L4"].verdict == "fails"
    assert seed["L4"].value < 300


def test_own_inputs_are_what_the_seed_preset_derives_from_each_claim():
    text = bundled_presets()["seed-claims-2026"].read_text(encoding="utf-8")
    lines = {m[1]: m[2] for m in re.finditer(r"^\s+(\w+): ([^#\n]+?)\s*#(.*)$", text, re.M)}
    comments = {m[1]: m[3] for m in re.finditer(r"^\s+(\w+): ([^#\n]+?)\s*#(.*)$", text, re.M)}
    for claim, own in OWN_INPUTS.items():
        for key, value in own.items():
            assert float(lines[key]) == value, (claim, key)
            assert re.search(rf"\b{claim}\b", comments[key]), (claim, key)


@pytest.mark.parametrize(
    ("fraction", "capacity", "verdict"), [(0.98, 0.24, "holds"), (0.6, 0.29, "fails")]
)
def test_p1_space_yield_per_watt(fraction, capacity, verdict):
    board = _board(sunlight_fraction=fraction, ground_solar_capacity_factor=capacity)
    assert board["P1"].value == pytest.approx(1.361 * fraction / capacity)
    assert board["P1"].threshold == {"at_least": 5.0}
    assert board["P1"].verdict == verdict


def test_p3_no_batteries_means_none():
    # The longest eclipse, 21 minutes, carried at 40% depth of discharge: 0.875 h of full load.
    board = _board()
    assert board["P3"].value == pytest.approx(21 / 60 / 0.4)
    assert board["P3"].verdict == "fails"


def test_thresholds_are_at_the_claims_own_size():
    board = _board()
    assert board["H2"].threshold == {"at_least": 10.0}  # orders of magnitude
    assert board["P4"].threshold == {"at_least": 10.0}  # about 10x, not half of it
    assert board["L4"].threshold == {"at_least": 300.0}  # several hundred GW
    assert board["C4"].threshold["at_least"] == 2.0  # halves
    assert board["H1"].threshold == {"at_most": 2029 + 1 / 12}


def test_h2_is_read_at_the_launch_price_floor():
    r = evaluate(Scenario({"launch_price_floor_usd_per_kg": 30}))
    board = {c.claim_id: c for c in check_claims(r)}
    # Orbit's cost is affine in the launch price: move it from $1,800/kg to the $30 floor.
    space = float(r["space.usd_per_gpu_hour"]) + float(
        r["space.usd_per_gpu_hour_per_usd_per_kg"]
    ) * (30 - 1800)
    assert board["H2"].value == pytest.approx(float(r["earth.usd_per_gpu_hour"]) / space)
    assert board["H2"].values["launch_usd_per_kg"] == 30


def test_l1_launches_are_counted_on_the_bottom_up_mass():
    # L1's own 100 W/kg gives 10,000 launches per 100 GW top-down; built from its parts the same
    # spacecraft is heavier, and the claim is tested on that.
    claimed = Scenario(
        {
            "capacity_gw": 100,
            "mass_model": "top_down",
            "system_w_per_kg": 100,
            "thermal_control_overhead_pct": 0,
            "spare_gpu_pct": 0,
        }
    )
    r = evaluate(claimed)
    board = {c.claim_id: c for c in check_claims(r)}
    l1 = board["L1"]
    assert l1.values["scenario_launches_per_100_gw"] == pytest.approx(10_000, abs=0.5)
    assert l1.value == pytest.approx(float(r["space.bottom_up_mass_kg"]) / 100_000)
    assert l1.values["bottom_up_mass_ratio"] == pytest.approx(l1.value / 10_000, rel=1e-6)
    assert l1.value > 11_500 and l1.verdict == "fails"
    # Bottom-up there is no warning: the ratio is NaN (issue 10).
    assert math.isnan(_board()["L1"].values["bottom_up_mass_ratio"])


def test_l3_is_the_claims_own_arithmetic():
    # 30 ships each flying every 30 hours make 30 x 8,760 / 30 = 8,760 launches a year: short of
    # 10,000, which needs 34.2 ships at that turnaround.
    l3 = _board()["L3"]
    assert l3.value == pytest.approx(8760)
    assert l3.values["ships_needed"] == pytest.approx(10_000 * 30 / 8760)
    assert l3.verdict == "fails"
    assert _board(launch_cadence_ceiling_per_year=1000)["L3"].values[
        "ships_for_ceiling"
    ] == pytest.approx(1000 * 30 / 8760)


def test_l7_is_earths_disc_over_the_sphere_at_one_au():
    # pi (6,371 km)² / (4 pi (149.6 million km)²) = 4.53e-10: one part in 2.2 billion, within
    # 15% of "one two-billionth".
    l7 = _board()["L7"]
    assert l7.value == pytest.approx(4 * 1.495978707e11**2 / 6.371e6**2)
    assert l7.value == pytest.approx(2.205e9, rel=1e-3)
    assert l7.verdict == "holds"


def test_l6_context_has_the_moons_escape_speed():
    l6 = _board()["L6"]
    assert l6.kind == "context"
    assert l6.value == pytest.approx(math.sqrt(2 * 4.9048695e12 / 1.7374e6) / 1000)
    assert l6.value == pytest.approx(2.376, abs=1e-3)


def _simpson(f, a: float, b: float, n: int = 20_000) -> float:
    h = (b - a) / n
    return h / 3 * (f(a) + sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n)) + f(b))


def test_c1_mean_capacity_under_failures_with_and_without_burn_in():
    # GPUs 9%/yr plus other parts 0.9%/yr x 4 GPUs a tray; 5% spares; 2% early failures that
    # burn-in screens out on the ground, or that fail at once in orbit without it.
    lam = 0.09 + 0.009 * 4
    for burn_in, k in (("on_ground", 1.05), ("none", 1.05 * 0.98)):
        c1 = _board(gpu_burn_in=burn_in)["C1"]
        hand = _simpson(lambda t, k=k: min(1, k * math.exp(-lam * t)), 0, 5) / 5
        assert c1.value == pytest.approx(hand, rel=1e-6)
        assert c1.verdict == "fails"  # about 78%: a fifth of the GPU-hours gone, no repair
    reliable = _board(gpu_annual_failure_rate_pct=1, other_failure_rate_pct_per_year=0.1)
    assert reliable["C1"].verdict == "holds"


def test_c2_no_repair_against_ground_repairs():
    r = evaluate(Scenario())
    c2 = {c.claim_id: c for c in check_claims(r)}["C2"]
    # Failures alone, discounted at 8%: the GPU-hours installed per GPU-hour delivered.
    lam, rate = 0.09 + 0.009 * 4, math.log(1.08)
    installed = (1 - math.exp(-rate * 5)) / rate
    working = _simpson(lambda t: min(1, 1.05 * math.exp(-lam * t)) * math.exp(-rate * t), 0, 5)
    lost = installed / working - 1
    per_hour = {
        p: float(r[f"space.breakdown_per_gpu_hour.{p}"]) for p in ("spares", "lost_gpu_hours")
    }
    rest = float(r["space.usd_per_gpu_hour"]) - per_hour["lost_gpu_hours"]
    assert c2.value == pytest.approx(per_hour["spares"] + rest * lost, rel=1e-6)
    assert c2.threshold["at_most"] == pytest.approx(float(r["earth.breakdown_per_gpu_hour.spares"]))
    assert c2.verdict == "fails"
    # Nothing fails, nothing is flown spare, nothing is burned in: no repair costs nothing.
    flawless = _board(
        gpu_annual_failure_rate_pct=0,
        other_failure_rate_pct_per_year=0,
        spare_gpu_pct=0,
        gpu_burn_in="none",
        gpu_infant_failure_pct=0,
    )
    assert flawless["C2"].value == 0 and flawless["C2"].verdict == "holds"


def _flux(t_c: float, absorbed: float) -> float:
    return 2 * 0.9 * STEFAN_BOLTZMANN * ((t_c + 273.15) ** 4 - 3**4) - absorbed


def test_c4_halves_the_radiator_only_if_the_chips_may_run_that_hot():
    # Radiator 60 °C, 20 °C below the chips at 80 °C = 353.15 K; 20% hotter is 423.78 K
    # (150.6 °C) with the radiator at 130.6 °C: (403.78 / 333.15)^4 = 2.16x smaller without
    # absorbed load, but the chips' limit is 90 °C.
    c4 = _board(radiator_absorbed_w_per_m2=0)["C4"]
    assert c4.values["hotter_chip_c"] == pytest.approx(1.2 * 353.15 - 273.15)
    assert c4.value == pytest.approx(_flux(130.63, 0) / _flux(60, 0), rel=1e-4)
    assert c4.value == pytest.approx((403.78 / 333.15) ** 4, rel=1e-4)
    assert c4.verdict == "fails"
    # Within the limit, the radiator at 70 °C: about 12% smaller.
    assert c4.values["area_ratio_at_limit"] == pytest.approx(_flux(70, 0) / _flux(60, 0))
    # Cool chips (30 °C, 10 °C drop) may run 20% hotter, 90.6 °C, under a 95 °C limit: with the
    # default absorbed load the radiator shrinks 2.4x, and the claim holds.
    cool = _board(radiator_temp_c=20, chip_to_radiator_drop_c=10, chip_max_temp_c=95)["C4"]
    hot_radiator = 1.2 * 303.15 - 273.15 - 10
    assert cool.value == pytest.approx(_flux(hot_radiator, 137) / _flux(20, 137))
    assert cool.value > 2 and cool.verdict == "holds"


def test_stated_claims_are_input_inside_the_claims_range_and_context_outside():
    assert _board(solar_module_price_usd_per_w=0.27)["P6"].verdict == "input"
    assert _board(solar_module_price_usd_per_w=0.10)["P6"].verdict == "context"
    assert _board(solar_tariff_pct=300)["P7"].verdict == "input"
    assert _board(solar_tariff_pct=200)["P7"].verdict == "context"
    assert _board(gpu_power_kw=1.0)["C5"].verdict == "input"
    assert _board(gpu_purchase="up_front")["P9"].verdict == "input"
    for claim in ("P2", "P8", "G6", "L5", "L6", "C3", "C6"):
        assert _board()[claim].kind == "context"


def test_h1_holds_only_with_a_crossover_by_february_2029():
    early = _board(**ORBIT_FAVOURED, launch_price_usd_per_kg=150)
    assert 2026 <= early["H1"].value < 2026 + 1 / 12  # January 2026
    assert early["H1"].verdict == "holds"
    never = _board(space_array_cost_usd_per_w=60)
    assert math.isnan(never["H1"].value) and never["H1"].verdict == "fails"


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
    assert math.isnan(board["H1"].value) and board["H1"].verdict == "fails"


def test_to_dict_carries_id_kind_value_threshold_and_verdict():
    row = _board()["H1"].to_dict()
    assert row["id"] == "H1" and row["kind"] == "outcome" and row["verdict"] == "fails"
    assert row["value"] is None  # no crossover by 2050
    assert row["threshold"] == {"at_most": pytest.approx(2029.0833)}
