"""The window's colours and sizes, from the same themes the charts use (explorer.ui.theme)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from explorer.ui.theme import PRESENTATION_SCALE, text_colour, theme_named


@cache
def _template() -> Template:
    text = files("explorer.bundled_resources").joinpath("window.qss").read_text(encoding="utf-8")
    return Template(text)


def palette_for(name: str) -> QPalette:
    """A QPalette in the theme's colours, so the standard widgets follow light and dark too."""
    theme = theme_named(name)
    background, panel = QColor(theme.background), QColor(theme.panel)
    foreground, muted = QColor(theme.foreground), QColor(theme.muted)
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, panel),
        (roles.WindowText, foreground),
        (roles.Base, background),
        (roles.AlternateBase, panel),
        (roles.Text, foreground),
        (roles.Button, panel),
        (roles.ButtonText, foreground),
        (roles.ToolTipBase, background),
        (roles.ToolTipText, foreground),
        (roles.PlaceholderText, muted),
        (roles.Highlight, QColor(theme.earth)),
        (roles.HighlightedText, background),
        (roles.Mid, muted),
    ):
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, muted)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, muted)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, muted)
    return palette


def style_sheet(name: str, presentation: bool, scale: float = PRESENTATION_SCALE) -> str:
    theme = theme_named(name)
    scale = scale if presentation else 1.0
    border = QColor(theme.muted)
    border.setAlpha(90)
    return _template().substitute(
        background=theme.background,
        panel=theme.panel,
        foreground=theme.foreground,
        muted=theme.muted,
        border=f"rgba({border.red()}, {border.green()}, {border.blue()}, 90)",
        fails=text_colour(theme, "fails"),
        earth=text_colour(theme, "earth"),
        group_pt=f"{10.5 * scale:.1f}",
        caption_pt=f"{9 * scale:.1f}",
        value_pt=f"{17 * scale:.1f}",
    )


def apply_window_style(
    window: QWidget, name: str, presentation: bool, scale: float = PRESENTATION_SCALE
) -> None:
    """Colour ``window`` (and everything in it) with theme ``name``.

    The application's palette too: a widget that a style-sheet rule matches (the slider panel,
    the headline's tiles) takes the colours its rule leaves unset from the application's palette,
    not its parent's, and hands them down; with Qt's default palette there, the number boxes
    stayed white and the info buttons black on the dark theme's panel. The old style sheet goes
    first: Qt keeps the palette a widget had when a style sheet first reached it, and would give
    the window the previous theme's text colours back.
    """
    palette = palette_for(name)
    QApplication.setPalette(palette)
    window.setStyleSheet("")
    window.setPalette(palette)
    window.setStyleSheet(style_sheet(name, presentation, scale))
