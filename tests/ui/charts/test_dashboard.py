"""The dashboard holds one of each chart and passes every call on to all of them."""

from __future__ import annotations

from explorer.model import evaluate
from explorer.ui.charts import CHARTS, Dashboard


def test_dashboard_forwards_results_theme_and_presentation(qtbot, results):
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    assert {name: type(chart) for name, chart in dashboard.charts.items()} == CHARTS
    dashboard.set_results(results, reference=results)
    dashboard.set_theme("dark")
    dashboard.set_presentation(True)
    for chart in dashboard.charts.values():
        assert chart.title
        assert chart.theme.name == "dark" and chart.presentation
    scale = dashboard.charts["launch_price"].sizes.scale
    assert scale > 1
    curve = dashboard.charts["launch_price"].curves[("space", "current")]
    dashboard.set_results(evaluate(results.scenario.with_changes(launch_price_usd_per_kg=50)))
    assert dashboard.charts["launch_price"].curves[("space", "current")] is curve
    assert not dashboard.charts["year"].curves[("earth", "reference")].isVisible()
    csv = dashboard.csv_text()
    assert all(f"# {name}\n" in csv for name in CHARTS)
