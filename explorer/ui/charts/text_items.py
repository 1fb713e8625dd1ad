"""Text in a chart's scene: styled without losing its cached pixels, and where each text stands.

pyqtgraph's TextItem (InfLineLabel is one) draws a QGraphicsTextItem child, which
``cache_static_items`` paints from a device-pixel cache. Setting that child's font, even to the
font it already has, lays its document out again, and Qt then repaints the cache without the
glyphs: after a theme switch the claims' labels (whose colour is the same in both themes, so only
their font was set again) were blank for the rest of the session. ``style_text`` sets only what
changed and repaints the cache whenever it does.

``scene_texts`` lists every text a scene shows (labels, notes, the axes' tick labels and titles)
with its rectangle in scene pixels: what label placement avoids and the overlap test checks.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsTextItem

from explorer.ui.theme import color


def style_text(
    item: pg.TextItem, hex_colour: str, text_font: QFont, fill: QBrush | None = None
) -> None:
    """Give ``item`` this colour, font and (when given) background fill; what is already so is
    left alone, and the text's cache is repainted after any change."""
    child = item.textItem
    changed = False
    wanted = color(hex_colour)
    if child.defaultTextColor() != wanted:
        item.setColor(wanted)
        changed = True
    if child.font() != text_font:
        item.setFont(text_font)
        changed = True
    if fill is not None and item.fill != fill:
        item.fill = fill
        item.update()
    if changed:
        child.update()


@dataclass(frozen=True)
class SceneText:
    """A text the scene shows: what it says, where (scene pixels), and the item drawing it."""

    text: str
    rect: QRectF
    item: object


def text_rect(child: QGraphicsTextItem) -> QRectF:
    """The scene rectangle of a QGraphicsTextItem's text, without its document's margin."""
    margin = child.document().documentMargin()
    inner = child.boundingRect().adjusted(margin, margin, -margin, -margin)
    return child.mapRectToScene(inner)


def _shown(item: object) -> bool:
    return bool(item.isVisible()) and item.scene() is not None  # type: ignore[attr-defined]


def _axis_texts(axis: pg.AxisItem) -> list[SceneText]:
    """An axis's tick labels, measured the way the axis draws them."""
    if not _shown(axis) or axis.style.get("showValues") is False:
        return []
    picture = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(picture)
    try:
        tick_font = axis.style.get("tickFont")
        if tick_font is not None:
            painter.setFont(tick_font)
        specs = axis.generateDrawSpecs(painter)
        metrics = QFontMetricsF(tick_font if tick_font is not None else painter.font())
    finally:
        painter.end()
    if specs is None:
        return []
    texts = []
    clip = axis.boundingRect()
    for rect, flags, text in specs[2]:
        if not text:
            continue
        tight = metrics.boundingRect(QRectF(rect), int(flags), text).intersected(clip)
        if not tight.isEmpty():
            texts.append(SceneText(text, axis.mapRectToScene(tight), axis))
    return texts


def scene_texts(view: pg.GraphicsView) -> list[SceneText]:
    """Every text ``view``'s scene shows, with its rectangle in scene pixels."""
    texts: list[SceneText] = []
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            texts.extend(_axis_texts(item))
            label = item.label
            if item.labelText and _shown(label):
                texts.append(SceneText(label.toPlainText(), text_rect(label), item))
        elif isinstance(item, pg.TextItem) and _shown(item):
            child = item.textItem
            words = child.toPlainText()
            if words.strip():
                texts.append(SceneText(words, text_rect(child), item))
    return texts


def overlaps(texts: list[SceneText]) -> list[tuple[SceneText, SceneText]]:
    """The pairs of texts whose rectangles intersect (by more than a pixel's sliver)."""
    found = []
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            common = a.rect.intersected(b.rect)
            if common.width() > 1 and common.height() > 1:
                found.append((a, b))
    return found


__all__ = ["SceneText", "overlaps", "scene_texts", "style_text", "text_rect"]
