"""The dashboard holds one widget per chart of the figures' registry, in its cell, and passes the
style setters on to all of them."""

from __future__ import annotations

from explorer.present.figures import CHART_NAMES, build_figures
from explorer.present.figures.frame import Frame
from explorer.ui.charts import Dashboard, chart_class


def test_dashboard_holds_every_chart_and_forwards_theme_and_presentation(qtbot, results):
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    assert tuple(dashboard.charts) == CHART_NAMES
    assert all(type(c) is chart_class(name) for name, c in dashboard.charts.items())
    figures = build_figures(Frame(results, reference=results))
    for name, chart in dashboard.charts.items():
        chart.set_figure(figures.charts[name])
    dashboard.set_theme("dark")
    dashboard.set_presentation(True)
    for chart in dashboard.charts.values():
        assert chart.title
        assert chart.theme.name == "dark" and chart.presentation
    assert dashboard.charts["launch_price"].sizes.scale > 1
