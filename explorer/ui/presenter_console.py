"""The presenter's console: on the laptop while the talk view is on the projector (or over the
talk view on its key, with one screen): the time of day and the time since the talk began, the
scene now and the next one, the speaker's notes, and a warning when a caption no longer says what
the model says.

A view: it shows what the talk controller tells it and emits the same intents as the talk view,
so a clicker works whichever window has the focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from explorer.present.talk.stage import ConsoleFigure
from explorer.present.text import talk as words
from explorer.ui.talk_keys import TalkKeys
from explorer.ui.talk_style import console_sheet, stage_scale
from explorer.ui.window_style import palette_for

ONE_SCREEN_SIZE = (1100, 700)
"""The console's size over the talk view on a single screen."""
CONSOLE_MIN_SCALE = 0.75


class PresenterConsole(QWidget):
    """Clock, elapsed time, counter, now and next, notes."""

    navigate = Signal(str)
    scene_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PresenterConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._theme = "light"
        self._scale = 0.0
        self.keys = TalkKeys(self)
        self.keys.navigate.connect(self.navigate)
        self.keys.scene_chosen.connect(self.scene_chosen)
        self.clock_label = self._label("consoleClock")
        self.elapsed_label = self._label("consoleElapsed")
        self.counter_label = self._label("consoleCounter")
        self.now_heading = self._label("consoleHeading", words.now_heading())
        self.now_title = self._label("consoleNow", wrap=True)
        self.now_caption = self._label("", wrap=True)
        self.next_heading = self._label("consoleHeading", words.next_heading())
        self.next_title = self._label("consoleNext", wrap=True)
        self.next_caption = self._label("", wrap=True)
        self.notes_heading = self._label("consoleHeading", words.notes_heading())
        self.notes = self._label("consoleNotes", wrap=True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.failed = self._label("consoleFailed", wrap=True)
        self.checked = self._label("consoleChecked", wrap=True)
        notes_area = QScrollArea()
        notes_area.setWidgetResizable(True)
        notes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_area.setWidget(self.notes)
        top = QHBoxLayout()
        top.addWidget(self.clock_label)
        top.addSpacing(40)
        top.addWidget(self.elapsed_label)
        top.addStretch(1)
        top.addWidget(self.counter_label)
        scenes = QVBoxLayout()
        for widget in (
            self.now_heading,
            self.now_title,
            self.now_caption,
            self.next_heading,
            self.next_title,
            self.next_caption,
        ):
            scenes.addWidget(widget)
        scenes.addStretch(1)
        notes = QVBoxLayout()
        notes.addWidget(self.notes_heading)
        notes.addWidget(notes_area, 1)
        notes.addWidget(self.failed)
        notes.addWidget(self.checked)
        middle = QHBoxLayout()
        middle.addLayout(scenes, 2)
        middle.addLayout(notes, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        self._apply_scale(force=True)

    def _label(self, name: str, text: str = "", wrap: bool = False) -> QLabel:
        label = QLabel(text)
        if name:
            label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- what the talk controller tells it ------------------------------------------------------
    def set_figure(self, figure: ConsoleFigure) -> None:
        self.setWindowTitle(figure.talk_title)
        self.counter_label.setText(figure.counter)
        self.now_title.setText(figure.now_title)
        self.now_caption.setText(figure.now_caption)
        self.next_title.setText(figure.next_title)
        self.next_caption.setText(figure.next_caption)
        self.next_caption.setVisible(bool(figure.next_caption))
        self.notes.setText(figure.notes)
        self.failed.setText("\n".join(figure.failed))
        self.failed.setVisible(bool(figure.failed))
        self.checked.setText(figure.checked)
        self.checked.setVisible(bool(figure.checked))
        self.keys.scenes = figure.total

    def set_clock(self, clock: str, elapsed: str) -> None:
        self.clock_label.setText(clock)
        self.elapsed_label.setText(elapsed)

    def set_theme(self, name: str) -> None:
        self._theme = name
        self.setPalette(palette_for(name))
        self._apply_scale(force=True)

    def present_on(self, screen: Any | None) -> None:
        """Full screen on ``screen``; None: a window over the talk view, raised."""
        if screen is None:
            self.resize(*ONE_SCREEN_SIZE)
            self.show()
        else:
            self.setGeometry(screen.geometry())
            self.create()
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
            self.showFullScreen()
        self.raise_()

    # --- Qt events ------------------------------------------------------------------------------
    def _apply_scale(self, force: bool = False) -> None:
        # Read from arm's length: sizes grow with a big laptop screen, never below three
        # quarters of those at 1920x1080 (the notes at 19 px or more).
        scale = max(CONSOLE_MIN_SCALE, stage_scale(self.width(), self.height()))
        if force or abs(scale - self._scale) > 0.02 * max(self._scale, 1e-9):
            self._scale = scale
            self.setStyleSheet(console_sheet(self._theme, scale))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply_scale()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.keys.handle(event):
            super().keyPressEvent(event)
