"""Read and write PNG text chunks (tEXt, zTXt, iTXt) in pure Python.

Exported charts carry their preset in a text chunk, so a slide can be reopened as a preset. The
reader checks the signature and every chunk's CRC, and bounds what it will hold in memory: chunk
data other than text is streamed through the CRC, and compressed text is inflated to a cap, so a
damaged or hostile PNG costs neither time nor memory.
"""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TEXT_TYPES = (b"tEXt", b"zTXt", b"iTXt")
MAX_TEXT_BYTES = 1 << 20
_STREAM_BLOCK = 1 << 20


class PngError(ValueError):
    """The PNG is damaged or is not a PNG; the message says what was found."""


def _crc(kind: bytes, data: bytes) -> int:
    return zlib.crc32(data, zlib.crc32(kind)) & 0xFFFFFFFF


def _inflate(data: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as err:
        raise PngError(f"compressed text chunk is damaged ({err})") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise PngError(f"compressed text chunk inflates beyond {limit:,} bytes")
    if not inflater.eof:
        # zlib returns what it could decode from a cut or corrupted stream without complaint.
        raise PngError("compressed text chunk is damaged (its zlib stream does not end)")
    return out


def _decode_text(kind: bytes, data: bytes, limit: int) -> tuple[str, str]:
    keyword, sep, rest = data.partition(b"\x00")
    if not sep:
        raise PngError(f"{kind.decode()} chunk has no keyword separator")
    key = keyword.decode("latin-1")
    if kind == b"tEXt":
        return key, rest.decode("latin-1")
    if kind == b"zTXt":
        if rest[:1] != b"\x00":
            raise PngError("zTXt chunk uses an unknown compression method")
        return key, _inflate(rest[1:], limit).decode("latin-1")
    if len(rest) < 2:
        raise PngError("iTXt chunk is truncated")
    compressed, method = rest[0], rest[1]
    _language, _, rest = rest[2:].partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    if compressed:
        if method != 0:
            raise PngError("iTXt chunk uses an unknown compression method")
        text = _inflate(text, limit)
    try:
        return key, text.decode("utf-8")
    except UnicodeDecodeError:
        raise PngError(f"iTXt chunk {key!r} is not valid UTF-8") from None


def _read_exact(stream: BinaryIO, size: int, what: str) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise PngError(f"file ends inside {what} (truncated PNG)")
    return data


def _skip_checked(stream: BinaryIO, kind: bytes, length: int) -> int:
    crc = zlib.crc32(kind)
    left = length
    while left:
        block = _read_exact(stream, min(left, _STREAM_BLOCK), f"chunk {kind.decode('latin-1')}")
        crc = zlib.crc32(block, crc)
        left -= len(block)
    return crc & 0xFFFFFFFF


def read_png_texts(stream: BinaryIO, limit: int = MAX_TEXT_BYTES) -> dict[str, str]:
    """All text chunks of a PNG as {keyword: text}; PngError if the file is damaged."""
    if stream.read(len(PNG_SIGNATURE)) != PNG_SIGNATURE:
        raise PngError("not a PNG file (bad signature)")
    texts: dict[str, str] = {}
    while True:
        length, kind = struct.unpack(">I4s", _read_exact(stream, 8, "a chunk header"))
        name = kind.decode("latin-1")
        if not kind.isalpha():
            raise PngError(f"damaged chunk header ({kind!r})")
        if length > 0x7FFFFFFF:
            raise PngError(f"chunk {name} claims an impossible length ({length:,})")
        if kind in TEXT_TYPES:
            if length > limit:
                raise PngError(f"{name} chunk of {length:,} bytes exceeds {limit:,}")
            data = _read_exact(stream, length, f"chunk {name}")
            crc = _crc(kind, data)
        else:
            data, crc = b"", _skip_checked(stream, kind, length)
        (stored,) = struct.unpack(">I", _read_exact(stream, 4, f"the CRC of chunk {name}"))
        if stored != crc:
            raise PngError(f"chunk {name} is damaged (CRC mismatch)")
        if kind in TEXT_TYPES:
            key, text = _decode_text(kind, data, limit)
            texts.setdefault(key, text)
        if kind == b"IEND":
            return texts


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", _crc(kind, data))


def add_png_text(png: bytes, key: str, text: str) -> bytes:
    """``png`` with an uncompressed iTXt chunk ``key`` = ``text`` placed before the image data.

    A text chunk with the same keyword is replaced, so exporting over a file never stacks presets.
    """
    if not png.startswith(PNG_SIGNATURE):
        raise PngError("not a PNG file (bad signature)")
    if not 1 <= len(key) <= 79 or "\x00" in key:
        raise ValueError("a PNG keyword has 1 to 79 characters and no NUL")
    new = _chunk(b"iTXt", key.encode("latin-1") + b"\x00\x00\x00\x00\x00" + text.encode("utf-8"))
    out = [PNG_SIGNATURE]
    pos, inserted = len(PNG_SIGNATURE), False
    while pos < len(png):
        if pos + 8 > len(png):
            raise PngError("file ends in the middle of a chunk header (truncated PNG)")
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        end = pos + 12 + length
        if end > len(png):
            raise PngError("file ends in the middle of a chunk (truncated PNG)")
        chunk = png[pos:end]
        pos = end
        if kind in TEXT_TYPES and chunk[8 : 8 + len(key) + 1] == key.encode("latin-1") + b"\x00":
            continue
        if kind in (b"IDAT", b"IEND") and not inserted:
            out.append(new)
            inserted = True
        out.append(chunk)
        if kind == b"IEND":
            break
    if not inserted:
        raise PngError("PNG has no IEND chunk (truncated PNG)")
    return b"".join(out)
