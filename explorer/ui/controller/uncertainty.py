"""Monte Carlo bands, the chance that orbit wins, the tornado and the thresholds, on time.

Owned by the AppController, which tells it the settings and calls ``on_evaluated`` after each
evaluation. With bands on, every evaluation also draws ``LIVE_SAMPLES`` scenarios on the GUI
thread (returned at once, so bands follow a drag frame by frame); once nothing has changed for
``SETTLE_MS`` the full count runs on a worker thread and arrives by ``snapshot_ready``. Any newer
change makes a running job's result stale (LatestJobRunner). The tornado is recomputed on the GUI
thread when the scenario rests (a few ms); the thresholds only while someone shows them, on a
worker thread.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.model import Results
from explorer.present.figures.thresholds import thresholds_figure
from explorer.present.uncertainty import (
    LIVE_SAMPLES,
    TornadoSnapshot,
    UncertaintySettings,
    UncertaintySnapshot,
    compute_snapshot,
    compute_thresholds,
    compute_tornado,
)
from explorer.ui.uncertainty_runner import LatestJobRunner
from explorer.ui.views import WindowView

SETTLE_MS = 200
"""Quiet time after the last change before the full count starts (well within half a second)."""


class UncertaintyController(QObject):
    """Live and full Monte Carlo, tornado rows and thresholds of the current results."""

    snapshot_ready = Signal(object)
    """The full count's UncertaintySnapshot of the current scenario (bands only with bands on;
    the chance that orbit is cheaper now in any case)."""
    tornado_ready = Signal(object)
    """A TornadoSnapshot of the current scenario and metric."""
    thresholds_ready = Signal(object)
    """A ThresholdsSnapshot of the current scenario (only while thresholds are wanted); the
    thresholds dialog shows it."""
    busy_changed = Signal(bool)
    """True while the full count is waited for or computed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = UncertaintySettings()
        self._metric = "crossover_year"
        self._results: Results | None = None
        self._thresholds_wanted = False
        self._busy = False
        self._holding = False
        self.tornado: TornadoSnapshot | None = None
        """The last tornado delivered."""
        self._tornado_of: Results | None = None
        self.bands_runner = LatestJobRunner(self)
        self.bands_runner.result_ready.connect(self.snapshot_ready)
        self.bands_runner.busy_changed.connect(self._update_busy)
        self.thresholds_runner = LatestJobRunner(self)
        self.thresholds_runner.result_ready.connect(self.thresholds_ready)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._on_settle_timer_timeout)

    @property
    def busy(self) -> bool:
        """True while the full count of the current scenario has not arrived."""
        return self._busy

    @property
    def thresholds_wanted(self) -> bool:
        return self._thresholds_wanted

    def set_settings(self, settings: UncertaintySettings) -> UncertaintySnapshot | None:
        """New settings; returns the live snapshot of the current results under them (None
        without bands), the full count following once they rest."""
        if settings == self._settings:
            return None
        self._settings = settings
        return self._changed()

    def set_metric(self, metric: str) -> None:
        """Which metric the tornado ranks (a key of ``sensitivity.METRICS``); redrawn at once."""
        if metric != self._metric:
            self._metric = metric
            self._update_tornado()

    def set_holding(self, holding: bool) -> None:
        """While a slider is dragged the tornado keeps its rows (a pause in the drag does not
        redraw it); when the drag ends it is computed at once for the scenario it ended on."""
        self._holding = holding
        if not holding and self._results is not None and self._tornado_of is not self._results:
            self._update_tornado()

    def refresh_thresholds(self) -> None:
        """The open thresholds table again (its rows hold words: the language changed)."""
        if self._thresholds_wanted:
            self._submit_thresholds()

    def set_thresholds_wanted(self, on: bool) -> None:
        """While on, thresholds are computed (off the GUI thread) for every resting scenario."""
        self._thresholds_wanted = on
        if on:
            self._submit_thresholds()
        else:
            self.thresholds_runner.invalidate()

    def show_thresholds(self, window: WindowView) -> None:
        """Open (or raise) ``window``'s thresholds table and keep it current while it is open."""
        dialog, created = window.show_thresholds()
        if created:
            dialog.finished.connect(lambda _result: self.set_thresholds_wanted(False))
            self.thresholds_ready.connect(lambda s: dialog.set_figure(thresholds_figure(s)))
            self.thresholds_runner.busy_changed.connect(dialog.set_busy)
        self.set_thresholds_wanted(True)

    def shutdown(self) -> None:
        """Stop timers and wait for running jobs (the window is closing)."""
        self._settle_timer.stop()
        self.bands_runner.shutdown()
        self.thresholds_runner.shutdown()
        self._update_busy()

    def on_evaluated(self, results: Results) -> UncertaintySnapshot | None:
        """The current scenario was evaluated: its live bands now (None without bands), the
        rest once it rests."""
        self._results = results
        return self._changed()

    # --- internals ----------------------------------------------------------------------------
    def _changed(self) -> UncertaintySnapshot | None:
        self.bands_runner.invalidate()
        self.thresholds_runner.invalidate()
        live = None
        if self._results is None:
            self._settle_timer.stop()
        else:
            if self._settings.bands:
                samples = min(LIVE_SAMPLES, self._settings.samples)
                live = compute_snapshot(self._results.scenario, self._settings, samples, False)
            self._settle_timer.start()
        self._update_busy()
        return live

    def _on_settle_timer_timeout(self) -> None:
        if self._results is None:
            return
        # The worker starts first: the tornado's few ms on this thread then overlap with it. The
        # full count runs with bands off too: the chance that orbit is cheaper now needs it.
        work = partial(
            compute_snapshot, self._results.scenario, self._settings, self._settings.samples, True
        )
        self.bands_runner.submit(lambda is_stale: work(is_stale=is_stale))
        self._update_busy()
        if not self._holding:
            self._update_tornado()
        if self._thresholds_wanted:
            self._submit_thresholds()

    def _submit_thresholds(self) -> None:
        if self._results is None:
            return
        scenario, locked = self._results.scenario, self._settings.locked
        self.thresholds_runner.submit(lambda _is_stale: compute_thresholds(scenario, locked))

    def _update_tornado(self) -> None:
        if self._results is None:
            return
        settings = self._settings
        self._tornado_of = self._results
        self.tornado = compute_tornado(
            self._results, self._metric, settings.locked, settings.unlocked
        )
        self.tornado_ready.emit(self.tornado)

    def _update_busy(self) -> None:
        busy = self._settle_timer.isActive() or self.bands_runner.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
