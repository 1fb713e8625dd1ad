"""A talk as slides and as a handout, headless: each scene drawn from its figures.

Slides are the talk view itself, drawn off screen at 1920x1080 logical pixels and rendered at the
slide's width (3840 is the 1920 picture at twice the pixels), one PNG per scene with the scene's
scenario in its text metadata as the dashboard's exports carry theirs. The handout is a PDF from
Qt's own writer, one landscape A4 page per scene: the chart, the caption, the values that differ
from the baseline preset, and the sources. Files are written atomically.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QLayout

from explorer.io import (
    DEFAULT_PRESET,
    PRESET_PNG_KEY,
    Preset,
    PresetError,
    atomic_write_bytes,
    dumps_preset,
    load_bundled,
)
from explorer.io.talk import Scene, Talk
from explorer.model import Scenario
from explorer.model.params import REGISTRY
from explorer.present.figures import build_figures
from explorer.present.figures.frame import Frame
from explorer.present.figures.headline import headline_figure
from explorer.present.session import changed_keys
from explorer.present.talk.axes import Span, with_spans
from explorer.present.talk.stage import stage_figure
from explorer.present.talk.storyboard import scene_spans, talk_frames
from explorer.present.text import talk as words
from explorer.present.text.translate import current_language
from explorer.ui.charts import chart_class
from explorer.ui.export import ExportError, save_png_atomically
from explorer.ui.talk_style import BASE_HEIGHT, BASE_WIDTH
from explorer.ui.talk_view import TalkStage
from explorer.ui.theme import color, theme_named

PAGE_DPI = 200
CHART_SCALE = 2.0
"""The handout chart's fonts and pens: tick labels 22 px, 8 points at 200 dpi."""
CHART_WIDTH_SHARE = 0.64


def _ensure_application() -> QApplication:
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def _slug(text: str) -> str:
    """A file name's part from a title: "Today's market" -> "todays-market"."""
    word = re.sub(r"['’]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", word).strip("-")[:48] or "scene"


def _scene_preset(scene: Scene) -> Preset:
    language = current_language().code
    return Preset(
        scene.title.in_language(language),
        scene.scenario,
        scene.caption.in_language(language),
        scene.sources,
    )


class _Storyboard:
    """The talk evaluated once, and an off-screen talk view that draws any of its scenes."""

    def __init__(self, talk: Talk, theme: str) -> None:
        self.talk = talk
        self.frames: list[Frame] = talk_frames(talk)
        self.spans: list[dict[str, Span]] = scene_spans(talk, self.frames)
        self.stage = TalkStage()
        self.stage.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        # Drawn at a set size: a minimum size from each scene's layout would only be passed on
        # to a window that is never shown (the offscreen platform says so on every scene).
        self.stage.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.stage.set_theme(theme)
        self.stage.resize(BASE_WIDTH, BASE_HEIGHT)
        self.stage.show()

    def figure(self, index: int):
        scene = self.talk.scenes[index]
        figures = build_figures(self.frames[index], (scene.chart,))
        return figures, with_spans(scene.chart, figures.charts[scene.chart], self.spans[index])

    def headline(self, index: int):
        """The scene's headline tiles (captions and values), by name."""
        return headline_figure(self.frames[index].current).tiles

    def show(self, index: int) -> None:
        scene, stage = self.talk.scenes[index], self.stage
        figures, chart_figure = self.figure(index)
        stage.set_values(dict(scene.scenario.items()))
        stage.set_scene(stage_figure(self.talk, index))
        stage.set_marked(frozenset(changed_keys(scene.reference, scene.scenario)))
        stage.set_figure(figures.headline)
        stage.charts[scene.chart].set_figure(chart_figure)
        stage.layout().activate()

    def close(self) -> None:
        self.stage.close()
        self.stage.deleteLater()


def export_talk_pngs(
    talk: Talk, folder: str | os.PathLike[str], width: int = 1920, theme: str = "light"
) -> list[Path]:
    """One slide per scene into ``folder`` (made if missing): ``NN-title.png``, ``width`` pixels
    wide and 9/16 as high, each carrying its scene's scenario. Returns the files written."""
    _app = _ensure_application()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    board = _Storyboard(talk, theme)
    written = []
    try:
        for index, scene in enumerate(talk.scenes):
            board.show(index)
            image = QImage(
                width, round(width * BASE_HEIGHT / BASE_WIDTH), QImage.Format.Format_RGB32
            )
            image.setDevicePixelRatio(width / BASE_WIDTH)
            image.fill(color(theme_named(theme).background))
            board.stage.render(image)
            image.setText(PRESET_PNG_KEY, dumps_preset(_scene_preset(scene)))
            path = folder / f"{index + 1:02d}-{_slug(scene.title.en)}.png"
            save_png_atomically(image, path)
            written.append(path)
    finally:
        board.close()
    del _app
    return written


def _chart_image(board: _Storyboard, index: int, size: QSize, theme: str) -> QImage:
    """The scene's chart at ``size`` device pixels, its fonts sized for a printed page."""
    scene = board.talk.scenes[index]
    chart = chart_class(scene.chart)()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # as the stage's
    chart.set_theme(theme)
    chart.set_render_scale(CHART_SCALE)
    chart.set_figure(board.figure(index)[1])
    chart.setGeometry(QRect(0, 0, size.width(), size.height()))
    chart.show()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(color(theme_named(theme).background))
    chart.render(image)
    chart.close()
    chart.deleteLater()
    return image


def _changed_values(scenario: Scenario, baseline: Scenario) -> list[str]:
    changed = set(changed_keys(baseline, scenario))
    return [words.parameter_value(key, scenario[key]) for key in REGISTRY if key in changed]


def _text(painter: QPainter, rect: QRectF, text: str, points: float, bold: bool = False) -> float:
    """Draw ``text`` wrapped in ``rect``; returns the height it took."""
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    painter.setFont(f)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    bound = painter.boundingRect(rect, flags, text)
    painter.drawText(rect, flags, text)
    return min(bound.height(), rect.height())


def _page(
    painter: QPainter, board: _Storyboard, index: int, page: QRectF, baseline: Preset, theme: str
) -> None:
    """One scene's page: header and title; the chart, and under it the caption and the headline
    numbers; beside them the values that differ from the baseline, and the sources."""
    talk, scene = board.talk, board.talk.scenes[index]
    language = current_language().code
    colours = theme_named(theme)
    left, width = page.left(), page.width()
    painter.setPen(color(colours.muted))
    header = words.handout_page(index + 1, len(talk.scenes), talk.title.in_language(language))
    y = page.top() + _text(painter, QRectF(left, page.top(), width, 60), header, 9)
    painter.setPen(color(colours.foreground))
    title = scene.title.in_language(language)
    y += 24 + _text(painter, QRectF(left, y + 10, width, 160), title, 20, True)
    chart_rect = QRectF(left, y, width * CHART_WIDTH_SHARE, width * CHART_WIDTH_SHARE * 9 / 16)
    size = QSize(round(chart_rect.width()), round(chart_rect.height()))
    painter.drawImage(chart_rect, _chart_image(board, index, size, theme))
    below = QRectF(left, chart_rect.bottom() + 24, chart_rect.width(), 0)
    below.setBottom(page.bottom())
    caption = scene.caption.in_language(language)
    used = _text(painter, below, caption, 14)
    tiles = board.headline(index)
    numbers = "\n".join(f"{tiles[name].caption}: {tiles[name].value}" for name in scene.headline)
    below.setTop(below.top() + used + 20)
    below.setTop(below.top() + _text(painter, below, numbers, 11, True) + 14)
    painter.setPen(color(colours.muted))
    _text(painter, below, words.handout_compared(scene.preset_name, scene.pinned_name), 10)
    painter.setPen(color(colours.foreground))
    column = QRectF(chart_rect.right() + 48, y, 0, 0)
    column.setRight(page.right())
    column.setBottom(page.bottom())
    used = _text(painter, column, words.handout_values_heading(baseline.name), 11, True)
    values = _changed_values(scene.scenario, baseline.scenario)
    body = "\n".join(values) if values else words.handout_no_changes(baseline.name)
    column.setTop(column.top() + used + 8)
    column.setTop(column.top() + _text(painter, column, body, 10) + 36)
    if scene.sources:
        column.setTop(
            column.top() + _text(painter, column, words.handout_sources_heading(), 11, True) + 8
        )
        painter.setPen(color(colours.muted))
        _text(painter, column, "\n".join(scene.sources), 9)


def export_talk_pdf(talk: Talk, path: str | os.PathLike[str], theme: str = "light") -> None:
    """The handout: one landscape A4 page per scene, written atomically to ``path``."""
    _app = _ensure_application()
    try:
        baseline = load_bundled(DEFAULT_PRESET)
    except PresetError:  # no baseline shipped: the registry's defaults stand in
        baseline = Preset(DEFAULT_PRESET, Scenario())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PAGE_DPI)
    writer.setTitle(talk.title.en)
    writer.setCreator("space-ai-explorer")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(14, 12, 14, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    board = _Storyboard(talk, theme)
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index in range(len(talk.scenes)):
            if index:
                writer.newPage()
            page = QRectF(writer.pageLayout().paintRectPixels(PAGE_DPI))
            page.moveTo(0, 0)
            _page(painter, board, index, page, baseline, theme)
    finally:
        painter.end()
        board.close()
        buffer.close()
    try:
        atomic_write_bytes(Path(path), data.data(), keep_backup=False)
    except OSError as err:
        raise ExportError(err.strerror or str(err)) from None
    del _app
