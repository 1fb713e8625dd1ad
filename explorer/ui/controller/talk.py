"""Talk mode: a talk's scenes one after the other on the talk view, the presenter's console beside
it, the transitions between scenes, and the clock.

Owned by the AppController, which evaluates and draws every frame: a scene, and each frame of a
transition, is handed to it as a session (``AppController.show_talk``), so the talk view shows
exactly what the window would, through the same model and figures. Scenes never touch the
presets they come from and are no undo steps; leaving the talk gives the window back its own
session. The views are built when the first talk starts (tests hand in their own).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSettings, QTimer, QVariantAnimation
from PySide6.QtGui import QGuiApplication

from explorer.io import PresetError
from explorer.io.talk import Talk
from explorer.model import Scenario
from explorer.present.session import Session
from explorer.present.talk import DEFAULT_TALK, open_talk
from explorer.present.talk.axes import Span, Spans, blend_spans, with_spans
from explorer.present.talk.checks import Check, check_scene
from explorer.present.talk.stage import console_figure, stage_figure
from explorer.present.talk.storyboard import scene_session, scene_spans, talk_frames
from explorer.present.talk.transition import DURATION_MS, Blend, ease
from explorer.present.text import talk as words
from explorer.present.text.file_problems import error_lines
from explorer.ui.views import (
    ConsoleView,
    DashboardView,
    HeadlineView,
    PanelView,
    TalkView,
    WindowView,
)

REDUCED_MOTION_KEY = "talk/reduced_motion"
CLOCK_MS = 1000
NAVIGATION = ("next", "previous", "first", "last")


class TalkHost(Protocol):
    """What a talk needs from the application controller."""

    @property
    def session(self) -> Session: ...
    @property
    def scenario(self) -> Scenario: ...
    def enter_talk(
        self, panel: PanelView, headline: HeadlineView, dashboard: DashboardView
    ) -> None: ...
    def show_talk(
        self, session: Session, spans: dict[str, dict[str, Span]] | None = None
    ) -> None: ...
    def leave_talk(self) -> None: ...


class FixedAxes:
    """The talk's fixed axes by chart, laid onto the figures the controller hands its charts;
    the same figure with the same spans gives the same object, which a chart does not draw
    again."""

    def __init__(self) -> None:
        self._spans: dict[str, Spans] = {}
        self._fixed: dict[str, tuple[Any, Spans, Any]] = {}

    def set(self, spans: Mapping[str, Spans]) -> bool:
        """Fix these spans (chart name: its axes' spans); True when they changed."""
        spans = dict(spans)
        changed = spans != self._spans
        self._spans = spans
        if not spans:
            self._fixed.clear()
        return changed

    def apply(self, name: str, figure: Any) -> Any:
        """``figure`` of chart ``name`` with its fixed axes (itself when none are)."""
        spans = self._spans.get(name)
        if not spans:
            return figure
        kept = self._fixed.get(name)
        if kept is None or kept[0] is not figure or kept[1] != spans:
            kept = self._fixed[name] = (figure, spans, with_spans(name, figure, spans))
        return kept[2]


def placement(screens: Sequence[Any], primary: Any) -> tuple[Any, Any | None]:
    """Where the talk view and the console go: with a second screen, the talk view on it (the
    projector) and the console on the primary one (the laptop); with one, the talk view alone
    (None: the console waits for its key)."""
    others = [screen for screen in screens if screen is not primary]
    return (others[0], primary) if others else (primary, None)


def _real_views() -> tuple[TalkView, ConsoleView]:
    from explorer.ui.presenter_console import PresenterConsole
    from explorer.ui.talk_view import TalkStage

    return TalkStage(), PresenterConsole()


def _real_screens() -> tuple[list[Any], Any]:
    return list(QGuiApplication.screens()), QGuiApplication.primaryScreen()


class TalkController(QObject):
    """One talk at a time: the scene shown (``index``), the transition to the next, the views."""

    def __init__(
        self,
        app: TalkHost,
        window: WindowView,
        settings: QSettings,
        make_views: Callable[[], tuple[TalkView, ConsoleView]] = _real_views,
        screens: Callable[[], tuple[list[Any], Any]] = _real_screens,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._window = window
        self._settings = settings
        self._make_views = make_views
        self._screens = screens
        self.talk: Talk | None = None
        self.index = 0
        self.stage: TalkView | None = None
        self.console: ConsoleView | None = None
        self._spans: list[dict[str, Span]] = []
        self._checks: list[tuple[Check, ...]] = []
        self._chart = ""
        self._shown_spans: dict[str, Span] = {}
        self._blend: Blend | None = None
        self._target: Session | None = None
        self._from_spans: dict[str, Span] = {}
        self._to_spans: dict[str, Span] = {}
        self._started_at = 0.0
        self._last_path: Path | None = None
        self.transition = QVariantAnimation(self)
        self.transition.setStartValue(0.0)
        self.transition.setEndValue(1.0)
        self.transition.setDuration(DURATION_MS)
        self.transition.valueChanged.connect(self._on_transition_step)
        self.transition.finished.connect(self._on_transition_finished)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._on_clock)

    # --- state ----------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.talk is not None

    @property
    def animating(self) -> bool:
        return self.transition.state() == QVariantAnimation.State.Running

    @property
    def reduced_motion(self) -> bool:
        value = self._settings.value(REDUCED_MOTION_KEY, False)
        return value in (True, "true", "1", 1)

    # --- starting and leaving -----------------------------------------------------------------
    def start(self) -> bool:
        """Talk mode with the talk last opened, or the bundled one."""
        return self.open(self._last_path or DEFAULT_TALK)

    def open_with_dialog(self) -> bool:
        path = self._window.ask_talk_path(self._last_path)
        return path is not None and self.open(path)

    def open(self, name_or_path: str | Path) -> bool:
        """Load a talk (a file or a bundled talk's name) and present it from its first scene. A
        talk with problems is refused with one message listing them; nothing on screen changes."""
        try:
            talk = open_talk(name_or_path)
        except PresetError as err:
            self._window.notify(words.cannot_open_talk(error_lines(err)), "error")
            return False
        self._last_path = talk.path
        self.present(talk)
        return True

    def present(self, talk: Talk, index: int = 0) -> None:
        """Show ``talk`` on the talk view (and the console on a second screen), at scene
        ``index`` (from 0)."""
        frames = talk_frames(talk)
        self._spans = scene_spans(talk, frames)
        self._checks = [check_scene(s, f) for s, f in zip(talk.scenes, frames, strict=True)]
        if self.stage is None or self.console is None:
            self.stage, self.console = self._make_views()
            self.stage.navigate.connect(self._on_navigate)
            self.stage.scene_chosen.connect(self._on_scene_chosen)
            self.stage.closed.connect(self.leave)
            self.console.navigate.connect(self._on_navigate)
            self.console.scene_chosen.connect(self._on_scene_chosen)
        self.talk = talk
        self._chart = ""
        self._app.enter_talk(self.stage, self.stage, self.stage)
        self._window.set_talking(True)
        self.stage.set_theme(self._window.theme_name())
        self.console.set_theme(self._window.theme_name())
        screens, primary = self._screens()
        stage_screen, console_screen = placement(screens, primary)
        self.stage.present_on(stage_screen)
        if console_screen is not None:
            self.console.present_on(console_screen)
        self._started_at = time.monotonic()
        self._clock.start()
        self._on_clock()
        self._show_scene(min(max(index, 0), len(talk.scenes) - 1), animate=False)
        self.stage.take_focus()

    def leave(self) -> None:
        """Back to the window, with the scenario it had before the talk."""
        if self.talk is None:
            return
        self.transition.stop()
        self._clock.stop()
        self.talk = None
        self._app.leave_talk()
        if self.stage is not None:
            self.stage.close_stage()
        if self.console is not None:
            self.console.hide()
        self._window.set_talking(False)

    # --- moving through the talk ----------------------------------------------------------------
    def go(self, index: int) -> None:
        """Scene ``index`` (from 0), reached by a transition unless motion is reduced."""
        if self.talk is None or not 0 <= index < len(self.talk.scenes):
            return
        if index == self.index and not self.animating:
            return
        self._show_scene(index, animate=not self.reduced_motion)

    def step(self, where: str) -> None:
        """ "next", "previous", "first" or "last"."""
        if self.talk is None:
            return
        last = len(self.talk.scenes) - 1
        target = {"next": self.index + 1, "previous": self.index - 1, "first": 0, "last": last}
        self.go(min(max(target[where], 0), last))

    def toggle_console(self) -> None:
        """The console on or off over the talk view (one screen); back to the talk view's keys."""
        if self.console is None or self.stage is None:
            return
        if self.console.isVisible():
            self.console.hide()
            self.stage.take_focus()
        else:
            self.console.present_on(None)

    def set_reduced_motion(self, on: bool) -> None:
        """Scenes change at once (on) or by a transition (off); kept for the next session."""
        self._settings.setValue(REDUCED_MOTION_KEY, bool(on))
        if self.stage is not None:
            self.stage.show_hint(words.motion_state(not on))

    # --- internals ----------------------------------------------------------------------------
    def _on_navigate(self, intent: str) -> None:
        if intent in NAVIGATION:
            self.step(intent)
        elif intent == "leave":
            self.leave()
        elif intent == "console":
            self.toggle_console()
        elif intent == "motion":
            self.set_reduced_motion(not self.reduced_motion)

    def _on_scene_chosen(self, index: int) -> None:
        assert self.talk is not None
        if 0 <= index < len(self.talk.scenes):
            self.go(index)
        elif self.stage is not None:
            self.stage.show_hint(words.no_such_scene(index + 1, len(self.talk.scenes)))

    def _show_scene(self, index: int, animate: bool) -> None:
        talk, stage, console = self.talk, self.stage, self.console
        assert talk is not None and stage is not None and console is not None
        self.transition.stop()
        scene = talk.scenes[index]
        self.index = index
        target = scene_session(scene, self._app.session.uncertainty)
        to_spans = self._spans[index]
        same_chart = self._chart == scene.chart
        self._chart = scene.chart
        stage.set_scene(stage_figure(talk, index))
        console.set_figure(console_figure(talk, index, self._checks[index]))
        if not animate:
            self._show(target, to_spans)
            return
        self._blend = Blend(self._app.scenario, target.scenario)
        self._target = target
        self._from_spans = self._shown_spans if same_chart else to_spans
        self._to_spans = to_spans
        self.transition.start()

    def _on_transition_step(self, value: object) -> None:
        if self._blend is None or self._target is None:
            return
        t = ease(float(value))  # type: ignore[arg-type]
        session = self._target.with_scenario(self._blend.at(t))
        self._show(session, blend_spans(self._from_spans, self._to_spans, self._chart, t))

    def _on_transition_finished(self) -> None:
        if self._target is not None:
            self._show(self._target, self._to_spans)

    def _show(self, session: Session, spans: dict[str, Span]) -> None:
        self._shown_spans = spans
        self._app.show_talk(session, {self._chart: spans} if spans else {})

    def _on_clock(self) -> None:
        if self.console is None:
            return
        now = datetime.now()
        self.console.set_clock(
            words.clock(now.hour, now.minute), words.elapsed(time.monotonic() - self._started_at)
        )
