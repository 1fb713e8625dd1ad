"""PNG export of any chart or the dashboard from its figures: a slide-ready image at a chosen width.

A fresh, off-screen widget of the chart's kind (or a dashboard) is given the figures, laid out at
the export's size with fonts and pens scaled to the width, and painted under a title and a
subtitle (the scenario, its boundary and mass model) and above its sources, on an explicit
background (``export_layout``). The preset rides along in a PNG text chunk, and the file is
written atomically. Nothing is read back from the window's widgets.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLayout, QWidget

from explorer.io import PRESET_PNG_KEY, Preset, atomic_write_bytes, dumps_preset
from explorer.model import Scenario
from explorer.present.figures import CHART_NAMES, DASHBOARD, EXPORT_NAMES, Figures, build_figures
from explorer.present.figures.context import Document, scenario_title
from explorer.present.figures.frame import frame_of
from explorer.present.text.exports import export_title, unnamed_scenario
from explorer.present.text.references import footer_text
from explorer.ui.charts import ChartBase, Dashboard, chart_class
from explorer.ui.export_layout import (
    ASPECT,
    NO_TEXT,
    TALLEST,
    Slide,
    SlideText,
    bands_for,
    chart_height,
    draw_texts,
    grow_to_fit,
    slide_for,
)
from explorer.ui.theme import color, theme_named

# The width at which a chart's fonts and pens have their screen size; wider exports scale up.
CHART_BASE_WIDTH = 1280
DASHBOARD_BASE_WIDTH = 1600
MIN_WIDTH = 320
PNG_QUALITY = 80


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
    subtitle: str = "",
) -> None:
    """Draw ``chart`` (a name of EXPORT_NAMES) from ``figures`` as a PNG ``width`` pixels wide,
    under ``title`` and ``subtitle`` and over ``footer``, all wrapped, none elided.

    Height is 9/16 of the width, or more where the chart has more to show (the claims board's
    rows: every one, without a scroll bar). ``preset_yaml``, when given, is stored in the PNG's
    text metadata under ``PRESET_PNG_KEY``. Raises ExportError if the file cannot be written.
    """
    if width < MIN_WIDTH:
        raise ValueError(f"width {width} is below the minimum of {MIN_WIDTH} pixels")
    if chart not in EXPORT_NAMES:
        raise ValueError(f"unknown chart {chart!r}; expected one of {', '.join(EXPORT_NAMES)}")
    texts = SlideText(title, subtitle, footer)
    layout = lay_out(figures, chart, width, theme, texts)
    colours = theme_named(theme)
    image = QImage(width, layout.height, QImage.Format.Format_RGB32)
    image.fill(color(colours.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        layout.widget.render(painter, layout.slide.chart.topLeft())
        draw_texts(painter, layout.slide, texts, layout.scale, colours)
    finally:
        painter.end()
        layout.widget.close()
        layout.widget.deleteLater()
    if preset_yaml is not None:
        image.setText(PRESET_PNG_KEY, preset_yaml)
    save_png_atomically(image, Path(path))


@dataclass(frozen=True)
class ExportLayout:
    """A chart (or the dashboard) laid out off screen for a PNG: the widget, its charts by name,
    the slide around it (``slide.chart`` is where the widget is drawn; the image is
    ``slide.height`` tall: 9/16 of the width, or more where a table needs it) and the scale of
    fonts and pens."""

    widget: QWidget
    charts: dict[str, ChartBase]
    slide: Slide
    scale: float

    @property
    def height(self) -> int:
        return self.slide.height


def lay_out(
    figures: Figures, chart: str, width: int, theme: str, texts: SlideText = NO_TEXT
) -> ExportLayout:
    """A fresh widget of ``chart``'s kind drawing ``figures`` at an export ``width`` under and over
    ``texts``, grown until every table shows all its rows without a scroll bar (the caller
    closes the widget)."""
    scale = width / (DASHBOARD_BASE_WIDTH if chart == DASHBOARD else CHART_BASE_WIDTH)
    bands = bands_for(width, scale, texts)
    first_px = chart_height(width, bands)
    widget, charts = _offscreen(figures, chart, theme, scale, QRect(0, 0, width, first_px))
    chart_px = grow_to_fit(
        widget,
        width,
        first_px,
        round(TALLEST * width * ASPECT),
        lambda: max((c.export_extra_height() for c in charts.values()), default=0),
    )
    return ExportLayout(widget, charts, slide_for(width, scale, bands, chart_px), scale)


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
    modified: bool = False,
) -> None:
    """Evaluate ``scenario`` and export ``chart`` (a name of EXPORT_NAMES) as a PNG, headless.

    The tornado shows ``tornado_metric`` (a key of ``sensitivity.METRICS``). ``samples`` > 0 adds
    Monte Carlo bands from that many draws with ``seed`` to the cost charts; 0 leaves them out.
    The bridge runs from ``bridge_from`` (the preset ``scenario`` was changed from; itself when
    None) to ``scenario``; ``modified`` says that ``scenario`` differs from the preset
    ``preset_name`` (the title and the subtitle say so).
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
    document = Document(preset_name, description, tuple(sources), modified)
    frame = frame_of(scenario, samples, seed, tornado_metric, bridge_from, document)
    figures = build_figures(frame, CHART_NAMES if chart == DASHBOARD else (chart,))
    preset = Preset(preset_name or unnamed_scenario(), scenario, description, tuple(sources))
    render_png(
        figures,
        chart,
        path,
        width,
        theme,
        title=export_title(_chart_title(figures, chart), scenario_title(document)),
        footer=footer_text(sources),
        preset_yaml=dumps_preset(preset),
        subtitle=figures.headline.context.line,
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
    if widget.layout() is not None:
        # Drawn at a set size: a minimum size from the layout would only be passed on to a
        # window that is never shown (the offscreen platform says so on stderr), as in talks.
        widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
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
