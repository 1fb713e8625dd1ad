"""The window reacts to a user: dragged sliders and typed values move the curves and headline."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from explorer.ui.main_window import MainWindow

KEY = "launch_price_usd_per_kg"


def curve_data(window: MainWindow) -> list[np.ndarray]:
    """The y data of every curve on every chart, in a stable order."""
    data = []
    for name in sorted(window.dashboard.charts):
        chart = window.dashboard.charts[name]
        for view in chart.findChildren(pg.GraphicsView):
            for item in view.scene().items(pg.QtCore.Qt.SortOrder.AscendingOrder):
                if isinstance(item, pg.PlotDataItem) and item.isVisible():
                    _, y = item.getData()
                    if y is not None and len(y):
                        data.append(np.array(y, dtype=float))
    return data


def curves_changed(before: list[np.ndarray], after: list[np.ndarray]) -> bool:
    if len(before) != len(after):
        return True
    return any(
        a.shape != b.shape or not np.allclose(a, b, equal_nan=True)
        for a, b in zip(before, after, strict=True)
    )


def test_dragging_a_slider_moves_curves_and_headline(window, user):
    slider = window.panel.slider(KEY)
    window.panel.ensureWidgetVisible(slider)
    curves = curve_data(window)
    assert curves, "the charts show no curves"
    space = window.headline.text("space")
    user.drag(slider.slider, -150)
    user.settle(window)
    assert window.controller.scenario[KEY] < 1800
    assert window.headline.text("space") != space
    assert curves_changed(curves, curve_data(window))


def test_typing_a_value_moves_curves_and_headline(window, user):
    editor = window.panel.slider(KEY)
    curves = curve_data(window)
    space = window.headline.text("space")
    user.type(editor, "100")
    user.settle(window)
    assert window.controller.scenario[KEY] == 100
    assert window.headline.text("space") != space
    assert curves_changed(curves, curve_data(window))


def test_a_drag_is_one_undo_step(window, user):
    before = window.controller.scenario[KEY]
    user.drag(window.panel.slider(KEY).slider, -150, steps=12)
    user.settle(window)
    assert window.controller.scenario[KEY] < before
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    user.settle(window)
    assert window.controller.scenario[KEY] == before
    assert window.panel.slider(KEY).spin_box.value() == before
    window.undo_stack.redo()
    assert window.controller.scenario[KEY] < before


def test_typed_values_and_switches_are_separate_steps(window, user):
    user.type(window.panel.slider(KEY), "500")
    window.panel.editors["boundary"].combo_box.setCurrentIndex(2)
    assert window.undo_stack.count() == 2
    assert window.controller.scenario["boundary"] == "power"
    window.undo_stack.undo()
    assert window.controller.scenario["boundary"] == "full"
    assert window.panel.editors["boundary"].value() == "full"
    assert window.controller.scenario[KEY] == 500


def test_reset_is_undoable(window, user):
    reference = window.controller.reference_scenario[KEY]
    user.type(window.panel.slider(KEY), "300")
    user.type(window.panel.slider("payload_t"), "150")
    window.panel.sections["launch"].reset_button.click()
    assert window.controller.scenario[KEY] == reference
    assert window.panel.slider(KEY).value() == reference
    window.undo_stack.undo()
    assert window.controller.scenario[KEY] == 300
    assert window.controller.scenario["payload_t"] == 150


def test_reset_all_costs_one_evaluation(window, user):
    user.type(window.panel.slider(KEY), "300")
    user.type(window.panel.slider("gpu_power_kw"), "2")
    user.settle(window)
    count = window.controller.evaluations
    window.actions_by_name["reset_all"].trigger()
    user.settle(window)
    assert window.controller.evaluations == count + 1
    assert window.controller.scenario == window.controller.reference_scenario
    assert not window.isWindowModified()


def test_changed_values_are_marked_and_the_title_says_modified(window, user):
    assert not window.isWindowModified()
    user.type(window.panel.slider(KEY), "300")
    assert window.isWindowModified()
    assert window.panel.slider(KEY).title_label.font().bold()
    assert not window.panel.slider("payload_t").title_label.font().bold()


@pytest.mark.parametrize("key", ["capacity_gw", "start_year", "solar_tariff_pct"])
def test_every_kind_of_slider_reaches_the_model(window, user, key):
    editor = window.panel.slider(key)
    editor.slider.setFocus()
    before = window.controller.scenario[key]
    user.drag(editor.slider, 40)
    assert window.controller.scenario[key] != before
