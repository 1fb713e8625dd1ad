"""Colours and sizes of the talk view and the presenter's console, from the charts' themes.

Sizes follow the room: at 1920x1080 (logical pixels; a 3840x2160 screen at device pixel ratio 2
is the same) the sliders' titles and values are 24 px and the chart's tick labels 21 px; smaller
and larger screens scale every size with the screen, so a 1280x720 projector shows the same
picture, only with fewer pixels.
"""

from __future__ import annotations

from explorer.ui.theme import PRESENTATION_SCALE, theme_named

BASE_WIDTH, BASE_HEIGHT = 1920, 1080
MIN_SCALE, MAX_SCALE = 0.5, 2.5
CHART_SCALE = 1.25
"""Charts on the talk view: fonts and pens 1.25 times presentation mode's (ticks 11 x 1.5 x 1.25
= 21 px at 1920 wide)."""


def stage_scale(width: int, height: int) -> float:
    """How much larger than at 1920x1080 everything is drawn on a screen of this size."""
    scale = min(width / BASE_WIDTH, height / BASE_HEIGHT)
    return min(MAX_SCALE, max(MIN_SCALE, scale))


def chart_render_scale(scale: float) -> float:
    """The charts' render scale on top of presentation mode at stage scale ``scale``."""
    return CHART_SCALE * scale


def chart_tick_px(scale: float) -> float:
    """The chart's tick labels in pixels at stage scale ``scale`` (11 px on screen)."""
    return 11 * PRESENTATION_SCALE * chart_render_scale(scale)


def _px(base: float, scale: float) -> int:
    return max(1, round(base * scale))


def stage_sheet(theme: str, scale: float) -> str:
    """The talk view's style sheet at ``scale``."""
    t = theme_named(theme)

    def p(base: float) -> int:
        return _px(base, scale)

    return f"""
#TalkStage {{ background: {t.background}; }}
QLabel {{ color: {t.foreground}; font-size: {p(22)}px; }}
QLabel#talkTitle {{ font-size: {p(40)}px; font-weight: bold; }}
QLabel#talkCounter {{ font-size: {p(26)}px; color: {t.muted}; }}
QLabel#talkHint {{ font-size: {p(24)}px; color: {t.earth}; }}
QLabel#talkCaption {{ font-size: {p(32)}px; }}
QLabel#talkSources {{ font-size: {p(16)}px; color: {t.muted}; }}
QLabel#talkReasons {{ font-size: {p(20)}px; color: {t.fails}; font-weight: bold; }}
QFrame#talkTile {{ background: {t.panel}; border-radius: {p(8)}px; }}
QLabel#talkTileCaption {{ font-size: {p(20)}px; color: {t.muted}; }}
QLabel#talkTileValue {{ font-size: {p(32)}px; font-weight: bold; }}
QLabel#talkTileNote {{ font-size: {p(18)}px; color: {t.muted}; }}
QFrame#talkSliders {{ background: {t.panel}; border-radius: {p(8)}px; }}
QLabel#stageSliderTitle {{ font-size: {p(24)}px; }}
QLabel#stageSliderTitle[changed="true"] {{ font-weight: bold; }}
QLabel#stageSliderValue {{ font-size: {p(24)}px; font-weight: bold; }}
QComboBox {{ font-size: {p(22)}px; padding: {p(4)}px {p(8)}px; }}
QSlider#stageSlider {{ min-height: {p(36)}px; }}
QSlider#stageSlider::groove:horizontal {{
    height: {p(8)}px; background: {t.muted}; border-radius: {p(4)}px;
}}
QSlider#stageSlider::sub-page:horizontal {{
    height: {p(8)}px; background: {t.earth}; border-radius: {p(4)}px;
}}
QSlider#stageSlider::handle:horizontal {{
    width: {p(28)}px; margin: -{p(10)}px 0; border-radius: {p(14)}px;
    background: {t.foreground}; border: {p(3)}px solid {t.background};
}}
"""


def console_sheet(theme: str, scale: float) -> str:
    """The presenter's console's style sheet at ``scale``."""
    t = theme_named(theme)

    def p(base: float) -> int:
        return _px(base, scale)

    return f"""
#PresenterConsole {{ background: {t.background}; }}
QLabel {{ color: {t.foreground}; font-size: {p(22)}px; }}
QLabel#consoleClock {{ font-size: {p(44)}px; font-weight: bold; }}
QLabel#consoleElapsed {{ font-size: {p(44)}px; color: {t.earth}; font-weight: bold; }}
QLabel#consoleCounter {{ font-size: {p(28)}px; color: {t.muted}; }}
QLabel#consoleHeading {{ font-size: {p(18)}px; color: {t.muted}; font-weight: bold; }}
QLabel#consoleNow {{ font-size: {p(30)}px; font-weight: bold; }}
QLabel#consoleNext {{ font-size: {p(26)}px; color: {t.muted}; font-weight: bold; }}
QLabel#consoleNotes {{ font-size: {p(26)}px; }}
QLabel#consoleFailed {{ font-size: {p(20)}px; color: {t.fails}; font-weight: bold; }}
QLabel#consoleChecked {{ font-size: {p(18)}px; color: {t.holds}; }}
QScrollArea {{ border: none; background: {t.background}; }}
"""
