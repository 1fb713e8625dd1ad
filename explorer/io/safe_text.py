"""Text from files and file names made safe to print on a terminal or show in a dialog.

A preset's name may carry an escape sequence (YAML's ``"\\e[2K\\rok"``) that erases a terminal line
and prints a fake "ok"; a file name may hold bytes that are not UTF-8 (Python keeps them as lone
surrogates, which no terminal can print); a right-to-left override turns "gpj.exe" around. Here
every such character is shown as an escape (``\\x1b``, ``\\xff``, ``\\u202e``) and long text is cut
to an excerpt, so a message never replays or dumps what a file holds.
"""

from __future__ import annotations

import unicodedata

# Bidirectional embeddings, overrides and isolates: they reorder the text around them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ELLIPSIS = "…"
# What a description or a source may hold beyond printable text (a name may not).
LINE_BREAKS = "\n\t"


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def is_unsafe(char: str) -> bool:
    """A control character, a lone surrogate or a bidirectional control."""
    return unicodedata.category(char) in ("Cc", "Cs") or char in BIDI_CONTROLS


def first_unsafe(text: str, keep: str = "") -> str | None:
    """The first unsafe character of ``text`` that is not in ``keep``, if any."""
    return next((c for c in text if is_unsafe(c) and c not in keep), None)


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with every unsafe character except those in ``keep`` written as an escape."""
    if not any(is_unsafe(c) for c in text):
        return text
    return "".join(_escaped(c) if is_unsafe(c) and c not in keep else c for c in text)


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, escaped, and cut to ``limit`` characters with an ellipsis."""
    if len(text) > 4 * limit:
        text = text[: 4 * limit]  # escaping at most quadruples a character; cut before, too
    shown = escape_controls(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + ELLIPSIS
