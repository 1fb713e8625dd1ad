"""How an exported slide is laid out: a title and a subtitle over the chart, its sources under it,
every text wrapped to the width and none elided, and a chart never cut.

A slide is 16:9 unless its chart has more to show: a table that must show every row (the claims
board, ``ChartBase.export_extra_height``) or any other scroll area with hidden content makes the
slide taller until nothing is hidden, and no scroll bar is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from explorer.ui.theme import Theme, color, font

ASPECT = 9 / 16
TALLEST = 4.0
"""A slide grows to at most this many 16:9 heights for a chart with much to show."""
SMALLEST_CHART = 0.45
"""The chart keeps at least this share of a 16:9 slide's height, however long the footer."""
GROW_STEPS = 6
"""Rounds of growing a chart until nothing is hidden (a taller table re-wraps nothing: two do)."""


@dataclass(frozen=True)
class SlideText:
    """What is written around the chart: title, subtitle (what the numbers are of) and footer
    (the sources)."""

    title: str = ""
    subtitle: str = ""
    footer: str = ""


NO_TEXT = SlideText()
"""A chart alone (its layout measured without the words around it)."""


@dataclass(frozen=True)
class SlideFonts:
    """The slide's fonts and spacing at one scale."""

    title: QFont
    subtitle: QFont
    footer: QFont
    margin: int
    gap: int
    rule: int


def fonts_for(scale: float) -> SlideFonts:
    """The slide's fonts and spacing at ``scale`` (1 at the base width: they grow with it)."""
    return SlideFonts(
        title=font(max(1, round(22 * scale)), bold=True),
        subtitle=font(max(1, round(14 * scale))),
        footer=font(max(1, round(11 * scale))),
        margin=max(1, round(16 * scale)),
        gap=max(1, round(6 * scale)),
        rule=max(1, round(scale)),
    )


def text_height(text: str, text_font: QFont, width: int) -> int:
    """Pixels ``text`` takes wrapped to ``width`` (0 for no text)."""
    if not text:
        return 0
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetrics(text_font).boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height()


@dataclass(frozen=True)
class Slide:
    """The slide's size and where each part stands on it (pixels)."""

    width: int
    height: int
    title: QRect
    subtitle: QRect
    chart: QRect
    footer: QRect


@dataclass(frozen=True)
class Bands:
    """The heights of the text bands above and below the chart (pixels)."""

    title: int
    subtitle: int
    footer: int

    @property
    def top(self) -> int:
        return self.title + self.subtitle


def bands_for(width: int, scale: float, texts: SlideText) -> Bands:
    """The text bands' heights for ``texts`` wrapped to a slide ``width`` wide."""
    fonts = fonts_for(scale)
    inner = width - 2 * fonts.margin
    title = text_height(texts.title, fonts.title, inner) + 2 * fonts.gap
    subtitle = text_height(texts.subtitle, fonts.subtitle, inner)
    subtitle += fonts.gap if subtitle else 0
    footer = text_height(texts.footer, fonts.footer, inner) + 3 * fonts.gap + fonts.rule
    return Bands(title, subtitle, footer)


def chart_height(width: int, bands: Bands) -> int:
    """The chart's height on a 16:9 slide with these text bands (never below SMALLEST_CHART)."""
    slide = round(width * ASPECT)
    return max(slide - bands.top - bands.footer, round(SMALLEST_CHART * slide))


def slide_for(width: int, scale: float, bands: Bands, chart_px: int) -> Slide:
    """The slide around a chart ``chart_px`` tall."""
    fonts = fonts_for(scale)
    inner = width - 2 * fonts.margin
    bottom = bands.top + chart_px
    return Slide(
        width=width,
        height=bottom + bands.footer,
        title=QRect(fonts.margin, fonts.gap, inner, bands.title - fonts.gap),
        subtitle=QRect(fonts.margin, bands.title, inner, bands.subtitle),
        chart=QRect(0, bands.top, width, chart_px),
        footer=QRect(fonts.margin, bottom + 2 * fonts.gap, inner, bands.footer - 2 * fonts.gap),
    )


def _scroll_areas(widget: QWidget) -> list[QAbstractScrollArea]:
    areas = widget.findChildren(QAbstractScrollArea)
    if isinstance(widget, QAbstractScrollArea):
        areas.append(widget)
    return areas


def hide_scroll_bars(widget: QWidget) -> None:
    """No scroll bar in a picture: every scroll area of ``widget`` shows what it holds."""
    for area in _scroll_areas(widget):
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def hidden_content(widget: QWidget) -> int:
    """The most pixels of content any visible scroll area of ``widget`` cannot show."""
    return max(
        (
            area.verticalScrollBar().maximum()
            for area in _scroll_areas(widget)
            if area.isVisibleTo(widget)
        ),
        default=0,
    )


def grow_to_fit(
    widget: QWidget, width: int, height: int, limit: int, still_needs: Callable[[], int]
) -> int:
    """Make ``widget`` taller (from ``height`` to at most ``limit``) until none of its scroll
    areas hides anything and ``still_needs()`` (the charts' own measure) is 0; the height it
    takes."""
    hide_scroll_bars(widget)
    for _ in range(GROW_STEPS):
        widget.setGeometry(0, 0, width, height)
        if widget.layout() is not None:
            widget.layout().activate()
        # Layouts (not timers, not input) settle before the scroll areas are measured.
        QApplication.sendPostedEvents(None, 0)
        extra = max(still_needs(), hidden_content(widget))
        if extra <= 0 or height >= limit:
            break
        height = min(limit, height + extra)
    return height


def draw_texts(
    painter: QPainter, slide: Slide, texts: SlideText, scale: float, colours: Theme
) -> None:
    """Title, subtitle, the rule over the footer and the footer, wrapped, never elided."""
    fonts = fonts_for(scale)
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    for rect, text, text_font, hue in (
        (slide.title, texts.title, fonts.title, colours.foreground),
        (slide.subtitle, texts.subtitle, fonts.subtitle, colours.foreground),
        (slide.footer, texts.footer, fonts.footer, colours.muted),
    ):
        if text:
            painter.setFont(text_font)
            painter.setPen(color(hue))
            painter.drawText(rect, flags, text)
    rule_y = slide.footer.top() - fonts.gap
    painter.fillRect(
        QRect(fonts.margin, rule_y, slide.width - 2 * fonts.margin, fonts.rule),
        color(colours.muted),
    )
