"""Talk mode in the window: scenes by the clicker's keys, transitions through the model, sliders
that drag live but never move by a key, axes that hold, and the window's session untouched."""

from __future__ import annotations

import math
from unittest.mock import MagicMock

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.present.talk import open_talk, talk_from_text
from explorer.present.talk.storyboard import scene_spans
from explorer.ui import window_settings
from explorer.ui.controller.talk import TalkController, placement
from explorer.ui.presenter_console import PresenterConsole
from explorer.ui.talk_keys import INTENTS
from explorer.ui.talk_view import TalkStage
from explorer.ui.views import Unsaved


@pytest.fixture(scope="module")
def talk():
    return open_talk()


@pytest.fixture
def talking(make_app, qtbot):
    """The window with the bundled talk on the talk view at 1280x720, transitions off."""
    app = make_app()
    app.talks.set_reduced_motion(True)
    assert app.talks.open("interview-2026")
    stage = app.talks.stage
    qtbot.addWidget(stage)
    qtbot.addWidget(app.talks.console)
    stage.showNormal()
    stage.resize(1280, 720)
    qtbot.waitUntil(lambda: not app.pending, timeout=3000)
    return app


def scene_shown(app, talk, index: int) -> None:
    """The talk view shows scene ``index``: its chart, caption, sliders and scenario."""
    stage, scene = app.talks.stage, talk.scenes[index]
    assert app.talks.index == index
    assert list(stage.charts) == [scene.chart] and stage.charts[scene.chart].isVisible()
    assert stage.charts[scene.chart].figure is not None
    assert stage.caption_label.text() == scene.caption.en
    assert stage.title_label.text() == scene.title.en
    assert stage.counter_label.text() == f"{index + 1} / {len(talk.scenes)}"
    assert list(stage.editors) == list(scene.sliders)
    for key, editor in stage.editors.items():
        assert editor.isVisible()
        value = scene.scenario[key]
        assert editor.value() == (value if isinstance(value, str) else pytest.approx(value))
    assert app.session.scenario == scene.scenario
    assert app.session.pinned == scene.pinned and app.session.reference == scene.reference
    shown = [name for name, tile in stage.tiles.items() if tile.isVisible()]
    assert shown == [name for name in stage.tiles if name in scene.headline]


def test_page_down_through_every_scene_and_page_up_back(talking, talk, qtbot):
    app, stage = talking, talking.talks.stage
    assert not app.window.isVisible()
    scene_shown(app, talk, 0)
    for index in range(1, len(talk.scenes)):
        qtbot.keyClick(stage, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: not app.pending, timeout=3000)
        scene_shown(app, talk, index)
    for index in reversed(range(len(talk.scenes) - 1)):
        qtbot.keyClick(stage, Qt.Key.Key_PageUp)
        qtbot.waitUntil(lambda: not app.pending, timeout=3000)
        scene_shown(app, talk, index)


@pytest.mark.parametrize(
    ("key", "index"),
    [
        (Qt.Key.Key_Right, 4),
        (Qt.Key.Key_Space, 4),
        (Qt.Key.Key_Return, 4),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_Backspace, 2),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_End, 11),
    ],
)
def test_each_clicker_key(talking, key, index, qtbot):
    talking.talks.go(3)
    qtbot.keyClick(talking.talks.stage, key)
    assert talking.talks.index == index


def test_the_clicker_keys_never_move_a_slider(talking, talk, user, qtbot):
    app, stage = talking, talking.talks.stage
    slider = stage.editors["launch_price_usd_per_kg"].slider
    assert slider.focusPolicy() == Qt.FocusPolicy.NoFocus
    # The presenter clicks a slider (without moving it), then uses the clicker.
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=user.handle(slider))
    assert app.scenario == talk.scenes[0].scenario
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_Home):
        qtbot.keyClick(stage, key)  # at the first scene: nothing to go back to
        assert app.talks.index == 0 and app.scenario == talk.scenes[0].scenario
    app.talks.go(len(talk.scenes) - 1)
    last = talk.scenes[-1]
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return):
        qtbot.keyClick(stage, key)  # at the last scene: nothing to go on to
        assert app.talks.index == len(talk.scenes) - 1 and app.scenario == last.scenario
    # Keys sent to a slider itself (as if it had the focus) still change scenes, not values.
    for key, intent in INTENTS.items():
        if intent in ("leave", "console", "motion"):
            continue
        app.talks.go(5)
        values = {k: e.value() for k, e in stage.editors.items()}
        qtbot.keyClick(stage.editors[next(iter(stage.editors))], key)
        moved = app.talks.index
        assert app.scenario == talk.scenes[moved].scenario, key
        if moved == 5:
            assert {k: e.value() for k, e in stage.editors.items()} == values


def test_sliders_drag_live_without_undo_steps_and_the_window_gets_its_session_back(
    make_app, user, qtbot
):
    app = make_app()
    app.window.ask_unsaved = lambda document: pytest.fail("a talk asked to save")
    app.set_values({"pue": 1.3})  # unsaved changes in the window before the talk
    before, steps = app.session, app.undo_stack.count()
    app.talks.set_reduced_motion(True)
    assert app.talks.open("interview-2026")
    stage = app.talks.stage
    qtbot.addWidget(stage)
    stage.showNormal()
    stage.resize(1280, 720)
    chart = stage.charts["launch_price"]
    curve = chart.curves[("space", "current")]
    shown = np.array(curve.getOriginalDataset()[1])
    y_range = chart.frame.plot.vb.viewRange()[1]
    user.drag(stage.editors["space_array_cost_usd_per_w"].slider, -80)
    user.settle(app)
    assert app.scenario["space_array_cost_usd_per_w"] < 5
    assert not np.allclose(np.array(curve.getOriginalDataset()[1]), shown, equal_nan=True)
    assert chart.frame.plot.vb.viewRange()[1] == pytest.approx(y_range)  # the axes hold
    assert app.undo_stack.count() == steps
    for _ in range(len(app.talks.talk.scenes)):
        qtbot.keyClick(stage, Qt.Key.Key_PageDown)
    qtbot.keyClick(stage, Qt.Key.Key_Escape)
    assert not app.talks.active and not stage.isVisible() and app.window.isVisible()
    assert app.session is before and app.scenario["pue"] == 1.3
    assert app.panel.editors["pue"].value() == 1.3
    assert app.undo_stack.count() == steps
    app.window.ask_unsaved = lambda document: Unsaved.DISCARD  # the window's own question


def test_transitions_move_the_parameters_through_the_model(talking, talk, qtbot):
    app = talking
    app.talks.set_reduced_motion(False)
    start = talk.scenes[0].scenario["launch_price_usd_per_kg"]
    end = talk.scenes[1].scenario["launch_price_usd_per_kg"]
    seen: list[float] = []
    evaluated = app._evaluate

    def evaluate(scenario):
        seen.append(float(scenario["launch_price_usd_per_kg"]))
        return evaluated(scenario)

    app._evaluate = evaluate
    app.talks.step("next")
    assert app.talks.animating
    qtbot.waitUntil(lambda: not app.talks.animating, timeout=3000)
    qtbot.waitUntil(lambda: not app.pending, timeout=3000)
    between = [p for p in seen if end < p < start]
    assert len(between) >= 5, seen  # one evaluation per frame, each a scenario in between
    assert between == sorted(between, reverse=True)  # eased, one way
    assert app.scenario == talk.scenes[1].scenario  # and exactly the scene at the end
    logs = np.log(between)
    assert logs.min() > math.log(end) and logs.max() < math.log(start)


def test_reduced_motion_goes_at_once(talking, talk):
    talking.talks.step("next")
    assert not talking.talks.animating and talking.scenario == talk.scenes[1].scenario
    assert talking.talks.reduced_motion


def test_axes_hold_within_a_scene_and_move_between_scenes(talking, talk, qtbot):
    app = talking
    spans = scene_spans(talk)
    chart = app.talks.stage.charts["launch_price"]
    low, high = (10**v for v in chart.frame.plot.vb.viewRange()[1])
    assert (low, high) == pytest.approx(spans[0]["y"], rel=1e-6)
    year = next(i for i, s in enumerate(talk.scenes) if s.chart == "year")
    app.talks.go(year)
    year_chart = app.talks.stage.charts["year"]
    assert tuple(year_chart.frame.plot.vb.viewRange()[1]) == pytest.approx(spans[year]["y"])


def test_typed_numbers_jump(talking, qtbot):
    stage, talks = talking.talks.stage, talking.talks
    qtbot.keyClick(stage, Qt.Key.Key_3)  # no thirtieth scene: at once
    assert talks.index == 2
    qtbot.keyClick(stage, Qt.Key.Key_1)
    qtbot.keyClick(stage, Qt.Key.Key_2)
    assert talks.index == 11
    qtbot.keyClick(stage, Qt.Key.Key_1)
    assert talks.index == 11 and "1" in stage.hint_label.text()  # waits for a second digit
    qtbot.keyClick(stage, Qt.Key.Key_Return)
    assert talks.index == 0
    qtbot.keyClick(stage, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: talks.index == 0 and stage.hint_label.text() == "", timeout=3000)
    qtbot.keyClick(stage, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: "no scene 0" in stage.hint_label.text(), timeout=3000)


def test_one_screen_shows_the_console_on_its_key(talking, talk, qtbot):
    console, stage = talking.talks.console, talking.talks.stage
    assert not console.isVisible()
    qtbot.keyClick(stage, Qt.Key.Key_S)
    assert console.isVisible()
    assert console.now_title.text() == talk.scenes[0].title.en
    assert console.next_title.text() == talk.scenes[1].title.en
    assert console.notes.text() == talk.scenes[0].notes.en
    assert "checks hold" in console.checked.text() and not console.failed.isVisible()
    assert console.elapsed_label.text().startswith("Elapsed 00:0")
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the clicker works on the console too
    assert talking.talks.index == 1 and console.now_title.text() == talk.scenes[1].title.en
    qtbot.keyClick(console, Qt.Key.Key_S)
    assert not console.isVisible()


def test_a_bad_talk_is_refused_and_nothing_changes(make_app, tmp_path):
    app = make_app()
    before = app.session
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\ntitle: T\nscenes:\n"
        "  - {title: A, chart: year, caption: C, sliders: [lunch_price_usd_per_kg]}\n"
        "  - {title: B, chart: pie, caption: C, preset: nowhere-2026}\n"
    )
    messages = []
    app.window.notify = lambda text, kind="error", *a: messages.append((text, kind))
    assert not app.talks.open(bad)
    [(text, kind)] = messages
    assert kind == "error" and text.startswith("Could not open the talk:")
    assert f"{bad}:4: scene 1.sliders[0]: unknown parameter" in text
    assert f"{bad}:5: scene 2.chart: unknown chart" in text
    assert f"{bad}:5: scene 2.preset: no bundled preset of that name" in text
    assert not app.talks.active and app.session is before and app.window.isVisible()
    assert app.talks.stage is None or not app.talks.stage.isVisible()


def test_the_window_opens_talk_mode_on_f5(make_app, qtbot):
    app = make_app()
    app.window.actions_by_name["talk"].trigger()
    assert app.talks.active and app.talks.stage.isVisible()
    qtbot.addWidget(app.talks.stage)
    app.talks.leave()
    assert app.window.isVisible()
    assert app.window.ask_unsaved  # still the test's answer: nothing asked


def test_closing_the_talk_view_leaves_the_talk(talking):
    talking.talks.stage.close()
    assert not talking.talks.active and talking.window.isVisible()


def test_leaving_restores_the_windows_views(talking, user):
    app = talking
    app.talks.leave()
    assert app.dashboard is app.window.dashboard and app.panel is app.window.panel
    editor = app.panel.slider("launch_price_usd_per_kg")
    user.drag(editor.slider, -40)
    user.settle(app)
    assert app.undo_stack.count() == 1
    app.window.ask_unsaved = lambda document: Unsaved.DISCARD


AXES_TALK = """\
schema_version: 1
title: Axes
scenes:
  - {title: A, chart: launch_price, caption: C, axes: {y: [1, 10]}}
  - {title: B, chart: launch_price, caption: C, axes: {y: [2, 100]}, params: {pue: 1.5}}
"""


def test_a_scene_that_changes_the_axes_animates_them(make_app, qtbot):
    app = make_app()
    app.talks.set_reduced_motion(False)
    app.talks.present(talk_from_text(AXES_TALK))
    stage = app.talks.stage
    qtbot.addWidget(stage)
    chart = stage.charts["launch_price"]
    drawn = []
    draw = chart.set_figure
    chart.set_figure = lambda figure: drawn.append(figure.y.span) or draw(figure)
    app.talks.step("next")
    qtbot.waitUntil(lambda: not app.talks.animating and not app.pending, timeout=3000)
    assert drawn[-1] == (2.0, 100.0)
    lows = [span[0] for span in drawn]
    assert len(set(lows)) >= 5 and lows == sorted(lows)  # eased from 1 to 2, frame by frame
    middle = [span for span in drawn if 1.2 < span[0] < 1.8]
    # In the log axis's own scale: the top moves in decades as the bottom does.
    low, high = middle[0]
    t = math.log10(low) / math.log10(2)
    assert math.log10(high) == pytest.approx(1 + t, rel=1e-6)


def test_placement_puts_the_talk_on_another_screen_than_the_primary():
    laptop, projector = object(), object()
    assert placement([laptop], laptop) == (laptop, None)
    assert placement([laptop, projector], laptop) == (projector, laptop)
    assert placement([projector, laptop], laptop) == (projector, laptop)


def fake_views() -> tuple[MagicMock, MagicMock]:
    stage = MagicMock(spec=TalkStage)
    stage.editors, stage.charts = {}, {}
    console = MagicMock(spec=PresenterConsole)
    console.isVisible.return_value = False
    return stage, console


def test_the_talk_controller_against_fake_views_and_two_screens(make_app, talk):
    app = make_app()
    stage, console = fake_views()
    laptop, projector = MagicMock(name="laptop"), MagicMock(name="projector")
    talks = TalkController(
        app,
        app.window,
        window_settings(),
        make_views=lambda: (stage, console),
        screens=lambda: ([laptop, projector], laptop),
    )
    talks.set_reduced_motion(True)
    talks.present(talk)
    stage.present_on.assert_called_once_with(projector)
    console.present_on.assert_called_once_with(laptop)
    assert app.talking and app.panel is stage and app.dashboard is stage
    figure = stage.set_scene.call_args.args[0]
    assert (figure.index, figure.chart, figure.sliders) == (
        0,
        "launch_price",
        talk.scenes[0].sliders,
    )
    console.set_figure.assert_called()
    assert console.set_figure.call_args.args[0].next_title == talk.scenes[1].title.en
    clock, elapsed = console.set_clock.call_args.args
    assert ":" in clock and elapsed.startswith("Elapsed ")
    talks.step("last")
    assert stage.set_scene.call_args.args[0].index == len(talk.scenes) - 1
    assert app.scenario == talk.scenes[-1].scenario
    talks.leave()
    stage.close_stage.assert_called_once()
    console.hide.assert_called()
    assert not app.talking and app.window.isVisible()


def test_projector_sizes_at_1920_wide(talking, qtbot):
    """Sliders' titles and values at least 18 px, the chart's tick labels at least 20 px."""
    stage = talking.talks.stage
    stage.resize(1920, 1080)
    qtbot.waitUntil(lambda: stage.width() == 1920)
    for editor in stage.editors.values():
        assert editor.title_label.font().pixelSize() >= 18
        assert editor.value_label.font().pixelSize() >= 18
    chart = stage.charts["launch_price"]
    for side in ("left", "bottom"):
        assert chart.frame.plot.getAxis(side).style["tickFont"].pixelSize() >= 20
    assert stage.caption_label.font().pixelSize() >= 24
