"""``space-ai-explorer params``: every parameter in one line each (key, default, range with its
unit, title), titles and units in the reader's language. Keys, numbers and option names are
what a preset and ``--set`` take, so they are written as there, with a decimal point in every
language; the Markdown and JSON forms (``explorer.io.params_text``) are the registry's own
English, for documents and programs."""

from __future__ import annotations

from explorer.io.values import fmt_number
from explorer.model.params import CHOICES, PARAMS
from explorer.present.text import registry
from explorer.present.text.columns import left, right


def params_plain() -> str:
    """A terminal-width listing: key, default, range with unit, and title."""
    lines = []
    for p in PARAMS:
        span = f"{fmt_number(p.minimum)} .. {fmt_number(p.maximum)} {registry.unit(p.key)}".strip()
        default = right(fmt_number(p.default), 8)
        lines.append(f"{left(p.key, 40)} {default}  [{span}]  {registry.title(p.key)}")
    for c in CHOICES:
        options = " | ".join(c.options)
        lines.append(
            f"{left(c.key, 40)} {right(c.default, 8)}  ({options})  {registry.title(c.key)}"
        )
    return "\n".join(lines) + "\n"
