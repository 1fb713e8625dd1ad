"""Talk mode without Qt: the bundled talk stays true, transitions move the parameters, axes hold,
and the words around the chart."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np
import pytest

from explorer.io import load_bundled
from explorer.io.talk import Expectation, Text
from explorer.model import Scenario, evaluate
from explorer.present.figures import FigureBuilder
from explorer.present.figures.frame import Frame
from explorer.present.figures.headline import TILES
from explorer.present.talk import DEFAULT_TALK, open_talk, talk_from_text
from explorer.present.talk.axes import FIXABLE, blend_spans, data_y, padded, union, with_spans
from explorer.present.talk.checks import check, check_scene
from explorer.present.talk.stage import console_figure, stage_figure
from explorer.present.talk.storyboard import scene_frame, scene_session, scene_spans, talk_frames
from explorer.present.talk.transition import Blend, blend, ease
from explorer.present.text.languages import load_language
from explorer.present.text.translate import ENGLISH, use_language
from explorer.present.uncertainty import UncertaintySettings


@pytest.fixture(scope="module")
def talk():
    return open_talk(DEFAULT_TALK)


@pytest.fixture(scope="module")
def frames(talk):
    return talk_frames(talk)


# --- the bundled talk stays true -------------------------------------------------------------
def test_every_caption_of_the_bundled_talk_says_what_the_model_says(talk, frames):
    """Each scene evaluated afresh; each caption's claim (its ``expect:``) checked against the
    numbers. A change to the model that makes a caption untrue fails here, naming the scene."""
    untrue = [
        f"scene {n} ({scene.title.en}): {c.expectation.key} is {c.value:.4g}, "
        f"needs {c.expectation.text} (bound {c.bound:.4g})"
        for n, (scene, frame) in enumerate(zip(talk.scenes, frames, strict=True), start=1)
        for c in check_scene(scene, frame)
        if not c.holds
    ]
    assert untrue == []


def test_the_bundled_talk_walks_the_whole_argument(talk):
    assert 8 <= len(talk.scenes) <= 15
    for scene in talk.scenes:
        assert scene.expect, f"{scene.title.en}: its caption is checked by nothing"
        assert scene.sources, f"{scene.title.en}: no sources"
        assert scene.notes.en, f"{scene.title.en}: no speaker notes"
        assert 3 <= len(scene.sliders) <= 5
        assert set(scene.headline) <= set(TILES)
    # Every published analysis the explorer ships, the claim's own figures, and the claim H1.
    presets = {scene.preset_ref for scene in talk.scenes}
    assert {"seed-claims-2026", "starcloud-2024", "suncatcher-2025", "mccalip-2025"} <= presets
    charts = {scene.chart for scene in talk.scenes}
    assert {"launch_price", "year", "breakdown", "scale"} <= charts


def test_the_bundled_talk_speaks_russian_and_chinese(talk):
    """Every title, caption and note in English, Russian and Chinese, each its own text."""
    texts = [talk.title, talk.description]
    texts += [getattr(scene, key) for scene in talk.scenes for key in ("title", "caption", "notes")]
    for text in texts:
        assert [code for code, _ in text.items] == ["en", "ru", "zh"], text.en
        assert len({value for _, value in text.items}) == 3, text.en
        assert any("\u0400" <= c <= "\u04ff" for c in text.in_language("ru")), text.en
        assert any("\u4e00" <= c <= "\u9fff" for c in text.in_language("zh")), text.en


@pytest.mark.parametrize(("code", "caption"), [("ru", "Сегодня GPU-час"), ("zh", "如今轨道上")])
def test_the_talk_view_shows_the_readers_language(talk, code, caption):
    use_language(load_language(code))
    try:
        stage = stage_figure(talk, 0)
        console = console_figure(talk, 0)
    finally:
        use_language(ENGLISH)
    assert stage.caption.startswith(caption)
    assert console.now_caption.startswith(caption)
    assert console.notes == talk.scenes[0].notes.in_language(code)


def test_a_text_without_the_readers_language_falls_back_to_english():
    text = Text((("en", "Orbit"), ("ru", "Орбита")))
    assert text.in_language("zh") == "Orbit" and text.in_language("ru") == "Орбита"


def test_a_scene_shows_its_preset_dashed_and_its_pin_dotted(talk):
    scene = next(s for s in talk.scenes if s.pin is not None)
    session = scene_session(scene, UncertaintySettings(bands=True))
    assert session.scenario is scene.scenario and not session.modified
    assert session.reference is scene.reference and session.pinned is scene.pinned
    assert session.uncertainty.bands is False  # no Monte Carlo on a projector's every frame
    assert session.save_path is None


# --- checks ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def baseline_frame():
    baseline = load_bundled("baseline-2026").scenario
    cheap = baseline.with_changes(launch_price_usd_per_kg=20)
    return Frame(evaluate(cheap), evaluate(baseline), evaluate(baseline.with_changes(pue=1.5)))


@pytest.mark.parametrize(
    ("expectation", "holds"),
    [
        (Expectation("space_to_earth_ratio", "above 1", op=">", factor=1.0), True),
        (Expectation("space_to_earth_ratio", "below 1", op="<", factor=1.0), False),
        (Expectation("crossover_year", "none", presence="none"), True),
        (Expectation("crossover_year", "some", presence="some"), False),
        (Expectation("earth.usd_per_gpu_hour", "some", presence="some"), True),
        (Expectation("feasible", "true", truth="true"), True),
        (Expectation("feasible", "false", truth="false"), False),
        # $20/kg against the reference's $1,800/kg: orbit's cost falls by more than a third.
        (
            Expectation("space.usd_per_gpu_hour", "below 0.67 x reference", "<", 0.67, "reference"),
            True,
        ),
        # The pinned scenario's ground is dearer (PUE 1.5 against 1.2).
        (Expectation("earth.usd_per_gpu_hour", "below 1 x pinned", "<", 1.0, "pinned"), True),
        (
            Expectation(
                "space.usd_per_gpu_hour",
                "above 1 x earth.usd_per_gpu_hour",
                ">",
                1.0,
                "earth.usd_per_gpu_hour",
            ),
            True,
        ),
        # No value compares with anything: a check against "none" never holds.
        (Expectation("crossover_year", "above 2030", op=">", factor=2030.0), False),
    ],
)
def test_checks(expectation, holds, baseline_frame):
    result = check(expectation, baseline_frame)
    assert result.holds is holds
    key = expectation.key
    assert result.value == pytest.approx(float(baseline_frame.current[key]), nan_ok=True)


def test_a_check_by_hand(baseline_frame):
    e = Expectation("space.usd_per_gpu_hour", "below 0.5 x reference", "<", 0.5, "reference")
    result = check(e, baseline_frame)
    reference = float(baseline_frame.reference["space.usd_per_gpu_hour"])
    assert result.bound == pytest.approx(0.5 * reference)
    assert result.holds is (float(baseline_frame.current["space.usd_per_gpu_hour"]) < result.bound)


# --- transitions -----------------------------------------------------------------------------
def test_blend_moves_each_parameter_on_its_own_scale():
    a = Scenario({"launch_price_usd_per_kg": 2000, "pue": 1.1, "start_year": 2026})
    b = Scenario(
        {"launch_price_usd_per_kg": 20, "pue": 1.5, "start_year": 2030, "boundary": "energy"}
    )
    assert blend(a, b, 0) is a and blend(a, b, 1) is b
    half = blend(a, b, 0.5)
    assert half["launch_price_usd_per_kg"] == pytest.approx(200)  # log: the geometric mean
    assert half["pue"] == pytest.approx(1.3)  # linear
    assert half["start_year"] == 2028 and float(half["start_year"]).is_integer()
    assert blend(a, b, 0.49)["boundary"] == "full" and half["boundary"] == "energy"
    quarter = blend(a, b, 0.25)
    assert quarter["start_year"] == 2027 and quarter["launch_price_usd_per_kg"] > 200


def test_a_blend_of_equal_scenarios_is_the_scenario_itself():
    a = Scenario()
    assert Blend(a, Scenario()).at(0.4) is a


def test_easing_is_slow_at_both_ends_and_monotonic():
    ts = np.linspace(0, 1, 101)
    eased = [ease(t) for t in ts]
    assert eased[0] == 0 and eased[-1] == 1 and ease(0.5) == pytest.approx(0.5)
    assert all(b >= a for a, b in itertools.pairwise(eased))
    assert ease(0.1) < 0.1 and ease(0.9) > 0.9
    assert ease(-1) == 0 and ease(2) == 1


# --- axes ------------------------------------------------------------------------------------
def test_padding_and_unions():
    assert padded((0.0, 10.0), log=False) == pytest.approx((-0.6, 11.2))
    low, high = padded((1.0, 100.0), log=True)
    assert math.log10(low) == pytest.approx(-0.12) and math.log10(high) == pytest.approx(2.24)
    assert union((1, 3), (2, 5)) == (1, 5) and union(None, (2, 5)) == (2, 5)


def test_spans_blend_in_the_charts_own_scale():
    half = blend_spans({"y": (1.0, 100.0)}, {"y": (10.0, 1000.0)}, "launch_price", 0.5)
    assert half["y"] == pytest.approx((10**0.5, 10**2.5))  # log axis: half way in decades
    half = blend_spans({"y": (0.0, 10.0)}, {"y": (2.0, 20.0)}, "year", 0.5)
    assert half["y"] == pytest.approx((1.0, 15.0))
    assert blend_spans({}, {"y": (1.0, 2.0)}, "year", 0.3) == {"y": (1.0, 2.0)}


def test_fixed_spans_land_in_the_charts_axis_fields(talk, frames):
    for chart, spec in FIXABLE.items():
        figure = FigureBuilder().build(frames[0], (chart,)).charts[chart]
        spans = {axis: (1.0, 2.0) for axis in spec.axes}
        fixed = with_spans(chart, figure, spans)
        for field in spec.axes.values():
            assert getattr(fixed, field.field).span == (1.0, 2.0)
            assert getattr(fixed, field.field).label == getattr(figure, field.field).label
        assert data_y(chart, figure) is not None


def test_scenes_on_the_same_chart_share_their_y_axis(talk, frames):
    spans = scene_spans(talk, frames)
    by_chart: dict[str, set] = {}
    for scene, span in zip(talk.scenes, spans, strict=True):
        if scene.axes.mode == "fit_talk" and scene.chart in FIXABLE:
            by_chart.setdefault(scene.chart, set()).add(span["y"])
    assert by_chart and all(len(ys) == 1 for ys in by_chart.values())
    # The shared range holds every scene's data.
    builder = FigureBuilder()
    for scene, frame, span in zip(talk.scenes, frames, spans, strict=True):
        if scene.chart in FIXABLE:
            low, high = data_y(
                scene.chart, builder.build(frame, (scene.chart,)).charts[scene.chart]
            )
            assert span["y"][0] <= low and high <= span["y"][1]
    # Charts with no fixable axes lay out their own.
    assert all(
        span == {}
        for scene, span in zip(talk.scenes, spans, strict=True)
        if scene.chart not in FIXABLE
    )


def test_a_scene_fitted_alone_and_a_scene_with_its_own_ranges():
    text = """\
schema_version: 1
title: T
scenes:
  - {title: A, chart: launch_price, caption: C}
  - {title: B, chart: launch_price, caption: C, axes: fit_scene,
     params: {space_array_cost_usd_per_w: 50}}
  - {title: C, chart: launch_price, caption: C, axes: {x: [10, 1000]}}
  - {title: D, chart: launch_price, caption: C, axes: {y: [0.5, 50]}, params: {gpu_power_kw: 2}}
"""
    talk = talk_from_text(text)
    spans = scene_spans(talk)
    assert spans[0]["y"] == spans[2]["y"] != spans[1]["y"]
    assert spans[2]["x"] == (10.0, 1000.0) and "x" not in spans[0]
    assert spans[3] == {"y": (0.5, 50.0)}


# --- the words around the chart ----------------------------------------------------------------
def test_stage_and_console_figures(talk, frames):
    stage = stage_figure(talk, 2)
    scene = talk.scenes[2]
    assert stage.counter == f"3 / {len(talk.scenes)}"
    assert (stage.title, stage.caption, stage.chart) == (
        scene.title.en,
        scene.caption.en,
        scene.chart,
    )
    assert stage.sliders == scene.sliders and stage.tiles == scene.headline
    assert stage.sources.startswith("Sources: ")
    console = console_figure(talk, 2, check_scene(scene, frames[2]))
    assert console.next_title == talk.scenes[3].title.en and console.failed == ()
    assert console.notes == scene.notes.en and "checks hold" in console.checked
    last = console_figure(talk, len(talk.scenes) - 1)
    assert last.next_title == "End of the talk" and last.next_caption == ""


def test_the_console_names_a_caption_that_no_longer_holds(talk, frames):
    scene = talk.scenes[0]
    wrong = replace(
        scene, expect=(Expectation("space_to_earth_ratio", "below 1", op="<", factor=1.0),)
    )
    console = console_figure(talk, 0, check_scene(wrong, frames[0]))
    assert console.failed and "space_to_earth_ratio" in console.failed[0]
    assert "needs below 1" in console.failed[0]


def test_scene_texts_in_the_readers_language(monkeypatch):
    from explorer.present.talk import stage

    text = Text((("en", "Hello"), ("ru", "Привет")))
    monkeypatch.setattr(stage, "current_language", lambda: type("L", (), {"code": "ru"})())
    talk = talk_from_text(
        "schema_version: 1\ntitle: {en: T, ru: Т}\nscenes:\n"
        "  - {title: {en: Hello, ru: Привет}, chart: year, caption: {en: C, ru: П}}\n"
    )
    assert talk.scenes[0].title == text
    figure = stage_figure(talk, 0)
    assert (figure.title, figure.caption) == ("Привет", "П")


def test_a_frame_of_a_scene_is_what_the_window_shows(talk):
    scene = talk.scenes[0]
    frame = scene_frame(scene)
    assert frame.current.scenario is scene.scenario and frame.reference.scenario is scene.reference
