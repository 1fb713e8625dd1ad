"""Monte Carlo bands, the chance that orbit wins, the tornado and the thresholds for the window.

Owned by the ScenarioController, which calls ``on_evaluated`` after each evaluation. With bands on,
every evaluation also draws ``LIVE_SAMPLES`` scenarios on the GUI thread, so bands follow a drag
frame by frame; once nothing has changed for ``SETTLE_MS`` the full count runs on a worker thread
and replaces the preview. Any newer change makes a running job's result stale (LatestJobRunner).
The tornado is recomputed on the GUI thread when the scenario rests (a few ms); the thresholds
only while someone shows them, on a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.model import Results
from explorer.model.sensitivity import METRICS
from explorer.ui.uncertainty_compute import (
    LIVE_SAMPLES,
    UNCERTAIN_KEYS,
    TornadoSnapshot,
    UncertaintySettings,
    UncertaintySnapshot,
    compute_snapshot,
    compute_thresholds,
    compute_tornado,
)
from explorer.ui.uncertainty_runner import LatestJobRunner

SETTLE_MS = 200
"""Quiet time after the last change before the full count starts (well within half a second)."""
DEFAULT_METRIC = "crossover_year"


class UncertaintyController(QObject):
    """Settings, live and full Monte Carlo, tornado rows and thresholds of the current results."""

    settings_changed = Signal(object)
    """The new UncertaintySettings (for the panel, the lock buttons and the bands action)."""
    snapshot_ready = Signal(object)
    """An UncertaintySnapshot of the current scenario: a live preview or the full count."""
    tornado_ready = Signal(object)
    """A TornadoSnapshot of the current scenario and metric."""
    thresholds_ready = Signal(object)
    """A ThresholdsSnapshot of the current scenario (only while thresholds are wanted)."""
    busy_changed = Signal(bool)
    """True while the full count is waited for or computed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = UncertaintySettings()
        self._metric = DEFAULT_METRIC
        self._results: Results | None = None
        self._active = False
        self._thresholds_wanted = False
        self._busy = False
        self.snapshot: UncertaintySnapshot | None = None
        """The last snapshot delivered (None until one is, and after bands go off)."""
        self.tornado: TornadoSnapshot | None = None
        """The last tornado delivered."""
        self.bands_runner = LatestJobRunner(self)
        self.bands_runner.result_ready.connect(self._on_full_snapshot_ready)
        self.bands_runner.busy_changed.connect(self._update_busy)
        self.thresholds_runner = LatestJobRunner(self)
        self.thresholds_runner.result_ready.connect(self.thresholds_ready)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._on_settle_timer_timeout)

    @property
    def settings(self) -> UncertaintySettings:
        return self._settings

    @property
    def metric(self) -> str:
        return self._metric

    @property
    def busy(self) -> bool:
        """True while the full count of the current scenario has not arrived."""
        return self._busy

    # --- what the window asks for -------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        """Someone shows the tornado and the chance that orbit is cheaper: keep them current."""
        if on != self._active:
            self._active = on
            self._changed()

    def set_bands_enabled(self, on: bool) -> None:
        self._set_settings(replace(self._settings, bands=on))

    def set_samples(self, samples: int) -> None:
        self._set_settings(replace(self._settings, samples=samples))

    def set_width(self, width: float) -> None:
        self._set_settings(replace(self._settings, width=width))

    def set_seed(self, seed: int) -> None:
        self._set_settings(replace(self._settings, seed=seed))

    def set_locked(self, key: str, locked: bool) -> None:
        self._set_settings(self._settings.with_lock(key, locked))

    def lock_all(self) -> None:
        self._set_settings(replace(self._settings, locked=UNCERTAIN_KEYS))

    def unlock_all(self) -> None:
        self._set_settings(replace(self._settings, locked=frozenset()))

    def set_metric(self, metric: str) -> None:
        """Which metric the tornado ranks (a key of ``sensitivity.METRICS``); redrawn at once."""
        if metric not in METRICS:
            raise ValueError(f"metric must be one of {', '.join(METRICS)}")
        if metric != self._metric:
            self._metric = metric
            self._update_tornado()

    def set_thresholds_wanted(self, on: bool) -> None:
        """While on, thresholds are computed (off the GUI thread) for every resting scenario."""
        self._thresholds_wanted = on
        if on:
            self._submit_thresholds()
        else:
            self.thresholds_runner.invalidate()

    def shutdown(self) -> None:
        """Stop timers and wait for running jobs (the window is closing)."""
        self._settle_timer.stop()
        self.bands_runner.shutdown()
        self.thresholds_runner.shutdown()
        self._update_busy()

    # --- from the ScenarioController ----------------------------------------------------------
    def on_evaluated(self, results: Results) -> None:
        """The current scenario was evaluated: preview bands now, the rest once it rests."""
        self._results = results
        self._changed()

    # --- internals ----------------------------------------------------------------------------
    def _set_settings(self, settings: UncertaintySettings) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        if not settings.bands:
            self.snapshot = None
        self.settings_changed.emit(settings)
        self._changed()

    def _changed(self) -> None:
        self.bands_runner.invalidate()
        self.thresholds_runner.invalidate()
        if self._results is None or not (self._active or self._settings.bands):
            self._settle_timer.stop()
            self._update_busy()
            return
        if self._settings.bands:
            samples = min(LIVE_SAMPLES, self._settings.samples)
            live = compute_snapshot(self._results.scenario, self._settings, samples, full=False)
            assert live is not None  # only a full count can go stale midway
            self._deliver(live)
        self._settle_timer.start()
        self._update_busy()

    def _on_settle_timer_timeout(self) -> None:
        if self._results is None:
            return
        # The worker starts first: the tornado's few ms on this thread then overlap with it.
        work = partial(
            compute_snapshot,
            self._results.scenario,
            self._settings,
            self._settings.samples,
            True,
        )
        self.bands_runner.submit(lambda is_stale: work(is_stale=is_stale))
        self._update_busy()
        if self._active:
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
        self.tornado = compute_tornado(self._results, self._metric, self._settings.locked)
        self.tornado_ready.emit(self.tornado)

    def _on_full_snapshot_ready(self, snapshot: UncertaintySnapshot) -> None:
        self._deliver(snapshot)

    def _deliver(self, snapshot: UncertaintySnapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_ready.emit(snapshot)

    def _update_busy(self) -> None:
        busy = self._settle_timer.isActive() or self.bands_runner.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
