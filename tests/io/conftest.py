"""Tiny valid PNGs built by hand, so PNG tests need neither Qt nor image files.

Fixtures rather than an importable module: tests run in importlib mode, where test folders are not
packages.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from explorer.io.png_text import PNG_SIGNATURE


def chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind)) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def tiny_png(width: int = 2, height: int = 1, extra: bytes = b"") -> bytes:
    """A grey RGB image; ``extra`` chunks go between IHDR and IDAT."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + extra
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def png_width(data: bytes) -> int:
    """Width from the IHDR chunk, which the PNG format puts first."""
    assert data.startswith(PNG_SIGNATURE)
    assert data[12:16] == b"IHDR"
    return struct.unpack(">I", data[16:20])[0]


@pytest.fixture
def make_png():
    return tiny_png


@pytest.fixture
def make_chunk():
    return chunk
