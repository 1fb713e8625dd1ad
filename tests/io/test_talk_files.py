"""Talk files: read as strictly as presets (every mistake one message naming the scene and the
key), written back atomically to the same talk, texts in several languages."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from explorer.io import PresetError, load_bundled
from explorer.io.talk import FIT_SCENE, FIXED, MAX_SLIDERS, Text
from explorer.io.talk_file import bundled_talks, dumps_talk, load_talk, loads_talk, save_talk
from explorer.present.figures import CHART_NAMES
from explorer.present.talk import DEFAULT_TALK, open_talk, vocabulary

GOOD = """\
schema_version: 1
title: A short talk
author: Someone
sources: [a source]
scenes:
  - title: First
    preset: baseline-2026
    chart: launch_price
    sliders: [launch_price_usd_per_kg, boundary]
    caption: The first caption.
    notes: What to say.
    expect:
      space_to_earth_ratio: above 1
  - title: Second
    params:
      launch_price_usd_per_kg: 200
    pin: previous
    chart: year
    axes: {y: [0, 12]}
    headline: [ratio, crossover]
    caption:
      en: The second caption.
      ru: Вторая подпись.
    expect:
      crossover_year: none
      space.usd_per_gpu_hour: [below 1 x pinned, at least 0.1 x reference]
"""


def load_text(text: str, tmp_path: Path, name: str = "talk.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_talk(path, vocabulary()), path


def problems_of(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "talk.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PresetError) as caught:
        load_talk(path, vocabulary())
    lines = [str(p) for p in caught.value.problems]
    assert all(line.startswith(str(path)) and "\n" not in line for line in lines)
    return [line.removeprefix(str(path)) for line in lines]


def test_a_good_talk_is_read_with_its_scenarios(tmp_path):
    talk, _ = load_text(GOOD, tmp_path)
    first, second = talk.scenes
    baseline = load_bundled("baseline-2026").scenario
    assert talk.title == Text.english("A short talk") and talk.author == "Someone"
    assert first.reference == baseline and first.scenario == baseline and first.pinned is None
    assert first.sliders == ("launch_price_usd_per_kg", "boundary")
    assert first.headline == vocabulary().default_tiles
    assert second.scenario == baseline.with_changes(launch_price_usd_per_kg=200)
    assert second.reference == baseline  # no preset named: the default one
    assert second.pinned is first.scenario
    assert second.axes.mode == FIXED and dict(second.axes.ranges) == {"y": (0.0, 12.0)}
    assert [e.text for e in second.expect] == [
        "none",
        "below 1 x pinned",
        "at least 0.1 x reference",
    ]


def test_texts_fall_back_to_english(tmp_path):
    talk, _ = load_text(GOOD, tmp_path)
    caption = talk.scenes[1].caption
    assert caption.in_language("ru") == "Вторая подпись."
    assert caption.in_language("zh") == caption.in_language("en") == "The second caption."


def test_saving_gives_back_the_same_talk_atomically(tmp_path):
    talk, path = load_text(GOOD, tmp_path)
    copy = tmp_path / "copy.yaml"
    save_talk(talk, copy)
    assert load_talk(copy, vocabulary()) == talk
    save_talk(talk, path)  # over the old file: its previous version is kept
    assert load_talk(path, vocabulary()) == talk
    assert (tmp_path / "talk.yaml.bak").read_text(encoding="utf-8") == GOOD
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_a_talk_that_cannot_be_saved_leaves_the_old_file(tmp_path):
    talk, path = load_text(GOOD, tmp_path)
    broken = type(talk)(Text.english("bad\x1b[2K"), talk.scenes)
    with pytest.raises(ValueError, match="U\\+001B"):
        save_talk(broken, path)
    assert path.read_text(encoding="utf-8") == GOOD


def test_every_bundled_talk_loads_and_saves_back(tmp_path):
    assert DEFAULT_TALK in bundled_talks()
    for name in bundled_talks():
        talk = open_talk(name)
        assert talk.scenes and all(scene.chart in CHART_NAMES for scene in talk.scenes)
        assert loads_talk(dumps_talk(talk), vocabulary()) == talk


def test_presets_named_by_path_are_relative_to_the_talk(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "cheap.yaml").write_text(
        "schema_version: 1\nname: Cheap\nparams:\n  launch_price_usd_per_kg: 100\n"
    )
    text = "schema_version: 1\ntitle: T\nscenes:\n"
    text += "  - {title: A, preset: cheap.yaml, chart: year, caption: C, pin: ./cheap.yaml}\n"
    (folder / "talk.yaml").write_text(text)
    talk = load_talk(folder / "talk.yaml", vocabulary())
    assert talk.scenes[0].scenario["launch_price_usd_per_kg"] == 100
    assert talk.scenes[0].preset_name == "Cheap" == talk.scenes[0].pinned_name


SCENE = "schema_version: 1\ntitle: T\nscenes:\n  - title: A\n    chart: year\n    caption: C\n"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            "    chart: launch\n",
            ":7: scene 1.chart: duplicate key (first given on line 5)",
        ),
        (
            "    sliders: [launch_price_usd_per_kgg]\n",
            ":7: scene 1.sliders[0]: unknown parameter; did you mean 'launch_price_usd_per_kg'?",
        ),
        (
            "    preset: baseline-2062\n",
            ":7: scene 1.preset: no bundled preset of that name; did you mean 'baseline-2026'?",
        ),
        (
            "    preset: missing/preset.yaml\n",
            ":7: scene 1.preset: no such file",
        ),
        (
            "    params: {launch_price_usd_per_kg: 99999}\n",
            ":7: scene 1.params.launch_price_usd_per_kg: 99999 is out of range",
        ),
        (
            "    params: {launch_price_usd_per_kg: cheap}\n",
            ":7: scene 1.params.launch_price_usd_per_kg: expected a number, got 'cheap'",
        ),
        ("    boundary: energy\n", ":7: scene 1.boundary: parameters belong under 'params:'"),
        ("    chrat: year\n", ":7: scene 1.chrat: unknown key; did you mean 'chart'?"),
        ("    pin: previous\n", ":7: scene 1.pin: there is no previous scene to pin"),
        ("    axes: {z: [1, 2]}\n", ":7: scene 1.axes.z: this chart has no such axis to fix"),
        ("    axes: {y: [5, 1]}\n", ":7: scene 1.axes.y: the low end must be below the high"),
        ("    axes: fit_everything\n", ":7: scene 1.axes: 'fit_everything' is not a way"),
        ("    headline: [ratio, ratio]\n", ":7: scene 1.headline[1]: 'ratio' is listed twice"),
        ("    headline: [cost]\n", ":7: scene 1.headline[0]: unknown (allowed: earth, space"),
        (
            "    expect: {space_to_earth: above 1}\n",
            ":7: scene 1.expect.space_to_earth: not a result the model gives; did you mean",
        ),
        ("    expect: {crossover_year: soon}\n", ":7: scene 1.expect.crossover_year: 'soon' is"),
        (
            "    expect: {crossover_year: below 1 x pinned}\n",
            ":7: scene 1.expect.crossover_year: compares with the pinned scenario, but the scene",
        ),
        ("    expect: {feasible: above 1}\n", ":7: scene 1.expect.feasible: feasible is yes or no"),
        ("    caption2: {ru: x}\n", ":7: scene 1.caption2: unknown key; did you mean 'caption'?"),
    ],
)
def test_each_mistake_names_the_scene_and_the_key(extra, expected, tmp_path):
    problems = problems_of(SCENE + extra, tmp_path)
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems[0]


def test_an_unknown_chart_lists_the_charts(tmp_path):
    text = SCENE.replace("chart: year", "chart: launch_prise")
    [problem] = problems_of(text, tmp_path)
    assert problem.startswith(":5: scene 1.chart: unknown chart; did you mean 'launch_price'?")
    assert "(allowed: " + ", ".join(CHART_NAMES) + ")" in problem


def test_too_many_sliders_for_a_projector(tmp_path):
    keys = [
        "launch_price_usd_per_kg",
        "payload_t",
        "pue",
        "capacity_gw",
        "nre_busd",
        "gpu_power_kw",
    ]
    [problem] = problems_of(SCENE + f"    sliders: [{', '.join(keys)}]\n", tmp_path)
    assert f"6 given; at most {MAX_SLIDERS} fit a projector" in problem


def test_a_caption_needs_english_to_fall_back_on(tmp_path):
    text = SCENE.replace("caption: C", "caption: {ru: Подпись, zh: 标题}")
    [problem] = problems_of(text, tmp_path)
    assert problem.startswith(":6: scene 1.caption: needs its English text (en:)")


def test_a_broken_preset_is_a_problem_of_its_scene(tmp_path):
    (tmp_path / "broken.yaml").write_text("schema_version: 1\nparams:\n  pue: 9\n")
    [problem] = problems_of(SCENE + "    preset: broken.yaml\n", tmp_path)
    assert problem.startswith(":7: scene 1.preset: cannot be loaded: ")
    assert "broken.yaml:3: params.pue: 9 is out of range" in problem


def test_every_problem_of_every_scene_is_listed(tmp_path):
    text = textwrap.dedent(
        """\
        schema_version: 1
        title: T
        scenes:
          - title: A
            chart: yaer
            caption: C
          - title: B
            chart: year
          - chart: year
            caption: C
            sliders: pue
        """
    )
    assert problems_of(text, tmp_path) == [
        ":5: scene 1.chart: unknown chart; did you mean 'year'? (allowed: "
        + ", ".join(CHART_NAMES)
        + ")",
        ":7: scene 2.caption: missing",
        ":9: scene 3.title: missing",
        ":11: scene 3.sliders: expected a list of names, got 'pue'",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ": empty file; a talk is a mapping"),
        ("- a\n- b\n", ":1: a talk must be a mapping of keys"),
        ("name: x\nparams: {}\n", ":1: this is not a talk"),
        ("schema_version: 2\ntitle: T\nscenes: []\n", ":1: schema_version: written by a newer"),
        ("schema_version: 1\ntitle: T\nscenes: []\n", ":3: scenes: expected a list of scenes"),
        ("schema_version: 1\ntitle: &a T\nscenes: []\n", ":2: anchors (&name) are not allowed"),
    ],
)
def test_files_that_are_no_talk(text, expected, tmp_path):
    assert problems_of(text, tmp_path)[0].startswith(expected)


def test_only_a_regular_file_is_read(tmp_path):
    with pytest.raises(PresetError, match="a talk is a file"):
        load_talk(tmp_path, vocabulary())
    (tmp_path / "photo.yaml").write_bytes(b"\xff\xd8\xff\xe0" + bytes(40))
    with pytest.raises(PresetError, match="this is a JPEG image, not a talk"):
        load_talk(tmp_path / "photo.yaml", vocabulary())


def test_fit_scene_and_fixed_axes_are_kept(tmp_path):
    talk, _ = load_text(SCENE + "    axes: fit_scene\n", tmp_path)
    assert talk.scenes[0].axes.mode == FIT_SCENE
