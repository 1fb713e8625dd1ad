"""Breakdown, scale, claims board and tornado draw their figures: items are reused, overlays show
and hide as the figure says, the board touches only what changed."""

from __future__ import annotations

import math
from dataclasses import replace
from html import escape

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from explorer.io import load_bundled
from explorer.model import evaluate
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.parts import BOUNDARY_PARTS, PARTS
from explorer.model.sensitivity import SensitivityRow
from explorer.present.bridge import compute_bridge
from explorer.present.figures import CHARTS
from explorer.present.figures.bridge import METRICS
from explorer.present.figures.frame import Frame, Memo
from explorer.present.figures.tornado import tornado_figure
from explorer.present.text.languages import load_language
from explorer.present.text.translate import ENGLISH, use_language
from explorer.present.uncertainty import TornadoSnapshot
from explorer.ui.charts import BreakdownChart, BridgeChart, ClaimsBoard, ScaleChart, TornadoChart
from explorer.ui.charts.bridge import bar_role
from explorer.ui.charts.claims import (
    CLAIM,
    ID,
    MIN_CLAIM_PX,
    MIN_CLAIM_WITH_TODAY_PX,
    NOW,
    THRESHOLD,
    TODAY,
    VALUE,
)
from tests.ui.charts.conftest import figure_of


@pytest.fixture()
def breakdown(qtbot) -> BreakdownChart:
    chart = BreakdownChart()
    qtbot.addWidget(chart)
    return chart


def _stack_top(chart: BreakdownChart) -> np.ndarray:
    y0, height = chart.segment(len(PARTS) - 1)
    return y0 + height


def test_the_breakdown_legend_moves_above_the_plot_rather_than_lose_entries(
    qtbot, breakdown, results
):
    breakdown.set_figure(figure_of("breakdown", results))
    legend = breakdown.legend
    breakdown.setFixedSize(700, 600)  # room beside the plot for every entry
    breakdown.show()
    qtbot.waitExposed(breakdown)
    qtbot.waitUntil(lambda: legend.placement == "side")
    assert legend.height() >= legend.needed_height("side", legend.width())
    breakdown.setFixedSize(260, 220)  # a grid cell too short for the entries beside the plot
    qtbot.waitUntil(lambda: legend.placement == "top")
    qtbot.waitUntil(lambda: legend.height() >= legend.needed_height("top", legend.width()))
    assert legend.width() > 0.9 * breakdown.width()
    assert breakdown.frames[0].vb.height() > 0.3 * breakdown.height()  # the bars keep room
    breakdown.setFixedSize(700, 600)
    qtbot.waitUntil(lambda: legend.placement == "side")


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


def test_claims_board_writes_each_verdict_as_a_word_on_its_colour(board, results):
    figure = _claims(results)
    board.set_figure(figure)
    table = board.table
    assert table.rowCount() == len(figure.rows) == 30
    colours = {}
    for row, claim in enumerate(figure.rows):
        assert table.item(row, ID).text() == claim.claim_id
        assert table.item(row, CLAIM).text() == claim.claim
        for column, verdict in ((NOW, claim.verdict), (TODAY, claim.today)):
            item = table.item(row, column)
            assert item.data(Qt.ItemDataRole.UserRole) == verdict
            assert item.text() == figure.verdict_texts[verdict]
            colours.setdefault(verdict, set()).add(item.background().color().name())
    # Each verdict has one colour, and no two verdicts share one.
    assert {v: len(c) for v, c in colours.items()} == {v: 1 for v in colours}
    assert len({c.pop() for c in colours.values()}) == len(colours)
    assert set(colours) == {"holds", "fails", "input", "context"}
    legend = [e.text.split(":")[0] for e in board.legend.entries]
    assert legend == ["holds", "fails", "input", "context"]


def test_a_wide_board_shows_the_number_and_the_threshold(board, results):
    board.resize(1400, 900)
    board.set_figure(_claims(results))
    table = board.table
    assert not table.isColumnHidden(VALUE) and not table.isColumnHidden(THRESHOLD)
    assert table.horizontalHeaderItem(NOW).text() == "This scenario"
    assert table.item(0, VALUE).text() == _claims(results).rows[0].value


def test_a_narrow_board_keeps_the_claim_and_both_verdicts(board, results):
    board.resize(380, 600)
    figure = _claims(results)
    board.set_figure(figure)
    table = board.table
    assert table.isColumnHidden(VALUE) and table.isColumnHidden(THRESHOLD)
    for column in (ID, CLAIM, NOW, TODAY):
        assert not table.isColumnHidden(column)
    assert table.horizontalHeaderItem(TODAY).text() == "Today"
    # The claim in words is never squeezed below its minimum; its tooltip has the rest.
    assert table.columnWidth(CLAIM) >= board.sizes.px(MIN_CLAIM_PX) - 2
    tip = table.item(3, CLAIM).toolTip()
    row = figure.rows[3]
    assert escape(row.value) in tip and escape(row.threshold) in tip


def test_a_very_narrow_board_keeps_the_claim_readable(board, results):
    # The dashboard's cell at 1280x720 in presentation mode: today's verdict goes to the tooltip
    # before the claim's words are squeezed to a word a line.
    board.set_presentation(True, 1.2)
    board.resize(290, 600)
    figure = _claims(results)
    board.set_figure(figure)
    table = board.table
    assert table.isColumnHidden(TODAY) and not table.isColumnHidden(NOW)
    assert table.columnWidth(CLAIM) >= board.sizes.px(MIN_CLAIM_WITH_TODAY_PX)
    assert figure.verdict_texts[figure.rows[0].today] in table.item(0, CLAIM).toolTip()


def test_a_board_touches_only_the_rows_that_changed(board, results, monkeypatch):
    board.resize(380, 600)
    figure = _claims(results)
    board.set_figure(figure)
    calls = []
    monkeypatch.setattr(board.table, "resizeRowsToContents", lambda: calls.append(1))
    second = board.table.item(1, VALUE)
    rows = list(figure.rows)
    for value in ("Sep 2028", "Oct 2028"):
        rows[0] = replace(rows[0], value=value)
        board.set_figure(replace(figure, rows=tuple(rows)))
        assert board.table.item(0, VALUE).text() == value
    assert calls == []
    assert board.table.item(1, VALUE) is second


@pytest.fixture()
def bridge(qtbot) -> BridgeChart:
    chart = BridgeChart()
    chart.resize(700, 450)
    qtbot.addWidget(chart)
    return chart


def _bridge_figure():
    a, b = load_bundled("starcloud-2024").scenario, load_bundled("baseline-2026").scenario
    results = evaluate(b)
    spec = next(spec for spec in CHARTS if spec.name == "bridge")
    return spec.build(Frame(results, bridge=compute_bridge(a, b)), Memo())


def test_bridge_draws_the_waterfall_of_the_chosen_metric(bridge):
    figure = _bridge_figure()
    bridge.set_figure(figure)
    ratio = figure.waterfalls["space_to_earth_ratio"]
    drawn = sum(len(item.opts["y"]) for item in bridge.bars.values())
    assert drawn == len(ratio.bars)
    totals = bridge.bars["total"].opts
    assert sorted(totals["x1"]) == sorted([ratio.bars[0].end, ratio.bars[-1].end])
    shown = [label.toPlainText() for label in bridge.labels if label.isVisible()]
    assert shown == [bar.text for bar in ratio.bars]
    bridge.chooser.setCurrentIndex(METRICS.index("earth.usd_per_gpu_hour"))
    assert bridge.metric == "earth.usd_per_gpu_hour"
    earth = figure.waterfalls["earth.usd_per_gpu_hour"]
    shown = [label.toPlainText() for label in bridge.labels if label.isVisible()]
    assert shown == [bar.text for bar in earth.bars]
    assert bridge.chooser.count() == 3


def test_a_bridge_step_up_and_one_down_have_their_colours(bridge):
    figure = _bridge_figure()
    bridge.set_figure(figure)
    steps = [b for b in figure.waterfalls["space_to_earth_ratio"].bars if b.kind == "step"]
    rises = sum(1 for b in steps if b.end >= b.start)
    assert len(bridge.bars["rise"].opts["y"]) == rises
    assert len(bridge.bars["fall"].opts["y"]) == len(steps) - rises
    assert bar_role(replace(steps[0], start=1.0, end=2.0)) == "rise"
    assert bar_role(replace(steps[0], start=2.0, end=1.0)) == "fall"


def test_a_narrow_bridge_elides_its_row_titles(qtbot, bridge):
    bridge.set_figure(_bridge_figure())
    bridge.show()
    qtbot.waitExposed(bridge)
    bridge.resize(220, 400)
    axis = bridge.frame.plot.getAxis("left")
    titles = [text for _, text in axis._tickLevels[0]]
    assert any(t.endswith("…") for t in titles)
    assert axis.style["tickTextWidth"] <= round(220 * 0.42)


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


def test_rows_after_an_empty_tornado_show_their_names_and_axis(qtbot, tornado, results):
    # The axes hide while the tornado is empty; rows that come after must get them back at full
    # size (pyqtgraph sized a hidden axis 0 px, and the rows' names were never seen).
    tornado.resize(400, 400)
    tornado.show()
    qtbot.waitExposed(tornado)
    tornado.set_figure(_tornado(results, [], 2029.8))
    left, bottom = (tornado.frame.plot.getAxis(side) for side in ("left", "bottom"))
    assert not left.isVisible() and not bottom.isVisible()
    rows = [_row("launch_price_usd_per_kg", 2027.5, 2030.0), _row("pue", 2029.0, 2030.5)]
    tornado.set_figure(_tornado(results, rows, 2029.8))
    qtbot.waitUntil(lambda: left.width() > 40 and bottom.height() > 10, timeout=2000)
    assert [name for _, name in left._tickLevels[0]] == ["Launch price", "Average PUE"]


def test_an_end_at_the_base_labels_the_side_the_other_end_leaves_free(tornado, results):
    # The low end is the value itself (no bar), the high end lowers the metric: the low end's
    # label goes right of the base, not over the high end's label on the left.
    rows = [_row("pue", 2029.8, 2029.1)]
    tornado.set_figure(_tornado(results, rows, 2029.8))
    low, high = tornado.labels["low"][0], tornado.labels["high"][0]
    assert tuple(low.anchor) == (0.0, 0.5) and tuple(high.anchor) == (1.0, 0.5)


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("code", ["en", "ru", "zh"])
def test_every_claim_fits_its_row_whole(qtbot, board, results, presentation, code):
    # The text as painted (the cell less its padding, in the table's font) fits the row height:
    # nothing is cut to an ellipsis, at screen size and in presentation mode, in every language.
    board.set_presentation(presentation)
    board.resize(420, 900)
    board.show()
    qtbot.waitExposed(board)
    use_language(load_language(code))
    try:
        figure = _claims(results)
    finally:
        use_language(ENGLISH)
    board.set_figure(figure)
    qtbot.wait(10)  # the rows are measured again once the style sheet's font is polished
    table, pad = board.table, board.cells.pad
    metrics = QFontMetrics(table.font())
    width = table.columnWidth(CLAIM) - 2 * pad
    for row, claim in enumerate(figure.rows):
        flags = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, width, 0), flags, claim.claim).height()
        assert needed <= table.rowHeight(row) - 2 * pad, claim.claim_id
