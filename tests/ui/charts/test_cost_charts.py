"""Launch-price and year charts: items are reused, data moves with the scenario, overlays show."""

from __future__ import annotations

import math

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.ui.charts import LaunchPriceChart, YearChart


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
    launch_chart.set_results(results)
    space = launch_chart.curves[("space", "current")]
    items_before = list(launch_chart.frame.plot.items)
    before = _y(space).copy()
    launch_chart.set_results(
        evaluate(results.scenario.with_changes(launch_price_usd_per_kg=100, capacity_gw=5))
    )
    assert launch_chart.curves[("space", "current")] is space
    assert list(launch_chart.frame.plot.items) == items_before
    assert not np.allclose(_y(space), before, equal_nan=True)


def test_breakeven_marker_moves_with_launch_inputs(launch_chart, cheap_launch):
    launch_chart.set_results(cheap_launch)
    first = cheap_launch["breakeven_launch_usd_per_kg"]
    assert launch_chart.breakeven.line.isVisible()
    assert launch_chart.breakeven.line.value() == pytest.approx(math.log10(first))
    assert "breakeven" in launch_chart.breakeven.line.label.toPlainText()
    dearer_ground = evaluate(cheap_launch.scenario.with_changes(pue=1.4))
    launch_chart.set_results(dearer_ground)
    second = float(dearer_ground["breakeven_launch_usd_per_kg"])
    assert second > first
    assert launch_chart.breakeven.line.value() == pytest.approx(math.log10(second))


def test_breakeven_hidden_when_no_price_closes_the_gap(launch_chart, results):
    assert math.isnan(float(results["breakeven_launch_usd_per_kg"]))
    launch_chart.set_results(results)
    assert not launch_chart.breakeven.line.isVisible()


def test_today_marker_follows_launch_price(launch_chart, results):
    launch_chart.set_results(evaluate(results.scenario.with_changes(launch_price_usd_per_kg=250)))
    assert launch_chart.today.line.value() == pytest.approx(math.log10(250))
    assert "$250" in launch_chart.today.line.label.toPlainText()


@pytest.mark.parametrize("chart_fixture", ["launch_chart", "year_chart"])
def test_reference_and_pinned_show_and_hide(request, chart_fixture, results, cheap_launch):
    chart = request.getfixturevalue(chart_fixture)
    chart.set_results(results, reference=cheap_launch, pinned=cheap_launch)
    reference = chart.curves[("space", "reference")]
    pinned = chart.curves[("earth", "pinned")]
    assert reference.isVisible() and pinned.isVisible()
    assert reference.opts["pen"].style() != chart.curves[("space", "current")].opts["pen"].style()
    assert reference.opts["pen"].style() != pinned.opts["pen"].style()
    chart.set_results(results)
    assert not reference.isVisible() and not pinned.isVisible()
    assert chart.curves[("space", "reference")] is reference


def test_launch_price_bands_show_with_their_arrays_and_hide(launch_chart, results, price_bands):
    launch_chart.set_results(results)
    launch_chart.set_bands(price_bands)
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
    launch_chart.set_bands(None)
    assert not fill.isVisible() and not overlay.median["earth"].isVisible()
    assert overlay.fill["space"] is fill


def test_bands_of_the_wrong_shape_are_refused(launch_chart, price_bands):
    bad = type(price_bands)(
        price_bands.x, price_bands.earth[:2], price_bands.space, price_bands.p_orbit_cheaper
    )
    with pytest.raises(ValueError, match="shape"):
        launch_chart.set_bands(bad)


def test_year_chart_paths_update_in_place(year_chart, results):
    year_chart.set_results(results)
    earth = year_chart.curves[("earth", "current")]
    launch = year_chart.launch_curves["current"]
    before = _y(launch).copy()
    year_chart.set_results(evaluate(results.scenario.with_changes(launch_learning_rate=0.05)))
    assert year_chart.curves[("earth", "current")] is earth
    assert year_chart.launch_curves["current"] is launch
    assert not np.allclose(_y(launch), before)
    np.testing.assert_allclose(earth.getOriginalDataset()[0], results["path.year"])


def test_year_chart_marks_crossover_and_hides_it_when_none(year_chart, results, cheap_launch):
    year_chart.set_results(cheap_launch)
    crossing = float(cheap_launch["crossover_year"])
    assert math.isfinite(crossing)
    assert year_chart.crossover.line.isVisible()
    assert year_chart.crossover.line.value() == pytest.approx(crossing)
    year_chart.set_results(results)
    assert not year_chart.crossover.line.isVisible()


def test_year_chart_shades_claim_h1(year_chart, results):
    year_chart.set_results(results)
    low, high = year_chart.window.getRegion()
    assert low == pytest.approx(2028 + 7 / 12) and high == pytest.approx(2029 + 1 / 12)
    assert not year_chart.window.movable
    assert "H1" in year_chart.window_label.toPlainText()


def test_year_bands_show_and_hide(year_chart, results, year_bands):
    year_chart.set_results(results)
    year_chart.set_bands(year_bands)
    np.testing.assert_allclose(_y(year_chart.bands.high["space"]), year_bands.space[2])
    assert year_chart.frame.plot.getAxis("right").isVisible()
    year_chart.set_bands(None)
    assert not year_chart.bands.fill["earth"].isVisible()
    assert not year_chart.frame.plot.getAxis("right").isVisible()


@pytest.mark.parametrize("chart_fixture", ["launch_chart", "year_chart"])
def test_infeasible_scenario_leaves_gaps_and_says_why(request, chart_fixture, infeasible):
    chart = request.getfixturevalue(chart_fixture)
    chart.set_results(infeasible)
    assert np.isnan(_y(chart.curves[("space", "current")])).all()
    assert chart.frame.note.isVisible()
    assert "radiator" in chart.frame.note.textItem.toPlainText()
    chart.set_results(evaluate(Scenario()))
    assert not chart.frame.note.isVisible()


def test_launch_price_csv_has_header_units_and_a_row_per_point(launch_chart, results):
    launch_chart.set_results(results, reference=results)
    lines = launch_chart.csv_text().strip().splitlines()
    header = lines[0].split(",")
    assert header[:3] == [
        "launch_price_usd_per_kg",
        "current_earth_usd_per_gpu_hour",
        "current_space_usd_per_gpu_hour",
    ]
    assert "reference_space_usd_per_gpu_hour" in header
    assert len(lines) - 1 == launch_chart.prices.size


def test_year_csv_has_a_row_per_year(year_chart, results):
    year_chart.set_results(results)
    lines = year_chart.csv_text().strip().splitlines()
    assert lines[0].startswith("year,current_earth_usd_per_gpu_hour")
    assert len(lines) - 1 == len(results["path.year"])
