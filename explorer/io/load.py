"""Load a preset from a YAML file, from a PNG exported by the explorer, or from a text."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from explorer.io.errors import PresetError
from explorer.io.png_text import PNG_SIGNATURE, PngError, read_png_texts
from explorer.io.preset import PRESET_PNG_KEY, Preset
from explorer.io.schema import build_preset
from explorer.io.yaml_strict import MAX_BYTES, compose, decode, read_limited


def loads_preset(text: str, label: str = "<text>", default_name: str = "untitled") -> Preset:
    """The preset written in ``text``; problems name ``label`` as their file."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise PresetError.single(label, f"preset text is larger than {MAX_BYTES:,} bytes")
    return build_preset(compose(text, label), label, default_name)


def _png_preset_text(stream: BinaryIO, label: str) -> str:
    """The preset YAML a PNG carries; PNG data is streamed, so a large image costs no memory."""
    try:
        texts = read_png_texts(stream, MAX_BYTES)
    except PngError as err:
        raise PresetError.single(label, f"damaged PNG: {err}") from None
    if PRESET_PNG_KEY not in texts:
        raise PresetError.single(
            label,
            f"this PNG carries no preset (no {PRESET_PNG_KEY!r} text chunk); only charts "
            "exported by the explorer do",
        )
    return texts[PRESET_PNG_KEY]


def _read_text(path: Path) -> str:
    label = str(path)
    try:
        if path.is_file():
            with path.open("rb") as handle:
                if handle.read(len(PNG_SIGNATURE)) == PNG_SIGNATURE:
                    handle.seek(0)
                    return _png_preset_text(handle, label)
    except OSError:
        pass  # read_limited below says why the file cannot be read
    return decode(read_limited(path), label)


def load_preset(path: str | os.PathLike[str]) -> Preset:
    """Load and check a preset file (YAML, or a PNG exported with its preset).

    Raises PresetError listing every problem, each naming the file and, where there is one, the
    line and the key.
    """
    path = Path(path)
    preset = loads_preset(_read_text(path), str(path), default_name=path.stem)
    return Preset(preset.name, preset.scenario, preset.description, preset.sources, path)


def load_preset_bytes(data: bytes, label: str, default_name: str = "untitled") -> Preset:
    """A preset from bytes already in memory (a bundled resource, a dropped PNG)."""
    if data.startswith(PNG_SIGNATURE):
        return loads_preset(_png_preset_text(io.BytesIO(data), label), label, default_name)
    if len(data) > MAX_BYTES:
        raise PresetError.single(label, f"file is larger than {MAX_BYTES:,} bytes")
    return loads_preset(decode(data, label), label, default_name)
