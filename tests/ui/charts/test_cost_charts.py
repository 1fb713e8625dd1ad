"""Launch-price and year charts draw their figures: items are reused, data follows the figure,
markers, bands and notes show and hide as the figure says."""

from __future__ import annotations

import math

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.ui.charts import LaunchPriceChart, YearChart
from tests.ui.charts.conftest import figure_of


@pytest.fixture()
def launch_chart(qtbot) -> LaunchPriceChart:
    chart = LaunchPriceChart()
    qtbot.addWidget(chart)
    return chart


@pytest.fixture()
def year_chart(qtbot) -> YearChart:
    chart = YearChart()
    qtbot.addWidget(chart)
    return chart


def _y(item) -> np.ndarray:
    return np.asarray(item.getOriginalDataset()[1], dtype=float)


def test_launch_price_curves_are_updated_in_place(launch_chart, results):
    launch_chart.set_figure(figure_of("launch_price", results))
    space = launch_chart.curves[("space", "current")]
    items_before = list(launch_chart.frame.plot.items)
    before = _y(space).copy()
    moved = evaluate(results.scenario.with_changes(launch_price_usd_per_kg=100, capacity_gw=5))
    figure = figure_of("launch_price", moved)
    launch_chart.set_figure(figure)
    assert launch_chart.curves[("space", "current")] is space
    assert list(launch_chart.frame.plot.items) == items_before
    assert not np.allclose(_y(space), before, equal_nan=True)
    np.testing.assert_array_equal(_y(space), figure.costs["current"]["space"])
    assert launch_chart.heading.toolTip() == figure.title


def test_breakeven_marker_is_drawn_where_the_figure_puts_it(launch_chart, cheap_launch):
    figure = figure_of("launch_price", cheap_launch)
    launch_chart.set_figure(figure)
    assert launch_chart.breakeven.line.isVisible()
    assert launch_chart.breakeven.line.value() == pytest.approx(math.log10(figure.breakeven.value))
    assert launch_chart.breakeven.line.label.toPlainText() == figure.breakeven.text
    dearer_ground = evaluate(cheap_launch.scenario.with_changes(pue=1.4))
    moved = figure_of("launch_price", dearer_ground)
    launch_chart.set_figure(moved)
    assert moved.breakeven.value > figure.breakeven.value
    assert launch_chart.breakeven.line.value() == pytest.approx(math.log10(moved.breakeven.value))


def test_breakeven_hidden_when_no_price_closes_the_gap(launch_chart, results):
    figure = figure_of("launch_price", results)
    assert math.isnan(figure.breakeven.value)
    launch_chart.set_figure(figure)
    assert not launch_chart.breakeven.line.isVisible()


def test_today_marker_follows_launch_price(launch_chart, results):
    at_250 = evaluate(results.scenario.with_changes(launch_price_usd_per_kg=250))
    launch_chart.set_figure(figure_of("launch_price", at_250))
    assert launch_chart.today.line.value() == pytest.approx(math.log10(250))
    assert "$250" in launch_chart.today.line.label.toPlainText()


@pytest.mark.parametrize(
    ("chart_fixture", "name"), [("launch_chart", "launch_price"), ("year_chart", "year")]
)
def test_reference_and_pinned_show_and_hide(request, chart_fixture, name, results, cheap_launch):
    chart = request.getfixturevalue(chart_fixture)
    chart.set_figure(figure_of(name, results, reference=cheap_launch, pinned=cheap_launch))
    reference = chart.curves[("space", "reference")]
    pinned = chart.curves[("earth", "pinned")]
    assert reference.isVisible() and pinned.isVisible()
    assert reference.opts["pen"].style() != chart.curves[("space", "current")].opts["pen"].style()
    assert reference.opts["pen"].style() != pinned.opts["pen"].style()
    chart.set_figure(figure_of(name, results))
    assert not reference.isVisible() and not pinned.isVisible()
    assert chart.curves[("space", "reference")] is reference


def test_launch_price_bands_show_with_their_arrays_and_hide(launch_chart, results, price_bands):
    launch_chart.set_figure(figure_of("launch_price", results, bands=price_bands))
    overlay = launch_chart.bands
    fill = overlay.fill["space"]
    assert fill.isVisible()
    x, low = overlay.low["space"].getOriginalDataset()
    np.testing.assert_allclose(x, price_bands.x)
    np.testing.assert_allclose(low, price_bands.space[0])
    np.testing.assert_allclose(_y(overlay.median["earth"]), price_bands.earth[1])
    np.testing.assert_allclose(_y(overlay.high["earth"]), price_bands.earth[2])
    np.testing.assert_allclose(_y(overlay.probability), 100 * price_bands.p_orbit_cheaper)
    assert not fill.path().isEmpty()
    launch_chart.set_figure(figure_of("launch_price", results))
    assert not fill.isVisible() and not overlay.median["earth"].isVisible()
    assert overlay.fill["space"] is fill


def test_bands_of_the_wrong_shape_are_refused(launch_chart, price_bands):
    bad = type(price_bands)(
        price_bands.x, price_bands.earth[:2], price_bands.space, price_bands.p_orbit_cheaper
    )
    with pytest.raises(ValueError, match="shape"):
        launch_chart.bands.set_bands(bad)


def test_year_chart_paths_update_in_place(year_chart, results):
    year_chart.set_figure(figure_of("year", results))
    earth = year_chart.curves[("earth", "current")]
    launch = year_chart.launch_curves["current"]
    before = _y(launch).copy()
    faster = evaluate(results.scenario.with_changes(launch_learning_rate=0.05))
    year_chart.set_figure(figure_of("year", faster))
    assert year_chart.curves[("earth", "current")] is earth
    assert year_chart.launch_curves["current"] is launch
    assert not np.allclose(_y(launch), before)
    np.testing.assert_allclose(earth.getOriginalDataset()[0], results["path.year"])


def test_year_chart_marks_crossover_and_hides_it_when_none(year_chart, results, cheap_launch):
    figure = figure_of("year", cheap_launch)
    year_chart.set_figure(figure)
    assert math.isfinite(figure.crossover.value)
    assert year_chart.crossover.line.isVisible()
    assert year_chart.crossover.line.value() == pytest.approx(figure.crossover.value)
    year_chart.set_figure(figure_of("year", results))
    assert not year_chart.crossover.line.isVisible()


def test_year_chart_shades_the_claim_window_it_is_given(year_chart, results):
    figure = figure_of("year", results)
    year_chart.set_figure(figure)
    low, high = year_chart.window.getRegion()
    assert (low, high) == pytest.approx((figure.claim_window.low, figure.claim_window.high))
    assert not year_chart.window.movable
    assert "H1" in year_chart.window_label.toPlainText()


def test_year_chart_shades_each_window_the_figure_gives_and_hides_them_after(
    year_chart, results, cheap_launch
):
    figure = figure_of("year", cheap_launch)
    assert figure.cheaper
    year_chart.set_figure(figure)
    shown = [item for item, _ in year_chart.cheaper if item.isVisible()]
    assert len(shown) == len(figure.cheaper)
    for item, region in zip(shown, figure.cheaper, strict=True):
        assert item.getRegion() == pytest.approx((region.low, region.high))
        assert not item.movable
    items = list(year_chart.cheaper)
    year_chart.set_figure(figure_of("year", results))
    assert year_chart.cheaper == items  # kept for the next scenario, not made again
    assert not any(item.isVisible() for item, _ in year_chart.cheaper)


def test_year_bands_show_and_hide(year_chart, results, year_bands):
    year_chart.set_figure(figure_of("year", results, bands=year_bands))
    np.testing.assert_allclose(_y(year_chart.bands.high["space"]), year_bands.space[2])
    assert year_chart.frame.plot.getAxis("right").isVisible()
    year_chart.set_figure(figure_of("year", results))
    assert not year_chart.bands.fill["earth"].isVisible()
    assert not year_chart.frame.plot.getAxis("right").isVisible()


@pytest.mark.parametrize(
    ("chart_fixture", "name"), [("launch_chart", "launch_price"), ("year_chart", "year")]
)
def test_infeasible_scenario_leaves_gaps_and_says_why(request, chart_fixture, name, infeasible):
    chart = request.getfixturevalue(chart_fixture)
    chart.set_figure(figure_of(name, infeasible))
    assert np.isnan(_y(chart.curves[("space", "current")])).all()
    assert chart.frame.note.isVisible()
    assert "radiator" in chart.frame.note.textItem.toPlainText()
    chart.set_figure(figure_of(name, evaluate(Scenario())))
    assert not chart.frame.note.isVisible()
