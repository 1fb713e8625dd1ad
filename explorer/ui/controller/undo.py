"""Undo steps: every change of the scenario, the preset or its file made in the window is one of
these, holding the session before and after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.present.session import Session


class SessionCommand(QUndoCommand):
    """A change already made (pushing it does not apply it again); undo and redo hand the session
    before or after it to ``restore``, which keeps what is not undoable (the pinned scenario, the
    uncertainty settings).

    A slider drag is one of these, however many steps it takes: it carries one ``merge_tag`` from
    press to release and ``push_session`` extends its command with each step, so a whole drag is
    undone in one step; typed values and switches carry no tag and stay separate steps.
    """

    def __init__(
        self,
        restore: Callable[[Session], None],
        before: Session,
        after: Session,
        text: str,
        merge_tag: str = "",
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self._before = before
        self._after = after
        self.merge_tag = merge_tag
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo: the change is already on screen
            self._done = False
            return
        self._restore(self._after)

    def undo(self) -> None:
        self._restore(self._before)

    def extend(self, after: Session) -> None:
        """The drag went on to ``after`` (already on screen): this step now ends there."""
        self._after = after


def push_session(
    stack: QUndoStack,
    restore: Callable[[Session], None],
    before: Session,
    after: Session,
    text: str,
    merge_tag: str = "",
) -> None:
    """Push a SessionCommand, or extend the newest one when it belongs to the same drag.

    Not QUndoStack's own merging (``mergeWith``): after a merge Qt deletes the new command, and
    PySide6 never frees the Python side of a command Qt deleted, so every slider step of a drag
    leaked its command and two sessions (about 2 KB a step, 8 MB a minute of dragging).
    """
    index = stack.index()
    top = stack.command(index - 1) if index and index == stack.count() else None
    if merge_tag and isinstance(top, SessionCommand) and top.merge_tag == merge_tag:
        top.extend(after)
        return
    stack.push(SessionCommand(restore, before, after, text, merge_tag))
