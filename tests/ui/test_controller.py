"""The controller without a window: coalescing, counting, reference and pinned results."""

from __future__ import annotations

import pytest

from explorer.model import Results, Scenario, evaluate
from explorer.ui.controller import ScenarioController


class CountingEvaluator:
    def __init__(self) -> None:
        self.scenarios: list[Scenario] = []

    def __call__(self, scenario: Scenario) -> Results:
        self.scenarios.append(scenario)
        return evaluate(scenario)


@pytest.fixture
def counted(qtbot):
    evaluator = CountingEvaluator()
    controller = ScenarioController(Scenario(), evaluator)
    qtbot.waitUntil(lambda: controller.results is not None)
    evaluator.scenarios.clear()
    controller.evaluations = 0
    return controller, evaluator


def test_many_changes_in_one_frame_cost_one_evaluation(qtbot, counted):
    controller, evaluator = counted
    with qtbot.waitSignal(controller.results_ready) as ready:
        for price in range(100, 200):
            controller.set_values({"launch_price_usd_per_kg": float(price)})
    assert controller.evaluations == 1
    assert evaluator.scenarios[0]["launch_price_usd_per_kg"] == 199
    assert ready.args[0].scenario["launch_price_usd_per_kg"] == 199


def test_scenario_changed_is_immediate_and_skips_no_ops(qtbot, counted):
    controller, _ = counted
    seen = []
    controller.scenario_changed.connect(seen.append)
    controller.set_values({"payload_t": 150.0})
    controller.set_values({"payload_t": 150.0})
    assert [s["payload_t"] for s in seen] == [150.0]
    qtbot.waitUntil(lambda: not controller.pending)
    assert controller.evaluations == 1


def test_a_load_costs_one_evaluation_and_becomes_the_reference(qtbot, counted):
    controller, _ = counted
    loaded = Scenario({"launch_price_usd_per_kg": 200.0, "boundary": "power"})
    with qtbot.waitSignal(controller.results_ready):
        controller.load(loaded)
    assert controller.evaluations == 1
    assert controller.reference is controller.results
    assert controller.reference_scenario == loaded


def test_reference_is_evaluated_when_the_user_moves_on_before_the_frame(qtbot, counted):
    controller, _ = counted
    loaded = Scenario({"launch_price_usd_per_kg": 200.0})
    controller.load(loaded)
    controller.set_values({"launch_price_usd_per_kg": 300.0})
    qtbot.waitUntil(lambda: not controller.pending)
    assert controller.reference.scenario == loaded
    assert controller.results.scenario["launch_price_usd_per_kg"] == 300.0


def test_pin_keeps_the_results_of_the_moment(qtbot, counted):
    controller, _ = counted
    controller.set_values({"launch_price_usd_per_kg": 100.0})
    controller.pin()
    assert controller.pinned.scenario["launch_price_usd_per_kg"] == 100.0
    controller.set_values({"launch_price_usd_per_kg": 900.0})
    qtbot.waitUntil(lambda: not controller.pending)
    assert controller.pinned.scenario["launch_price_usd_per_kg"] == 100.0
    with qtbot.waitSignal(controller.results_ready):
        controller.unpin()
    assert controller.pinned is None
