"""A message for people, kept as its English template and its fields, so that the layer that
shows it can put it in the reader's language (``explorer.present.text.file_problems``).

The file readers sit below the words of the window and the command line, so they cannot
translate; they say what is wrong as ``Msg("expected a number, got {got}", got=...)``. ``str()``
of a message is its English text, as logs and tests read it. A field may be a message itself
(what was found, a hint), translated first; a number is formatted for the reader. The
extraction (``explorer.present.text.extraction``) collects every ``Msg`` template with the
context "file".
"""

from __future__ import annotations

CONTEXT = "file"


class Msg:
    """``template`` (English, with ``{name}`` fields) and the values of its fields; ``context``
    is the catalogue's context its template is translated in (a subclass may name its own)."""

    __slots__ = ("fields", "template")
    context = CONTEXT

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields: dict[str, object] = fields

    def __str__(self) -> str:
        return self.template.format(**{k: english(v) for k, v in self.fields.items()})

    def __repr__(self) -> str:
        return f"Msg({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.context, self.template, self.fields) == (
            other.context,
            other.template,
            other.fields,
        )

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.fields))))


Text = str | Msg
"""What a message, or a part of one, may be: plain text (a name, a quoted word) or a Msg."""


def english(value: object) -> str:
    """A field's English text: an int grouped (a size: 1,048,576), a float as written in a
    preset (a registry bound: 0.001, 1000, 1e-05), a message as its text."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)
