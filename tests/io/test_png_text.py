"""PNG text chunks: read tEXt, zTXt and iTXt; write iTXt; load a preset from an exported PNG."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest

from explorer.io import (
    PRESET_PNG_KEY,
    PngError,
    Preset,
    PresetError,
    add_png_text,
    dumps_preset,
    load_preset,
    read_png_text,
)
from explorer.model.scenario import Scenario


def _texts(data: bytes, *keys: str) -> dict[str, str]:
    """The texts of ``keys`` (by default the preset's) that the PNG carries."""
    found = {key: read_png_text(io.BytesIO(data), key) for key in keys or (PRESET_PNG_KEY,)}
    return {key: text for key, text in found.items() if text is not None}


def test_reads_all_three_text_chunk_kinds(make_png, make_chunk) -> None:
    extra = (
        make_chunk(b"tEXt", b"Title\x00caf\xe9")
        + make_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"squeezed"))
        + make_chunk(b"iTXt", b"Author\x00\x01\x00en\x00Autor\x00" + zlib.compress("Ø".encode()))
    )
    assert _texts(make_png(extra=extra), "Title", "Comment", "Author", "Other") == {
        "Title": "café",
        "Comment": "squeezed",
        "Author": "Ø",
    }


def test_add_then_read_back(make_png) -> None:
    text = 'schema_version: 1\nname: "Ünïcode ✓"\n'
    data = add_png_text(make_png(), PRESET_PNG_KEY, text)
    assert _texts(data) == {PRESET_PNG_KEY: text}
    # The text goes before the image data, where readers that stop early still find it.
    assert data.index(b"iTXt") < data.index(b"IDAT")


def test_adding_again_replaces(make_png) -> None:
    once = add_png_text(make_png(), PRESET_PNG_KEY, "old")
    twice = add_png_text(once, PRESET_PNG_KEY, "new")
    assert _texts(twice) == {PRESET_PNG_KEY: "new"}
    assert twice.count(b"iTXt") == 1


def test_other_chunks_untouched(make_png, make_chunk) -> None:
    base = make_png(extra=make_chunk(b"tEXt", b"Software\x00test"))
    data = add_png_text(base, PRESET_PNG_KEY, "x")
    assert _texts(data, "Software", PRESET_PNG_KEY) == {"Software": "test", PRESET_PNG_KEY: "x"}
    assert data.endswith(base[-12:])  # IEND


def test_refuses_non_png() -> None:
    with pytest.raises(PngError, match="bad signature"):
        add_png_text(b"GIF89a....", PRESET_PNG_KEY, "x")
    with pytest.raises(PngError, match="bad signature"):
        _texts(b"hello")


def test_damaged_image_data_is_detected(make_png) -> None:
    data = bytearray(make_png())
    data[data.index(b"IDAT") + 5] ^= 0x01
    with pytest.raises(PngError, match="IDAT is damaged"):
        _texts(bytes(data))


def test_compressed_text_bomb_is_capped(make_png, make_chunk) -> None:
    bomb = zlib.compress(b"a" * (50 * 1024 * 1024), 9)  # 50 MB in about 50 kB
    data = make_png(extra=make_chunk(b"zTXt", b"k\x00\x00" + bomb))
    with pytest.raises(PngError, match="inflates beyond"):
        read_png_text(io.BytesIO(data), "k", limit=1 << 20)


def test_impossible_chunk_length(make_png) -> None:
    data = bytearray(make_png())
    data[33:37] = b"\xff\xff\xff\xf0"  # length of the chunk after IHDR
    with pytest.raises(PngError):
        _texts(bytes(data))


def test_load_preset_from_exported_png(tmp_path: Path, make_png) -> None:
    preset = Preset("From a slide", Scenario({"launch_price_usd_per_kg": 250.0}), "d", ("s",))
    path = tmp_path / "chart.png"
    path.write_bytes(add_png_text(make_png(), PRESET_PNG_KEY, dumps_preset(preset)))
    loaded = load_preset(path)
    assert loaded == preset
    assert loaded.path == path


def test_png_with_other_text_only(tmp_path: Path, make_png, make_chunk) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(make_png(extra=make_chunk(b"tEXt", b"Software\x00GIMP")))
    with pytest.raises(PresetError, match="carries no preset"):
        load_preset(path)
