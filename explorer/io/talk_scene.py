"""Read one scene of a talk file, collecting every problem with the scene and the key named.

Keys of a scene (``chart``, ``title`` and ``caption`` required):

    title, preset, params, pin, chart, axes, sliders, headline, caption, notes, sources, expect
"""

from __future__ import annotations

from collections.abc import Callable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from explorer.io.errors import PresetError, Problem
from explorer.io.message import Msg
from explorer.io.preset import Preset
from explorer.io.schema import Checker, kind, line_of, read_params, read_sources
from explorer.io.talk import (
    AXES_MODES,
    ENGLISH,
    FIT_TALK,
    FIXED,
    MAX_SLIDERS,
    PIN_PREVIOUS,
    Axes,
    Pin,
    Scene,
    Text,
    Vocabulary,
)
from explorer.io.talk_expect import read_expectations
from explorer.io.values import BadValueError, parse_finite, quoted, suggest, unknown_key_message
from explorer.model.params import REGISTRY
from explorer.model.scenario import Scenario

SCENE_KEYS: tuple[str, ...] = (
    "title",
    "preset",
    "params",
    "pin",
    "chart",
    "axes",
    "sliders",
    "headline",
    "caption",
    "notes",
    "sources",
    "expect",
)
REQUIRED_SCENE_KEYS: tuple[str, ...] = ("title", "chart", "caption")
_LANGUAGE = Msg("a language code such as en, ru or zh")

PresetLoader = Callable[[str | None], Preset]
"""Loads a preset named in a talk (a bundled name or a path; None: the default preset), or
raises PresetError."""


def read_text(checker: Checker, node: Node, key: str, lines: bool = True) -> Text | None:
    """A text, or a mapping of language codes to texts with English among them."""
    if not isinstance(node, MappingNode):
        text = checker.text(node, key, lines)
        return None if text is None else Text.english(text)
    items: dict[str, str] = {}
    for code, code_node, value_node in checker.entries(node, key):
        if not (code.isascii() and code.replace("-", "_").replace("_", "").isalpha()):
            checker.add(code_node, f"{key}.{code}", Msg("not a language code"), _LANGUAGE)
            continue
        text = checker.text(value_node, f"{key}.{code}", lines)
        if text is not None:
            items[code] = text
    if ENGLISH not in items:
        checker.add(node, key, Msg("needs its English text (en:) to fall back on"), _LANGUAGE)
        return None
    english = items.pop(ENGLISH)
    return Text(((ENGLISH, english), *items.items()))


def _names(
    checker: Checker, node: Node, key: str, allowed: tuple[str, ...] | None, most: int | None
) -> tuple[str, ...] | None:
    """A list of names, each in ``allowed`` (None: a registry key), none twice."""
    if not isinstance(node, SequenceNode):
        checker.add(node, key, Msg("expected a list of names, got {got}", got=kind(node)))
        return None
    names: list[str] = []
    for i, item in enumerate(node.value):
        name = checker.text(item, f"{key}[{i}]", lines=False)
        if name is None:
            continue
        if allowed is None and name not in REGISTRY:
            checker.add(item, f"{key}[{i}]", unknown_key_message(name))
        elif allowed is not None and name not in allowed:
            checker.add(
                item,
                f"{key}[{i}]",
                Msg("unknown{hint}", hint=suggest(name, allowed)),
                ", ".join(allowed),
            )
        elif name in names:
            checker.add(item, f"{key}[{i}]", Msg("{word} is listed twice", word=quoted(name)))
        else:
            names.append(name)
    if most is not None and len(node.value) > most:
        checker.add(
            node,
            key,
            Msg("{count} given; at most {most} fit a projector", count=len(node.value), most=most),
        )
    return tuple(names)


def _range(checker: Checker, node: Node, key: str, log: bool) -> tuple[float, float] | None:
    allowed = (
        Msg("[low, high] in the axis's units, both above 0 (a log axis)")
        if log
        else Msg("[low, high] in the axis's units")
    )
    if not isinstance(node, SequenceNode) or len(node.value) != 2:
        checker.add(
            node, key, Msg("expected two numbers [low, high], got {got}", got=kind(node)), allowed
        )
        return None
    ends = []
    for item in node.value:
        if not isinstance(item, ScalarNode) or item.style is not None:
            checker.add(item, key, Msg("expected a number, got {got}", got=kind(item)), allowed)
            return None
        try:
            ends.append(parse_finite(item.value, allowed))
        except BadValueError as err:
            checker.add(item, key, err.message, err.allowed)
            return None
    low, high = ends
    if not low < high:
        checker.add(node, key, Msg("the low end must be below the high end"), allowed)
    elif log and low <= 0:
        checker.add(node, key, Msg("a log axis shows only numbers above 0"), allowed)
    else:
        return (low, high)
    return None


def _axes(checker: Checker, node: Node, key: str, chart_axes: dict[str, bool] | None) -> Axes:
    modes = ", ".join(AXES_MODES)
    if isinstance(node, ScalarNode):
        if node.value in AXES_MODES and node.style is None:
            return Axes(node.value)
        checker.add(
            node, key, Msg("{word} is not a way to set axes", word=quoted(node.value)), modes
        )
        return Axes()
    if not isinstance(node, MappingNode):
        checker.add(
            node, key, Msg("expected {modes} or a mapping of axis: [low, high]", modes=modes)
        )
        return Axes()
    ranges: dict[str, tuple[float, float]] = {}
    for axis, axis_node, value_node in checker.entries(node, key):
        if chart_axes is None:
            continue  # the chart is unknown: that one problem is enough
        if axis not in chart_axes:
            allowed = ", ".join(chart_axes) or Msg("none: this chart fits its own axes")
            checker.add(
                axis_node, f"{key}.{axis}", Msg("this chart has no such axis to fix"), allowed
            )
            continue
        span = _range(checker, value_node, f"{key}.{axis}", chart_axes[axis])
        if span is not None:
            ranges[axis] = span
    return Axes(FIXED, ranges)


class SceneReader:
    """Reads the scenes of one talk in order (a scene may pin the one before it)."""

    def __init__(self, checker: Checker, vocabulary: Vocabulary, load: PresetLoader) -> None:
        self.checker = checker
        self.vocabulary = vocabulary
        self._load = load
        self._loaded: dict[str | None, Preset | None] = {}
        self._previous: Scenario | None = None
        self._previous_title = ""

    def read(self, node: Node, number: int) -> Scene | None:
        """Scene ``number`` (from 1), or None when it has a problem (each one recorded)."""
        prefix = f"scene {number}"
        c = self.checker
        before = len(c.problems)
        if not isinstance(node, MappingNode):
            c.add(
                node,
                prefix,
                Msg("a scene is a mapping of keys (title, chart, ...), not {got}", got=kind(node)),
            )
            self._previous = None
            return None
        fields: dict[str, Node] = {}
        for key, key_node, value_node in c.entries(node, prefix):
            if key in SCENE_KEYS:
                fields[key] = value_node
            elif key in REGISTRY:
                c.add(key_node, f"{prefix}.{key}", Msg("parameters belong under 'params:'"))
            else:
                hint = suggest(key, SCENE_KEYS)
                c.add(
                    key_node,
                    f"{prefix}.{key}",
                    Msg("unknown key{hint}", hint=hint),
                    ", ".join(SCENE_KEYS),
                )
        for key in REQUIRED_SCENE_KEYS:
            if key not in fields:
                c.problems.append(
                    Problem(c.label, Msg("missing"), line_of(node), f"{prefix}.{key}")
                )
        scene = self._scene(fields, prefix)
        ok = scene is not None and len(c.problems) == before
        self._previous = scene.scenario if ok and scene is not None else None
        self._previous_title = scene.title.en if ok and scene is not None else ""
        return scene if ok else None

    def _scene(self, f: dict[str, Node], prefix: str) -> Scene | None:
        c, v = self.checker, self.vocabulary
        title = read_text(c, f["title"], f"{prefix}.title", lines=False) if "title" in f else None
        caption = read_text(c, f["caption"], f"{prefix}.caption") if "caption" in f else None
        notes = read_text(c, f["notes"], f"{prefix}.notes") if "notes" in f else Text.english("")
        chart = c.text(f["chart"], f"{prefix}.chart", lines=False) if "chart" in f else None
        if chart is not None and chart not in v.charts:
            names = tuple(v.charts)
            c.add(
                f["chart"],
                f"{prefix}.chart",
                Msg("unknown chart{hint}", hint=suggest(chart, names)),
                ", ".join(names),
            )
            chart = None
        chart_axes = dict(v.charts[chart]) if chart is not None else None
        axes = _axes(c, f["axes"], f"{prefix}.axes", chart_axes) if "axes" in f else Axes(FIT_TALK)
        sliders: tuple[str, ...] | None = ()
        if "sliders" in f:
            sliders = _names(c, f["sliders"], f"{prefix}.sliders", None, MAX_SLIDERS)
        headline: tuple[str, ...] | None = v.default_tiles
        if "headline" in f:
            headline = _names(c, f["headline"], f"{prefix}.headline", v.tiles, None)
        sources = read_sources(c, f["sources"], f"{prefix}.sources") if "sources" in f else ()
        preset_ref = None
        if "preset" in f:
            preset_ref = c.text(f["preset"], f"{prefix}.preset", lines=False)
        base = self._preset(preset_ref, f.get("preset"), f"{prefix}.preset")
        params = read_params(c, f["params"], f"{prefix}.params") if "params" in f else {}
        pin, pinned, pinned_name = None, None, ""
        if "pin" in f:
            pin, pinned, pinned_name = self._pin(f["pin"], f"{prefix}.pin")
        expect = ()
        if "expect" in f:
            expect = read_expectations(c, f["expect"], f"{prefix}.expect", v, "pin" in f)
        if None in (title, caption, notes, chart, sliders, headline, base):
            return None
        assert title and caption and notes and chart and base is not None
        assert sliders is not None and headline is not None
        return Scene(
            title=title,
            chart=chart,
            caption=caption,
            scenario=base.scenario.with_changes(params),
            reference=base.scenario,
            preset_name=base.name,
            preset_ref=preset_ref,
            params=params,
            pin=pin,
            pinned=pinned,
            pinned_name=pinned_name,
            axes=axes,
            sliders=sliders,
            headline=headline,
            notes=notes,
            sources=sources,
            expect=expect,
        )

    def _preset(self, ref: str | None, node: Node | None, key: str) -> Preset | None:
        """The preset ``ref`` names (loaded once per talk), or None with the problem recorded."""
        if ref is None and node is not None:
            return None  # the text itself was refused
        if ref not in self._loaded:
            try:
                self._loaded[ref] = self._load(ref)
            except PresetError as err:
                self._loaded[ref] = None
                self._report(err, node, key)
                return None
        return self._loaded[ref]

    def _report(self, err: PresetError, node: Node | None, key: str) -> None:
        problems = err.problems
        first = problems[0]
        line = line_of(node) if node is not None else None
        if len(problems) == 1 and first.line is None:
            self.checker.add(node, key, first.message, first.allowed)
            return
        more = Msg(" (and {count} more)", count=len(problems) - 1) if len(problems) > 1 else ""
        self.checker.problems.append(
            Problem(
                self.checker.label,
                Msg("cannot be loaded: {first}{more}", first=first, more=more),
                line,
                key,
            )
        )

    def _pin(self, node: Node, key: str) -> tuple[Pin | None, Scenario | None, str]:
        c = self.checker
        if isinstance(node, ScalarNode) and node.value == PIN_PREVIOUS and node.style is None:
            if self._previous is None:
                c.add(node, key, Msg("there is no previous scene to pin (or it has problems)"))
                return None, None, ""
            return Pin(previous=True), self._previous, self._previous_title
        if isinstance(node, MappingNode):
            fields: dict[str, Node] = {}
            for name, name_node, value_node in c.entries(node, key):
                if name in ("preset", "params"):
                    fields[name] = value_node
                else:
                    c.add(name_node, f"{key}.{name}", Msg("unknown key"), "preset, params")
            ref = c.text(fields["preset"], f"{key}.preset", False) if "preset" in fields else None
            base = self._preset(ref, fields.get("preset"), f"{key}.preset")
            params = read_params(c, fields["params"], f"{key}.params") if "params" in fields else {}
            if base is None:
                return None, None, ""
            return Pin(preset_ref=ref, params=params), base.scenario.with_changes(params), base.name
        ref = c.text(node, key, lines=False)
        base = self._preset(ref, node, key)
        if base is None:
            return None, None, ""
        return Pin(preset_ref=ref), base.scenario, base.name
