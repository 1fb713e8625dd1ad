"""Breakdown, scale, claims board and tornado: reused items, overlays, CSV."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.model import evaluate
from explorer.model.parts import BOUNDARY_PARTS, PARTS
from explorer.ui.charts import BreakdownChart, ClaimsBoard, ScaleChart, TornadoChart
from explorer.ui.charts.scale import L5_CEILING_GW


@pytest.fixture()
def breakdown(qtbot) -> BreakdownChart:
    chart = BreakdownChart()
    qtbot.addWidget(chart)
    return chart


def _stack_top(chart: BreakdownChart) -> np.ndarray:
    y0, height = chart.segment(PARTS[-1])
    return y0 + height


def test_breakdown_stacks_match_the_model_totals(breakdown, results):
    breakdown.set_results(results)
    np.testing.assert_allclose(
        _stack_top(breakdown),
        [float(results["earth.usd_per_gpu_hour"]), float(results["space.usd_per_gpu_hour"])],
        rtol=1e-9,
    )
    assert (
        breakdown.totals["earth"].toPlainText()
        == f"${float(results['earth.usd_per_gpu_hour']):.2f}"
    )


def test_breakdown_counts_only_parts_inside_the_boundary(breakdown, results):
    power = evaluate(results.scenario.with_changes(boundary="power"))
    stack = breakdown.stack
    breakdown.set_results(power)
    assert "it_hardware" not in BOUNDARY_PARTS["power"]
    assert breakdown.stack is stack
    np.testing.assert_allclose(breakdown.segment("it_hardware")[1], 0.0)
    np.testing.assert_allclose(
        _stack_top(breakdown)[1], float(power["space.usd_per_gpu_hour"]), rtol=1e-9
    )


def test_breakdown_reference_and_pinned_totals(breakdown, results, cheap_launch):
    breakdown.set_results(results, reference=cheap_launch)
    mark = breakdown.marks["reference"]
    assert mark.isVisible() and not breakdown.marks["pinned"].isVisible()
    _, y = mark.getOriginalDataset()
    assert y[0] == pytest.approx(float(cheap_launch["earth.usd_per_gpu_hour"]))
    breakdown.set_results(results)
    assert not mark.isVisible()


def test_breakdown_csv_has_a_row_per_part_and_a_total(breakdown, results):
    breakdown.set_results(results)
    lines = breakdown.csv_text().strip().splitlines()
    assert lines[0].startswith("part,part_title,current_earth_usd_per_gpu_hour")
    assert len(lines) - 1 == len(PARTS) + 1


@pytest.fixture()
def scale(qtbot) -> ScaleChart:
    chart = ScaleChart()
    qtbot.addWidget(chart)
    return chart


def test_scale_curve_and_point_follow_the_scenario(scale, results):
    scale.set_results(results)
    curve = scale.curves["current"]
    _, before = curve.getOriginalDataset()
    before = np.asarray(before).copy()
    # 4,500 t in the start year on 150 t rockets: 30 launches.
    lighter = evaluate(
        results.scenario.with_changes(launch_mass_2026_t_per_year=4500, payload_t=150)
    )
    scale.set_results(lighter)
    assert scale.curves["current"] is curve
    _, after = curve.getOriginalDataset()
    np.testing.assert_allclose(np.asarray(after) / before, 1.5)
    x, _ = scale.point.getData()
    assert x[0] == pytest.approx(math.log10(30))
    assert "30 launches" in scale.point_label.toPlainText()


def test_scale_marks_the_claims(scale, results):
    scale.set_results(results)
    assert scale.l5.line.value() == pytest.approx(math.log10(L5_CEILING_GW))
    assert scale.l2_target.line.value() == pytest.approx(4.0)
    assert "L1" in scale.l1_label.toPlainText()
    low, high = scale.l2_stretch.getRegion()
    assert (10**low, 10**high) == pytest.approx((20_000, 30_000))


def test_scale_reference_hidden_without_reference(scale, results):
    scale.set_results(results, pinned=results)
    assert scale.curves["pinned"].isVisible() and not scale.curves["reference"].isVisible()
    lines = scale.csv_text().strip().splitlines()
    assert lines[0].split(",")[:3] == [
        "launches_per_year",
        "current_gw_per_year",
        "pinned_gw_per_year",
    ]
    assert len(lines) - 1 == scale.launches.size


@pytest.fixture()
def board(qtbot) -> ClaimsBoard:
    board = ClaimsBoard()
    qtbot.addWidget(board)
    return board


def test_claims_board_writes_and_colours_each_verdict(board, checks):
    board.set_checks(checks)
    table = board.table
    assert table.rowCount() == len(checks)
    verdicts = [table.item(r, 4).text() for r in range(3)]
    assert verdicts == ["✔ holds", "• context", "✘ fails"]
    holds, fails = table.item(0, 4).background().color(), table.item(2, 4).background().color()
    assert holds != fails
    assert table.item(0, 4).data(Qt.ItemDataRole.UserRole) == "holds"


def test_claims_board_reuses_items_and_shows_compared_columns(board, checks):
    board.resize(1400, 600)
    board.set_checks(checks)
    item = board.table.item(0, 3)
    changed = [type(checks[0])("H1", "x", "y", "none by 2050", "fails"), *checks[1:]]
    board.set_checks(changed, {"reference": checks})
    assert board.table.item(0, 3) is item and item.text() == "none by 2050"
    assert not board.table.isColumnHidden(5)
    assert board.table.item(0, 5).text() == "Aug 2028"
    assert board.table.isColumnHidden(7)
    header = board.csv_text().splitlines()[0]
    assert header == "claim_id,claim,measure,value,verdict,reference_value,reference_verdict"


def test_narrow_claims_board_keeps_the_full_text_in_tooltips(board, checks):
    board.resize(380, 600)
    changed = [type(checks[0])("H1", "x", "y", "none by 2050", "fails"), *checks[1:]]
    board.set_checks(changed, {"reference": checks})
    table = board.table
    assert table.isColumnHidden(1) and table.isColumnHidden(5)
    assert not table.isColumnHidden(3) and not table.isColumnHidden(6)
    tip = table.item(1, 2).toolTip()
    assert checks[1].claim in tip and checks[1].value in tip
    assert "Aug 2028" in table.item(0, 6).toolTip()


def test_narrow_board_with_a_preset_does_not_remeasure_every_row_each_step(
    board, checks, monkeypatch
):
    board.resize(380, 600)
    board.set_checks(checks, {"reference": checks})
    calls = []
    monkeypatch.setattr(board.table, "resizeRowsToContents", lambda: calls.append(1))
    for value in ("Sep 2028", "Oct 2028"):
        moved = [type(checks[0])("H1", "x", "y", value, "holds"), *checks[1:]]
        board.set_checks(moved, {"reference": checks})
    assert calls == []
    assert board.table.isColumnHidden(5) and not board.table.isColumnHidden(6)


def test_claims_board_from_results(board, results):
    board.set_results(results)
    csv_lines = board.csv_text().strip().splitlines()
    assert board.table.rowCount() == len(csv_lines) - 1 > 0
    assert csv_lines[1].startswith("H1,")


@pytest.fixture()
def tornado(qtbot) -> TornadoChart:
    chart = TornadoChart()
    qtbot.addWidget(chart)
    return chart


def test_tornado_bars_run_from_base_to_each_end(tornado, rows):
    tornado.set_rows(rows, "crossover year", 2029.8)
    low = tornado.bars["low"].opts
    np.testing.assert_allclose(low["x0"], [2027.5, 2029.8, 2029.5])
    np.testing.assert_allclose(low["x1"], [2029.8, 2031.0, 2029.8])
    high = tornado.bars["high"].opts
    # NaN (no crossover at the high end) draws no bar: zero width at the base.
    np.testing.assert_allclose(high["x0"][0], high["x1"][0])
    assert list(high["y"]) == [2.0, 1.0, 0.0]  # largest swing on top
    assert "none" in tornado.labels["high"][0].toPlainText()
    assert tornado.base.line.value() == pytest.approx(2029.8)


def test_tornado_reuses_bars_and_label_pool(tornado, rows):
    tornado.set_rows(rows, "crossover year", 2029.8)
    bars, first_label = tornado.bars["low"], tornado.labels["low"][0]
    tornado.set_rows(rows[:1], "breakeven launch price ($/kg)", 400.0)
    assert tornado.bars["low"] is bars and tornado.labels["low"][0] is first_label
    assert not tornado.labels["low"][2].isVisible()
    lines = tornado.csv_text().strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("parameter,low_setting,high_setting")


def test_tornado_draws_none_where_the_rows_say_it_stands(qtbot):
    """With no crossover at the base, a parameter that brings one to 2027 draws a bar from
    'after 2050' back to 2027, not from year 0."""
    from explorer.model.sensitivity import SensitivityRow
    from explorer.ui.charts import CHARTS

    chart = CHARTS["tornado"]()
    qtbot.addWidget(chart)
    rows = [
        SensitivityRow(
            "time_to_power_years", "Time to power", "0 yr", "7 yr", float("nan"), 2027.0, 2051.0
        )
    ]
    chart.set_rows(rows, "Crossover year", float("nan"))
    opts = chart.bars["high"].opts
    assert float(opts["x0"][0]) == 2027.0 and float(opts["x1"][0]) == 2051.0
    low = chart.bars["low"].opts
    assert float(low["x0"][0]) == float(low["x1"][0]) == 2051.0
