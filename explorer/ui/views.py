"""What the controller needs from each view: the intent signals it listens to and the setters it
calls (``explorer.ui.controller``; tests stand these views in with ``MagicMock(spec=...)`` of the
real widgets).

Every setter shows what it is told with the widget's own signals blocked, so showing a value never
reads as the user's intent; no view may modify the session or call the model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from explorer.present.figures.headline import HeadlineFigure
    from explorer.present.figures.thresholds import ThresholdsFigure
    from explorer.present.talk.stage import ConsoleFigure, StageFigure
    from explorer.present.uncertainty import UncertaintySettings

ALL_GROUPS = ""
"""The group key a reset request carries for "reset all"."""


class Unsaved(Enum):
    """The answer to "the scenario has unsaved changes"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ChartView(Protocol):
    def set_figure(self, figure: Any) -> None:
        """Draw ``figure`` (the chart's kind of figure from ``explorer.present.figures``)."""


class DashboardView(Protocol):
    charts: Mapping[str, ChartView]
    """The charts built so far, by name (a hidden chart is built when first shown)."""
    chart_created: SignalInstance
    """(name): a chart was built and waits for its figure."""

    def hold_axes(self, held: bool) -> None:
        """Keep every chart's axes as they are (a drag is under way), or refit them to their
        data (it ended); must not modify the session."""


class HeadlineView(Protocol):
    def set_figure(self, figure: HeadlineFigure) -> None: ...


class EditorView(Protocol):
    value_edited: SignalInstance
    """(key, value, merge tag): the user changed a value; a drag's moves share a tag."""


class PanelView(Protocol):
    editors: Mapping[str, EditorView]
    """The sliders and switches built so far, by parameter key."""
    editor_created: SignalInstance
    """(editor): a slider or switch was built (a collapsed group builds its own when opened)."""
    reset_requested: SignalInstance
    """(group key, or ALL_GROUPS)."""

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show these values; must not modify the session."""

    def set_marked(self, keys: frozenset[str]) -> None:
        """Mark the parameters that differ from the loaded preset (and no others)."""

    def set_locked(self, keys: frozenset[str]) -> None:
        """Shut the padlocks of ``keys``, open all others."""

    def set_inactive(self, reasons: Mapping[str, str]) -> None:
        """Grey out the parameters the switches leave without effect, saying why (by key; ""
        for one that counts); must not modify the session."""


class UncertaintyPanelView(Protocol):
    bands_toggled: SignalInstance
    samples_chosen: SignalInstance
    width_changed: SignalInstance
    seed_changed: SignalInstance
    lock_all_requested: SignalInstance
    unlock_all_requested: SignalInstance
    metric_chosen: SignalInstance
    thresholds_requested: SignalInstance

    def set_settings(self, settings: UncertaintySettings) -> None: ...
    def set_metric(self, metric: str) -> None: ...
    def set_status(self, probability: str, status: str) -> None: ...
    def set_description(self, text: str, tip: str) -> None: ...


class ThresholdsView(Protocol):
    finished: SignalInstance

    def set_figure(self, figure: ThresholdsFigure) -> None: ...
    def set_busy(self, busy: bool) -> None: ...


class TalkView(PanelView, HeadlineView, DashboardView, Protocol):
    """The talk view: one scene's chart, sliders and headline tiles (the controller feeds them
    as it feeds the window's), its title and caption."""

    navigate: SignalInstance
    """(intent): "next", "previous", "first", "last", "leave", "console" or "motion"."""
    scene_chosen: SignalInstance
    """(index from 0): the presenter typed a scene's number."""
    closed: SignalInstance
    """The talk view was closed (by the window manager): leave the talk."""

    def set_scene(self, figure: StageFigure) -> None:
        """Show this scene's chart, sliders and tiles, its title, caption and counter."""

    def set_theme(self, name: str) -> None: ...
    def show_hint(self, text: str) -> None:
        """A short note over the counter that fades (a typed scene number, motion on/off)."""

    def present_on(self, screen: Any) -> None:
        """Full screen on ``screen`` (a QScreen)."""

    def take_focus(self) -> None: ...
    def close_stage(self) -> None: ...


class ConsoleView(Protocol):
    """The presenter's console: the scene now and next, the notes, the clock."""

    navigate: SignalInstance
    scene_chosen: SignalInstance

    def set_figure(self, figure: ConsoleFigure) -> None: ...
    def set_clock(self, clock: str, elapsed: str) -> None: ...
    def set_theme(self, name: str) -> None: ...
    def present_on(self, screen: Any | None) -> None:
        """Full screen on ``screen``; None: a window over the talk view (one screen)."""

    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)
    def hide(self) -> None: ...


class WindowView(Protocol):
    action_triggered: SignalInstance
    """(action name): open, save, save_as, export_dashboard, copy_csv, undo, redo, reset_all,
    thresholds, talk, open_talk."""
    action_toggled: SignalInstance
    """(action name, on): pin, bands."""
    export_requested: SignalInstance
    """(chart name or "dashboard", width in pixels)."""
    copy_requested: SignalInstance
    """(chart name or "dashboard"): its data as CSV onto the clipboard."""
    bundled_requested: SignalInstance
    """(bundled preset's name)."""
    open_requested: SignalInstance
    """(Path): a recent or dropped file."""
    reset_requested: SignalInstance
    """(group key)."""
    close_requested: SignalInstance
    """(QCloseEvent): accept or ignore it."""
    language_requested: SignalInstance
    """(language code): View > Language."""
    thresholds_dialog: ThresholdsView | None

    def theme_name(self) -> str: ...
    def export_themes(self) -> tuple[str, ...]:
        """The themes an export is drawn in (the window's first)."""

    def set_language(self, language: str) -> None:
        """Tick ``language`` and take its locale for the number boxes."""

    def retranslate(self) -> None:
        """Every word the window holds itself (menus, panel, dialogs) in the language now in
        use; must not modify the session."""

    def set_title(self, title: str, modified: bool) -> None: ...
    def set_undo_state(self, can_undo: bool, can_redo: bool) -> None: ...
    def set_checked(self, action: str, on: bool) -> None: ...
    def set_pinned(self, on: bool) -> None: ...
    def set_recent(self, paths: list[Path]) -> None: ...
    def notify(
        self,
        text: str,
        kind: str = "error",
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None: ...
    def dismiss_notification(self) -> None: ...
    def ask_unsaved(self, document: str) -> Unsaved: ...
    def ask_open_path(self, start: Path | None) -> Path | None: ...
    def ask_save_path(self, start: Path) -> Path | None: ...
    def ask_export_path(self, suggested: Path, width: int) -> Path | None: ...
    def ask_talk_path(self, start: Path | None) -> Path | None: ...
    def set_talking(self, on: bool) -> None:
        """Step aside while a talk is shown (hidden), and come back after it."""

    def copy_text(self, text: str) -> None: ...
    def show_thresholds(self) -> tuple[ThresholdsView, bool]:
        """The thresholds dialog, shown and raised; True when it was just made."""

    def save_state(self) -> None:
        """Keep the window's geometry for the next session."""
