"""PNG export of any chart or the dashboard: a slide-ready image at a chosen width.

The live widget is not touched: an off-screen copy of it is laid out at the export's size, with
fonts and pens scaled to the width, and painted under a title and above a footer on an explicit
background. The preset rides along in a PNG text chunk, and the file is written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from explorer.io import PRESET_PNG_KEY, Preset, atomic_write_bytes, dumps_preset
from explorer.model import Results, Scenario, evaluate
from explorer.ui.charts import CHARTS, Dashboard
from explorer.ui.theme import Theme, color, font, theme_named
from explorer.ui.uncertainty_compute import (
    UncertaintySettings,
    compute_snapshot,
    compute_tornado,
)

CHART_NAMES: tuple[str, ...] = (*CHARTS, "dashboard")
ASPECT = 9 / 16
# The width at which a chart's fonts and pens have their screen size; wider exports scale up.
CHART_BASE_WIDTH = 1280
DASHBOARD_BASE_WIDTH = 1600
MIN_WIDTH = 320
APP_TITLE = "Space vs Earth AI compute"


class Exportable(Protocol):
    """A chart or the dashboard: what export needs to copy and scale it."""

    def copy_state_from(self, other: Any) -> None: ...
    def set_render_scale(self, factor: float) -> None: ...
    def set_presentation(self, on: bool) -> None: ...


class ExportError(OSError):
    """The PNG could not be written; the message says why (the caller names the file)."""


def export_widget_png(
    widget: QWidget,
    path: str | os.PathLike[str],
    width: int,
    title: str,
    footer: str,
    preset_yaml: str | None = None,
) -> None:
    """Render ``widget`` (a chart or the Dashboard) as a PNG ``width`` pixels wide at ``path``.

    Height is 9/16 of the width. ``preset_yaml``, when given, is stored in the PNG's text
    metadata under ``PRESET_PNG_KEY``. Raises ExportError if the file cannot be written.
    """
    if width < MIN_WIDTH:
        raise ValueError(f"width {width} is below the minimum of {MIN_WIDTH} pixels")
    height = round(width * ASPECT)
    base = DASHBOARD_BASE_WIDTH if isinstance(widget, Dashboard) else CHART_BASE_WIDTH
    scale = width / base
    theme = _theme_of(widget)
    title_height = round(46 * scale)
    footer_height = round(34 * scale)
    copy = _offscreen_copy(widget, scale, QRect(0, 0, width, height - title_height - footer_height))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color(theme.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw_text(
            painter,
            QRect(0, 0, width, title_height),
            title,
            theme.foreground,
            round(22 * scale),
            bold=True,
            margin=round(16 * scale),
        )
        copy.render(painter, QPoint(0, title_height))
        painter.setPen(color(theme.muted))
        painter.drawLine(
            round(16 * scale),
            height - footer_height,
            width - round(16 * scale),
            height - footer_height,
        )
        _draw_text(
            painter,
            QRect(0, height - footer_height, width, footer_height),
            footer,
            theme.muted,
            round(12 * scale),
            bold=False,
            margin=round(16 * scale),
        )
    finally:
        painter.end()
        copy.close()
        copy.deleteLater()
    if preset_yaml is not None:
        image.setText(PRESET_PNG_KEY, preset_yaml)
    _save_atomically(image, Path(path))


def export_png(
    scenario: Scenario,
    chart: str,
    path: str | os.PathLike[str],
    width: int = 1920,
    preset_name: str = "",
    sources: Sequence[str] = (),
    theme: str = "light",
    samples: int = 0,
    seed: int = 0,
    tornado_metric: str = "crossover_year",
    description: str = "",
) -> None:
    """Evaluate ``scenario`` and export ``chart`` (a name in CHART_NAMES) as a PNG, headless.

    The tornado shows ``tornado_metric`` (a key of ``sensitivity.METRICS``). ``samples`` > 0 adds
    Monte Carlo bands from that many draws with ``seed`` to the cost charts; 0 leaves them out.
    Creates a QApplication if there is none; with no display (DISPLAY and WAYLAND_DISPLAY unset)
    and no QT_QPA_PLATFORM it uses Qt's offscreen platform.
    """
    if chart not in CHART_NAMES:
        raise ValueError(f"unknown chart {chart!r}; expected one of {', '.join(CHART_NAMES)}")
    if samples < 0:
        raise ValueError(f"samples must be 0 (no bands) or more, got {samples}")
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication.instance() or QApplication([])
    widget: QWidget = Dashboard() if chart == "dashboard" else CHARTS[chart]()
    try:
        widget.set_theme(theme)  # type: ignore[attr-defined]
        results = evaluate(scenario)
        widget.set_results(results)  # type: ignore[attr-defined]
        _add_uncertainty(widget, results, samples, seed, tornado_metric)
        name = preset_name or "custom scenario"
        preset = Preset(name, scenario, description, tuple(sources))
        export_widget_png(
            widget,
            path,
            width,
            title=export_title(widget, name),
            footer=export_footer(name, sources),
            preset_yaml=dumps_preset(preset),
        )
    finally:
        widget.close()
        widget.deleteLater()
    del _app


def _add_uncertainty(
    widget: QWidget, results: Results, samples: int, seed: int, metric: str
) -> None:
    """Tornado rows, and bands when ``samples`` > 0, on whichever of those charts ``widget`` is."""
    charts = widget.charts if isinstance(widget, Dashboard) else {_chart_name(widget): widget}
    if "tornado" in charts:
        tornado = compute_tornado(results, metric)
        charts["tornado"].set_rows(tornado.rows, tornado.metric_title, tornado.base_value)
    if samples and ("launch_price" in charts or "year" in charts):
        settings = UncertaintySettings(bands=True, samples=samples, seed=seed)
        snapshot = compute_snapshot(results.scenario, settings, samples, full=True)
        assert snapshot is not None  # nothing can make it stale here
        if "launch_price" in charts:
            charts["launch_price"].set_bands(snapshot.launch)
        if "year" in charts:
            charts["year"].set_bands(snapshot.year)


def _chart_name(widget: QWidget) -> str:
    return next(name for name, cls in CHARTS.items() if type(widget) is cls)


def export_title(widget: QWidget, preset_name: str) -> str:
    """The image's title line: the app, the chart (unless the dashboard) and the preset."""
    parts = [APP_TITLE]
    if not isinstance(widget, Dashboard):
        parts.append(getattr(widget, "title", ""))
    if preset_name:
        parts.append(preset_name)
    return " — ".join(p for p in parts if p)


def export_footer(preset_name: str, sources: Sequence[str]) -> str:
    """The footer line: the preset's name and its sources."""
    text = f"Preset: {preset_name or 'custom scenario'}"
    if sources:
        text += " · Sources: " + "; ".join(sources)
    return text + " · made with space-ai-explorer"


def _theme_of(widget: QWidget) -> Theme:
    theme = getattr(widget, "theme", None)
    return theme if isinstance(theme, Theme) else theme_named("light")


def _offscreen_copy(widget: QWidget, scale: float, rect: QRect) -> QWidget:
    """A fresh widget of the same kind showing the same data, laid out at ``rect``'s size."""
    copy = type(widget)()
    copy.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    copy.copy_state_from(widget)  # type: ignore[attr-defined]
    # Export sizes follow the width alone, not the presenter's screen mode.
    copy.set_presentation(False)  # type: ignore[attr-defined]
    copy.set_render_scale(scale)  # type: ignore[attr-defined]
    copy.setGeometry(rect)
    copy.show()
    return copy


def _draw_text(
    painter: QPainter,
    rect: QRect,
    text: str,
    hex_colour: str,
    pixel_size: int,
    bold: bool,
    margin: int,
) -> None:
    f = font(max(1, pixel_size), bold=bold)
    painter.setFont(f)
    painter.setPen(color(hex_colour))
    inner = rect.adjusted(margin, 0, -margin, 0)
    elided = QFontMetrics(f).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


PNG_QUALITY = 80


def _save_atomically(image: QImage, path: Path) -> None:
    """Encode the PNG in memory, then write it atomically: the old file stays whole unless the new
    one is complete, and only a regular file is replaced (QSaveFile replaced a FIFO or a device
    with a file; Qt's file names also lose bytes of a name that is not UTF-8)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Qt maps PNG "quality" onto zlib's level: 80 encodes a 3840-wide dashboard about a third
    # faster than the default for about 10% more bytes.
    if not image.save(buffer, "PNG", PNG_QUALITY):
        raise ExportError(f"cannot encode the PNG for {path}")
    buffer.close()
    try:
        atomic_write_bytes(path, data.data(), keep_backup=False)
    except OSError as err:
        # The reason alone: the window and the command line name the file themselves.
        raise ExportError(err.strerror or str(err)) from None
