"""The application controller: the one place where the session, the model and the views meet.

It owns the session (``explorer.present.session``), the undo stack, the files (FileController),
the exports (ExportController), the uncertainty work (UncertaintyController) and the bridge
(BridgeController). Views emit intent (a value edited, a reset, an action) and show what they are
told; they never modify the session or call the model. A change is evaluated on the leading edge:
at once when no frame is in flight, else coalesced into one evaluation as soon as the frame in
flight is shown. Each evaluation builds the figures once and hands each chart its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack

from explorer.model import Results, Scenario, evaluate
from explorer.model.params import CHOICES_BY_KEY, GROUPS, in_group
from explorer.present.figures import CHART_NAMES, DASHBOARD, FigureBuilder, Figures, Frame
from explorer.present.session import Session, changed_keys, document_of, same_scenario
from explorer.present.talk.axes import Spans
from explorer.present.text import uncertainty as uncertainty_text
from explorer.present.text.languages import current_code
from explorer.present.text.panel import no_effect_reasons
from explorer.present.text.window import reset_step, set_value_step, window_title
from explorer.present.uncertainty import UncertaintySettings, UncertaintySnapshot
from explorer.ui.autosave import Autosaver
from explorer.ui.controller.bridge import BridgeController
from explorer.ui.controller.exports import ExportController
from explorer.ui.controller.files import FileController
from explorer.ui.controller.talk import FixedAxes, TalkController
from explorer.ui.controller.uncertainty import UncertaintyController
from explorer.ui.controller.undo import SessionCommand, push_session
from explorer.ui.language import SETTINGS_KEY, apply_language
from explorer.ui.recent_files import RecentFiles
from explorer.ui.views import (
    ALL_GROUPS,
    DashboardView,
    HeadlineView,
    PanelView,
    UncertaintyPanelView,
    WindowView,
)

DESCRIBE_AFTER_MS = 150
"""How long the scenario must rest before the uncertainty panel says again what it varies."""
KEPT_RESULTS = 4
"""Evaluated scenarios kept (current, preset, pinned, and the one an undo returns to)."""


class AppController(QObject):
    """Session, undo, files, export and uncertainty of one window, and every link between them
    and the views (``window``, ``panel``, ``headline``, ``dashboard``)."""

    language_changed = Signal(str)
    """(language code): every view has its words in this language now (a view made elsewhere,
    such as the talk view, listens to retranslate itself)."""

    def __init__(
        self,
        session: Session,
        window: WindowView,
        panel: PanelView,
        uncertainty_panel: UncertaintyPanelView,
        headline: HeadlineView,
        dashboard: DashboardView,
        settings: QSettings,
        config_dir: Path,
        evaluator: Callable[[Scenario], Results] = evaluate,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.panel = panel
        self.uncertainty_panel = uncertainty_panel
        self.headline = headline
        self.dashboard = dashboard
        self._session = session
        self._settings = settings
        self._evaluate = evaluator
        self.evaluations = 0
        """Evaluations of the model so far (tests and benchmarks count them)."""
        self._kept: list[Results] = []
        self._held: dict[str, Results] = {}
        self._results: Results | None = None
        self._snapshot: UncertaintySnapshot | None = None
        self._marked: frozenset[str] = frozenset()
        self.figure_builder = FigureBuilder()
        self.figures: Figures | None = None
        """The figures on screen (what exports and CSV copies are made from)."""
        self._pending = False
        self._in_flight = False
        self._dragging = False
        # Fires once the event loop has shown the frame in flight (its paints are posted first).
        self._frame_shown = QTimer(self)
        self._frame_shown.setSingleShot(True)
        self._frame_shown.setInterval(0)
        self._frame_shown.timeout.connect(self._on_frame_shown)
        # What Monte Carlo varies is put in words once the sliders rest (about 0.6 ms: not on
        # every step of a drag).
        self._describe = QTimer(self)
        self._describe.setSingleShot(True)
        self._describe.setInterval(DESCRIBE_AFTER_MS)
        self._describe.timeout.connect(self._show_description)

        # A talk shows the session on its own views; the window's, and its session, wait here.
        self._window_views: tuple[PanelView, HeadlineView, DashboardView] | None = None
        self._window_session: Session | None = None
        self._stage_views: set[int] = set()
        self._axes = FixedAxes()
        self.undo_stack = QUndoStack(self)
        self.uncertainty = UncertaintyController(self)
        self.bridge = BridgeController(self)
        self.recent_files = RecentFiles(settings)
        self.autosaver = Autosaver(config_dir, settings, self._autosave_snapshot, parent=self)
        self.files = FileController(self, window, self.recent_files, self.autosaver)
        self.exports = ExportController(self, window)
        self.talks = TalkController(self, window, settings, parent=self)
        self._connect_views()
        self.uncertainty.set_metric(session.tornado_metric)
        uncertainty_panel.set_settings(session.uncertainty)
        uncertainty_panel.set_metric(session.tornado_metric)
        window.set_language(current_code())
        panel.set_locked(session.uncertainty.shut)
        window.set_undo_state(False, False)
        window.set_recent(self.recent_files.paths())
        self._show_session(None)  # every view shown afresh, and the first frame

    # --- state ----------------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def scenario(self) -> Scenario:
        return self._session.scenario

    @property
    def results(self) -> Results | None:
        """The current scenario's results (None before the first evaluation)."""
        return self._results

    @property
    def pending(self) -> bool:
        """True while a change waits for its evaluation."""
        return self._pending

    @property
    def snapshot(self) -> UncertaintySnapshot | None:
        """The Monte Carlo on screen (live or full count; None before the first)."""
        return self._snapshot

    # --- what the views (and tests) ask for -------------------------------------------------------
    def set_values(self, changes: dict[str, Any], text: str = "", merge_tag: str = "") -> None:
        """Change some values of the current scenario, as one undo step."""
        before = self._session
        after = before.with_values(changes)
        if same_scenario(after.scenario, before.scenario):
            return
        self._push(before, after, text or set_value_step(next(iter(changes))), merge_tag)

    def set_scenario(self, scenario: Scenario, text: str) -> None:
        """Show ``scenario`` as an edit of the open preset (one undo step)."""
        before = self._session
        if not same_scenario(scenario, before.scenario):
            self._push(before, before.with_scenario(scenario), text)

    def open_document(self, session: Session, text: str) -> None:
        """Make ``session``'s preset the open one: its scenario on screen and as the reference
        (one undo step)."""
        before = self._session
        self._show_session(before.with_document_of(session))
        self.undo_stack.push(SessionCommand(self._restore_document, before, self._session, text))

    def saved(self, path: Path) -> None:
        """The scenario on screen was saved to ``path`` (not an undo step)."""
        self._show_session(self._session.saved_as(path))

    def reset(self, group: str | None = None) -> None:
        """The values of ``group`` (a group key; None: all) back to the loaded preset."""
        groups = GROUPS if group is None else (group,)
        keys = [entry.key for g in groups for entry in in_group(g)]
        before = self._session
        after = before.reset(keys)
        if not same_scenario(after.scenario, before.scenario):
            self._push(before, after, reset_step(group))

    def pin(self, on: bool) -> None:
        """Keep (or stop keeping) the current scenario as a dotted comparison on the charts."""
        self.flush()
        pinned = self._session.scenario if on else None
        self._session = replace(self._session, pinned=pinned)
        self.window.set_pinned(on)
        self._request_bridge()
        self._show_figures()

    def set_uncertainty(self, settings: UncertaintySettings) -> None:
        """New Monte Carlo settings: bands on or off, draws, range width, seed, locks."""
        if settings == self._session.uncertainty:
            return
        self._session = replace(self._session, uncertainty=settings)
        live = self.uncertainty.set_settings(settings)
        self._snapshot = live if settings.bands else None
        self.window.set_checked("bands", settings.bands)
        self.panel.set_locked(settings.shut)
        self.uncertainty_panel.set_settings(settings)
        self._describe.start()
        self._show_figures(("launch_price", "year"))

    def set_metric(self, metric: str) -> None:
        """Which metric the tornado ranks (a key of ``sensitivity.METRICS``)."""
        self._session = replace(self._session, tornado_metric=metric)
        self.uncertainty_panel.set_metric(metric)
        self.uncertainty.set_metric(metric)

    def set_language(self, code: str) -> None:
        """Speak ``code`` from now on, live: the views' words and every figure are written
        afresh; the scenario, the undo history, the files and the Monte Carlo stay as they are.
        The choice is kept for the next start."""
        if code == current_code():
            return
        apply_language(code)
        self._settings.setValue(SETTINGS_KEY, code)
        self.window.set_language(code)
        self.window.retranslate()
        # Figures and the memo behind them hold words: build them all again.
        self.figure_builder = FigureBuilder()
        self.figures = None
        self.window.set_title(window_title(self._session.name), self._session.modified)
        self._show_figures()
        self.uncertainty.refresh_thresholds()
        self.language_changed.emit(code)

    def current_figures(self) -> Figures:
        """The figures of the scenario on screen, every chart's (for exports and CSV)."""
        self.flush()
        held = self.bridge.snapshot
        if self.bridge.current() is not held:
            self._show_figures(("bridge",))
        missing = [
            name for name in CHART_NAMES if self.figures is None or name not in self.figures.charts
        ]
        if missing:
            self._show_figures(missing, to_charts=False)
        assert self.figures is not None
        return self.figures

    def show_thresholds(self) -> None:
        """Open (or raise) the thresholds table; it stays current while it is open."""
        self.uncertainty.show_thresholds(self.window)

    def flush(self) -> None:
        """Evaluate now if a change is waiting (before a pin or an export)."""
        if self._pending:
            self._frame_shown.stop()
            self._render()

    # --- a talk: the same session, model and figures, on the talk's views ----------------------
    @property
    def talking(self) -> bool:
        """True while a talk's views show the session (``enter_talk`` to ``leave_talk``)."""
        return self._window_views is not None

    def enter_talk(
        self, panel: PanelView, headline: HeadlineView, dashboard: DashboardView
    ) -> None:
        """Show the session on a talk's views from now on: scenes come through ``show_talk``,
        edits are not undo steps and nothing is autosaved; ``leave_talk`` brings back the
        window's views and session as they were."""
        self.flush()
        if self._window_views is None:
            self._window_views = (self.panel, self.headline, self.dashboard)
            self._window_session = self._session
        if id(panel) not in self._stage_views:
            self._stage_views.add(id(panel))
            panel.editor_created.connect(self._connect_editor)
            dashboard.chart_created.connect(lambda name: self._show_figures((name,)))
            for editor in panel.editors.values():
                self._connect_editor(editor)
        self.panel, self.headline, self.dashboard = panel, headline, dashboard
        panel.set_values(dict(self._session.scenario.items()))  # then only what changes
        self._marked = frozenset()
        # No Monte Carlo bands in a talk: every frame of a transition would draw them.
        self.uncertainty.set_settings(replace(self._session.uncertainty, bands=False))

    def show_talk(self, session: Session, spans: Mapping[str, Spans] | None = None) -> None:
        """Show ``session`` (a scene, or a frame of a transition between two) with the charts'
        fixed axes ``spans`` (chart name: its axes' spans), as one frame, not an undo step."""
        moved = self._axes.set(spans or {})
        self._show_session(session)
        if moved:
            self._request_frame()

    def leave_talk(self) -> None:
        """Back to the window's views and the session it had before the talk."""
        if self._window_views is None or self._window_session is None:
            return
        self.flush()
        self.panel, self.headline, self.dashboard = self._window_views
        session = self._window_session
        self._window_views = self._window_session = None
        self._axes.set({})
        self.uncertainty.set_settings(session.uncertainty)
        self._session = session
        self._show_session(None)

    def start(self) -> None:
        """Offer a crashed window's changes (or say why autosave cannot keep this window's), then
        autosave."""
        if not self.files.offer_restore() and self.autosaver.problem:
            self.window.notify(self.autosaver.problem, "error")
        self.autosaver.start()

    def close_requested(self, event: QCloseEvent) -> None:
        """The window is asked to close: ask about unsaved changes, then stop cleanly."""
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.window.save_state()
        self.autosaver.stop_cleanly()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop evaluating and wait for background work (the window is closing)."""
        self._frame_shown.stop()
        self._describe.stop()
        self._pending = False
        self.uncertainty.shutdown()
        self.bridge.shutdown()

    # --- wiring -----------------------------------------------------------------------------------
    def _connect_views(self) -> None:
        window, panel, u = self.window, self.panel, self.uncertainty_panel
        panel.editor_created.connect(self._connect_editor)
        self.dashboard.chart_created.connect(lambda name: self._show_figures((name,)))
        for editor in panel.editors.values():
            self._connect_editor(editor)
        panel.reset_requested.connect(self._on_reset_requested)
        window.reset_requested.connect(self._on_reset_requested)
        window.action_triggered.connect(self._on_action_triggered)
        window.action_toggled.connect(self._on_action_toggled)
        window.export_requested.connect(self.exports.export_with_dialog)
        window.copy_requested.connect(self.exports.copy_csv)
        window.bundled_requested.connect(self.files.open_bundled)
        window.open_requested.connect(self.files.open_path)
        window.close_requested.connect(self.close_requested)
        window.language_requested.connect(self.set_language)
        u.bands_toggled.connect(lambda on: self._change_uncertainty(bands=on))
        u.samples_chosen.connect(lambda n: self._change_uncertainty(samples=n))
        u.width_changed.connect(lambda w: self._change_uncertainty(width=w))
        u.seed_changed.connect(lambda s: self._change_uncertainty(seed=s))
        u.lock_all_requested.connect(lambda: self._lock_all(True))
        u.unlock_all_requested.connect(lambda: self._lock_all(False))
        u.metric_chosen.connect(self.set_metric)
        u.thresholds_requested.connect(self.show_thresholds)
        self.undo_stack.canUndoChanged.connect(self._on_undo_state_changed)
        self.undo_stack.canRedoChanged.connect(self._on_undo_state_changed)
        self.uncertainty.snapshot_ready.connect(self._on_full_snapshot)
        self.uncertainty.tornado_ready.connect(self._on_tornado)
        self.bridge.bridge_ready.connect(lambda _snapshot: self._show_figures(("bridge",)))
        self.uncertainty.busy_changed.connect(lambda _busy: self._show_status())
        self.autosaver.problem_found.connect(lambda text: window.notify(text, "error"))

    def _connect_editor(self, editor: Any) -> None:
        # Straight from each editor: a value goes slider -> controller -> model -> figures ->
        # chart, with nothing in between.
        editor.value_edited.connect(self._on_value_edited)
        if hasattr(editor, "lock_toggled"):
            editor.lock_toggled.connect(self._on_lock_toggled)
        if hasattr(editor, "drag_changed"):
            editor.drag_changed.connect(self._on_drag_changed)

    # --- intents ----------------------------------------------------------------------------------
    def _on_value_edited(self, key: str, value: object, merge_tag: str) -> None:
        before = self._session
        if before.scenario[key] != value:
            after = before.with_values({key: value})
            self._push(before, after, set_value_step(key), merge_tag, changed=[key])

    def _on_drag_changed(self, _key: str, dragging: bool) -> None:
        """While a slider is held the charts keep their axes and the tornado its rows; when it is
        let go the last value is shown, the axes refit to it and the tornado follows."""
        if dragging == self._dragging:
            return
        if not dragging:
            self.flush()
        self._dragging = dragging
        self.dashboard.hold_axes(dragging)
        self.uncertainty.set_holding(dragging)

    def _on_reset_requested(self, group: str) -> None:
        self.reset(None if group == ALL_GROUPS else group)

    def _on_lock_toggled(self, key: str, locked: bool) -> None:
        self.set_uncertainty(self._session.uncertainty.with_lock(key, locked))

    def _lock_all(self, locked: bool) -> None:
        self.set_uncertainty(self._session.uncertainty.with_all(locked))

    def _change_uncertainty(self, **changes: Any) -> None:
        self.set_uncertainty(replace(self._session.uncertainty, **changes))

    def _on_action_triggered(self, name: str) -> None:
        actions: dict[str, Callable[[], Any]] = {
            "open": self.files.open_with_dialog,
            "save": self.files.save,
            "save_as": self.files.save_as,
            "export_dashboard": lambda: self.exports.export_with_dialog(DASHBOARD, 1920),
            "copy_csv": lambda: self.exports.copy_csv(DASHBOARD),
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "reset_all": self.reset,
            "thresholds": self.show_thresholds,
            "talk": self.talks.start,
            "open_talk": self.talks.open_with_dialog,
        }
        actions[name]()

    def _on_action_toggled(self, name: str, on: bool) -> None:
        if name == "pin":
            self.pin(on)
        elif name == "bands":
            self._change_uncertainty(bands=on)

    def _on_undo_state_changed(self) -> None:
        self.window.set_undo_state(self.undo_stack.canUndo(), self.undo_stack.canRedo())

    # --- the session on screen --------------------------------------------------------------------
    def _push(
        self,
        before: Session,
        after: Session,
        text: str,
        merge_tag: str = "",
        changed: list[str] | None = None,
    ) -> None:
        self._show_session(after, changed)
        if not self.talking:  # a talk's scenes and drags are no steps of the window's document
            push_session(self.undo_stack, self._restore_scenario, before, after, text, merge_tag)

    def _restore_scenario(self, session: Session) -> None:
        self._show_session(self._session.with_scenario(session.scenario))

    def _restore_document(self, session: Session) -> None:
        self._show_session(self._session.with_document_of(session))

    def _show_session(self, session: Session | None, changed: list[str] | None = None) -> None:
        """Make ``session`` current (None: show the current one afresh) and tell the views what
        changed (``changed``: the keys whose values changed, when the caller knows them): only
        the editors whose values changed are set."""
        before = self._session if session is not None else None
        if session is not None:
            self._session = session
        session = self._session
        if before is None:
            keys = list(session.scenario)
        elif changed is not None:
            keys = changed
        else:
            keys = changed_keys(before.scenario, session.scenario)
        if keys:
            self.panel.set_values({key: session.scenario[key] for key in keys})
        if before is None or any(key in CHOICES_BY_KEY for key in keys):
            # A switch moved: say which sliders it leaves without effect.
            self.panel.set_inactive(no_effect_reasons(session.scenario))
        if before is None or before.reference is not session.reference:
            marked = frozenset(changed_keys(session.reference, session.scenario))
        else:
            marked = set(self._marked)
            for key in keys:
                if session.scenario[key] != session.reference[key]:
                    marked.add(key)
                else:
                    marked.discard(key)
            marked = frozenset(marked)
        if marked != self._marked or before is None:
            self._marked = marked
            self.panel.set_marked(marked)
        self.window.set_title(window_title(session.name), session.modified)
        if before is None or keys or before.reference is not session.reference:
            self._request_frame()

    def _autosave_snapshot(self):
        session = self._window_session or self._session
        if not session.modified:
            return None
        return session.current_preset(), session.save_path

    # --- frames: evaluate on the leading edge ------------------------------------------------
    def _request_frame(self) -> None:
        self._pending = True
        if not self._in_flight:
            self._render()

    def _on_frame_shown(self) -> None:
        self._in_flight = False
        if self._pending:
            self._render()

    def _render(self) -> None:
        """Evaluate the current scenario once, build every figure once, hand them out."""
        self._pending = False
        self._results = self._results_of(self._session.scenario)
        live = self.uncertainty.on_evaluated(self._results)
        if live is not None or not self._session.uncertainty.bands:
            self._snapshot = live
        self._request_bridge()
        self._show_figures()
        self._in_flight = True
        self._frame_shown.start()
        self._describe.start()

    def _request_bridge(self) -> None:
        """Ask for the bridge from the pinned scenario (if any, else the loaded preset) to the
        scenario on screen; it arrives once the scenario rests (BridgeController)."""
        session = self._session
        if session.pinned is not None:
            self.bridge.request(session.pinned, session.scenario, "pinned")
        else:
            self.bridge.request(session.reference, session.scenario, "reference")

    def _results_of(self, scenario: Scenario) -> Results:
        """The results of ``scenario``, evaluated once while it stays in view."""
        # By identity: a scenario on screen, the preset's, the pinned one or one an undo returns
        # to is the same object as when it was evaluated.
        for results in self._kept:
            if results.scenario is scenario:
                return results
        results = self._evaluate(scenario)
        self.evaluations += 1
        self._kept = [results, *self._kept[: KEPT_RESULTS - 1]]
        return results

    def _compared(self, name: str, scenario: Scenario | None) -> Results | None:
        """The results of the loaded preset or the pinned scenario, held while it is shown (a
        drag evaluates neither again)."""
        if scenario is None:
            self._held.pop(name, None)
            return None
        held = self._held.get(name)
        if held is None or not same_scenario(held.scenario, scenario):
            held = self._held[name] = self._results_of(scenario)
        return held

    def _frame(self) -> Frame:
        session, results = self._session, self._results
        assert results is not None
        reference = self._compared("reference", session.reference)
        pinned = self._compared("pinned", session.pinned)
        snapshot = self._snapshot
        bands = snapshot if session.uncertainty.bands and snapshot is not None else None
        return Frame(
            results,
            reference,
            pinned,
            bands=bands,
            tornado=self.uncertainty.tornado,
            metric=session.tornado_metric,
            bridge=self.bridge.snapshot,
            document=document_of(session),
        )

    def _show_figures(self, names: Iterable[str] = CHART_NAMES, to_charts: bool = True) -> None:
        """Build the figures of ``names`` (those built as charts, unless for an export) and hand
        them to the headline and the charts."""
        if self._results is None:
            return
        if to_charts:
            names = [name for name in names if name in self.dashboard.charts]
        figures = self.figure_builder.build(self._frame(), names)
        charts = {**(self.figures.charts if self.figures is not None else {}), **figures.charts}
        self.figures = Figures(figures.headline, charts)
        self.headline.set_figure(figures.headline)
        for name, figure in figures.charts.items():
            if name in self.dashboard.charts:
                self.dashboard.charts[name].set_figure(self._axes.apply(name, figure))
        self._show_status()

    def _show_description(self) -> None:
        text, tip = uncertainty_text.varied_text(self._session.scenario, self._session.uncertainty)
        self.uncertainty_panel.set_description(text, tip)

    def _show_status(self) -> None:
        settings, snapshot = self._session.uncertainty, self._snapshot
        self.uncertainty_panel.set_status(
            uncertainty_text.probability_text(snapshot),
            uncertainty_text.status_text(settings, snapshot, self.uncertainty.busy),
        )

    # --- uncertainty results ----------------------------------------------------------------------
    def _on_full_snapshot(self, snapshot: UncertaintySnapshot) -> None:
        self._snapshot = snapshot
        self._show_figures(("launch_price", "year") if snapshot.settings.bands else ())

    def _on_tornado(self, _tornado: object) -> None:
        self._show_figures(("tornado",))
