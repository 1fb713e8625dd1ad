"""Undo commands: every change of the scenario made in the window goes through one of these."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from explorer.model import Results, Scenario
from explorer.ui.controller import ScenarioController

_MERGE_ID = 1


class SetValuesCommand(QUndoCommand):
    """Set some parameter values; commands with the same ``merge_tag`` fold into one undo step.

    A slider drag pushes one command per move with the drag's own tag, so a whole drag is undone in
    one step; typed values and switches carry no tag and stay separate steps.
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
        self._merge_tag = merge_tag

    def redo(self) -> None:
        self._controller.set_scenario(self._after)

    def undo(self) -> None:
        self._controller.set_scenario(self._before)

    def id(self) -> int:
        return _MERGE_ID if self._merge_tag else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SetValuesCommand) or other._merge_tag != self._merge_tag:
            return False
        self._after = other._after
        return True


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
