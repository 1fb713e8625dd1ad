"""An exported slide: title, subtitle and sources wrapped to the width and never elided, no scroll
bar anywhere, text and pens scaled with the width, the chart never squeezed out by the words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea

from explorer.io import load_bundled
from explorer.present.figures import build_figures
from explorer.present.figures.frame import frame_of
from explorer.present.text.references import footer_text
from explorer.ui.export import EXPORT_NAMES, lay_out
from explorer.ui.export_layout import (
    ASPECT,
    SMALLEST_CHART,
    SlideText,
    bands_for,
    fonts_for,
)

LONG = " ".join(["A source with a long title, its authors and a link (example.org/x)."] * 12)


def _figures(preset: str = "seed-claims-2026", charts=None):
    frame = frame_of(load_bundled(preset).scenario)
    return build_figures(frame) if charts is None else build_figures(frame, charts)


def _fits_unelided(text: str, rect: QRect, text_font) -> bool:
    """``text`` wrapped to ``rect``'s width needs no more than ``rect``'s height."""
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = QFontMetrics(text_font).boundingRect(QRect(0, 0, rect.width(), 1 << 20), flags, text)
    return needed.height() <= rect.height() and needed.width() <= rect.width()


@pytest.mark.parametrize("width", [1920, 3840])
@pytest.mark.parametrize("chart", EXPORT_NAMES)
def test_no_scroll_bar_and_nothing_hidden_in_any_export(qapp, chart, width):
    texts = SlideText("Title", "Scenario: x · Boundary: y · Mass model: z", LONG)
    layout = lay_out(_figures(), chart, width, "dark", texts)
    try:
        areas = layout.widget.findChildren(QAbstractScrollArea)
        for area in areas:
            assert not area.verticalScrollBar().isVisible(), f"{chart}: a scroll bar is drawn"
            assert not area.horizontalScrollBar().isVisible(), f"{chart}: a scroll bar is drawn"
            if area.isVisibleTo(layout.widget):
                assert area.verticalScrollBar().maximum() == 0, f"{chart}: content is hidden"
        slide = layout.slide
        assert slide.chart.height() >= round(SMALLEST_CHART * width * ASPECT)
        assert slide.title.bottom() < slide.subtitle.top() + 1
        assert slide.subtitle.bottom() < slide.chart.top() + 1
        assert slide.chart.bottom() < slide.footer.top()
        assert slide.footer.bottom() <= slide.height
    finally:
        layout.widget.close()
        layout.widget.deleteLater()


@pytest.mark.parametrize("width", [640, 1920, 3840])
def test_the_words_around_the_chart_wrap_and_are_never_elided(qapp, width):
    subtitle = "Scenario: modified from Baseline 2026 · Boundary: Full · Mass model: Top-down " * 3
    texts = SlideText("Space vs Earth — Year — Baseline 2026 (modified) " * 3, subtitle, LONG)
    layout = lay_out(_figures(charts=("year",)), "year", width, "light", texts)
    try:
        slide, fonts = layout.slide, fonts_for(layout.scale)
        assert _fits_unelided(texts.title, slide.title, fonts.title)
        assert _fits_unelided(texts.subtitle, slide.subtitle, fonts.subtitle)
        assert _fits_unelided(texts.footer, slide.footer, fonts.footer)
        line = QFontMetrics(fonts.footer).height()
        assert slide.footer.height() > 3 * line, "the long footer wraps onto several lines"
    finally:
        layout.widget.close()
        layout.widget.deleteLater()


def test_text_bands_scale_with_the_width(qapp):
    texts = SlideText("Title", "Subtitle", footer_text(load_bundled("baseline-2026").sources))
    narrow = bands_for(1920, 1920 / 1280, texts)
    wide = bands_for(3840, 3840 / 1280, texts)
    # Twice the width, twice the fonts: the same lines, twice as tall (within rounding).
    for part in ("title", "subtitle", "footer"):
        assert getattr(wide, part) == pytest.approx(2 * getattr(narrow, part), rel=0.12), part


def test_a_short_footer_keeps_the_slide_16_by_9(qapp):
    texts = SlideText("Title", "Subtitle", "Sources: one work, 2025.")
    layout = lay_out(_figures(charts=("breakdown",)), "breakdown", 1920, "light", texts)
    try:
        assert layout.height == round(1920 * ASPECT)
    finally:
        layout.widget.close()
        layout.widget.deleteLater()
