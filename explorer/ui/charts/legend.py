"""A chart's heading and legend: plain widgets above (or beside) the plot, never over the data.

Both were scene items inside the plot. A title's text set the plot's minimum width, so a long
title or a large font pushed the whole plot past the chart's right edge, and a legend over the
data needed head-room that changed with the font. As widgets they wrap or elide inside the
chart's width, and they are repainted only when their text changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from explorer.present.figures.elements import LegendItem
from explorer.ui.theme import Sizes, Theme, font, role_colour

# Glyphs that draw a line style in text, so the legend shows solid / dashed / dotted.
_GLYPHS: dict[str, str] = {
    "solid": "━━━",
    "dashed": "━ ━",
    "dotted": "┅┅┅",
    "box": "■",
    "band": "▒▒▒",
}


_ENTRY_EMS = 12
"""A legend entry wider than this many ems may wrap inside itself."""
_WORD_JOINER = "\u2060"  # no line break here, and no width


def _unbroken(text: str) -> str:
    """``text`` as HTML that breaks nowhere (Chinese breaks between characters otherwise)."""
    return escape(_WORD_JOINER.join(text)).replace(" ", "&nbsp;")


class ChartHeading(QLabel):
    """A chart's title in one line: the full title, else the short one, else elided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Any width: the text adapts to the chart, never the chart to the text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)

    def set_titles(self, title: str, short_title: str = "") -> None:
        """The full title and a shorter one for narrow charts."""
        titles = [t for t in (title, short_title) if t]
        if titles != self._titles:
            self._titles = titles
            self.setToolTip(title)
            self._fit()

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        self.setFont(font(sizes.title_font_px, bold=True))
        self.setStyleSheet(f"color: {theme.foreground}; background: transparent;")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._titles:
            return
        metrics = QFontMetrics(self.font())
        room = max(1, self.width() - 2 * self.margin())
        text = next((t for t in self._titles if metrics.horizontalAdvance(t) <= room), None)
        if text is None:
            text = metrics.elidedText(self._titles[-1], Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)


class LegendLabel(QLabel):
    """The legend as rich text: entries flow in wrapped lines ("top") or stack ("side")."""

    def __init__(self, placement: str = "top", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if placement not in ("top", "side"):
            raise ValueError(f"legend placement must be 'top' or 'side', got {placement!r}")
        self.placement = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumWidth(1)
        self._entries: list[LegendItem] = []
        self._theme: Theme | None = None
        self._sizes: Sizes | None = None
        self.set_placement(placement)

    def set_placement(self, placement: str) -> None:
        """Flow the entries in lines above the plot ("top") or stack them beside it ("side")."""
        if placement == self.placement:
            return
        self.placement = placement
        top = placement == "top"
        self.setAlignment(
            Qt.AlignmentFlag.AlignCenter
            if top
            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setSizePolicy(
            QSizePolicy.Policy.Ignored if top else QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Minimum if top else QSizePolicy.Policy.Preferred,
        )
        self._render()

    def needed_height(self, placement: str, width: int) -> int:
        """The height the entries need in ``width`` pixels, stacked beside the plot ("side") or
        flowing above it ("top")."""
        if self._sizes is None or not self._entries:
            return 0
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self._html(placement))
        document.setTextWidth(max(1, width))
        return math.ceil(document.size().height())

    @property
    def entries(self) -> list[LegendItem]:
        return list(self._entries)

    def set_entries(self, entries: Sequence[LegendItem]) -> bool:
        """Show ``entries``; the same entries again cost nothing (and return False)."""
        entries = list(entries)
        if entries == self._entries:
            return False
        self._entries = entries
        self._render()
        return True

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        self._theme, self._sizes = theme, sizes
        self.setStyleSheet("background: transparent;")
        self._render()

    def _render(self) -> None:
        self.setVisible(bool(self._entries))
        if self._theme is None or self._sizes is None:
            return
        html = self._html(self.placement)
        if html != self.text():
            self.setText(html)
            # The width below which the widest entry would wrap (Chinese text breaks between any
            # two characters: without it a legend's height at width 1, one character a line,
            # became its chart's minimum height, and the Chinese window could not be 720 high).
            metrics = QFontMetrics(font(self._sizes.small_font_px))
            self.setMinimumWidth(min(max(self._widths(metrics), default=1), _most(metrics)))

    def _widths(self, metrics: QFontMetrics) -> list[int]:
        return [metrics.horizontalAdvance(f"{_GLYPHS[e.glyph]} {e.text}") for e in self._entries]

    def _html(self, placement: str) -> str:
        assert self._theme is not None and self._sizes is not None
        theme = self._theme
        fg = theme.foreground
        metrics = QFontMetrics(font(self._sizes.small_font_px))
        most = _most(metrics)
        # Lines break between entries only: no-break spaces between words, and word joiners
        # between the characters of Chinese, which may otherwise break between any two. An entry
        # wider than ``_ENTRY_EMS`` ems may still wrap inside itself, so that a narrow chart's
        # legend grows taller instead of wider than the chart.
        parts = []
        for e, width in zip(self._entries, self._widths(metrics), strict=True):
            whole = width <= most
            glyph = _GLYPHS[e.glyph].replace(" ", "&nbsp;")  # a dashed line is one glyph
            parts.append(
                f'<span style="color:{role_colour(theme, e.role)}">{glyph}</span>'
                f"{_WORD_JOINER if whole else ''}&nbsp;"
                f'<span style="color:{fg}">{_unbroken(e.text) if whole else escape(e.text)}'
                "</span>"
            )
        joiner = " &nbsp; " if placement == "top" else "<br>"
        return f'<div style="font-size:{self._sizes.small_font_px}px">{joiner.join(parts)}</div>'


def _most(metrics: QFontMetrics) -> int:
    """The widest an entry may be before it may wrap inside itself."""
    return _ENTRY_EMS * metrics.horizontalAdvance("M")
