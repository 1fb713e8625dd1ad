"""The window reacts to a user: dragged sliders and typed values move the curves and headline."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from explorer.ui.controller import AppController

KEY = "launch_price_usd_per_kg"


def curve_data(app: AppController) -> list[np.ndarray]:
    """The y data of every curve on every chart, in a stable order."""
    data = []
    for name in sorted(app.dashboard.charts):
        chart = app.dashboard.charts[name]
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


def test_dragging_a_slider_moves_curves_and_headline(app, user):
    slider = app.panel.slider(KEY)
    app.panel.ensureWidgetVisible(slider)
    curves = curve_data(app)
    assert curves, "the charts show no curves"
    space = app.headline.text("space")
    user.drag(slider.slider, -150)
    user.settle(app)
    assert app.scenario[KEY] < 1800
    assert app.headline.text("space") != space
    assert curves_changed(curves, curve_data(app))


def test_typing_a_value_moves_curves_and_headline(app, user):
    editor = app.panel.slider(KEY)
    curves = curve_data(app)
    space = app.headline.text("space")
    user.type(editor, "100")
    user.settle(app)
    assert app.scenario[KEY] == 100
    assert app.headline.text("space") != space
    assert curves_changed(curves, curve_data(app))


def test_a_drag_is_one_undo_step(app, user):
    before = app.scenario[KEY]
    user.drag(app.panel.slider(KEY).slider, -150, steps=12)
    user.settle(app)
    assert app.scenario[KEY] < before
    assert app.undo_stack.count() == 1
    app.undo_stack.undo()
    user.settle(app)
    assert app.scenario[KEY] == before
    assert app.panel.slider(KEY).spin_box.value() == before
    app.undo_stack.redo()
    assert app.scenario[KEY] < before


def test_typed_values_and_switches_are_separate_steps(app, user):
    user.type(app.panel.slider(KEY), "500")
    app.panel.editors["boundary"].combo_box.setCurrentIndex(2)
    assert app.undo_stack.count() == 2
    assert app.scenario["boundary"] == "power"
    app.undo_stack.undo()
    assert app.scenario["boundary"] == "full"
    assert app.panel.editors["boundary"].value() == "full"
    assert app.scenario[KEY] == 500


def test_reset_is_undoable(app, user):
    reference = app.session.reference[KEY]
    user.type(app.panel.slider(KEY), "300")
    user.type(app.panel.slider("payload_t"), "150")
    app.panel.sections["launch"].reset_button.click()
    assert app.scenario[KEY] == reference
    assert app.panel.slider(KEY).value() == reference
    app.undo_stack.undo()
    assert app.scenario[KEY] == 300
    assert app.scenario["payload_t"] == 150


def test_reset_all_costs_one_evaluation(app, user):
    user.type(app.panel.slider(KEY), "300")
    user.type(app.panel.slider("gpu_power_kw"), "2")
    user.settle(app)
    count = app.evaluations
    app.window.actions_by_name["reset_all"].trigger()
    user.settle(app)
    # One evaluation at most for all the values reset (none: the preset's results are kept).
    assert app.evaluations - count <= 1
    assert app.scenario == app.session.reference
    assert not app.window.isWindowModified()


def test_changed_values_are_marked_and_the_title_says_modified(app, user):
    assert not app.window.isWindowModified()
    user.type(app.panel.slider(KEY), "300")
    assert app.window.isWindowModified()
    assert app.panel.slider(KEY).title_label.font().bold()
    assert not app.panel.slider("payload_t").title_label.font().bold()


@pytest.mark.parametrize("key", ["capacity_gw", "start_year", "solar_tariff_pct"])
def test_every_kind_of_slider_reaches_the_model(app, user, key):
    editor = app.panel.slider(key)
    editor.slider.setFocus()
    before = app.scenario[key]
    user.drag(editor.slider, 40)
    assert app.scenario[key] != before
