"""Load a talk from a YAML file or a text, the bundled talks, and save one atomically.

Read as presets are (``load.py``): only a regular file, its size checked before it is read, the
same strict YAML and the same messages. A preset a scene names is a bundled preset's name, or a
file (a name with a folder or a ``.yaml``/``.png`` ending) relative to the talk's folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from explorer.io.atomic import atomic_write_text
from explorer.io.bundled import DEFAULT_PRESET, load_bundled
from explorer.io.errors import PresetError
from explorer.io.load import load_preset
from explorer.io.message import Msg
from explorer.io.preset import Preset
from explorer.io.regular_file import open_regular, read_problems
from explorer.io.safe_text import LINE_BREAKS, first_unsafe
from explorer.io.save import double_quoted, format_number
from explorer.io.sniff import HEAD_BYTES, describe_content
from explorer.io.talk import FIXED, TALK_SCHEMA_VERSION, Axes, Pin, Scene, Talk, Text, Vocabulary
from explorer.io.talk_scene import PresetLoader
from explorer.io.talk_schema import build_talk
from explorer.io.values import suggest
from explorer.io.yaml_strict import MAX_BYTES, compose, decode
from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY, REGISTRY

TALK_SUFFIXES = (".yaml", ".yml")
TEXT_KEYS = ("title", "caption", "notes")
HEADER = (
    "# Space-vs-Earth AI Explorer talk: scenes in order, each a scenario on one chart.\n"
    "# `space-ai-explorer talk THIS_FILE` presents it; the README describes every key.\n"
)


def preset_loader(base_dir: Path | None) -> PresetLoader:
    """Loads what a scene names: None is the default preset; a bare name a bundled preset; a
    name with a folder or a preset's ending a file, relative to ``base_dir``."""

    def load(ref: str | None) -> Preset:
        if ref is None:
            return load_bundled(DEFAULT_PRESET)
        path = Path(ref)
        if os.sep in ref or "/" in ref or path.suffix.lower() in (*TALK_SUFFIXES, ".png"):
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            return load_preset(path)
        return load_bundled(ref)

    return load


def loads_talk(
    text: str, vocabulary: Vocabulary, label: str = "<text>", base_dir: Path | None = None
) -> Talk:
    """The talk written in ``text``; its problems name ``label`` as their file."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise PresetError.single(
            label, Msg("talk text is larger than {max_bytes} bytes", max_bytes=MAX_BYTES)
        )
    return build_talk(compose(text, label), label, vocabulary, preset_loader(base_dir))


def _read_text(path: Path) -> str:
    label = str(path)
    with read_problems(label, lambda why: Msg("{strerror}; a talk is a file", strerror=why)):
        handle, size = open_regular(path)
        with handle:
            head = handle.read(HEAD_BYTES)
            what = describe_content(head)
            if what is not None:
                raise PresetError.single(
                    label, Msg("this is {what}, not a talk (a .yaml file)", what=what)
                )
            if size > MAX_BYTES:
                raise PresetError.single(
                    label,
                    Msg(
                        "file is {size} bytes; a talk may be at most {max_bytes} bytes",
                        size=size,
                        max_bytes=MAX_BYTES,
                    ),
                )
            data = head + handle.read(MAX_BYTES + 1 - len(head))
    if len(data) > MAX_BYTES:
        raise PresetError.single(
            label, Msg("file is larger than {max_bytes} bytes", max_bytes=MAX_BYTES)
        )
    return decode(data, label)


def load_talk(path: str | os.PathLike[str], vocabulary: Vocabulary) -> Talk:
    """Load and check a talk file; PresetError lists every problem (file, line, scene, key)."""
    path = Path(path)
    talk = loads_talk(_read_text(path), vocabulary, str(path), path.parent)
    return Talk(talk.title, talk.scenes, talk.author, talk.description, talk.sources, path)


def bundled_talks() -> dict[str, Traversable]:
    """{name: resource} of every bundled talk, sorted by name."""
    folder = files("explorer.bundled_presets").joinpath("talks")
    if not folder.is_dir():
        return {}
    found = {
        entry.name.removesuffix(".yaml"): entry
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and entry.is_file()
    }
    return dict(sorted(found.items()))


def resolve_talk(name_or_path: str | os.PathLike[str], vocabulary: Vocabulary) -> Talk:
    """A talk file, or else the bundled talk of that name."""
    path = Path(name_or_path)
    if path.exists() or os.sep in str(name_or_path) or path.suffix.lower() in TALK_SUFFIXES:
        return load_talk(path, vocabulary)
    talks = bundled_talks()
    name = str(name_or_path)
    if name not in talks:
        raise PresetError.single(
            name,
            Msg("no bundled talk of that name{hint}", hint=suggest(name, list(talks))),
            allowed=", ".join(talks),
        )
    resource = talks[name]
    if isinstance(resource, Path):
        return load_talk(resource, vocabulary)
    text = decode(resource.read_bytes(), f"{name}.yaml")
    return loads_talk(text, vocabulary, f"{name}.yaml")


# --- saving ------------------------------------------------------------------------------------
def _text(key: str, text: Text, indent: str) -> list[str]:
    if len(text.items) == 1:
        return [f"{indent}{key}: {double_quoted(text.en)}"]
    return [f"{indent}{key}:"] + [
        f"{indent}  {code}: {double_quoted(value)}" for code, value in text.items
    ]


def _params(key: str, params: Mapping[str, float | str], indent: str) -> list[str]:
    if not params:
        return []
    lines = [f"{indent}{key}:"]
    for name in (k for k in REGISTRY if k in params):
        if name in CHOICES_BY_KEY:
            lines.append(f"{indent}  {name}: {params[name]}")
        else:
            param = PARAMS_BY_KEY[name]
            value = format_number(float(params[name]), param.integer)
            lines.append(f"{indent}  {name}: {value}  # {param.unit}")
    return lines


def _pin(pin: Pin) -> list[str]:
    if pin.previous:
        return ["    pin: previous"]
    if not pin.params and pin.preset_ref is not None:
        return [f"    pin: {double_quoted(pin.preset_ref)}"]
    lines = ["    pin:"]
    if pin.preset_ref is not None:
        lines.append(f"      preset: {double_quoted(pin.preset_ref)}")
    return lines + _params("params", pin.params, "      ")


def _axes(axes: Axes) -> list[str]:
    if axes.mode != FIXED:
        return [f"    axes: {axes.mode}"]
    spans = ", ".join(
        f"{axis}: [{format_number(low)}, {format_number(high)}]"
        for axis, (low, high) in axes.ranges.items()
    )
    return [f"    axes: {{{spans}}}"]


def _scene(scene: Scene) -> list[str]:
    lines = _text("title", scene.title, "    ")
    lines[0] = "  - " + lines[0][4:]  # the first key of a list item carries the dash
    if scene.preset_ref is not None:
        lines.append(f"    preset: {double_quoted(scene.preset_ref)}")
    lines += _params("params", scene.params, "    ")
    if scene.pin is not None:
        lines += _pin(scene.pin)
    lines.append(f"    chart: {scene.chart}")
    lines += _axes(scene.axes)
    lines.append(f"    sliders: [{', '.join(scene.sliders)}]")
    lines.append(f"    headline: [{', '.join(scene.headline)}]")
    lines += _text("caption", scene.caption, "    ")
    if scene.notes.en or len(scene.notes.items) > 1:
        lines += _text("notes", scene.notes, "    ")
    if scene.sources:
        lines.append("    sources:")
        lines += [f"      - {double_quoted(source)}" for source in scene.sources]
    if scene.expect:
        lines.append("    expect:")
        by_key: dict[str, list[str]] = {}
        for e in scene.expect:
            by_key.setdefault(e.key, []).append(double_quoted(e.text))
        lines += [f"      {key}: [{', '.join(texts)}]" for key, texts in by_key.items()]
    return lines


def _refuse_unsafe(talk: Talk) -> None:
    """Loading refuses control characters, so saving them would write a file that cannot be
    opened."""
    texts = [("title", talk.title), ("description", talk.description)]
    for number, scene in enumerate(talk.scenes, start=1):
        texts += [(f"scene {number}.{key}", getattr(scene, key)) for key in TEXT_KEYS]
    for key, text in texts:
        keep = "" if key.endswith("title") else LINE_BREAKS
        for _code, value in text.items:
            bad = first_unsafe(value, keep)
            if bad is not None:
                raise ValueError(f"{key}: control character U+{ord(bad):04X} cannot be saved")
    for key, value in [("author", talk.author), *(("sources", s) for s in talk.sources)]:
        bad = first_unsafe(value, "" if key == "author" else LINE_BREAKS)
        if bad is not None:
            raise ValueError(f"{key}: control character U+{ord(bad):04X} cannot be saved")


def dumps_talk(talk: Talk) -> str:
    """The YAML text of ``talk``: loading it gives back the same talk."""
    _refuse_unsafe(talk)
    lines = [HEADER.rstrip("\n"), f"schema_version: {TALK_SCHEMA_VERSION}"]
    lines += _text("title", talk.title, "")
    if talk.author:
        lines.append(f"author: {double_quoted(talk.author)}")
    if talk.description.en or len(talk.description.items) > 1:
        lines += _text("description", talk.description, "")
    if talk.sources:
        lines.append("sources:")
        lines += [f"  - {double_quoted(source)}" for source in talk.sources]
    lines.append("scenes:")
    for scene in talk.scenes:
        lines += _scene(scene)
    return "\n".join(lines) + "\n"


def save_talk(talk: Talk, path: str | os.PathLike[str], keep_backup: bool = True) -> None:
    """Save atomically: the old file stays whole until the new one is complete (kept as
    ``<name>.bak`` unless ``keep_backup`` is false)."""
    atomic_write_text(path, dumps_talk(talk), keep_backup)
