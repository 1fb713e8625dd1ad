"""The padlock on each uncertain parameter's slider: open (drawn by Monte Carlo) or shut (held).

Painted rather than loaded, so it needs no font glyph and no resource file. The shut padlock is
orange and the open one grey: they differ in shape as well as colour, on light and dark panels.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from explorer.ui.theme import OKABE_ITO

SIZE = 32
"""Pixmap side in pixels; Qt scales it down to the button's icon size."""
LOCKED_COLOUR = OKABE_ITO["orange"]
UNLOCKED_COLOUR = "#8C8C8C"


def _padlock(colour: str, shut: bool) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shackle = QPainterPath()
        # Open: the shackle's right leg lifts out of the body.
        right_foot = 15.0 if shut else 9.0
        shackle.moveTo(10, 15)
        shackle.lineTo(10, 10)
        shackle.arcTo(QRectF(10, 3, 12, 12), 180, -180)
        shackle.lineTo(22, right_foot)
        painter.setPen(QPen(QColor(colour), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3)
    finally:
        painter.end()
    return pixmap


@cache
def lock_icon() -> QIcon:
    """A checkable button's icon: open padlock when off, shut padlock when on."""
    icon = QIcon()
    icon.addPixmap(_padlock(UNLOCKED_COLOUR, False), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(_padlock(LOCKED_COLOUR, True), QIcon.Mode.Normal, QIcon.State.On)
    return icon
