"""The words around an exported image: its title line (its subtitle is the scenario's context,
``explorer.present.figures.context``; its footer the sources, ``references``)."""

from __future__ import annotations

from explorer.present.text.translate import tr


def app_title() -> str:
    return tr("Space vs Earth AI compute", context="export")


def unnamed_scenario() -> str:
    return tr("custom scenario", context="export")


def export_title(chart_title: str | None, scenario: str) -> str:
    """The app, the chart (None for the dashboard) and the scenario ("Baseline 2026 (modified)"),
    joined by dashes."""
    parts = [app_title(), chart_title or "", scenario]
    return " — ".join(p for p in parts if p)


def dashboard_title() -> str:
    """What the whole dashboard is called where one chart's title would stand."""
    return tr("Space vs Earth: the cost of AI compute", context="chart")
