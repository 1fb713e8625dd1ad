"""The uncertainty panel's settings and words: padlocks of the policy and design parameters start
shut, the chance is among feasible draws with the infeasible share beside it, the spread scale,
and what Monte Carlo varies (``uncertainty.describe``) in words."""

from __future__ import annotations

import math

import pytest

from explorer.model import Scenario
from explorer.model.params import PARAMS
from explorer.model.uncertainty import describe
from explorer.present.text.uncertainty import (
    probability_text,
    status_text,
    varied_text,
    width_text,
)
from explorer.present.uncertainty import (
    LOCKED_BY_DEFAULT,
    UNCERTAIN_KEYS,
    UncertaintySettings,
    UncertaintySnapshot,
)

POLICY = "discount_rate_pct"


def test_the_policy_and_design_parameters_are_the_registrys_locked_by_default():
    assert {p.key for p in PARAMS if p.uncertain and p.locked_by_default} == LOCKED_BY_DEFAULT
    assert POLICY in LOCKED_BY_DEFAULT and LOCKED_BY_DEFAULT < UNCERTAIN_KEYS


def test_a_policy_padlock_is_shut_until_opened():
    settings = UncertaintySettings()
    assert settings.shut == LOCKED_BY_DEFAULT
    opened = settings.with_lock(POLICY, False)
    assert opened.unlocked == {POLICY} and opened.locked == frozenset()
    assert POLICY not in opened.shut
    assert opened.with_lock(POLICY, True) == settings
    pue = settings.with_lock("pue", True)
    assert pue.locked == {"pue"} and pue.shut == LOCKED_BY_DEFAULT | {"pue"}
    assert settings.with_all(True).shut == UNCERTAIN_KEYS
    everything = settings.with_all(False)
    assert everything.shut == frozenset() and everything.unlocked == LOCKED_BY_DEFAULT
    with pytest.raises(ValueError, match="not locked by default"):
        UncertaintySettings(unlocked=frozenset({"pue"}))


def _snapshot(p_now: float, infeasible: float, by_year=None) -> UncertaintySnapshot:
    settings = UncertaintySettings()
    return UncertaintySnapshot(
        Scenario(), settings, 1000, True, p_now, by_year or {}, None, None, infeasible
    )


def test_the_chance_is_among_feasible_draws_with_the_infeasible_share_beside_it():
    assert probability_text(_snapshot(0.085, 0.0)) == "now 8%"
    assert probability_text(_snapshot(0.085, 0.115, {2030: 0.4})) == (
        "now 8% · 2030 40% (12% of draws infeasible)"
    )
    # No feasible draw: no chance to state, only the share without an answer.
    assert probability_text(_snapshot(math.nan, 1.0)) == "now — (100% of draws infeasible)"


def test_the_width_control_scales_the_spreads():
    assert width_text(1.0) == "×1 spread"
    assert width_text(0.5) == "×0.50 spread"


def test_the_status_counts_the_shut_padlocks():
    settings = UncertaintySettings()
    assert status_text(settings, None, False) == f"10,000 draws · {len(LOCKED_BY_DEFAULT)} locked"
    assert status_text(settings.with_all(False), None, False) == "10,000 draws"


def test_what_monte_carlo_varies_in_words():
    scenario = Scenario()
    settings = UncertaintySettings()
    rows = describe(scenario, 1.0, (), ())
    drawn = [r for r in rows if r.status == "drawn"]
    line, tip = varied_text(scenario, settings)
    # Launch price from half to twice the slider's $1,800/kg (the registry's spread of 2).
    assert line.startswith(f"Varying {len(drawn)} parameters around this scenario: ")
    assert "Launch price 900–3,600 $/kg" in line
    assert line.endswith(f"…; {len(LOCKED_BY_DEFAULT)} locked")
    assert tip.count("\n  ") == len(drawn)
    assert "Locked as policy or design (unlock to draw): " in tip and "Discount rate" in tip
    assert "Never drawn (the question itself): Start year" in tip
    assert "Locked by you" not in tip

    line, tip = varied_text(scenario, UncertaintySettings(width=0.5).with_lock("pue", True))
    assert "(x0.5 the registry's spread)" in tip
    assert "Launch price 1,273–2,546 $/kg" in line  # 1,800 ÷ and × √2
    line, tip = varied_text(scenario, settings.with_lock("pue", True).with_lock(POLICY, False))
    assert "Locked by you: Average PUE" in tip
    assert "  Discount rate " in tip
