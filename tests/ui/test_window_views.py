"""Presentation mode, themes, pinning, the headline's verdicts, and Help > Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from explorer.model import Scenario
from explorer.ui import menus
from explorer.ui.widgets import headline_format as fmt


def test_presentation_mode_goes_full_screen_and_esc_leaves(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.is_presentation()
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.panel.isVisible() and window.headline.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_presentation()
    assert window.menuBar().isVisible() and not window.isFullScreen()


def test_presentation_mode_makes_the_headline_larger(window):
    normal = window.headline.tiles["space"].value.font().pointSizeF()
    window.set_presentation(True)
    assert window.headline.tiles["space"].value.font().pointSizeF() > normal * 1.3
    window.set_presentation(False)
    assert window.headline.tiles["space"].value.font().pointSizeF() == normal


def test_dark_theme_toggles_and_persists(window, make_window):
    light = window.palette().window().color().lightness()
    window.actions_by_name["dark_theme"].trigger()
    assert window.theme == "dark"
    assert window.palette().window().color().lightness() < light
    window.close()
    assert make_window().theme == "dark"


def test_dialogs_open_in_the_dark_theme(window):
    from explorer.ui.menus import show_shortcuts

    window.set_theme("dark")
    shortcuts = show_shortcuts(window)
    thresholds = window.uncertainty_views.show_thresholds()
    for dialog in (shortcuts, thresholds):
        assert dialog.palette().window().color() == window.palette().window().color()
        dialog.close()


def test_pin_hands_the_pinned_results_to_the_charts(window, user):
    received = []
    window.controller.results_ready.connect(lambda _: received.append(window.controller.pinned))
    window.actions_by_name["pin"].trigger()
    pinned = window.controller.pinned
    assert pinned is not None and received[-1] is pinned
    user.type(window.panel.slider("launch_price_usd_per_kg"), "50")
    user.settle(window)
    assert window.controller.pinned is pinned
    assert window.controller.results is not pinned
    window.actions_by_name["pin"].trigger()
    assert window.controller.pinned is None


def test_infeasible_scenarios_show_their_reasons(window, user):
    window.set_scenario(
        window.controller.scenario.with_changes(
            radiator_temp_c=20.0, radiator_absorbed_w_per_m2=400.0, sink_temp_k=250.0
        ),
        "radiator cannot reject heat",
    )
    user.settle(window)
    assert window.headline.reasons_label.isVisible()
    assert "radiator" in window.headline.reasons_label.text()
    assert window.headline.text("space") == "infeasible"


def test_headline_formats():
    assert fmt.money(2.634) == "$2.63"
    assert fmt.money(1234.4, "/kg") == "$1,234/kg"
    assert fmt.month_year(2029 + 1.5 / 12) == "Feb 2029"
    assert fmt.crossover(float("nan")) == "none by 2050"
    assert fmt.crossover(2031.6) == "Aug 2031 (2.5 yr after claim)"
    assert fmt.ratio(0.5) == "0.50× (orbit cheaper)"


def test_crossover_is_shown_beside_the_claim(window, user):
    window.set_scenario(Scenario({"launch_price_usd_per_kg": 20.0}), "cheap")
    user.settle(window)
    assert "Feb 2029" in window.headline.tiles["crossover"].note.text()


def test_shortcuts_dialog_lists_the_real_shortcuts(window, qtbot):
    dialog = menus.show_shortcuts(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Ctrl+Z"] == "Undo"
    assert rows["Ctrl+Shift+Z or Ctrl+Y"] == "Redo"
    assert rows["F11"] == "Presentation mode"
    assert "PageUp / PageDown" in rows


def test_sliders_are_reachable_with_tab(window, qtbot):
    window.actions_by_name["focus_panel"].trigger()
    seen = set()
    for _ in range(12):
        focus = QGuiApplication.focusObject()
        seen.add(focus.accessibleName() if focus is not None else "")
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert "Launch price" in seen
    assert "Launch learning rate" in seen
