"""Load a preset from a YAML file, from a PNG exported by the explorer, or from a text.

Only a regular file is read (a FIFO, a device or a folder is refused before anything is read from
it, so nothing blocks), and its size is checked before reading.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from explorer.io.errors import PresetError
from explorer.io.message import Msg
from explorer.io.png_text import PNG_SIGNATURE, PngError, read_png_text
from explorer.io.preset import PRESET_PNG_KEY, Preset
from explorer.io.regular_file import open_regular, read_problems
from explorer.io.safe_text import excerpt
from explorer.io.schema import build_preset
from explorer.io.sniff import HEAD_BYTES, describe_content
from explorer.io.yaml_strict import MAX_BYTES, compose, decode

# An exported PNG is a few megabytes at most; a photo of hundreds of megabytes is not a preset.
MAX_PNG_BYTES = 256 * 1024 * 1024


def loads_preset(text: str, label: str = "<text>", default_name: str = "untitled") -> Preset:
    """The preset written in ``text``; problems name ``label`` as their file."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise PresetError.single(
            label, Msg("preset text is larger than {max_bytes} bytes", max_bytes=MAX_BYTES)
        )
    return build_preset(compose(text, label), label, default_name)


def _png_preset_text(stream: BinaryIO, label: str) -> str:
    """The preset YAML a PNG carries; PNG data is streamed, so a large image costs no memory."""
    try:
        text = read_png_text(stream, PRESET_PNG_KEY, MAX_BYTES)
    except PngError as err:
        raise PresetError.single(label, Msg("damaged or unusual PNG: {err}", err=err)) from None
    if text is None:
        raise PresetError.single(
            label,
            Msg(
                "this PNG carries no preset (no {preset_png_key} text chunk); only charts "
                "exported by the explorer do",
                preset_png_key=repr(PRESET_PNG_KEY),
            ),
        )
    return text


def _refuse_content(label: str, head: bytes) -> None:
    kind = describe_content(head)
    if kind is not None:
        raise PresetError.single(
            label,
            Msg(
                "this is {kind}, not a preset (a .yaml file or a PNG exported by the explorer)",
                kind=kind,
            ),
        )


def _read_from(handle: BinaryIO, size: int, label: str) -> str:
    head = handle.read(HEAD_BYTES)
    if head.startswith(PNG_SIGNATURE):
        if size > MAX_PNG_BYTES:
            raise PresetError.single(
                label,
                Msg(
                    "PNG of {size} bytes; an exported chart is at most {max_png_bytes}",
                    size=size,
                    max_png_bytes=MAX_PNG_BYTES,
                ),
            )
        handle.seek(0)
        return _png_preset_text(handle, label)
    _refuse_content(label, head)
    if size > MAX_BYTES:
        raise PresetError.single(
            label,
            Msg(
                "file is {size} bytes; a preset may be at most {max_bytes} bytes",
                size=size,
                max_bytes=MAX_BYTES,
            ),
        )
    # The size may change between stat and read (a file still being written).
    data = head + handle.read(MAX_BYTES + 1 - len(head))
    if len(data) > MAX_BYTES:
        raise PresetError.single(
            label, Msg("file is larger than {max_bytes} bytes", max_bytes=MAX_BYTES)
        )
    return decode(data, label)


def _read_text(path: Path) -> str:
    label = str(path)
    with read_problems(label, lambda why: Msg("{strerror}; a preset is a file", strerror=why)):
        handle, size = open_regular(path)
        with handle:
            return _read_from(handle, size, label)


def load_preset(path: str | os.PathLike[str]) -> Preset:
    """Load and check a preset file (YAML, or a PNG exported with its preset).

    Raises PresetError listing every problem, each naming the file and, where there is one, the
    line and the key.
    """
    path = Path(path)
    text = _read_text(path)
    preset = loads_preset(text, str(path), default_name=excerpt(path.stem, 80))
    return Preset(preset.name, preset.scenario, preset.description, preset.sources, path)


def load_preset_bytes(data: bytes, label: str, default_name: str = "untitled") -> Preset:
    """A preset from bytes already in memory (a bundled resource, a dropped PNG)."""
    if data.startswith(PNG_SIGNATURE):
        return loads_preset(_png_preset_text(io.BytesIO(data), label), label, default_name)
    _refuse_content(label, data[:HEAD_BYTES])
    if len(data) > MAX_BYTES:
        raise PresetError.single(
            label, Msg("file is larger than {max_bytes} bytes", max_bytes=MAX_BYTES)
        )
    return loads_preset(decode(data, label), label, default_name)
