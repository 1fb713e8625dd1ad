"""PNG export of any chart or the dashboard from its figures: a slide-ready image at a chosen width.

A fresh, off-screen widget of the chart's kind (or a dashboard) is given the figures, laid out at
the export's size with fonts and pens scaled to the width, and painted under a title and above a
footer on an explicit background. The preset rides along in a PNG text chunk, and the file is
written atomically. Nothing is read back from the window's widgets.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from explorer.io import PRESET_PNG_KEY, Preset, atomic_write_bytes, dumps_preset
from explorer.model import Scenario
from explorer.present.figures import CHART_NAMES, DASHBOARD, EXPORT_NAMES, Figures, build_figures
from explorer.present.figures.frame import frame_of
from explorer.present.text.exports import export_footer, export_title, unnamed_scenario
from explorer.ui.charts import ChartBase, Dashboard, chart_class
from explorer.ui.theme import color, font, theme_named

ASPECT = 9 / 16
# The width at which a chart's fonts and pens have their screen size; wider exports scale up.
CHART_BASE_WIDTH = 1280
DASHBOARD_BASE_WIDTH = 1600
MIN_WIDTH = 320
PNG_QUALITY = 80
MAX_GROW_STEPS = 4
"""Rounds of growing an export until its tables fit (a taller table re-wraps nothing: two do)."""


class ExportError(OSError):
    """The PNG could not be written; the message says why (the caller names the file)."""


def render_png(
    figures: Figures,
    chart: str,
    path: str | os.PathLike[str],
    width: int,
    theme: str,
    title: str,
    footer: str,
    preset_yaml: str | None = None,
) -> None:
    """Draw ``chart`` (a name of EXPORT_NAMES) from ``figures`` as a PNG ``width`` pixels wide.

    Height is 9/16 of the width, or more where a table (the claims board) needs it to show every
    row without scrolling. ``preset_yaml``, when given, is stored in the PNG's text
    metadata under ``PRESET_PNG_KEY``. Raises ExportError if the file cannot be written.
    """
    if width < MIN_WIDTH:
        raise ValueError(f"width {width} is below the minimum of {MIN_WIDTH} pixels")
    if chart not in EXPORT_NAMES:
        raise ValueError(f"unknown chart {chart!r}; expected one of {', '.join(EXPORT_NAMES)}")
    layout = lay_out(figures, chart, width, theme)
    widget, height, scale = layout.widget, layout.height, layout.scale
    colours = theme_named(theme)
    title_height, footer_height = layout.title_height, layout.footer_height
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color(colours.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        margin = round(16 * scale)
        _draw_text(
            painter,
            QRect(0, 0, width, title_height),
            title,
            colours.foreground,
            round(22 * scale),
            True,
            margin,
        )
        widget.render(painter, QPoint(0, title_height))
        painter.setPen(color(colours.muted))
        painter.drawLine(margin, height - footer_height, width - margin, height - footer_height)
        _draw_text(
            painter,
            QRect(0, height - footer_height, width, footer_height),
            footer,
            colours.muted,
            round(12 * scale),
            False,
            margin,
        )
    finally:
        painter.end()
        widget.close()
        widget.deleteLater()
    if preset_yaml is not None:
        image.setText(PRESET_PNG_KEY, preset_yaml)
    save_png_atomically(image, Path(path))


@dataclass(frozen=True)
class ExportLayout:
    """A chart (or the dashboard) laid out off screen for a PNG: the widget drawn under the
    title (``title_height`` pixels) and above the footer, the image's ``height`` (9/16 of the
    width, or more where a table needs it) and the scale of fonts and pens."""

    widget: QWidget
    charts: dict[str, ChartBase]
    height: int
    scale: float
    title_height: int
    footer_height: int


def lay_out(figures: Figures, chart: str, width: int, theme: str) -> ExportLayout:
    """A fresh widget of ``chart``'s kind drawing ``figures`` at an export ``width``, grown until
    every table shows all its rows without a scroll bar (the caller closes the widget)."""
    height = round(width * ASPECT)
    scale = width / (DASHBOARD_BASE_WIDTH if chart == DASHBOARD else CHART_BASE_WIDTH)
    title_height = round(46 * scale)
    footer_height = round(34 * scale)
    plot_rect = QRect(0, 0, width, height - title_height - footer_height)
    widget, charts = _offscreen(figures, chart, theme, scale, plot_rect)
    height += _grow_to_fit(widget, charts, plot_rect)
    return ExportLayout(widget, charts, height, scale, title_height, footer_height)


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
    bridge_from: Scenario | None = None,
) -> None:
    """Evaluate ``scenario`` and export ``chart`` (a name of EXPORT_NAMES) as a PNG, headless.

    The tornado shows ``tornado_metric`` (a key of ``sensitivity.METRICS``). ``samples`` > 0 adds
    Monte Carlo bands from that many draws with ``seed`` to the cost charts; 0 leaves them out.
    The bridge runs from ``bridge_from`` (the preset ``scenario`` was changed from; itself when
    None) to ``scenario``.
    Creates a QApplication if there is none; with no display (DISPLAY and WAYLAND_DISPLAY unset)
    and no QT_QPA_PLATFORM it uses Qt's offscreen platform.
    """
    if chart not in EXPORT_NAMES:
        raise ValueError(f"unknown chart {chart!r}; expected one of {', '.join(EXPORT_NAMES)}")
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication.instance() or QApplication([])
    frame = frame_of(scenario, samples, seed, tornado_metric, bridge_from)
    figures = build_figures(frame, CHART_NAMES if chart == DASHBOARD else (chart,))
    name = preset_name or unnamed_scenario()
    preset = Preset(name, scenario, description, tuple(sources))
    render_png(
        figures,
        chart,
        path,
        width,
        theme,
        title=export_title(_chart_title(figures, chart), name),
        footer=export_footer(name, sources),
        preset_yaml=dumps_preset(preset),
    )
    del _app


def _chart_title(figures: Figures, chart: str) -> str | None:
    return None if chart == DASHBOARD else figures.charts[chart].title


def _offscreen(
    figures: Figures, chart: str, theme: str, scale: float, rect: QRect
) -> tuple[QWidget, dict[str, ChartBase]]:
    """A fresh widget of the chart's kind (or a dashboard) drawing ``figures``, laid out at
    ``rect``'s size, and its charts by name; export sizes follow the width alone, not the
    presenter's screen mode."""
    charts: dict[str, ChartBase]
    if chart == DASHBOARD:
        widget: QWidget = Dashboard()
        charts = widget.charts
    else:
        widget = chart_class(chart)()
        charts = {chart: widget}
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    for name, item in charts.items():
        item.set_exporting(True)
        item.set_theme(theme)
        item.set_render_scale(scale)
        item.set_figure(figures.charts[name])
    if isinstance(widget, Dashboard):
        widget.set_theme(theme)
    widget.setGeometry(rect)
    widget.show()
    return widget, charts


def _grow_to_fit(widget: QWidget, charts: dict[str, ChartBase], rect: QRect) -> int:
    """Make ``widget`` taller until every chart that must show all its rows (the claims board)
    shows them whole, without a scroll bar; returns the pixels added (0: it fits as it is)."""
    grown = 0
    for _ in range(MAX_GROW_STEPS):
        if widget.layout() is not None:
            widget.layout().activate()
        extra = max((c.export_extra_height() for c in charts.values()), default=0)
        if extra <= 0:
            break
        grown += extra
        rect.setHeight(rect.height() + extra)
        widget.setGeometry(rect)
    return grown


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


def save_png_atomically(image: QImage, path: Path) -> None:
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
