"""Charts that hold still while a presenter drags: the tornado keeps its rows and every axis its
range until the slider is let go, then they follow; a chart's menu locks its axes; an empty
chart shows its note without axes; money axes say "$" with k/M suffixes, never "(x0.001)"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from explorer.present.figures import CHART_NAMES
from explorer.ui.controller.uncertainty import SETTLE_MS
from explorer.ui.widgets.param_slider import ParamSlider

KEY = "launch_price_usd_per_kg"


def _y_range(chart) -> tuple[float, float]:
    return tuple(chart.frame.plot.vb.viewRange()[1])


def _hold(qtbot, user, editor: ParamSlider, moves: list[int], pause_ms: int) -> QPoint:
    """Take the handle and move it by ``moves`` pixels one after the other, pausing between
    moves longer than the scenario needs to count as resting."""
    slider = editor.slider
    start = user.handle(slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    x = start.x()
    for dx in moves:
        x += dx
        qtbot.mouseMove(slider, QPoint(x, start.y()))
        qtbot.wait(pause_ms)
    return QPoint(x, start.y())


def test_the_tornado_keeps_its_rows_through_a_drag_and_follows_on_release(
    qtbot, user, make_app, orbit_favoured
):
    app = make_app(orbit_favoured)
    chart = app.dashboard.charts["tornado"]
    qtbot.waitUntil(lambda: app.uncertainty.tornado is not None, timeout=5000)
    before = chart.figure
    editor = app.panel.slider(KEY)
    end = _hold(qtbot, user, editor, [-40, -40, -40], pause_ms=SETTLE_MS + 150)
    assert app.scenario[KEY] != orbit_favoured.scenario[KEY]
    assert chart.figure is before, "the tornado changed its rows in the middle of a drag"
    qtbot.mouseRelease(editor.slider, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: app.uncertainty.tornado.scenario is app.scenario, timeout=5000)
    assert chart.figure is not before
    assert chart.figure.base.value != before.base.value


def test_axes_hold_during_a_drag_and_refit_on_release(qtbot, user, app):
    chart = app.dashboard.charts["breakdown"]
    held = _y_range(chart)
    editor = app.panel.slider(KEY)
    # Dearer launch: the orbit stack grows past the axis while the handle is held.
    end = _hold(qtbot, user, editor, [60, 60, 60], pause_ms=30)
    top = float(chart.figure.y_top)
    assert _y_range(chart) == held
    assert top > held[1], "the test needs a drag that leaves the axis behind"
    qtbot.mouseRelease(editor.slider, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: _y_range(chart)[1] >= top, timeout=3000)


def test_a_charts_menu_locks_its_axes(qtbot, app, user):
    chart = app.dashboard.charts["year"]
    menu = chart.chart_menu()
    lock = chart.lock_action
    assert lock in menu.actions() and lock.isCheckable() and not lock.isChecked()
    lock.trigger()
    assert chart.axes_locked
    locked = _y_range(chart)
    user.type(app.panel.slider(KEY), "9000")
    user.settle(app)
    assert _y_range(chart) == locked
    lock.trigger()
    assert not chart.axes_locked
    assert _y_range(chart) != locked


def test_an_empty_tornado_shows_its_note_without_axes(qtbot, app):
    chart = app.dashboard.charts["tornado"]
    qtbot.waitUntil(lambda: app.uncertainty.tornado is not None, timeout=5000)
    # At the baseline no parameter alone brings a crossover by 2050: no rows.
    assert not chart.figure.rows and chart.figure.note
    assert chart.frame.note.isVisible()
    for side in ("left", "bottom"):
        assert not chart.frame.plot.getAxis(side).isVisible()
    assert not chart.base.line.isVisible()


def test_money_axes_carry_dollars_and_suffixes_never_a_shared_multiplier(make_app):
    # Starcloud's sum is cents per GPU-hour: pyqtgraph's own axis wrote "$350" and "(x0.001)".
    app = make_app("starcloud-2024")
    for name in CHART_NAMES:
        chart = app.dashboard.charts[name]
        for frame in getattr(chart, "frames", []):
            for side in ("left", "bottom", "right"):
                axis = frame.plot.getAxis(side)
                assert "(x" not in axis.labelString(), f"{name} {side}: {axis.labelString()}"
    axis = app.dashboard.charts["breakdown"].frame.plot.getAxis("left")
    low, high = axis.range
    values = [low + (high - low) * i / 4 for i in range(5)]
    texts = axis.tickStrings(values, 1.0, (high - low) / 4)
    assert all(text.startswith("$") for text in texts), texts
    assert float(texts[-1].lstrip("$")) < 1, texts
