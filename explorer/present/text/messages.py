"""What the window says in its notification bar: files that could not be opened or saved,
exports, copies, and the offer to restore a crashed session's changes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from explorer.io import BadValueError
from explorer.present.text.file_problems import message_text
from explorer.present.text.numbers import fixed
from explorer.present.text.translate import tr, tr_n


def could_not_open(name: str, problems: str) -> str:
    return tr(
        "Could not open “{name}”; the scenario on screen is unchanged.\n{problems}",
        context="message",
        name=name,
        problems=problems,
    )


def autosave_name() -> str:
    """How a crashed session's autosave is named in a message about it."""
    return tr("autosave", context="message")


def could_not_save(path: Path, reason: str) -> str:
    return tr(
        "Could not save “{name}” in {folder}: {reason}; nothing was changed.",
        context="message",
        name=path.name,
        folder=path.parent,
        reason=reason,
    )


def saved(path: Path) -> str:
    return tr("Saved {path}", context="message", path=path)


def could_not_export(path: Path, reason: str) -> str:
    return tr(
        "Could not export “{name}”: {reason}", context="message", name=path.name, reason=reason
    )


def exported(paths: Sequence[Path], width: int) -> str:
    """The files an export wrote: one, or one per theme (light and dark)."""
    if len(paths) == 2:
        return tr(
            "Exported {path} and {other} ({width} px wide)",
            context="message",
            path=paths[0],
            other=paths[1],
            width=width,
        )
    return tr("Exported {path} ({width} px wide)", context="message", path=paths[0], width=width)


def copied(title: str) -> str:
    return tr("Copied the data of “{title}” as CSV", context="message", title=title)


def restore_offer() -> tuple[str, str]:
    """The offer's text and its button."""
    return (
        tr("The last session ended without closing and had unsaved changes.", context="message"),
        tr("Restore them", context="message"),
    )


def autosave_moved(fallback: Path, folder: Path, reason: str) -> str:
    return tr(
        "Autosave goes to {fallback}: {folder} is not writable ({reason}).",
        context="message",
        fallback=fallback,
        folder=folder,
        reason=reason,
    )


def autosave_off(folder: Path, reason: str) -> str:
    return tr(
        "Autosave is off: {folder} is not writable ({reason}).",
        context="message",
        folder=folder,
        reason=reason,
    )


def autosave_failed(reason: str) -> str:
    return tr(
        "Autosave failed ({reason}); unsaved changes are not kept.",
        context="message",
        reason=reason,
    )


def cannot_create_files() -> str:
    """Why a folder that exists cannot hold the autosave's lock."""
    return tr("cannot create files there", context="message")


def more_lines(count: int) -> str:
    """The last line of a message cut short: how many lines were left out."""
    return tr_n(
        "… and {count} more line",
        "… and {count} more lines",
        count,
        context="message",
        count=fixed(count),
    )


def value_problem(err: BadValueError) -> str:
    """Why a value given for a parameter was refused, and what is allowed."""
    message = message_text(err.message)
    if not err.allowed:
        return message
    allowed = tr("(allowed: {allowed})", context="message", allowed=message_text(err.allowed))
    return f"{message} {allowed}"
