"""What is wrong with a preset or a talk file (or a number typed into a box), in the reader's
language.

The file readers (``explorer.io``) say it in English templates with fields (``io.message.Msg``),
so that it can be said here in any language: each template is translated with the context
"file", its fields first (a field may be a message itself: what was found, a hint); numbers are
written for the reader; a field named ``unit`` is a registry unit and translated as one. A
template without a translation (a reason PyYAML or the system gives, say) shows in English.
"""

from __future__ import annotations

from explorer.io import PresetError
from explorer.io.errors import MAX_LISTED, Problem, line_text
from explorer.io.message import Msg, Text, english
from explorer.present.text.numbers import fixed, localised
from explorer.present.text.translate import tr, tr_n


def _field(name: str, value: object) -> str:
    if isinstance(value, (Msg, Problem)):
        return message_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fixed(value)
    if isinstance(value, float):
        return localised(english(value))
    if name == "unit" and isinstance(value, str):
        return tr(value, context="unit")
    return str(value)


def message_text(message: Text | Problem) -> str:
    """A message (or a whole problem's line) in the reader's language."""
    if isinstance(message, Problem):
        return problem_line(message)
    if isinstance(message, str):
        return message
    fields = {name: _field(name, value) for name, value in message.fields.items()}
    return tr(message.template, context=message.context, **fields)


def problem_line(problem: Problem) -> str:
    """One problem as one line: the file, the line, the key, what is wrong, what is allowed."""
    allowed = message_text(problem.allowed) if problem.allowed else ""
    with_allowed = tr("{text} (allowed: {allowed})", context="file problem")
    return line_text(problem, message_text(problem.message), allowed, with_allowed)


def error_lines(err: PresetError, limit: int = MAX_LISTED) -> list[str]:
    """The first ``limit`` problems of ``err``, one line each, then how many more there are."""
    shown = [problem_line(p) for p in err.problems[:limit]]
    left = len(err.problems) - len(shown)
    if not left:
        return shown
    more = tr_n(
        "… and {count} more problem",
        "… and {count} more problems",
        left,
        context="file problem",
        count=fixed(left),
    )
    return [*shown, more]


def not_applied(typed: str, problem: Msg | None) -> str:
    """Why ``typed`` in a number box was not taken ("" when nothing was typed and all is well)."""
    why = message_text(problem) if problem is not None else ""
    if not typed:
        return why
    return tr("“{typed}” was not applied: {why}", context="number box", typed=typed, why=why)


def error_text(err: PresetError) -> str:
    """``err`` as lines of text (what a dialog or the terminal shows)."""
    return "\n".join(error_lines(err))
