"""Name what a file is from its first bytes, so refusing it can say "this is a JPEG image".

A preset is YAML text or a PNG exported by the explorer; a renamed photo or document used to be
refused as "a preset may be at most 131,072 bytes", which sends the user looking for the wrong fix.
"""

from __future__ import annotations

from explorer.io.png_text import PNG_SIGNATURE

HEAD_BYTES = 16

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon (ICO)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def describe_content(head: bytes) -> str | None:
    """What the first bytes of a file say it is ("a JPEG image"), or None for text or unknown."""
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    if head.startswith(b"BM") and head[6:10] == b"\x00\x00\x00\x00":
        return "a BMP image"
    if head[4:8] == b"ftyp":
        return "an HEIC, AVIF or MP4 file"
    if head.startswith(b"\x89PNG") and not head.startswith(PNG_SIGNATURE):
        # The signature holds CR LF and LF so that text-mode transfers show up as damage.
        return "a damaged PNG (its signature is wrong, as after a text-mode transfer)"
    return next((name for magic, name in _SIGNATURES if head.startswith(magic)), None)
