"""The controller: owns the current Scenario and is the only caller of the model in the window.

Views emit intent (a value edited, a reset asked for); commands on the undo stack call
``set_values``/``load``; the controller coalesces every change that arrives within one frame into a
single evaluation and hands the Results to whoever listens to ``results_ready``. Its
``uncertainty`` (an UncertaintyController) then adds Monte Carlo bands and sensitivity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.model import Results, Scenario, evaluate
from explorer.ui.uncertainty_controller import UncertaintyController

FRAME_MS = 16
"""At most one evaluation per display frame, however many slider events arrive."""


def same_scenario(a: Scenario, b: Scenario) -> bool:
    """``a == b``, fast for the single values a window holds (Scenario.__eq__ also takes arrays)."""
    if a is b:
        return True
    try:
        return dict(a.items()) == dict(b.items())
    except ValueError:  # array-valued parameters: numpy refuses a truth value
        return a == b


class ScenarioController(QObject):
    """Current scenario, the loaded preset's results (``reference``) and a pinned comparison."""

    scenario_changed = Signal(object)
    """The new Scenario, at once, for widgets to show (before the evaluation)."""
    results_ready = Signal(object)
    """Results of the current scenario, once per frame at most."""
    comparisons_changed = Signal()
    """The reference or the pinned Results changed."""

    def __init__(
        self,
        scenario: Scenario | None = None,
        evaluator: Callable[[Scenario], Results] = evaluate,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._evaluate = evaluator
        self._scenario = scenario if scenario is not None else Scenario()
        self._reference_scenario = self._scenario
        self._reference: Results | None = None
        self._pinned: Results | None = None
        self._results: Results | None = None
        self.evaluations = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.uncertainty = UncertaintyController(self)

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def reference_scenario(self) -> Scenario:
        """The scenario of the loaded preset: what resets go back to, drawn dashed on charts."""
        return self._reference_scenario

    @property
    def results(self) -> Results | None:
        return self._results

    @property
    def reference(self) -> Results | None:
        return self._reference

    @property
    def pinned(self) -> Results | None:
        return self._pinned

    @property
    def pending(self) -> bool:
        """True while a change waits for its evaluation."""
        return self._timer.isActive()

    def set_values(self, changes: Mapping[str, Any]) -> None:
        """Replace some values of the current scenario (the reference stays)."""
        self.set_scenario(self._scenario.with_changes(changes))

    def set_scenario(self, scenario: Scenario) -> None:
        if same_scenario(scenario, self._scenario):
            return
        self._scenario = scenario
        self.scenario_changed.emit(scenario)
        self._schedule()

    def load(self, scenario: Scenario, reference: Results | None = None) -> None:
        """Make ``scenario`` current and the reference (a preset was loaded or a load undone).

        ``reference`` may pass the Results already known for it; otherwise the next evaluation of
        the current scenario serves as the reference too, so a load costs exactly one evaluation.
        """
        self._reference_scenario = scenario
        self._reference = reference
        self._scenario = scenario
        self.scenario_changed.emit(scenario)
        self._schedule()

    def pin(self) -> None:
        """Keep the current results as a comparison drawn beside the live ones."""
        self.flush()
        self._pinned = self._results
        self.comparisons_changed.emit()
        self._emit_results()

    def unpin(self) -> None:
        if self._pinned is None:
            return
        self._pinned = None
        self.comparisons_changed.emit()
        self._emit_results()

    def set_bands_enabled(self, on: bool) -> None:
        """Monte Carlo bands on or off: while on, every evaluation also computes bands."""
        self.uncertainty.set_bands_enabled(on)

    def shutdown(self) -> None:
        """Stop evaluating and wait for background work (the window is closing)."""
        self._timer.stop()
        self.uncertainty.shutdown()

    def flush(self) -> None:
        """Evaluate now if a change is waiting (before an export or a pin)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def _schedule(self) -> None:
        # Started only when idle, never restarted: a drag redraws every frame, not only at its end.
        if not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        self._results = self._evaluate(self._scenario)
        self.evaluations += 1
        if self._reference is None:
            # A load's own evaluation doubles as the reference unless the user moved on first.
            same = same_scenario(self._scenario, self._reference_scenario)
            self._reference = self._results if same else self._evaluate(self._reference_scenario)
            self.comparisons_changed.emit()
        self._emit_results()
        self.uncertainty.on_evaluated(self._results)

    def _emit_results(self) -> None:
        if self._results is not None:
            self.results_ready.emit(self._results)
