"""Undo steps: every change of the scenario, the preset or its file made in the window is one of
these, holding the session before and after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from explorer.present.session import Session

_MERGE_ID = 1


class SessionCommand(QUndoCommand):
    """A change already made (pushing it does not apply it again); undo and redo hand the session
    before or after it to ``restore``, which keeps what is not undoable (the pinned scenario, the
    uncertainty settings).

    Commands with the same ``merge_tag`` fold into one step: a slider drag pushes one command per
    move with the drag's own tag, so a whole drag is undone in one step; typed values and switches
    carry no tag and stay separate steps.
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
        self._merge_tag = merge_tag
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo: the change is already on screen
            self._done = False
            return
        self._restore(self._after)

    def undo(self) -> None:
        self._restore(self._before)

    def id(self) -> int:
        return _MERGE_ID if self._merge_tag else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SessionCommand) or other._merge_tag != self._merge_tag:
            return False
        self._after = other._after
        return True
