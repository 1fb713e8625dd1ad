"""Shared by the packaging tests: a PNG reader and a strict .desktop parser.

Fixtures rather than an importable module: tests run in importlib mode, where test folders are not
packages.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

import pytest


def read_png_header(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) of a PNG, after checking its signature and CRCs."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, header, kinds = 8, None, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in chunk {kind!r}"
        if kind == b"IHDR":
            header = struct.unpack(">IIBB", body[:10])
        kinds.append(kind)
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND", kinds
    assert header is not None
    return header


def parse_entry(text: str) -> dict[str, dict[str, str]]:
    """A strict reader of the freedesktop desktop-entry format: groups, Key=Value, comments.

    Rejects what the specification forbids and what desktop-file-validate would reject: keys
    outside a group, duplicate groups or keys, lines that are neither, bad key characters.
    """
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            assert line.endswith("]"), f"line {number}: bad group header {line!r}"
            name = line[1:-1]
            assert name not in groups, f"line {number}: duplicate group {name!r}"
            current = groups[name] = {}
            continue
        assert current is not None, f"line {number}: key outside a group"
        key, sep, value = line.partition("=")
        assert sep, f"line {number}: not Key=Value: {line!r}"
        key = key.rstrip()
        base = key.split("[", 1)[0]
        assert base and all(c.isalnum() or c == "-" for c in base), f"line {number}: key {key!r}"
        assert key not in current, f"line {number}: duplicate key {key!r}"
        current[key] = value.lstrip()
    return groups


@pytest.fixture(scope="session")
def png_header() -> Callable[[bytes], tuple[int, int, int, int]]:
    return read_png_header


@pytest.fixture(scope="session")
def parse_desktop_entry() -> Callable[[str], dict[str, dict[str, str]]]:
    return parse_entry
