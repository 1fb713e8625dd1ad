"""Export a chart or the whole dashboard as PNG, and copy chart data as CSV."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.io import dumps_preset
from explorer.ui.export import export_footer, export_title, export_widget_png

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

WIDTHS = (1920, 3840)


def target(window: MainWindow, chart: str | None) -> QWidget:
    """The dashboard (``chart`` None) or one of its charts."""
    return window.dashboard if chart is None else window.dashboard.charts[chart]


def export_with_dialog(window: MainWindow, chart: str | None, width: int) -> bool:
    slug = re.sub(r"[^a-z0-9]+", "-", window.document.name.lower()).strip("-") or "scenario"
    suggested = f"{slug}-{chart or 'dashboard'}-{width}.png"
    name, _ = QFileDialog.getSaveFileName(
        window, f"Export PNG ({width} px wide)", str(Path.home() / suggested), "PNG image (*.png)"
    )
    if not name:
        return False
    path = Path(name)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    return export_png(window, chart, width, path)


def export_png(window: MainWindow, chart: str | None, width: int, path: Path) -> bool:
    """Render the live chart (or dashboard) to ``path`` with the preset in the PNG's metadata."""
    window.controller.flush()
    widget = target(window, chart)
    document = window.document
    preset_yaml = dumps_preset(document.preset(window.controller.scenario))
    try:
        export_widget_png(
            widget,
            path,
            width,
            export_title(widget, document.name),
            export_footer(document.name, document.sources),
            preset_yaml,
        )
    except OSError as err:
        window.notification_bar.show_message(f"Could not export “{path.name}”: {err}", "error")
        return False
    window.notification_bar.show_message(f"Exported {path} ({width} px wide)", "info")
    return True


def copy_csv(window: MainWindow, chart: str | None) -> None:
    """The data behind the chart (or every chart) onto the clipboard, as CSV text."""
    window.controller.flush()
    widget = target(window, chart)
    QGuiApplication.clipboard().setText(widget.csv_text())
    window.notification_bar.show_message(f"Copied the data of “{widget.title}” as CSV", "info")
