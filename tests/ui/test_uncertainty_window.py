"""Uncertainty in the window: bands on and off, live bands during a drag, padlocks, stale results,
the tornado and its metric switch, the thresholds table."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.model import evaluate
from explorer.model.sensitivity import METRICS, tornado
from explorer.model.uncertainty import monte_carlo
from explorer.ui import uncertainty_compute, uncertainty_controller
from explorer.ui.uncertainty_compute import LIVE_SAMPLES, TORNADO_ROWS
from explorer.ui.widgets.uncertainty_panel import percent, probability_text

KEY = "launch_price_usd_per_kg"


def band_data(window, chart: str) -> np.ndarray:
    """The P50 of orbit as drawn on a cost chart (empty when the bands are hidden)."""
    overlay = window.dashboard.charts[chart].bands
    item = overlay.median["space"]
    if not item.isVisible():
        return np.array([])
    _, y = item.getOriginalDataset()
    return np.asarray(y, dtype=float)


def wait_full(qtbot, window, timeout: int = 10_000):
    """Wait for the full-count bands of the scenario on screen; returns the snapshot."""
    u, controller = window.controller.uncertainty, window.controller

    def arrived() -> bool:
        s = u.snapshot
        return s is not None and s.full and s.scenario is controller.scenario

    qtbot.waitUntil(arrived, timeout=timeout)
    return u.snapshot


@pytest.fixture
def spy_monte_carlo(monkeypatch):
    """Every monte_carlo call the window makes, with its arguments and what it returned."""
    calls: list[dict] = []

    def spy(scenario, samples, **kwargs):
        mc = monte_carlo(scenario, samples, **kwargs)
        calls.append({"scenario": scenario, "samples": samples, **kwargs, "mc": mc})
        return mc

    monkeypatch.setattr(uncertainty_compute, "monte_carlo", spy)
    return calls


def test_bands_toggle_draws_bands_and_hides_them(qtbot, window):
    assert band_data(window, "launch_price").size == 0
    assert band_data(window, "year").size == 0
    qtbot.mouseClick(window.panel.uncertainty.bands_check, Qt.MouseButton.LeftButton)
    assert window.controller.uncertainty.settings.bands
    assert window.actions_by_name["bands"].isChecked()
    # A live preview at once, on the GUI thread ...
    live = window.controller.uncertainty.snapshot
    assert live is not None and not live.full and live.samples == LIVE_SAMPLES
    assert np.isfinite(band_data(window, "launch_price")).sum() > 100
    assert np.isfinite(band_data(window, "year")).sum() > 10
    # ... then the full count from the worker, drawn on the same items.
    full = wait_full(qtbot, window)
    assert full.samples == window.controller.uncertainty.settings.samples == 10_000
    assert np.allclose(band_data(window, "launch_price"), full.launch.space[1], equal_nan=True)
    assert "now" in window.panel.uncertainty.probability_label.text()
    assert "2030" in window.panel.uncertainty.probability_label.text()

    window.actions_by_name["bands"].trigger()
    assert not window.controller.uncertainty.settings.bands
    assert not window.panel.uncertainty.bands_check.isChecked()
    assert band_data(window, "launch_price").size == 0
    assert band_data(window, "year").size == 0
    assert window.dashboard.charts["launch_price"].bands.bands is None


def test_set_bands_enabled_is_what_the_benchmark_calls(qtbot, window):
    window.controller.set_bands_enabled(True)
    assert window.panel.uncertainty.bands_check.isChecked()
    wait_full(qtbot, window)
    assert window.dashboard.charts["year"].bands.bands is not None


def test_a_drag_with_bands_on_shows_live_bands_then_the_full_count(qtbot, window, user):
    # A triangular parameter: its draws centre on the slider, so the bands follow the drag.
    key = "launch_learning_rate"
    controller = window.controller
    controller.set_bands_enabled(True)
    before = wait_full(qtbot, window)
    drawn_before = band_data(window, "year")

    slider = window.panel.slider(key).slider
    window.panel.ensureWidgetVisible(slider)
    start = user.handle(slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for dx in range(-10, -130, -20):
        qtbot.mouseMove(slider, QPoint(start.x() + dx, start.y()))
        qtbot.waitUntil(lambda: not controller.pending, timeout=3000)
        live = controller.uncertainty.snapshot
        # Each frame of the drag carries bands of its own scenario, from the few live draws.
        assert live.scenario is controller.scenario
        assert live.samples == LIVE_SAMPLES and not live.full
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(start.x() - 130, start.y()))

    after = wait_full(qtbot, window)
    assert after.scenario[key] < before.scenario[key]
    assert after.samples == 10_000
    assert not np.allclose(band_data(window, "year"), drawn_before, equal_nan=True)
    assert not controller.uncertainty.busy
    assert window.undo_stack.count() == 1


def test_a_locked_parameter_is_held_in_the_draws(qtbot, window, spy_monte_carlo):
    editor = window.panel.slider(KEY)
    assert editor.lock_button is not None
    assert window.panel.slider("capacity_gw").lock_button is None  # scope: never drawn
    qtbot.mouseClick(editor.lock_button, Qt.MouseButton.LeftButton)
    assert KEY in window.controller.uncertainty.settings.locked
    window.controller.set_bands_enabled(True)
    wait_full(qtbot, window)
    assert spy_monte_carlo, "the window drew nothing"
    for call in spy_monte_carlo:
        assert KEY in call["locked"]
        drawn = np.asarray(call["mc"].results.scenario[KEY])
        assert np.all(drawn == window.controller.scenario[KEY])
    free = np.asarray(spy_monte_carlo[-1]["mc"].results.scenario["pue"])
    assert np.ptp(free) > 0


def test_lock_all_and_unlock_all_move_every_padlock(qtbot, window):
    panel = window.panel
    qtbot.mouseClick(panel.uncertainty.lock_all_button, Qt.MouseButton.LeftButton)
    sliders = [e for e in panel.editors.values() if getattr(e, "lock_button", None) is not None]
    assert sliders and all(e.is_locked() for e in sliders)
    assert len(window.controller.uncertainty.settings.locked) == len(sliders)
    assert "locked" in panel.uncertainty.status_text()
    qtbot.mouseClick(panel.uncertainty.unlock_all_button, Qt.MouseButton.LeftButton)
    assert not any(e.is_locked() for e in sliders)
    assert window.controller.uncertainty.settings.locked == frozenset()


def test_every_parameter_locked_collapses_the_bands_to_the_curves(qtbot, window):
    window.controller.uncertainty.lock_all()
    window.controller.set_bands_enabled(True)
    full = wait_full(qtbot, window)
    launch = full.launch
    assert np.allclose(launch.space[0], launch.space[2], equal_nan=True)
    results = window.controller.results
    assert full.p_now == float(results["space_to_earth_ratio"] < 1)


def test_settings_reach_the_draws(qtbot, window, spy_monte_carlo):
    panel = window.panel.uncertainty
    window.controller.set_bands_enabled(True)
    panel.samples_combo.setCurrentIndex(panel.samples_combo.findData(1_000))
    panel.seed_box.setValue(7)
    panel.width_slider.setValue(40)
    full = wait_full(qtbot, window)
    assert (full.samples, full.settings.seed, full.settings.width) == (1_000, 7, 0.4)
    last = spy_monte_carlo[-1]
    assert (last["samples"], last["seed"], last["width"]) == (1_000, 7, 0.4)
    assert panel.width_label.text() == "40% of range"


def test_a_full_count_overtaken_by_a_newer_scenario_is_ignored(qtbot, window, monkeypatch):
    gate, started = threading.Event(), threading.Event()
    real = uncertainty_controller.compute_snapshot
    held_price = window.controller.scenario[KEY]

    def gated(scenario, settings, samples, full, is_stale=lambda: False):
        if full and scenario[KEY] == held_price:
            started.set()
            gate.wait(10)
        return real(scenario, settings, samples, full, is_stale=is_stale)

    monkeypatch.setattr(uncertainty_controller, "compute_snapshot", gated)
    delivered = []
    window.controller.uncertainty.snapshot_ready.connect(delivered.append)
    window.controller.set_bands_enabled(True)
    qtbot.waitUntil(started.is_set, timeout=5000)
    window.controller.set_values({KEY: 500.0})
    qtbot.waitUntil(lambda: not window.controller.pending, timeout=3000)
    gate.set()
    newest = wait_full(qtbot, window)
    assert newest.scenario[KEY] == 500.0
    assert [s.scenario[KEY] for s in delivered if s.full] == [500.0]
    assert window.panel.uncertainty.probability_label.text() == probability_text(newest)


# The crossover tornado needs a scenario with a crossover (since issue 10, one that lasts).
def test_tornado_rows_fill_and_follow_the_metric_switch(qtbot, make_window, orbit_favoured):
    window = make_window(orbit_favoured)
    chart = window.dashboard.charts["tornado"]
    u = window.controller.uncertainty
    qtbot.waitUntil(lambda: u.tornado is not None, timeout=5000)
    results = window.controller.results
    assert chart.metric_title == METRICS["crossover_year"]
    assert 0 < len(chart.rows) <= TORNADO_ROWS
    assert chart.base_value == pytest.approx(float(results["crossover_year"]))
    expected = tornado(results.scenario, "crossover_year")
    assert chart.rows[0].key == expected[0].key

    combo = window.panel.uncertainty.metric_combo
    combo.setCurrentIndex(combo.findData("breakeven_launch_usd_per_kg"))
    assert chart.metric_title == METRICS["breakeven_launch_usd_per_kg"]
    assert chart.base_value == pytest.approx(float(results["breakeven_launch_usd_per_kg"]))
    expected = tornado(results.scenario, "breakeven_launch_usd_per_kg")
    assert chart.rows[0].key == expected[0].key
    assert "Breakeven" in chart.csv_text().splitlines()[0]


def test_the_tornado_follows_locks_and_the_scenario(qtbot, make_window, orbit_favoured):
    window = make_window(orbit_favoured)
    u = window.controller.uncertainty
    qtbot.waitUntil(lambda: u.tornado is not None, timeout=5000)
    top = window.dashboard.charts["tornado"].rows[0].key
    u.set_locked(top, True)
    qtbot.waitUntil(lambda: top not in [r.key for r in u.tornado.rows], timeout=5000)
    assert top not in [r.key for r in window.dashboard.charts["tornado"].rows]
    window.controller.set_values({KEY: 300.0})
    qtbot.waitUntil(lambda: u.tornado.scenario is window.controller.scenario, timeout=5000)
    base = float(evaluate(window.controller.scenario)["crossover_year"])
    assert window.dashboard.charts["tornado"].base_value == pytest.approx(base)


def test_thresholds_table_fills_off_the_gui_thread(qtbot, make_window):
    # Starcloud's scenario is near parity: some parameters alone can tie orbit and ground.
    window = make_window("starcloud-2024")
    window.actions_by_name["thresholds"].trigger()
    dialog = window.uncertainty_views.thresholds_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    cells = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert any(c == "none in range" for c in cells)
    assert any(c != "none in range" for c in cells)
    dialog.close()
    assert not window.controller.uncertainty._thresholds_wanted


def test_closing_the_window_while_the_full_count_runs(qtbot, make_window):
    window = make_window()
    window.controller.set_bands_enabled(True)
    u = window.controller.uncertainty
    qtbot.waitUntil(lambda: u.bands_runner.busy, timeout=5000)
    window.close()
    assert not u.busy


@pytest.mark.parametrize(
    ("p", "text"), [(0.0, "0%"), (0.004, "<1%"), (0.5, "50%"), (0.995, ">99%"), (1.0, "100%")]
)
def test_percent_never_rounds_a_chance_away(p, text):
    assert percent(p) == text
