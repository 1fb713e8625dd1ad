"""Gettext catalogues (``.po``) read and written, and compiled in memory to the ``.mo`` form that
``gettext.GNUTranslations`` reads.

A translator edits the ``.po`` files with any tool (Poedit, Lokalize, a text editor); the app reads
them directly, so there is no build step and nothing to fall out of date. The subset of the format
read here is what those tools write: comments, ``msgctxt``, ``msgid``, ``msgid_plural``,
``msgstr`` and ``msgstr[n]``, strings split over several lines, and the ``fuzzy`` flag (a fuzzy
entry is not a translation yet and is left out of the compiled catalogue, as ``msgfmt`` does).
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field

CONTEXT_SEPARATOR = "\x04"
"""How gettext's compiled catalogues join a message's context to its text."""


class PoError(ValueError):
    """A catalogue file could not be read: the message names the line."""


@dataclass
class PoEntry:
    """One message: its context ("" for none), its source text and, for plurals, the plural source;
    ``translations`` has one text (or one per plural form; "" where untranslated)."""

    msgid: str
    context: str = ""
    plural: str = ""
    translations: list[str] = field(default_factory=lambda: [""])
    flags: set[str] = field(default_factory=set)
    comments: list[str] = field(default_factory=list)
    """Lines written before the entry as they are (``#.`` for extracted notes, ``#:`` where)."""

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.msgid

    @property
    def translated(self) -> bool:
        return "fuzzy" not in self.flags and all(self.translations)


def _quoted(text: str, line: int) -> str:
    try:
        value = ast.literal_eval(text)
    except (SyntaxError, ValueError):
        value = None
    if not isinstance(value, str) or not text.startswith('"'):
        raise PoError(f"line {line}: expected a quoted string, got {text[:40]!r}")
    return value


def read_po(text: str) -> tuple[dict[str, str], list[PoEntry]]:
    """The header's fields (``Plural-Forms``, ...) and the entries of a ``.po`` file's text."""
    entries: list[PoEntry] = []
    current: PoEntry | None = None
    target: tuple[str, int] | None = None  # the field being continued, and its plural index
    pending_flags: set[str] = set()
    pending_comments: list[str] = []

    def start() -> PoEntry:
        nonlocal pending_flags, pending_comments
        entry = PoEntry("", flags=pending_flags, comments=pending_comments)
        pending_flags, pending_comments = set(), []
        entries.append(entry)
        return entry

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            target = None
            continue
        if line.startswith("#"):
            if line.startswith("#~"):
                continue  # obsolete entries a tool kept: not part of the catalogue
            if line.startswith("#,"):
                pending_flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            else:
                pending_comments.append(raw)
            current, target = None, None
            continue
        word, _, rest = line.partition(" ")
        if word.startswith('"'):
            if current is None or target is None:
                raise PoError(f"line {number}: a string continues nothing")
            _append(current, target, _quoted(line, number))
            continue
        # An entry starts at its msgctxt, or at its msgid when it has no context.
        if word == "msgctxt" or (word == "msgid" and target != ("msgctxt", 0)):
            current = start()
        if current is None:
            raise PoError(f"line {number}: {word} before msgid")
        if word == "msgctxt":
            current.context, target = _quoted(rest, number), ("msgctxt", 0)
        elif word == "msgid":
            current.msgid, target = _quoted(rest, number), ("msgid", 0)
        elif word == "msgid_plural":
            current.plural, target = _quoted(rest, number), ("msgid_plural", 0)
            current.translations = []
        elif word == "msgstr":
            current.translations, target = [_quoted(rest, number)], ("msgstr", 0)
        elif word.startswith("msgstr[") and word.endswith("]"):
            index = int(word[7:-1])
            if index != len(current.translations):
                raise PoError(f"line {number}: msgstr[{index}] out of order")
            current.translations.append(_quoted(rest, number))
            target = ("msgstr", index)
        else:
            raise PoError(f"line {number}: unknown keyword {word!r}")
    header_entries = [e for e in entries if e.key == ("", "")]
    header = _header_fields(header_entries[0].translations[0]) if header_entries else {}
    return header, [e for e in entries if e.key != ("", "")]


def _append(entry: PoEntry, target: tuple[str, int], text: str) -> None:
    name, index = target
    if name == "msgctxt":
        entry.context += text
    elif name == "msgid":
        entry.msgid += text
    elif name == "msgid_plural":
        entry.plural += text
    else:
        entry.translations[index] += text


def _header_fields(text: str) -> dict[str, str]:
    fields = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    return fields


def _po_string(text: str) -> str:
    """A string as a .po file writes it: quoted and escaped, split after each newline."""

    def quote(part: str) -> str:
        escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
        return '"' + escaped.replace("\n", "\\n") + '"'

    parts = text.splitlines(keepends=True)
    if len(parts) <= 1:
        return quote(text)
    return '""\n' + "\n".join(quote(p) for p in parts)


def write_po(header: dict[str, str], entries: list[PoEntry]) -> str:
    """A ``.po`` file's text: the header, then each entry (comments, flags, fields)."""
    header_text = "".join(f"{name}: {value}\n" for name, value in header.items())
    blocks = [f'msgid ""\nmsgstr {_po_string(header_text)}\n']
    for entry in entries:
        lines = list(entry.comments)
        if entry.flags:
            lines.append("#, " + ", ".join(sorted(entry.flags)))
        if entry.context:
            lines.append(f"msgctxt {_po_string(entry.context)}")
        lines.append(f"msgid {_po_string(entry.msgid)}")
        if entry.plural:
            lines.append(f"msgid_plural {_po_string(entry.plural)}")
            lines += [f"msgstr[{i}] {_po_string(t)}" for i, t in enumerate(entry.translations)]
        else:
            lines.append(f"msgstr {_po_string(entry.translations[0])}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def compile_mo(header: dict[str, str], entries: list[PoEntry]) -> bytes:
    """The ``.mo`` bytes of the translated entries (GNU gettext's little-endian layout)."""
    header_text = "".join(f"{name}: {value}\n" for name, value in header.items())
    messages = {b"": header_text.encode()}
    for entry in entries:
        if not entry.translated:
            continue
        source = (
            entry.msgid if not entry.context else entry.context + CONTEXT_SEPARATOR + entry.msgid
        )
        if entry.plural:
            source += "\0" + entry.plural
        messages[source.encode()] = "\0".join(entry.translations).encode()
    keys = sorted(messages)
    count = len(keys)
    ids_start = 7 * 4
    strs_start = ids_start + 8 * count
    data_start = strs_start + 8 * count
    ids, strs, table_ids, table_strs = b"", b"", [], []
    for key in keys:
        table_ids.append((len(key), data_start + len(ids)))
        ids += key + b"\0"
    strs_data_start = data_start + len(ids)
    for key in keys:
        value = messages[key]
        table_strs.append((len(value), strs_data_start + len(strs)))
        strs += value + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, count, ids_start, strs_start, 0, data_start)
    out += b"".join(struct.pack("<2I", *pair) for pair in table_ids)
    out += b"".join(struct.pack("<2I", *pair) for pair in table_strs)
    return out + ids + strs
