"""The words around an exported image: its title line and its footer."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.present.text.translate import tr


def app_title() -> str:
    return tr("Space vs Earth AI compute", context="export")


def unnamed_scenario() -> str:
    return tr("custom scenario", context="export")


def export_title(chart_title: str | None, preset_name: str) -> str:
    """The app, the chart (None for the dashboard) and the preset, joined by dashes."""
    parts = [app_title(), chart_title or "", preset_name]
    return " — ".join(p for p in parts if p)


def export_footer(preset_name: str, sources: Sequence[str]) -> str:
    """The preset's name and its sources."""
    text = tr("Preset: {name}", context="export", name=preset_name or unnamed_scenario())
    if sources:
        text += " · " + tr("Sources: {sources}", context="export", sources="; ".join(sources))
    return text + " · " + tr("made with space-ai-explorer", context="export")


def dashboard_title() -> str:
    """What the whole dashboard is called where one chart's title would stand."""
    return tr("Space vs Earth: the cost of AI compute", context="chart")
