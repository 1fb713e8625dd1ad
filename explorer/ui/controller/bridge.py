"""The bridge chart's computation, kept off the drag: once the scenario has rested for
``SETTLE_MS`` the bridge from the preset (or the pinned scenario) to it runs on a worker thread.

``explain`` evaluates every mix of the groups that differ (2^n, 15-30 ms for 5 to 8 groups): on
the GUI thread, every drag step would pay it. Meanwhile the chart keeps the last bridge, marked as
waiting. An export asks for the current bridge and gets it at once (``current``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.model import Scenario
from explorer.present.bridge import BridgeSnapshot, compute_bridge
from explorer.ui.uncertainty_runner import LatestJobRunner

SETTLE_MS = 200
"""Quiet time after the last change before the bridge is computed (as the full Monte Carlo)."""


class BridgeController(QObject):
    """The bridge of the scenario on screen, computed once it rests, on a worker thread."""

    bridge_ready = Signal(object)
    """A BridgeSnapshot of the scenario on screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: BridgeSnapshot | None = None
        """The last bridge delivered (it may explain an earlier scenario, during a drag)."""
        self._wanted: tuple[Scenario, Scenario, str] | None = None
        self.runner = LatestJobRunner(self)
        self.runner.result_ready.connect(self._on_ready)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._submit)

    def request(self, a: Scenario, b: Scenario, origin: str) -> None:
        """The bridge from ``a`` (the preset, or the pinned scenario: ``origin``) to ``b`` is
        wanted: computed once nothing has changed for SETTLE_MS (at once if it is the one held)."""
        held = self.snapshot
        if held is not None and held.origin == origin and held.explains(a, b):
            self._wanted = None
            self._timer.stop()
            self.runner.invalidate()
            return
        self._wanted = (a, b, origin)
        self.runner.invalidate()
        self._timer.start()

    def current(self) -> BridgeSnapshot | None:
        """The bridge of the scenario last requested, computed now if it is not held yet (an
        export or a CSV copy cannot wait)."""
        if self._wanted is not None:
            self._timer.stop()
            self.runner.invalidate()
            self.snapshot = compute_bridge(*self._wanted)
            self._wanted = None
        return self.snapshot

    def shutdown(self) -> None:
        """Stop the timer and wait for a running job (the window is closing)."""
        self._timer.stop()
        self.runner.shutdown()

    def _submit(self) -> None:
        if self._wanted is None:
            return
        a, b, origin = self._wanted
        self.runner.submit(lambda _is_stale: compute_bridge(a, b, origin))

    def _on_ready(self, snapshot: BridgeSnapshot) -> None:
        wanted = self._wanted
        if wanted is None or wanted[2] != snapshot.origin or not snapshot.explains(*wanted[:2]):
            return
        self._wanted = None
        self.snapshot = snapshot
        self.bridge_ready.emit(snapshot)
