"""Hostile and unusual PNGs: bounded in total, never ambiguous, other metadata of any size ignored,
and a file that is not a PNG named for what it is."""

from __future__ import annotations

import io
import tracemalloc
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

PRESET = Preset("Slide", Scenario({"launch_price_usd_per_kg": 250.0}), "about it", ("a source",))


def _itxt(key: str, text: bytes, compressed: bool = False) -> bytes:
    body = zlib.compress(text) if compressed else text
    return key.encode("latin-1") + b"\x00" + bytes([compressed, 0]) + b"\x00\x00" + body


def _ztxt(key: str, text: bytes) -> bytes:
    return key.encode("latin-1") + b"\x00\x00" + zlib.compress(text, 9)


def test_a_bomb_spread_over_thousands_of_small_chunks_costs_nothing(
    tmp_path: Path, make_png, make_chunk
) -> None:
    # 4,000 chunks of about 500 bytes, each inflating to 512 KB: 2 GB if they were all inflated.
    piece = make_chunk(b"zTXt", _ztxt("Comment", b"a" * (512 * 1024)))
    assert len(piece) < 1024
    path = tmp_path / "bomb.png"
    path.write_bytes(
        add_png_text(make_png(extra=piece * 4000), PRESET_PNG_KEY, dumps_preset(PRESET))
    )
    tracemalloc.start()
    try:
        loaded = load_preset(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert loaded == PRESET
    assert peak < 8 * 1024 * 1024


def test_the_preset_keyword_in_many_chunks_is_refused_at_the_second(
    tmp_path: Path, make_png, make_chunk
) -> None:
    piece = make_chunk(b"zTXt", _ztxt(PRESET_PNG_KEY, b"a" * (100 * 1024)))
    path = tmp_path / "bomb.png"
    path.write_bytes(make_png(extra=piece * 4000))
    with pytest.raises(PresetError, match="two 'space-ai-explorer-preset' texts"):
        load_preset(path)


def test_two_embedded_presets_are_refused(tmp_path: Path, make_png, make_chunk) -> None:
    other = Preset("Other", Scenario({"launch_price_usd_per_kg": 900.0}))
    first = add_png_text(make_png(), PRESET_PNG_KEY, dumps_preset(PRESET))
    # The second after the image data, where a reader that stops early would never look.
    end = first.rindex(b"IEND") - 4
    second = make_chunk(b"iTXt", _itxt(PRESET_PNG_KEY, dumps_preset(other).encode()))
    path = tmp_path / "two.png"
    path.write_bytes(first[:end] + second + first[end:])
    with pytest.raises(PresetError, match=r"two .* texts; which one is meant cannot be told"):
        load_preset(path)


def test_a_preset_after_the_image_data_is_found(tmp_path: Path, make_png, make_chunk) -> None:
    png = make_png()
    end = png.rindex(b"IEND") - 4
    chunk = make_chunk(b"iTXt", _itxt(PRESET_PNG_KEY, dumps_preset(PRESET).encode(), True))
    path = tmp_path / "late.png"
    path.write_bytes(png[:end] + chunk + png[end:])
    assert load_preset(path) == PRESET


def test_a_photos_large_xmp_packet_is_ignored(tmp_path: Path, make_png, make_chunk) -> None:
    xmp = b"<x:xmpmeta>" + b" " * (300 * 1024) + b"</x:xmpmeta>"
    extra = make_chunk(b"iTXt", _itxt("XML:com.adobe.xmp", xmp)) + make_chunk(
        b"tEXt", b"Comment\x00" + b"c" * (3 * 1024 * 1024)
    )
    path = tmp_path / "photo.png"
    path.write_bytes(add_png_text(make_png(extra=extra), PRESET_PNG_KEY, dumps_preset(PRESET)))
    assert load_preset(path) == PRESET


def test_a_preset_text_over_the_cap_is_refused(make_png, make_chunk) -> None:
    data = make_png(extra=make_chunk(b"iTXt", _itxt(PRESET_PNG_KEY, b"x" * 5000)))
    with pytest.raises(PngError, match="exceeds 4,096"):
        read_png_text(io.BytesIO(data), PRESET_PNG_KEY, limit=4096)


def test_chunk_count_and_time_are_bounded(make_png, make_chunk) -> None:
    data = make_png(extra=make_chunk(b"tEXt", b"a\x00b") * 200)
    with pytest.raises(PngError, match="more than 100 chunks"):
        read_png_text(io.BytesIO(data), PRESET_PNG_KEY, max_chunks=100)
    with pytest.raises(PngError, match="longer than 0 s"):
        read_png_text(io.BytesIO(data), PRESET_PNG_KEY, max_seconds=0)
    assert read_png_text(io.BytesIO(data), PRESET_PNG_KEY) is None


@pytest.mark.parametrize(
    ("head", "says"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "this is a JPEG image, not a preset"),
        (b"GIF89a\x01\x00\x01\x00", "this is a GIF image"),
        (b"%PDF-1.7\n", "this is a PDF document"),
        (b"PK\x03\x04\x14\x00", "this is a ZIP archive"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "this is a WebP image"),
        (b"\x89PNG\n\x1a\n\x00\x00", "this is a damaged PNG"),
    ],
)
def test_a_file_that_is_not_a_preset_is_named(tmp_path: Path, head: bytes, says: str) -> None:
    # Large, as photos are: the kind is named rather than the size limit.
    path = tmp_path / "slide.png"
    path.write_bytes(head + bytes(300 * 1024))
    with pytest.raises(PresetError, match=says):
        load_preset(path)


def test_an_exported_chart_with_a_large_xmp_packet_still_opens(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from explorer.ui.export import export_png

    path = tmp_path / "chart.png"
    export_png(PRESET.scenario, "breakdown", path, width=640, preset_name=PRESET.name)
    xmp = b"<x:xmpmeta>" + b"x" * (300 * 1024) + b"</x:xmpmeta>"
    path.write_bytes(add_png_text(path.read_bytes(), "XML:com.adobe.xmp", xmp.decode()))
    assert load_preset(path).scenario == PRESET.scenario
