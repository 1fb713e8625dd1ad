"""Uncertainty in the window: bands on and off, live bands during a drag, padlocks, stale results,
the tornado and its metric switch, the thresholds table."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.model import evaluate
from explorer.model.sensitivity import METRICS, tornado
from explorer.model.uncertainty import monte_carlo
from explorer.present import uncertainty as uncertainty_compute
from explorer.present.figures import figure_csv
from explorer.present.text.uncertainty import probability_text
from explorer.present.uncertainty import (
    LIVE_SAMPLES,
    LOCKED_BY_DEFAULT,
    TORNADO_ROWS,
    UNCERTAIN_KEYS,
)
from explorer.ui.controller import uncertainty as uncertainty_controller

KEY = "launch_price_usd_per_kg"


def band_data(app, chart: str) -> np.ndarray:
    """The P50 of orbit as drawn on a cost chart (empty when the bands are hidden)."""
    overlay = app.dashboard.charts[chart].bands
    item = overlay.median["space"]
    if not item.isVisible():
        return np.array([])
    _, y = item.getOriginalDataset()
    return np.asarray(y, dtype=float)


def wait_full(qtbot, app, timeout: int = 10_000):
    """Wait for the full count of the scenario on screen; returns the snapshot."""

    def arrived() -> bool:
        s = app.snapshot
        return s is not None and s.full and s.scenario is app.scenario

    qtbot.waitUntil(arrived, timeout=timeout)
    return app.snapshot


def set_bands(app, on: bool = True) -> None:
    app.set_uncertainty(replace(app.session.uncertainty, bands=on))


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


def test_bands_toggle_draws_bands_and_hides_them(qtbot, app):
    assert band_data(app, "launch_price").size == 0
    assert band_data(app, "year").size == 0
    qtbot.mouseClick(app.panel.uncertainty.bands_check, Qt.MouseButton.LeftButton)
    assert app.session.uncertainty.bands
    assert app.window.actions_by_name["bands"].isChecked()
    # A live preview at once, on the GUI thread ...
    live = app.snapshot
    assert live is not None and not live.full and live.samples == LIVE_SAMPLES
    assert np.isfinite(band_data(app, "launch_price")).sum() > 100
    assert np.isfinite(band_data(app, "year")).sum() > 10
    # ... then the full count from the worker, drawn on the same items.
    full = wait_full(qtbot, app)
    assert full.samples == app.session.uncertainty.samples == 10_000
    assert np.allclose(band_data(app, "launch_price"), full.launch.space[1], equal_nan=True)
    assert "now" in app.panel.uncertainty.probability_label.text()
    assert "2030" in app.panel.uncertainty.probability_label.text()

    app.window.actions_by_name["bands"].trigger()
    assert not app.session.uncertainty.bands
    assert not app.panel.uncertainty.bands_check.isChecked()
    assert band_data(app, "launch_price").size == 0
    assert band_data(app, "year").size == 0
    assert app.dashboard.charts["launch_price"].bands.bands is None


def test_set_uncertainty_is_what_the_benchmark_calls(qtbot, app):
    set_bands(app)
    assert app.panel.uncertainty.bands_check.isChecked()
    wait_full(qtbot, app)
    assert app.dashboard.charts["year"].bands.bands is not None


def test_a_drag_with_bands_on_shows_live_bands_then_the_full_count(qtbot, app, user):
    # A triangular parameter: its draws centre on the slider, so the bands follow the drag.
    key = "launch_learning_rate"
    set_bands(app)
    before = wait_full(qtbot, app)
    drawn_before = band_data(app, "year")

    slider = app.panel.slider(key).slider
    app.panel.ensureWidgetVisible(slider)
    start = user.handle(slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for dx in range(-10, -130, -20):
        qtbot.mouseMove(slider, QPoint(start.x() + dx, start.y()))
        qtbot.waitUntil(lambda: not app.pending, timeout=3000)
        live = app.snapshot
        # Each frame of the drag carries bands of its own scenario, from the few live draws.
        assert live.scenario is app.scenario
        assert live.samples == LIVE_SAMPLES and not live.full
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(start.x() - 130, start.y()))

    after = wait_full(qtbot, app)
    assert after.scenario[key] < before.scenario[key]
    assert after.samples == 10_000
    assert not np.allclose(band_data(app, "year"), drawn_before, equal_nan=True)
    assert not app.uncertainty.busy
    assert app.undo_stack.count() == 1


def test_a_locked_parameter_is_held_in_the_draws(qtbot, app, spy_monte_carlo):
    editor = app.panel.slider(KEY)
    assert editor.lock_button is not None
    assert app.panel.slider("capacity_gw").lock_button is None  # scope: never drawn
    qtbot.mouseClick(editor.lock_button, Qt.MouseButton.LeftButton)
    assert KEY in app.session.uncertainty.locked
    set_bands(app)
    wait_full(qtbot, app)
    assert spy_monte_carlo, "the window drew nothing"
    for call in spy_monte_carlo:
        assert KEY in call["locked"]
        drawn = np.asarray(call["mc"].results.scenario[KEY])
        assert np.all(drawn == app.scenario[KEY])
    free = np.asarray(spy_monte_carlo[-1]["mc"].results.scenario["pue"])
    assert np.ptp(free) > 0


def test_policy_padlocks_start_shut_and_opening_one_draws_it(qtbot, app, spy_monte_carlo):
    policy = "discount_rate_pct"
    assert policy in LOCKED_BY_DEFAULT
    editor = app.panel.slider(policy)
    assert editor.is_locked() and "policy or design" in editor.lock_button.toolTip()
    assert not app.panel.slider(KEY).is_locked()
    description = app.panel.uncertainty.varied_label
    qtbot.waitUntil(lambda: description.text().startswith("Varying "), timeout=3000)
    assert "Discount rate" in description.toolTip().split("unlock to draw")[1]
    set_bands(app)
    wait_full(qtbot, app)
    assert all(policy not in call["unlocked"] for call in spy_monte_carlo)
    held = np.asarray(spy_monte_carlo[-1]["mc"].results.scenario[policy])
    assert np.all(held == app.scenario[policy])

    spy_monte_carlo.clear()
    qtbot.mouseClick(editor.lock_button, Qt.MouseButton.LeftButton)
    assert not editor.is_locked()
    assert policy in app.session.uncertainty.unlocked
    assert policy not in app.session.uncertainty.locked
    wait_full(qtbot, app)
    assert spy_monte_carlo and all(policy in call["unlocked"] for call in spy_monte_carlo)
    drawn = np.asarray(spy_monte_carlo[-1]["mc"].results.scenario[policy])
    assert np.ptp(drawn) > 0
    qtbot.waitUntil(
        lambda: "Discount rate" not in description.toolTip().split("unlock to draw")[1],
        timeout=3000,
    )
    assert "  Discount rate " in description.toolTip()
    # Shut again: held again, as before.
    qtbot.mouseClick(editor.lock_button, Qt.MouseButton.LeftButton)
    assert editor.is_locked() and policy not in app.session.uncertainty.unlocked


def test_the_chance_is_among_feasible_draws_with_the_infeasible_share_beside_it(qtbot, make_app):
    # The seed claims' 100 W/kg drawn up to 150 W/kg leaves some draws without an answer.
    app = make_app("seed-claims-2026")
    set_bands(app)
    full = wait_full(qtbot, app)
    assert 0 < full.infeasible_share < 1
    text = app.panel.uncertainty.probability_label.text()
    assert text == probability_text(full)
    assert text.endswith("of draws infeasible)")
    assert "feasible" in app.panel.uncertainty.probability_label.toolTip()


def test_lock_all_and_unlock_all_move_every_padlock(qtbot, app):
    panel = app.panel
    qtbot.mouseClick(panel.uncertainty.lock_all_button, Qt.MouseButton.LeftButton)
    sliders = [e for e in panel.editors.values() if getattr(e, "lock_button", None) is not None]
    assert sliders and all(e.is_locked() for e in sliders)
    assert len(app.session.uncertainty.locked) == len(sliders)
    assert "locked" in panel.uncertainty.status_label.text()
    qtbot.mouseClick(panel.uncertainty.unlock_all_button, Qt.MouseButton.LeftButton)
    assert not any(e.is_locked() for e in sliders)
    assert app.session.uncertainty.locked == frozenset()
    # Unlock all opens the policy and design choices' padlocks too.
    assert app.session.uncertainty.unlocked == LOCKED_BY_DEFAULT


def test_every_parameter_locked_collapses_the_bands_to_the_curves(qtbot, app):
    app.set_uncertainty(replace(app.session.uncertainty, locked=UNCERTAIN_KEYS))
    set_bands(app)
    full = wait_full(qtbot, app)
    launch = full.launch
    assert np.allclose(launch.space[0], launch.space[2], equal_nan=True)
    results = app.results
    assert full.p_now == float(results["space_to_earth_ratio"] < 1)


def test_settings_reach_the_draws(qtbot, app, spy_monte_carlo):
    panel = app.panel.uncertainty
    set_bands(app)
    panel.samples_combo.setCurrentIndex(panel.samples_combo.findData(1_000))
    panel.seed_box.setValue(7)
    panel.width_slider.setValue(40)
    full = wait_full(qtbot, app)
    assert (full.samples, full.settings.seed, full.settings.width) == (1_000, 7, 0.4)
    last = spy_monte_carlo[-1]
    assert (last["samples"], last["seed"], last["width"]) == (1_000, 7, 0.4)
    assert panel.width_label.text() == "×0.40 spread"


def test_a_full_count_overtaken_by_a_newer_scenario_is_ignored(qtbot, app, monkeypatch):
    gate, started = threading.Event(), threading.Event()
    real = uncertainty_controller.compute_snapshot
    held_price = app.scenario[KEY]

    def gated(scenario, settings, samples, full, is_stale=lambda: False):
        if full and scenario[KEY] == held_price:
            started.set()
            gate.wait(10)
        return real(scenario, settings, samples, full, is_stale=is_stale)

    monkeypatch.setattr(uncertainty_controller, "compute_snapshot", gated)
    delivered = []
    app.uncertainty.snapshot_ready.connect(delivered.append)
    set_bands(app)
    qtbot.waitUntil(started.is_set, timeout=5000)
    app.set_values({KEY: 500.0})
    qtbot.waitUntil(lambda: not app.pending, timeout=3000)
    gate.set()
    newest = wait_full(qtbot, app)
    assert newest.scenario[KEY] == 500.0
    assert [s.scenario[KEY] for s in delivered if s.full] == [500.0]
    assert app.panel.uncertainty.probability_label.text() == probability_text(newest)


# The crossover tornado needs a scenario with a crossover (since issue 10, one that lasts).
def test_tornado_rows_fill_and_follow_the_metric_switch(qtbot, make_app, orbit_favoured):
    app = make_app(orbit_favoured)
    chart = app.dashboard.charts["tornado"]
    u = app.uncertainty
    qtbot.waitUntil(lambda: u.tornado is not None, timeout=5000)
    results = app.results
    assert chart.figure.x.label == METRICS["crossover_year"]
    assert 0 < len(chart.rows) <= TORNADO_ROWS
    assert chart.figure.base.value == pytest.approx(float(results["crossover_year"]))
    expected = tornado(results.scenario, "crossover_year")
    assert chart.rows[0].key == expected[0].key

    combo = app.panel.uncertainty.metric_combo
    combo.setCurrentIndex(combo.findData("breakeven_launch_usd_per_kg"))
    assert chart.figure.x.label == METRICS["breakeven_launch_usd_per_kg"]
    base = float(results["breakeven_launch_usd_per_kg"])
    assert chart.figure.base.value == pytest.approx(base, nan_ok=True)
    expected = tornado(results.scenario, "breakeven_launch_usd_per_kg")
    assert chart.rows[0].key == expected[0].key
    assert "Breakeven" in figure_csv(chart.figure).splitlines()[0]


def test_the_tornado_follows_locks_and_the_scenario(qtbot, make_app, orbit_favoured):
    app = make_app(orbit_favoured)
    u = app.uncertainty
    qtbot.waitUntil(lambda: u.tornado is not None, timeout=5000)
    top = app.dashboard.charts["tornado"].rows[0].key
    app.set_uncertainty(app.session.uncertainty.with_lock(top, True))
    qtbot.waitUntil(lambda: top not in [r.key for r in u.tornado.rows], timeout=5000)
    assert top not in [r.key for r in app.dashboard.charts["tornado"].rows]
    app.set_values({KEY: 300.0})
    qtbot.waitUntil(lambda: u.tornado.scenario is app.scenario, timeout=5000)
    base = float(evaluate(app.scenario)["crossover_year"])
    assert app.dashboard.charts["tornado"].figure.base.value == pytest.approx(base)


def test_thresholds_table_fills_off_the_gui_thread(qtbot, make_app):
    # Starcloud's scenario is near parity: some parameters alone can tie orbit and ground.
    app = make_app("starcloud-2024")
    app.window.actions_by_name["thresholds"].trigger()
    dialog = app.window.thresholds_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    cells = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert any(c == "none in range" for c in cells)
    assert any(c != "none in range" for c in cells)
    dialog.close()
    assert not app.uncertainty.thresholds_wanted


def test_closing_the_window_while_the_full_count_runs(qtbot, make_app):
    app = make_app()
    set_bands(app)
    u = app.uncertainty
    qtbot.waitUntil(lambda: u.bands_runner.busy, timeout=5000)
    app.window.close()
    assert not u.busy
