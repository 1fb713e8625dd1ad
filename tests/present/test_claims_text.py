"""The claims board's words and numbers as a reader sees them, from the model's numbers."""

from __future__ import annotations

from math import nan

import pytest

from explorer.model import Scenario, evaluate
from explorer.model.claims import CLAIM_IDS, ClaimCheck, check_claims
from explorer.present.text.claims import (
    claim_measure,
    claim_originals,
    claim_quote,
    claim_short,
    claim_source,
    claim_threshold,
    claim_value,
    verdict_meaning,
    verdict_word,
)
from explorer.present.text.languages import load_language
from explorer.present.text.translate import ENGLISH, use_language


def _board(**changes) -> dict[str, ClaimCheck]:
    return {c.claim_id: c for c in check_claims(evaluate(Scenario(changes)))}


def test_every_claim_has_its_words_a_measure_a_value_and_a_threshold():
    for claim_id, check in _board().items():
        assert claim_short(claim_id) and claim_quote(claim_id) and claim_measure(claim_id)
        assert claim_id in claim_source(claim_id)
        assert claim_value(check) and claim_threshold(check)
        assert "zh" in claim_originals(claim_id)  # the write-ups' own words (issue 14)
        # Short enough for the board's claim column without wrapping at presentation size.
        assert len(claim_short(claim_id)) <= 54, claim_id
    assert set(_board()) == set(CLAIM_IDS)


def test_values_and_thresholds_are_written_as_the_board_shows_them():
    board = _board()
    text = {k: (claim_value(c), claim_threshold(c)) for k, c in board.items()}
    assert text["G1"] == ("349 MW", "255-345 MW")
    assert text["G2"] == ("1.05 GW", "0.85-1.15 GW")
    assert text["H1"] == ("none by 2050", "by Feb 2029")
    assert text["P3"] == ("0.88 h", "0 h")
    assert text["P7"] == ("0%", "≥ 300%")
    assert text["L3"] == ("8,760/yr (34 ships needed)", "≥ 10,000/yr")
    assert text["L7"] == ("1 in 2.21 billion", "1.7-2.3 billion")
    assert text["C4"] == ("2.30x smaller, chips at 151 °C", "≥ 2x, chips ≤ 90 °C")
    assert text["C6"] == ("—", "—")
    assert claim_value(_board(server_overhead_pct=16)["G1"]) == "300 MW"


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (
            ClaimCheck("H1", "holds", {"crossover_year": 2028.6}, value_key="crossover_year"),
            "Aug 2028",
        ),
        (
            ClaimCheck(
                "C1",
                "fails",
                {"mean_capacity_fraction": 0.8428, "without_burn_in": 0.8301},
                value_key="mean_capacity_fraction",
            ),
            "84.3% (83.0% without burn-in)",
        ),
    ],
)
def test_a_value_from_its_numbers(check, text):
    assert claim_value(check) == text


def test_l1_says_when_its_top_down_mass_is_lighter_than_its_parts():
    values = {"launches_per_100_gw": 29_053, "scenario_launches_per_100_gw": 10_400}
    light = ClaimCheck(
        "L1", "fails", {**values, "bottom_up_mass_ratio": 2.79}, value_key="launches_per_100_gw"
    )
    assert claim_value(light) == "29,053 bottom-up (10,400 top-down ⚠)"
    passes = ClaimCheck(
        "L1", "fails", {**values, "bottom_up_mass_ratio": nan}, value_key="launches_per_100_gw"
    )
    assert claim_value(passes) == "29,053 bottom-up"


def test_every_verdict_has_a_word_and_a_meaning():
    for verdict in ("holds", "fails", "input", "context"):
        assert verdict_word(verdict) == verdict
        assert verdict_meaning(verdict)


@pytest.mark.parametrize("code", ["ru", "zh"])
def test_short_forms_fit_the_board_in_every_language(code):
    use_language(load_language(code))
    try:
        long = [k for k in CLAIM_IDS if len(claim_short(k)) > 54]
    finally:
        use_language(ENGLISH)
    assert long == []
