"""Breakdown, scale, claims board and tornado draw their figures: items are reused, overlays show
and hide as the figure says, the board touches only what changed."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.model import evaluate
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.parts import BOUNDARY_PARTS, PARTS
from explorer.model.sensitivity import SensitivityRow
from explorer.present.figures.frame import Frame, Memo
from explorer.present.figures.tornado import tornado_figure
from explorer.present.uncertainty import TornadoSnapshot
from explorer.ui.charts import BreakdownChart, ClaimsBoard, ScaleChart, TornadoChart
from tests.ui.charts.conftest import figure_of


@pytest.fixture()
def breakdown(qtbot) -> BreakdownChart:
    chart = BreakdownChart()
    qtbot.addWidget(chart)
    return chart


def _stack_top(chart: BreakdownChart) -> np.ndarray:
    y0, height = chart.segment(len(PARTS) - 1)
    return y0 + height


def test_breakdown_stacks_match_the_model_totals(breakdown, results):
    breakdown.set_figure(figure_of("breakdown", results))
    np.testing.assert_allclose(
        _stack_top(breakdown),
        [float(results["earth.usd_per_gpu_hour"]), float(results["space.usd_per_gpu_hour"])],
        rtol=1e-9,
    )
    assert breakdown.totals[0].toPlainText() == f"${float(results['earth.usd_per_gpu_hour']):.2f}"


def test_breakdown_draws_only_parts_inside_the_boundary(breakdown, results):
    power = evaluate(results.scenario.with_changes(boundary="power"))
    breakdown.set_figure(figure_of("breakdown", results))
    stack = breakdown.stack
    breakdown.set_figure(figure_of("breakdown", power))
    assert "it_hardware" not in BOUNDARY_PARTS["power"]
    assert breakdown.stack is stack
    np.testing.assert_allclose(breakdown.segment(PARTS.index("it_hardware"))[1], 0.0)
    np.testing.assert_allclose(
        _stack_top(breakdown)[1], float(power["space.usd_per_gpu_hour"]), rtol=1e-9
    )


def test_breakdown_reference_and_pinned_totals(breakdown, results, cheap_launch):
    breakdown.set_figure(figure_of("breakdown", results, reference=cheap_launch))
    mark = breakdown.marks["reference"]
    assert mark.isVisible() and not breakdown.marks["pinned"].isVisible()
    _, y = mark.getOriginalDataset()
    assert y[0] == pytest.approx(float(cheap_launch["earth.usd_per_gpu_hour"]))
    breakdown.set_figure(figure_of("breakdown", results))
    assert not mark.isVisible()


@pytest.fixture()
def scale(qtbot) -> ScaleChart:
    chart = ScaleChart()
    qtbot.addWidget(chart)
    return chart


def test_scale_curve_and_point_follow_the_figure(scale, results):
    scale.set_figure(figure_of("scale", results))
    curve = scale.curves["current"]
    _, before = curve.getOriginalDataset()
    before = np.asarray(before).copy()
    # 4,500 t in the start year on 150 t rockets: 30 launches.
    lighter = evaluate(
        results.scenario.with_changes(launch_mass_2026_t_per_year=4500, payload_t=150)
    )
    scale.set_figure(figure_of("scale", lighter))
    assert scale.curves["current"] is curve
    _, after = curve.getOriginalDataset()
    np.testing.assert_allclose(np.asarray(after) / before, 1.5)
    x, _ = scale.point.getData()
    assert x[0] == pytest.approx(math.log10(30))
    assert "30 launches" in scale.point_label.toPlainText()


def test_scale_marks_the_claims(scale, results):
    figure = figure_of("scale", results)
    scale.set_figure(figure)
    assert scale.l5.line.value() == pytest.approx(math.log10(figure.l5.value))
    assert scale.l2_target.line.value() == pytest.approx(4.0)
    assert "L1" in scale.l1_label.toPlainText()
    low, high = scale.l2_stretch.getRegion()
    assert (10**low, 10**high) == pytest.approx((20_000, 30_000))


def test_scale_reference_hidden_without_reference(scale, results):
    scale.set_figure(figure_of("scale", results, pinned=results))
    assert scale.curves["pinned"].isVisible() and not scale.curves["reference"].isVisible()


@pytest.fixture()
def board(qtbot) -> ClaimsBoard:
    board = ClaimsBoard()
    qtbot.addWidget(board)
    return board


def _claims(results, **compared):
    return figure_of("claims", results, **compared)


def test_claims_board_writes_and_colours_each_verdict(board, results):
    figure = _claims(results)
    board.set_figure(figure)
    table = board.table
    assert table.rowCount() == len(figure.rows)
    for row, claim in enumerate(figure.rows):
        assert table.item(row, 0).text() == claim.claim_id
        assert table.item(row, 4).data(Qt.ItemDataRole.UserRole) == claim.verdict
    verdicts = {c.verdict: r for r, c in enumerate(figure.rows)}
    holds = table.item(verdicts["holds"], 4).background().color()
    fails = table.item(verdicts["fails"], 4).background().color()
    assert holds != fails


def test_claims_board_reuses_items_and_shows_compared_columns(board, results, cheap_launch):
    board.resize(1400, 600)
    board.set_figure(_claims(results))
    item = board.table.item(0, 3)
    board.set_figure(_claims(cheap_launch, reference=results))
    assert board.table.item(0, 3) is item
    assert item.text() == _claims(cheap_launch).rows[0].value
    assert not board.table.isColumnHidden(5)
    assert board.table.item(0, 5).text() == _claims(results).rows[0].value
    assert board.table.isColumnHidden(7)


def test_narrow_claims_board_keeps_the_full_text_in_tooltips(board, results, cheap_launch):
    board.resize(380, 600)
    figure = _claims(cheap_launch, reference=results)
    board.set_figure(figure)
    table = board.table
    assert table.isColumnHidden(1) and table.isColumnHidden(5)
    assert not table.isColumnHidden(3) and not table.isColumnHidden(6)
    tip = table.item(1, 2).toolTip()
    assert figure.rows[1].claim in tip and figure.rows[1].value in tip
    assert figure.compared["reference"][0].value in table.item(0, 6).toolTip()


def test_a_board_touches_only_the_rows_that_changed(board, results, monkeypatch):
    board.resize(380, 600)
    figure = _claims(results, reference=results)
    board.set_figure(figure)
    calls = []
    monkeypatch.setattr(board.table, "resizeRowsToContents", lambda: calls.append(1))
    rows = list(figure.rows)
    for value in ("Sep 2028", "Oct 2028"):
        rows[0] = replace(rows[0], value=value)
        board.set_figure(replace(figure, rows=tuple(rows)))
        assert board.table.item(0, 3).text() == value
    assert calls == []
    assert board.table.isColumnHidden(5) and not board.table.isColumnHidden(6)


@pytest.fixture()
def tornado(qtbot) -> TornadoChart:
    chart = TornadoChart()
    qtbot.addWidget(chart)
    return chart


def _tornado(results, rows, base, metric="crossover_year"):
    snapshot = TornadoSnapshot(results.scenario, metric, rows, base)
    return tornado_figure(Frame(results, tornado=snapshot, metric=metric), Memo())


def _row(key, low, high):
    param = PARAMS_BY_KEY[key]
    return SensitivityRow(key, key, "", "", low, high, 2051.0, param.minimum, param.maximum)


def test_tornado_bars_run_from_base_to_each_end(tornado, results):
    rows = [
        _row("launch_price_usd_per_kg", 2027.5, float("nan")),
        _row("radiator_temp_c", 2031.0, 2029.0),
        _row("gpu_annual_failure_rate_pct", 2029.5, 2030.5),
    ]
    tornado.set_figure(_tornado(results, rows, 2029.8))
    low = tornado.bars["low"].opts
    np.testing.assert_allclose(low["x0"], [2027.5, 2029.8, 2029.5])
    np.testing.assert_allclose(low["x1"], [2029.8, 2031.0, 2029.8])
    high = tornado.bars["high"].opts
    # "None" (no crossover at the high end) is drawn where the figure says it stands: 2051.
    np.testing.assert_allclose([high["x0"][0], high["x1"][0]], [2029.8, 2051.0])
    assert list(high["y"]) == [2.0, 1.0, 0.0]  # largest swing on top
    assert "none" in tornado.labels["high"][0].toPlainText()
    assert tornado.base.line.value() == pytest.approx(2029.8)


def test_tornado_reuses_bars_and_label_pool(tornado, results):
    rows = [_row("launch_price_usd_per_kg", 2027.5, 2030.0), _row("pue", 2029.0, 2030.5)]
    tornado.set_figure(_tornado(results, rows, 2029.8))
    bars, first_label = tornado.bars["low"], tornado.labels["low"][0]
    tornado.set_figure(_tornado(results, rows[:1], 400.0, "breakeven_launch_usd_per_kg"))
    assert tornado.bars["low"] is bars and tornado.labels["low"][0] is first_label
    assert not tornado.labels["low"][1].isVisible()


def test_tornado_draws_none_where_the_figure_says_it_stands(tornado, results):
    """With no crossover at the base, a parameter that brings one to 2027 draws a bar from
    'after 2050' back to 2027, not from year 0."""
    rows = [_row("time_to_power_years", float("nan"), 2027.0)]
    tornado.set_figure(_tornado(results, rows, float("nan")))
    opts = tornado.bars["high"].opts
    assert float(opts["x0"][0]) == 2027.0 and float(opts["x1"][0]) == 2051.0
    low = tornado.bars["low"].opts
    assert float(low["x0"][0]) == float(low["x1"][0]) == 2051.0
