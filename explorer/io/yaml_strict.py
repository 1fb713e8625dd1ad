"""Read a YAML text into nodes with line numbers, refusing everything a preset has no use for.

``yaml.compose`` gives nodes that keep their line and their raw text, so each problem can name its
line and the explorer can read values with its own strict grammar (values.py). The loader is
PyYAML's safe one, minus aliases and anchors (an alias bomb expands a few hundred bytes into
gigabytes), with a nesting limit so that ``[[[[...`` thousands deep stops early instead of
exhausting the stack.
"""

from __future__ import annotations

import yaml
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import Node

from explorer.io.errors import PresetError
from explorer.io.message import Msg

# A preset is a few kilobytes. PyYAML's pure-Python parser (needed for line numbers and the alias
# refusal) reads about 250 KB a second, so this cap keeps every rejection well under a second.
MAX_BYTES = 128 * 1024
MAX_DEPTH = 16
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _RefusedError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and anchors and limits nesting depth."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: object) -> Node:
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, AliasEvent):
            raise _RefusedError(line, "aliases (*name) are not allowed in presets")
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise _RefusedError(line, "anchors (&name) are not allowed in presets")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _RefusedError(line, f"nested more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def decode(data: bytes, label: str) -> str:
    """UTF-8 text. A UTF-8 byte-order mark (Windows Notepad writes one) is accepted and dropped."""
    if data.startswith(_UTF16_BOMS):
        raise PresetError.single(label, Msg("file is UTF-16 text; save it as UTF-8"))
    if b"\x00" in data:
        raise PresetError.single(label, Msg("file holds binary data (NUL bytes), not YAML text"))
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise PresetError.single(
            label,
            Msg(
                "invalid UTF-8 at byte {start} (0x{value})",
                start=err.start,
                value=f"{data[err.start]:02x}",
            ),
            line=line,
        ) from None


def compose(text: str, label: str) -> Node | None:
    """The document's root node (None for an empty document), or PresetError with the line."""
    try:
        loader = StrictLoader(text)  # the reader already refuses control characters here
    except yaml.reader.ReaderError as err:
        line = text[: err.position].count("\n") + 1
        raise PresetError.single(
            label,
            Msg(
                "control character U+{character} is not allowed in YAML",
                character=f"{err.character:04X}",
            ),
            line=line,
        ) from None
    try:
        return loader.get_single_node()
    except _RefusedError as err:
        raise PresetError.single(label, err.message, line=err.line) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(str(p) for p in (err.context, err.problem) if p)
        raise PresetError.single(
            label, Msg("YAML syntax error: {what}", what=what), line=line
        ) from None
    finally:
        loader.dispose()
