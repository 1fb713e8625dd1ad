"""Colours, line styles and sizes shared by every chart and by PNG export.

The palette is Okabe-Ito (safe for the common colour-vision deficiencies). Colour is never the only
cue: the two sides differ in lightness as well as hue (they stay apart in greyscale), and the three
scenarios on a chart differ in line style (current solid and thick, the loaded preset dashed, the
pinned scenario dotted).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QWidget

OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# The three scenarios a chart can show, and how each is drawn.
VARIANTS: tuple[str, ...] = ("current", "reference", "pinned")
VARIANT_LINE_STYLES: dict[str, Qt.PenStyle] = {
    "current": Qt.PenStyle.SolidLine,
    "reference": Qt.PenStyle.DashLine,
    "pinned": Qt.PenStyle.DotLine,
}
VARIANT_WIDTHS: dict[str, float] = {"current": 1.0, "reference": 0.75, "pinned": 0.75}


@dataclass(frozen=True)
class Theme:
    """Every colour a chart needs, as ``#rrggbb`` text."""

    name: str
    background: str
    foreground: str
    muted: str
    grid_alpha: float
    panel: str
    earth: str
    space: str
    claim: str
    claim_fill_alpha: int
    band_alpha: int
    holds: str
    fails: str
    context: str
    encoded: str
    """A claims board's "input" verdict: the scenario takes the claim's own value."""
    parts: tuple[str, ...]


# Parts are told apart by colour and by their fixed order in the stack; 19 parts need more colours
# than Okabe-Ito has, so its colours are followed by lighter and darker tints of the same hues.
_LIGHT_PARTS = (
    "#0072B2",
    "#56B4E9",
    "#E69F00",
    "#D55E00",
    "#F0E442",
    "#009E73",
    "#CC79A7",
    "#7F7F7F",
    "#004D7A",
    "#A6D9F5",
    "#F5CC66",
    "#8C3D00",
    "#66C5AB",
    "#8E4A72",
    "#B8A200",
    "#BDBDBD",
    "#00684C",
    "#E6AFCF",
    "#4D4D4D",
)
_DARK_PARTS = (
    "#3A9AD9",
    "#56B4E9",
    "#E69F00",
    "#D55E00",
    "#F0E442",
    "#009E73",
    "#CC79A7",
    "#9E9E9E",
    "#2B6C99",
    "#A6D9F5",
    "#F5CC66",
    "#B85A1F",
    "#66C5AB",
    "#B36B97",
    "#D6C200",
    "#D9D9D9",
    "#2FB88F",
    "#E6AFCF",
    "#7A7A7A",
)

THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        background="#FFFFFF",
        foreground="#1A1A1A",
        muted="#6B6B6B",
        grid_alpha=0.12,
        panel="#F2F2F2",
        earth=OKABE_ITO["blue"],
        space=OKABE_ITO["orange"],
        claim=OKABE_ITO["reddish_purple"],
        claim_fill_alpha=50,
        band_alpha=55,
        holds="#009E73",
        fails="#D55E00",
        context="#8C8C8C",
        encoded=OKABE_ITO["sky_blue"],
        parts=_LIGHT_PARTS,
    ),
    "dark": Theme(
        name="dark",
        background="#15171C",
        foreground="#E8E8E8",
        muted="#A0A0A0",
        grid_alpha=0.16,
        panel="#23262D",
        earth=OKABE_ITO["sky_blue"],
        space=OKABE_ITO["vermillion"],
        claim=OKABE_ITO["reddish_purple"],
        claim_fill_alpha=60,
        band_alpha=70,
        holds="#009E73",
        fails="#D55E00",
        context="#6B6B6B",
        encoded=OKABE_ITO["sky_blue"],
        parts=_DARK_PARTS,
    ),
}


# The tornado's bars are parameter ends, not sides: not the Earth and orbit colours, and dark
# against light so the two ends stay apart in greyscale.
LOW_END_COLOUR = OKABE_ITO["bluish_green"]
HIGH_END_COLOUR = OKABE_ITO["yellow"]
# The bridge's steps: up in vermillion, down in bluish green (apart in lightness too); its two
# ends ("total") in the theme's neutral grey.
BRIDGE_COLOURS: dict[str, str | None] = {
    "rise": OKABE_ITO["vermillion"],
    "fall": OKABE_ITO["bluish_green"],
    "total": None,
}


def role_colour(theme: Theme, role: str) -> str:
    """The colour of a figure's colour role: a Theme attribute ("earth", "claim", ...), "low" or
    "high" (a parameter's end), "rise", "fall" or "total" (a bridge's bars), or "part:<index>"
    (the index-th cost part)."""
    if role.startswith("part:"):
        return part_colour(theme, int(role.split(":", 1)[1]))
    if role == "low":
        return LOW_END_COLOUR
    if role == "high":
        return HIGH_END_COLOUR
    if role in BRIDGE_COLOURS:
        return BRIDGE_COLOURS[role] or theme.context
    return str(getattr(theme, role))


def part_colour(theme: Theme, index: int) -> str:
    """The index-th cost part's colour (a new part takes the palette's colours again)."""
    return theme.parts[index % len(theme.parts)]


def theme_named(name: str) -> Theme:
    """The theme called ``name`` ("light" or "dark"); anything else is a programming error."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; expected one of {', '.join(THEMES)}")
    return THEMES[name]


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes at one scale: screen (1), presentation mode (larger) or export (width-based)."""

    scale: float

    def px(self, base: float) -> int:
        """``base`` pixels at normal size, scaled and rounded (never below 1)."""
        return max(1, round(base * self.scale))

    @property
    def font_px(self) -> int:
        return self.px(13)

    @property
    def small_font_px(self) -> int:
        return self.px(11)

    @property
    def title_font_px(self) -> int:
        return self.px(15)

    @property
    def pen_px(self) -> float:
        return 2.5 * self.scale


PRESENTATION_SCALE = 1.5
"""How much larger fonts, pens and the window's own text get in presentation mode."""


def sizes_for(presentation: bool, render_scale: float = 1.0) -> Sizes:
    """Sizes for presentation mode on or off, times an export's scale."""
    return Sizes((PRESENTATION_SCALE if presentation else 1.0) * render_scale)


def color(hex_text: str, alpha: int = 255) -> QColor:
    """A QColor from ``#rrggbb`` with an alpha from 0 to 255."""
    c = QColor(hex_text)
    c.setAlpha(alpha)
    return c


def pen(
    hex_text: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine, alpha: int = 255
) -> QPen:
    """A cosmetic pen (width in pixels whatever the axes' scale) with flat, joined ends."""
    p = QPen(color(hex_text, alpha))
    p.setWidthF(width)
    p.setStyle(style)
    p.setCosmetic(True)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


def variant_pen(hex_text: str, variant: str, sizes: Sizes) -> QPen:
    """The pen of one scenario's curve: its line style is the cue that survives greyscale."""
    return pen(hex_text, sizes.pen_px * VARIANT_WIDTHS[variant], VARIANT_LINE_STYLES[variant])


def font(pixel_size: int, bold: bool = False) -> QFont:
    """A font in pixels, so that exports do not depend on the screen's DPI."""
    f = QFont()
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f


def paint_background(widget: QWidget, hex_text: str) -> None:
    """Fill ``widget`` with the theme's background (gaps between charts, exports included).

    By palette and by a style sheet naming the widget alone: when the window's style sheet is
    applied again (presentation mode) Qt resets the palettes of the widgets under it. A widget
    that sets its own style sheet must give its background there.
    """
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, color(hex_text))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    if not widget.objectName():
        widget.setObjectName(type(widget).__name__)
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    sheet = f"#{widget.objectName()} {{ background: {hex_text}; }}"
    if widget.styleSheet() != sheet:  # setting a style sheet re-styles the widget's whole tree
        widget.setStyleSheet(sheet)
