"""Terminal-safe output: whatever a command prints, control characters and unprintable characters
never reach the terminal raw.

A preset's name can hold an escape sequence (YAML's ``"\\e[2K\\rok"`` erases the line and prints a
fake "ok"), a file name can hold bytes that are not UTF-8 (lone surrogates, which raise on
printing), and a terminal in a legacy charset (KOI8-R) cannot encode "²" or "≤". While a command
runs, ``sys.stdout`` and ``sys.stderr`` escape the first two (``\\x1b``, ``\\xff``) and replace
what the terminal's encoding lacks with "?".
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from explorer.io.safe_text import escape_controls


class TerminalText:
    """A text stream that writes through ``stream`` only what a terminal shows as it is."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        encoding = getattr(self._stream, "encoding", None) or "utf-8"
        safe = escape_controls(text, keep="\n\t")
        self._stream.write(safe.encode(encoding, "replace").decode(encoding))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """``sys.stdout`` and ``sys.stderr`` made terminal-safe for the duration."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalText(out), TerminalText(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
