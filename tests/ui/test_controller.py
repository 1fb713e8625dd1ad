"""The application controller against fake views (``MagicMock(spec=...)`` of the real ones): what
it tells the views, what it evaluates and builds, and what it does with their intents. No window.
"""

from __future__ import annotations

import inspect
import threading
from unittest.mock import MagicMock

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent

from explorer.io import Preset
from explorer.model import Results, Scenario, evaluate
from explorer.model.params import in_group
from explorer.present.figures import CHART_NAMES, figure_csv
from explorer.present.figures.launch_price import LaunchPriceFigure
from explorer.present.session import Session
from explorer.ui.charts import ChartBase, Dashboard
from explorer.ui.controller import AppController
from explorer.ui.views import Unsaved
from explorer.ui.widgets.headline_strip import HeadlineStrip
from explorer.ui.widgets.param_panel import ParamPanel
from explorer.ui.widgets.param_slider import ParamSlider
from explorer.ui.widgets.uncertainty_panel import UncertaintyPanel
from explorer.ui.window import MainWindow

KEY = "launch_price_usd_per_kg"


class CountingEvaluator:
    def __init__(self) -> None:
        self.scenarios: list[Scenario] = []

    def __call__(self, scenario: Scenario) -> Results:
        self.scenarios.append(scenario)
        return evaluate(scenario)


def fake_views(editors: dict | None = None) -> dict:
    window = MagicMock(spec=MainWindow)
    window.thresholds_dialog = None
    window.ask_unsaved = MagicMock(return_value=Unsaved.DISCARD)
    window.theme_name.return_value = "light"
    panel = MagicMock(spec=ParamPanel)
    panel.editors = editors or {}
    dashboard = MagicMock(spec=Dashboard)
    dashboard.charts = {name: MagicMock(spec=ChartBase) for name in CHART_NAMES}
    return {
        "window": window,
        "panel": panel,
        "uncertainty_panel": MagicMock(spec=UncertaintyPanel),
        "headline": MagicMock(spec=HeadlineStrip),
        "dashboard": dashboard,
    }


@pytest.fixture
def make_controller(qtbot, tmp_path):
    made = []

    def make(scenario: Scenario | None = None, editors: dict | None = None) -> AppController:
        settings = QSettings(
            str(tmp_path / f"settings-{len(made)}.ini"), QSettings.Format.IniFormat
        )
        views = fake_views(editors)
        session = Session.opened(Preset("Test preset", scenario or Scenario()))
        controller = AppController(
            session, **views, settings=settings, config_dir=tmp_path, evaluator=CountingEvaluator()
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def frame_shown(qtbot, controller: AppController) -> None:
    """Run the event loop until the frame in flight has been shown and nothing waits."""
    qtbot.waitUntil(lambda: not controller._in_flight and not controller.pending, timeout=3000)


def last_figure(controller: AppController, chart: str):
    return controller.dashboard.charts[chart].set_figure.call_args.args[0]


def test_the_first_frame_is_one_evaluation_and_one_build(make_controller):
    controller = make_controller()
    assert controller.evaluations == 1 and controller.figure_builder.builds == 1
    for name in CHART_NAMES:
        controller.dashboard.charts[name].set_figure.assert_called_once()
    assert isinstance(last_figure(controller, "launch_price"), LaunchPriceFigure)
    controller.headline.set_figure.assert_called_once()
    shown = controller.panel.set_values.call_args.args[0]
    assert shown == dict(controller.scenario.items())
    controller.window.set_title.assert_called_with(
        "Test preset[*] — Space-vs-Earth AI Explorer", False
    )


def test_a_value_is_one_evaluation_one_build_and_only_its_editor(qtbot, make_controller):
    controller = make_controller()
    frame_shown(qtbot, controller)
    controller.panel.reset_mock()
    # Counted from here: a background result (the tornado, the bridge) may already have rebuilt
    # the figures once while the first frame was shown.
    evaluations, builds = controller.evaluations, controller.figure_builder.builds
    controller._on_value_edited(KEY, 250.0, "")
    assert controller.evaluations == evaluations + 1
    assert controller.figure_builder.builds == builds + 1
    controller.panel.set_values.assert_called_once_with({KEY: 250.0})
    controller.panel.set_marked.assert_called_once_with(frozenset({KEY}))
    assert last_figure(controller, "launch_price").today.value == 250.0
    controller.window.set_title.assert_called_with(
        "Test preset[*] — Space-vs-Earth AI Explorer", True
    )
    assert controller.undo_stack.count() == 1


def test_changes_while_a_frame_is_in_flight_are_coalesced_into_one(qtbot, make_controller):
    controller = make_controller()
    frame_shown(qtbot, controller)
    evaluator = controller._evaluate
    evaluator.scenarios.clear()
    for price in range(100, 200):
        controller._on_value_edited(KEY, float(price), "drag:1")
    # The first change is evaluated at once (leading edge); the other 99 wait for that frame
    # to be shown and are then evaluated together.
    assert [s[KEY] for s in evaluator.scenarios] == [100.0]
    assert controller.pending
    frame_shown(qtbot, controller)
    assert [s[KEY] for s in evaluator.scenarios] == [100.0, 199.0]
    assert last_figure(controller, "launch_price").today.value == 199.0
    assert controller.undo_stack.count() == 1  # one drag, one undo step


def test_undo_and_redo_show_the_scenario_they_return_to(qtbot, make_controller):
    controller = make_controller()
    controller._on_value_edited(KEY, 250.0, "")
    controller._on_value_edited("payload_t", 150.0, "")
    controller.undo_stack.undo()
    assert controller.scenario["payload_t"] == Scenario()["payload_t"]
    controller.panel.set_values.assert_called_with({"payload_t": Scenario()["payload_t"]})
    controller.undo_stack.redo()
    assert controller.scenario["payload_t"] == 150.0


def test_a_reset_is_one_step_for_its_group_only(qtbot, make_controller):
    controller = make_controller()
    controller._on_value_edited(KEY, 250.0, "")
    controller._on_value_edited("gpu_power_kw", 2.0, "")
    controller._on_reset_requested("launch")
    assert controller.scenario[KEY] == Scenario()[KEY]
    assert controller.scenario["gpu_power_kw"] == 2.0
    assert controller.undo_stack.count() == 3
    launch_keys = {entry.key for entry in in_group("launch")}
    assert set(controller.panel.set_values.call_args.args[0]) <= launch_keys


def test_opening_a_preset_costs_one_evaluation_and_undoes_in_one_step(qtbot, make_controller):
    controller = make_controller()
    frame_shown(qtbot, controller)
    count = controller.evaluations
    loaded = Preset("Cheap", Scenario({KEY: 200.0, "boundary": "power"}))
    controller.open_document(Session.opened(loaded), "Open Cheap")
    assert controller.evaluations == count + 1
    assert controller.session.reference is controller.scenario
    assert controller.session.name == "Cheap"
    figure = last_figure(controller, "launch_price")
    assert (figure.costs["reference"]["space"] == figure.costs["current"]["space"]).all()
    controller.undo_stack.undo()
    assert controller.session.name == "Test preset" and controller.scenario[KEY] == Scenario()[KEY]


def test_pinning_draws_the_pinned_curves_without_evaluating(qtbot, make_controller):
    controller = make_controller()
    frame_shown(qtbot, controller)
    controller._on_value_edited(KEY, 250.0, "")
    count = controller.evaluations
    controller._on_action_toggled("pin", True)
    assert controller.evaluations == count
    assert last_figure(controller, "year").paths["pinned"] is not None
    controller.window.set_pinned.assert_called_with(True)
    controller._on_value_edited(KEY, 900.0, "")
    frame_shown(qtbot, controller)
    assert controller.session.pinned[KEY] == 250.0
    controller._on_action_toggled("pin", False)
    assert last_figure(controller, "year").paths["pinned"] is None


def test_bands_on_reach_the_cost_figures_and_the_views(qtbot, make_controller):
    controller = make_controller()
    controller._on_action_toggled("bands", True)
    controller.window.set_checked.assert_called_with("bands", True)
    controller.uncertainty_panel.set_settings.assert_called_with(controller.session.uncertainty)
    assert last_figure(controller, "launch_price").bands is not None
    assert last_figure(controller, "year").bands is not None


def test_a_broken_file_is_one_message_and_changes_nothing(qtbot, make_controller, tmp_path):
    controller = make_controller()
    bad = tmp_path / "broken.yaml"
    bad.write_text("schema_version: 1\nname: x\nparams:\n  nope: 1\n")
    before, count = controller.session, controller.evaluations
    assert not controller.files.open_path(bad)
    assert controller.session is before and controller.evaluations == count
    text, kind = controller.window.notify.call_args.args
    assert "broken.yaml" in text and "nope" in text and kind == "error"


def test_saving_clears_the_modified_marker(qtbot, make_controller, tmp_path):
    controller = make_controller()
    controller._on_value_edited(KEY, 321.0, "")
    path = tmp_path / "mine.yaml"
    assert controller.files.save_to(path)
    assert not controller.session.modified and controller.session.save_path == path
    controller.window.set_title.assert_called_with(
        "Test preset[*] — Space-vs-Earth AI Explorer", False
    )
    controller.window.set_recent.assert_called()


def test_csv_is_copied_from_the_figures_on_screen(make_controller):
    controller = make_controller()
    controller.exports.copy_csv("year")
    controller.window.copy_text.assert_called_once_with(figure_csv(last_figure(controller, "year")))


def test_closing_with_unsaved_changes_asks_and_may_be_cancelled(make_controller, tmp_path):
    controller = make_controller()
    controller._on_value_edited(KEY, 321.0, "")
    controller.window.ask_unsaved.return_value = Unsaved.CANCEL
    event = MagicMock(spec=QCloseEvent)
    controller.close_requested(event)
    event.ignore.assert_called_once()
    controller.window.ask_unsaved.assert_called_with("Test preset")
    controller.window.ask_unsaved.return_value = Unsaved.DISCARD
    controller.close_requested(event)
    event.accept.assert_called_once()
    controller.window.save_state.assert_called_once()


def test_a_slider_value_reaches_a_chart_through_five_modules_at_most(qtbot, make_controller):
    """Slider widget, controller, model, figures, chart: the call stack when a chart is handed
    its figure holds the slider's and the controller's modules only (the model and the figures
    have returned by then), and each step evaluates once and builds once."""
    slider = ParamSlider(next(e for e in in_group("launch") if e.key == KEY))
    qtbot.addWidget(slider)
    controller = make_controller(editors={KEY: slider})
    frame_shown(qtbot, controller)
    stacks: list[list[str]] = []

    def record(figure) -> None:
        modules = []
        for frame in inspect.stack()[1:]:
            module = frame.frame.f_globals.get("__name__", "")
            if module.startswith("explorer.") and module not in modules:
                modules.append(module)
        stacks.append(modules)

    chart = controller.dashboard.charts["launch_price"]
    chart.set_figure.side_effect = record
    slider.slider.setSliderDown(True)
    for step in range(1, 6):
        evaluations, builds = controller.evaluations, controller.figure_builder.builds
        slider.slider.setValue(slider.slider.value() - 40)
        assert controller.evaluations - evaluations == 1
        assert controller.figure_builder.builds - builds == 1
        frame_shown(qtbot, controller)
        assert len(stacks) == step
    slider.slider.setSliderDown(False)
    for modules in stacks:
        assert modules == [
            "explorer.ui.controller.app_controller",
            "explorer.ui.widgets.param_slider",
        ]
    assert controller.undo_stack.count() == 1


def test_the_bridge_waits_for_the_scenario_to_rest_and_runs_off_the_gui_thread(
    qtbot, make_controller, monkeypatch
):
    import explorer.present.bridge as bridge_module

    threads: list[threading.Thread] = []
    real = bridge_module.explain

    def explain(a, b):
        threads.append(threading.current_thread())
        return real(a, b)

    monkeypatch.setattr(bridge_module, "explain", explain)
    controller = make_controller()
    qtbot.waitUntil(lambda: controller.bridge.snapshot is not None, timeout=5000)
    threads.clear()
    for price in (500.0, 600.0, 700.0):  # a drag: no bridge while it moves
        controller._on_value_edited(KEY, price, "drag:1")
        frame_shown(qtbot, controller)
    assert threads == []
    assert last_figure(controller, "bridge").note == "Updating once the scenario rests"
    qtbot.waitUntil(lambda: controller.bridge.snapshot.b[KEY] == 700.0, timeout=5000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    figure = last_figure(controller, "bridge")
    assert figure.note == ""
    steps = [b.key for b in figure.waterfalls["space_to_earth_ratio"].bars]
    assert steps == ["a", "launch", "b"]


def test_an_export_gets_the_bridge_of_the_scenario_on_screen_at_once(qtbot, make_controller):
    controller = make_controller()
    frame_shown(qtbot, controller)
    controller._on_value_edited(KEY, 420.0, "")
    bridge = controller.current_figures().charts["bridge"]
    assert bridge.note == ""
    assert controller.bridge.snapshot.b[KEY] == 420.0
    controller._on_action_toggled("pin", True)
    controller._on_value_edited(KEY, 900.0, "")
    bridge = controller.current_figures().charts["bridge"]
    assert controller.bridge.snapshot.origin == "pinned"
    assert controller.bridge.snapshot.a[KEY] == 420.0
    assert bridge.title == "Bridge from the pinned scenario"
