"""A talk as the window shows it: each scene as a session (its scenario, the preset it comes from
drawn dashed, its comparison drawn dotted), and each scene's axes.

The window evaluates what it shows through its controller; the frames here are what the command
line's handout and slides draw, what the axes that hold over the whole talk are fitted to, and
what the captions' checks test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from explorer.io import Preset
from explorer.io.talk import FIT_SCENE, FIXED, Scene, Talk
from explorer.model import Results, Scenario, evaluate
from explorer.present.figures import FigureBuilder
from explorer.present.figures.frame import Frame
from explorer.present.session import Session
from explorer.present.talk.axes import FIXABLE, Span, data_y, padded, union
from explorer.present.text.translate import current_language
from explorer.present.uncertainty import UncertaintySettings, compute_tornado


def scene_session(scene: Scene, uncertainty: UncertaintySettings) -> Session:
    """The session that shows ``scene``: its scenario as the document (so nothing reads as
    unsaved), the preset it starts from as the reference, its pin as the pinned scenario."""
    language = current_language().code
    preset = Preset(
        scene.title.in_language(language),
        scene.scenario,
        scene.caption.in_language(language),
        scene.sources,
    )
    return Session(
        preset,
        None,
        scene.reference,
        scene.scenario,
        pinned=scene.pinned,
        uncertainty=replace(uncertainty, bands=False),
    )


def scene_frame(scene: Scene, evaluator: Callable[[Scenario], Results] = evaluate) -> Frame:
    """The scene evaluated: its scenario, its preset's and its pinned scenario, and the tornado
    (what a chart of the scene draws when nothing is dragged)."""
    current = evaluator(scene.scenario)
    reference = evaluator(scene.reference)
    pinned = evaluator(scene.pinned) if scene.pinned is not None else None
    tornado = compute_tornado(current, "crossover_year") if scene.chart == "tornado" else None
    return Frame(current, reference, pinned, tornado=tornado)


def talk_frames(talk: Talk) -> list[Frame]:
    """Every scene evaluated, in order."""
    return [scene_frame(scene) for scene in talk.scenes]


def scene_spans(talk: Talk, frames: Sequence[Frame] | None = None) -> list[dict[str, Span]]:
    """Each scene's fixed axes (data units), by axis name.

    A scene's own ranges are kept; "fit_scene" fits its y axis to its own data; otherwise the y
    axis holds one range over every scene of the talk that fits the talk on the same chart, so the
    curves of successive scenes move against the same axes. Axes a chart cannot fix are left to it.
    """
    frames = list(frames) if frames is not None else talk_frames(talk)
    builder = FigureBuilder()
    own: list[Span | None] = []
    for scene, frame in zip(talk.scenes, frames, strict=True):
        if scene.chart in FIXABLE:
            figure = builder.build(frame, (scene.chart,)).charts[scene.chart]
            own.append(data_y(scene.chart, figure))
        else:
            own.append(None)
    fits_talk = [
        scene.axes.mode != FIT_SCENE and "y" not in scene.axes.ranges for scene in talk.scenes
    ]
    shared: dict[str, Span | None] = {}
    for scene, span, shares in zip(talk.scenes, own, fits_talk, strict=True):
        if shares:
            shared[scene.chart] = union(shared.get(scene.chart), span)
    spans: list[dict[str, Span]] = []
    for scene, span, shares in zip(talk.scenes, own, fits_talk, strict=True):
        out: dict[str, Span] = dict(scene.axes.ranges) if scene.axes.mode == FIXED else {}
        fitted = shared.get(scene.chart) if shares else span
        if "y" not in out and fitted is not None:
            log = FIXABLE[scene.chart].axes["y"].log
            out["y"] = padded(fitted, log)
        spans.append(out)
    return spans
