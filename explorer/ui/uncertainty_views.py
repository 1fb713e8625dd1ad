"""Wiring between the UncertaintyController and the window's views.

Intents from the uncertainty panel, the padlocks and the actions go to the controller; its
settings, snapshots (bands and chances), tornado rows and thresholds go to the panel, the charts
and the thresholds dialog, which only show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker

from explorer.model.sensitivity import METRICS
from explorer.ui.uncertainty_compute import (
    ThresholdsSnapshot,
    TornadoSnapshot,
    UncertaintySettings,
    UncertaintySnapshot,
)
from explorer.ui.uncertainty_thresholds_dialog import ThresholdsDialog
from explorer.ui.window_style import palette_for

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


class UncertaintyViews(QObject):
    """Connects ``window.controller.uncertainty`` with the panel, padlocks, charts and dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.uncertainty = window.controller.uncertainty
        self.panel = window.panel.uncertainty
        self.charts = window.dashboard.charts  # type: ignore[attr-defined]
        self.thresholds_dialog: ThresholdsDialog | None = None
        u, panel, actions = self.uncertainty, self.panel, window.actions_by_name

        panel.bands_toggled.connect(u.set_bands_enabled)
        panel.samples_chosen.connect(u.set_samples)
        panel.width_changed.connect(u.set_width)
        panel.seed_changed.connect(u.set_seed)
        panel.lock_all_requested.connect(u.lock_all)
        panel.unlock_all_requested.connect(u.unlock_all)
        panel.metric_chosen.connect(u.set_metric)
        panel.thresholds_requested.connect(self.show_thresholds)
        window.panel.lock_toggled.connect(u.set_locked)
        actions["bands"].toggled.connect(u.set_bands_enabled)
        actions["thresholds"].triggered.connect(self.show_thresholds)

        u.settings_changed.connect(self._on_settings_changed)
        u.snapshot_ready.connect(self._on_snapshot_ready)
        u.tornado_ready.connect(self._on_tornado_ready)
        u.busy_changed.connect(panel.set_busy)
        u.thresholds_ready.connect(self._on_thresholds_ready)
        u.thresholds_runner.busy_changed.connect(self._on_thresholds_busy_changed)

        self._on_settings_changed(u.settings)
        panel.set_metric(u.metric)
        self.charts["tornado"].set_rows([], METRICS[u.metric], float("nan"))
        u.set_active(True)

    def show_thresholds(self) -> ThresholdsDialog:
        """Open (or raise) the thresholds table; it stays current while it is open."""
        if self.thresholds_dialog is None:
            self.thresholds_dialog = ThresholdsDialog(self._window)
            self.thresholds_dialog.finished.connect(self._on_thresholds_dialog_finished)
        # A dialog is a window of its own: it takes the theme's palette only when given it.
        self.thresholds_dialog.setPalette(palette_for(self._window.theme))
        self.thresholds_dialog.show()
        self.thresholds_dialog.raise_()
        self.uncertainty.set_thresholds_wanted(True)
        return self.thresholds_dialog

    def _on_settings_changed(self, settings: UncertaintySettings) -> None:
        self.panel.set_settings(settings)
        self._window.panel.set_locked(settings.locked)
        action = self._window.actions_by_name["bands"]
        with QSignalBlocker(action):
            action.setChecked(settings.bands)
        if not settings.bands:
            self.charts["launch_price"].set_bands(None)
            self.charts["year"].set_bands(None)
            self.panel.set_snapshot(self.uncertainty.snapshot)

    def _on_snapshot_ready(self, snapshot: UncertaintySnapshot) -> None:
        self.panel.set_snapshot(snapshot)
        self.charts["launch_price"].set_bands(snapshot.launch)
        self.charts["year"].set_bands(snapshot.year)

    def _on_tornado_ready(self, tornado: TornadoSnapshot) -> None:
        self.charts["tornado"].set_rows(tornado.rows, tornado.metric_title, tornado.base_value)
        self.panel.set_metric(tornado.metric)

    def _on_thresholds_ready(self, thresholds: ThresholdsSnapshot) -> None:
        if self.thresholds_dialog is not None:
            self.thresholds_dialog.set_thresholds(thresholds)

    def _on_thresholds_busy_changed(self, busy: bool) -> None:
        if self.thresholds_dialog is not None:
            self.thresholds_dialog.set_busy(busy)

    def _on_thresholds_dialog_finished(self) -> None:
        self.uncertainty.set_thresholds_wanted(False)
