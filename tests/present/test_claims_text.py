"""The claims board's words and numbers as a reader sees them, from the model's numbers."""

from __future__ import annotations

from math import nan

import pytest

from explorer.model import Scenario, evaluate
from explorer.model.claims import CHECKS, ClaimCheck, check_claims
from explorer.present.text.claims import claim_measure, claim_said, claim_value


def _values(**changes) -> dict[str, str]:
    return {c.claim_id: claim_value(c) for c in check_claims(evaluate(Scenario(changes)))}


def test_every_claim_has_words_a_measure_and_a_value():
    checks = check_claims(evaluate(Scenario()))
    assert len(checks) == len(CHECKS)
    for check in checks:
        assert claim_said(check.claim_id) and claim_measure(check.claim_id)
        assert claim_value(check)


def test_values_are_written_as_the_board_shows_them():
    board = _values()
    assert board["G1"] == "349 MW" and board["G2"] == "1.05 GW"
    assert board["H1"] == "none by 2050"
    assert board["G3"] == "1.40x" and board["P7"] == "0%"
    assert board["P3"] == "0.03 h vs 14.0 h"
    assert _values(server_overhead_pct=16)["G1"] == "300 MW"


def test_measures_state_the_thresholds_the_verdicts_use():
    assert claim_measure("H2") == "Earth / space cost at $20/kg (holds at 10x or more)"
    assert claim_measure("G1") == "generation for 110,000 GPUs (holds within 15%)"


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (ClaimCheck("H1", "holds", {"crossover_year": 2028.6}), "Aug 2028"),
        (ClaimCheck("H2", "fails", {"earth_to_space_ratio": float("nan")}), "infeasible"),
        (ClaimCheck("L1", "holds", {"launches_per_100_gw": 10_000.4}), "10,000"),
        (ClaimCheck("C1", "fails", {"mean_capacity_fraction": 0.8428}), "84.3%"),
    ],
)
def test_a_value_from_its_numbers(check, text):
    assert claim_value(check) == text


def test_l1_says_when_its_top_down_mass_is_lighter_than_its_parts():
    check = ClaimCheck("L1", "fails", {"launches_per_100_gw": 10_400, "bottom_up_mass_ratio": 2.79})
    assert claim_value(check) == "10,400 (⚠ top-down mass; 2.8x as heavy from its parts)"
    passes = ClaimCheck("L1", "holds", {"launches_per_100_gw": 10_400, "bottom_up_mass_ratio": nan})
    assert claim_value(passes) == "10,400"
