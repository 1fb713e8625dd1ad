"""Undo commands: every change of the scenario made in the window goes through one of these."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.model import Results, Scenario
from explorer.ui.controller import ScenarioController


class SetValuesCommand(QUndoCommand):
    """Set some parameter values; a slider drag is one of these, however many steps it takes.

    A drag carries one ``merge_tag`` from press to release: ``push_values`` extends the drag's
    command with each step, so a whole drag is undone in one step; typed values and switches
    carry no tag and stay separate steps.
    """

    def __init__(
        self,
        controller: ScenarioController,
        before: Scenario,
        after: Scenario,
        text: str,
        merge_tag: str = "",
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._before = before
        self._after = after
        self.merge_tag = merge_tag

    def redo(self) -> None:
        self._controller.set_scenario(self._after)

    def undo(self) -> None:
        self._controller.set_scenario(self._before)

    def extend(self, after: Scenario) -> None:
        """The drag went on to ``after``: this step now ends there, and so does the scenario."""
        self._after = after
        self.redo()


def push_values(
    stack: QUndoStack,
    controller: ScenarioController,
    before: Scenario,
    after: Scenario,
    text: str,
    merge_tag: str = "",
) -> None:
    """Push a SetValuesCommand, or extend the newest one when it belongs to the same drag.

    Not QUndoStack's own merging (``mergeWith``): after a merge Qt deletes the new command, and
    PySide6 never frees the Python side of a command Qt deleted, so every slider step of a drag
    leaked its command and two scenarios (about 2 KB a step, 8 MB a minute of dragging).
    """
    index = stack.index()
    top = stack.command(index - 1) if index and index == stack.count() else None
    if merge_tag and isinstance(top, SetValuesCommand) and top.merge_tag == merge_tag:
        top.extend(after)
        return
    stack.push(SetValuesCommand(controller, before, after, text, merge_tag))


class LoadPresetCommand(QUndoCommand):
    """Load a preset: its scenario becomes current and the reference; the document follows.

    ``on_document`` is called with the document state (name, path, saved scenario) after a redo or
    an undo, so the window title and the modified marker follow the undo stack.
    """

    def __init__(
        self,
        controller: ScenarioController,
        scenario: Scenario,
        document: Any,
        previous_document: Any,
        on_document: Callable[[Any], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._scenario = scenario
        self._document = document
        self._previous_document = previous_document
        self._previous_scenario = controller.scenario
        self._previous_reference_scenario = controller.reference_scenario
        self._previous_reference: Results | None = controller.reference
        self._on_document = on_document

    def redo(self) -> None:
        self._on_document(self._document)
        self._controller.load(self._scenario)

    def undo(self) -> None:
        self._on_document(self._previous_document)
        self._controller.load(self._previous_reference_scenario, self._previous_reference)
        self._controller.set_scenario(self._previous_scenario)
