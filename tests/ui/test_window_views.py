"""Presentation mode, themes, pinning, the headline's verdicts, and Help > Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGraphicsItem

from explorer.model import Scenario


def test_presentation_mode_goes_full_screen_and_esc_leaves(app, qtbot):
    qtbot.keyClick(app.window, Qt.Key.Key_F11)
    assert app.window.is_presentation()
    assert app.window.isFullScreen()
    assert not app.window.menuBar().isVisible() and not app.window.toolbar.isVisible()
    assert app.panel.isVisible() and app.headline.isVisible()
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)
    assert not app.window.is_presentation()
    assert app.window.menuBar().isVisible() and not app.window.isFullScreen()


def test_presentation_mode_makes_the_headline_larger(app):
    normal = app.headline.tiles["space"].value.font().pointSizeF()
    app.window.set_presentation(True)
    assert app.headline.tiles["space"].value.font().pointSizeF() > normal * 1.3
    app.window.set_presentation(False)
    assert app.headline.tiles["space"].value.font().pointSizeF() == normal


def test_dark_theme_toggles_and_persists(app, make_app):
    light = app.window.palette().window().color().lightness()
    app.window.actions_by_name["dark_theme"].trigger()
    assert app.window.theme == "dark"
    assert app.window.palette().window().color().lightness() < light
    app.window.close()
    assert make_app().window.theme == "dark"


def test_dialogs_open_in_the_dark_theme(app):
    app.window.set_theme("dark")
    shortcuts = app.window.show_shortcuts()
    app.show_thresholds()
    thresholds = app.window.thresholds_dialog
    for dialog in (shortcuts, thresholds):
        assert dialog.palette().window().color() == app.window.palette().window().color()
        dialog.close()


def test_pin_hands_the_pinned_curves_to_the_charts(app, user):
    chart = app.dashboard.charts["launch_price"]
    app.window.actions_by_name["pin"].trigger()
    pinned = app.session.pinned
    assert pinned is app.scenario
    assert chart.figure.costs["pinned"] is not None
    assert chart.curves[("space", "pinned")].isVisible()
    user.type(app.panel.slider("launch_price_usd_per_kg"), "50")
    user.settle(app)
    assert app.session.pinned is pinned and app.scenario is not pinned
    assert chart.curves[("space", "pinned")].isVisible()
    app.window.actions_by_name["pin"].trigger()
    assert app.session.pinned is None
    assert not chart.curves[("space", "pinned")].isVisible()


def test_infeasible_scenarios_show_their_reasons(app, user):
    app.set_scenario(
        app.scenario.with_changes(
            radiator_temp_c=20.0, radiator_absorbed_w_per_m2=400.0, sink_temp_k=250.0
        ),
        "radiator cannot reject heat",
    )
    user.settle(app)
    assert app.headline.reasons_label.isVisible()
    assert "radiator" in app.headline.reasons_label.text()
    assert app.headline.text("space") == "infeasible"


def test_crossover_is_shown_beside_the_claim(app, user):
    app.set_scenario(Scenario({"launch_price_usd_per_kg": 20.0}), "cheap")
    user.settle(app)
    assert "Feb 2029" in app.headline.tiles["crossover"].note.text()


def test_shortcuts_dialog_lists_the_real_shortcuts(app, qtbot):
    dialog = app.window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Ctrl+Z"] == "Undo"
    assert rows["Ctrl+Shift+Z or Ctrl+Y"] == "Redo"
    assert rows["F11"] == "Presentation mode"
    assert "PageUp / PageDown" in rows
    assert rows["F5"] == "Talk mode"
    assert rows["PageDown, →, Space, Enter"] == "Next scene (a clicker's forward button)"


def test_sliders_are_reachable_with_tab(app, qtbot):
    app.window.actions_by_name["focus_panel"].trigger()
    seen = set()
    for _ in range(12):
        focus = QGuiApplication.focusObject()
        seen.add(focus.accessibleName() if focus is not None else "")
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert "Launch price" in seen
    assert "Launch learning rate" in seen


def test_a_too_light_top_down_mass_is_warned_of_in_the_headline_and_the_claims(make_app):
    # The seed claims' 100 W/kg leaves the array and the radiator lighter than any in the registry.
    app = make_app("seed-claims-2026")
    label = app.headline.warning_label
    assert label.isVisible()
    assert label.text().startswith("⚠ Top-down mass leaves the array ")
    assert "x as heavy" in label.text()
    assert label.toolTip().startswith("Top-down at 100 W/kg leaves the array ")
    board = app.dashboard.charts["claims"]
    (l1,) = [row for row in board.figure.rows if row.claim_id == "L1"]
    assert "top-down ⚠" in l1.value and "⚠ Top-down at 100 W/kg" in l1.tooltip
    # Built bottom-up, the spacecraft is what its parts weigh: no warning.
    app.set_values({"mass_model": "bottom_up"})
    app.flush()
    assert not label.isVisibleTo(app.window) and label.text() == ""


def test_the_empty_tornado_says_why_in_a_note_painted_without_a_cache(app, qtbot):
    # Since issue 10 the baseline has no crossover and no parameter alone makes one: the tornado
    # has no row from the start. A note shown before the chart's first paint kept an empty device
    # cache and painted its box without its words, so the notes' text is never cached.
    chart = app.dashboard.charts["tornado"]
    qtbot.waitUntil(lambda: app.uncertainty.tornado is not None, timeout=5000)
    note = chart.frame.note
    assert note.isVisible() and note.toPlainText().startswith("No parameter alone")
    for name, other in app.dashboard.charts.items():
        for frame in getattr(other, "frames", ()):
            mode = frame.note.textItem.cacheMode()
            assert mode == QGraphicsItem.CacheMode.NoCache, name
