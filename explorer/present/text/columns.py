"""Text padded to a column of a terminal table by its width on screen: a Chinese character takes
two columns, so ``str.ljust`` would misalign a Chinese table."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def left(text: str, columns: int) -> str:
    """``text`` followed by spaces up to ``columns``."""
    return text + " " * max(0, columns - width(text))


def right(text: str, columns: int) -> str:
    """Spaces up to ``columns``, then ``text``."""
    return " " * max(0, columns - width(text)) + text
