"""Name what a file is from its first bytes, so refusing it can say "this is a JPEG image".

A preset is YAML text or a PNG exported by the explorer; a renamed photo or document used to be
refused as "a preset may be at most 131,072 bytes", which sends the user looking for the wrong fix.
"""

from __future__ import annotations

from explorer.io.message import Msg
from explorer.io.png_text import PNG_SIGNATURE

HEAD_BYTES = 16

_SIGNATURES: tuple[tuple[bytes, Msg], ...] = (
    (b"\xff\xd8\xff", Msg("a JPEG image")),
    (b"GIF87a", Msg("a GIF image")),
    (b"GIF89a", Msg("a GIF image")),
    (b"II*\x00", Msg("a TIFF image")),
    (b"MM\x00*", Msg("a TIFF image")),
    (b"\x00\x00\x01\x00", Msg("an icon (ICO)")),
    (b"%PDF-", Msg("a PDF document")),
    (b"PK\x03\x04", Msg("a ZIP archive (or an office document)")),
    (b"\x1f\x8b", Msg("a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", Msg("a 7-Zip archive")),
    (b"\xfd7zXZ\x00", Msg("an xz archive")),
    (b"\x7fELF", Msg("a program (ELF)")),
    (b"SQLite format 3\x00", Msg("an SQLite database")),
)


def describe_content(head: bytes) -> Msg | None:
    """What the first bytes of a file say it is ("a JPEG image"), or None for text or unknown."""
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return Msg("a WebP image")
    if head.startswith(b"BM") and head[6:10] == b"\x00\x00\x00\x00":
        return Msg("a BMP image")
    if head[4:8] == b"ftyp":
        return Msg("an HEIC, AVIF or MP4 file")
    if head.startswith(b"\x89PNG") and not head.startswith(PNG_SIGNATURE):
        # The signature holds CR LF and LF so that text-mode transfers show up as damage.
        return Msg("a damaged PNG (its signature is wrong, as after a text-mode transfer)")
    return next((name for magic, name in _SIGNATURES if head.startswith(magic)), None)
