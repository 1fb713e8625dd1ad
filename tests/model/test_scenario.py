"""The Scenario: immutable, validated, with_changes and diff."""

import numpy as np
import pytest

from explorer.model import Scenario, ScenarioError


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"nope": 1}, "unknown parameter 'nope'"),
        ({"pue": float("nan")}, "finite"),
        ({"pue": float("inf")}, "finite"),
        ({"pue": True}, "expected a number"),
        ({"pue": "1.2"}, "expected a number"),
        ({"boundary": "everything"}, "must be one of full, infrastructure, power, energy"),
        ({"pue": np.array([1.1, np.nan])}, "finite"),
    ],
)
def test_bad_values_are_refused_by_both_doors(changes, words):
    with pytest.raises(ScenarioError, match=words):
        Scenario(changes)
    with pytest.raises(ScenarioError, match=words):
        Scenario().with_changes(changes)


def test_with_changes_returns_a_new_scenario_and_leaves_the_old_one():
    base = Scenario()
    changed = base.with_changes(pue=1.3, boundary="power")
    assert base["pue"] == 1.2 and changed["pue"] == 1.3 and changed["boundary"] == "power"
    assert changed.diff(base) == {"pue": (1.3, 1.2), "boundary": ("power", "full")}
    assert changed.changed_from_defaults() == {"pue": 1.3, "boundary": "power"}
    assert changed == Scenario({"pue": 1.3, "boundary": "power"})
    assert hash(changed) == hash(Scenario({"pue": 1.3, "boundary": "power"}))


def test_arrays_are_frozen_and_out_of_range_is_reported_not_refused():
    s = Scenario({"pue": np.array([1.0, 1.2]), "capacity_gw": 0})
    with pytest.raises(ValueError):
        s["pue"][0] = 2.0
    problems = s.out_of_range()
    assert any(p.startswith("pue: [1 .. 1.2] is outside 1.05 to 1.5") for p in problems)
    assert any(p.startswith("capacity_gw: 0 is outside") for p in problems)
    assert s.batch_shape == (2,)
