"""The explorer window: slider panel on the left, headline strip and charts on the right.

Views emit intent; the window turns each intent into an undo command; commands call the controller;
the controller evaluates once per frame and the window hands the Results to the headline and the
charts. File handling (open, save, recent, drop, autosave) lives in ``explorer.ui.files``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from explorer.model import Results, Scenario
from explorer.model.params import GROUP_TITLES, GROUPS, REGISTRY, in_group
from explorer.ui import export_actions, files, menus
from explorer.ui.actions import create_actions
from explorer.ui.autosave import Autosaver
from explorer.ui.charts_contract import ChartView
from explorer.ui.controller import ScenarioController, same_scenario
from explorer.ui.document import Document
from explorer.ui.recent_files import RecentFiles
from explorer.ui.uncertainty_views import UncertaintyViews
from explorer.ui.undo import LoadPresetCommand, SetValuesCommand, push_values
from explorer.ui.widgets.headline_strip import HeadlineStrip
from explorer.ui.widgets.notification_bar import NotificationBar
from explorer.ui.widgets.param_panel import ALL_GROUPS, ParamPanel
from explorer.ui.window_style import apply_window_style

APP_TITLE = "Space-vs-Earth AI Explorer"
PANEL_WIDTH = 400
"""Starting width of the slider panel, in pixels; the charts get the rest."""


class Unsaved(Enum):
    """The answer to "the scenario has unsaved changes"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class MainWindow(QMainWindow):
    """The window a presenter drives. Tests replace ``ask_unsaved`` to answer the prompt."""

    def __init__(
        self,
        controller: ScenarioController,
        dashboard: ChartView,
        document: Document,
        settings: QSettings,
        config_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dashboard = dashboard
        self.document = document
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.recent_files = RecentFiles(settings)
        self.ask_unsaved: Callable[[], Unsaved] = self._ask_unsaved_with_message_box
        self.theme = "light"
        self._presentation = False
        self._was_maximized = False

        self.notification_bar = NotificationBar()
        self.headline = HeadlineStrip()
        self.panel = ParamPanel()
        self._build_layout()
        self.actions_by_name = create_actions(self)
        self.menus = menus.WindowMenus(self)
        self.toolbar = menus.build_toolbar(self)
        self.setAcceptDrops(True)

        self.panel.value_edited.connect(self._on_value_edited)
        self.panel.reset_requested.connect(self._on_reset_requested)
        controller.scenario_changed.connect(self._on_scenario_changed)
        controller.results_ready.connect(self._on_results_ready)
        self._connect_actions()
        self.uncertainty_views = UncertaintyViews(self)

        self.autosaver = Autosaver(config_dir, settings, self._autosave_snapshot, parent=self)
        self.panel.set_scenario(controller.scenario, controller.reference_scenario)
        self._update_title()
        self._restore_settings()

    # --- layout -----------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.headline)
        right_layout.addWidget(self.dashboard, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.notification_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _connect_actions(self) -> None:
        a = self.actions_by_name
        a["open"].triggered.connect(lambda: files.open_with_dialog(self))
        a["save"].triggered.connect(lambda: files.save(self))
        a["save_as"].triggered.connect(lambda: files.save_as(self))
        a["export_dashboard"].triggered.connect(
            lambda: export_actions.export_with_dialog(self, None, 1920)
        )
        a["copy_csv"].triggered.connect(lambda: export_actions.copy_csv(self, None))
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.undo_stack.undo)
        a["redo"].triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["reset_all"].triggered.connect(lambda: self._on_reset_requested(ALL_GROUPS))
        a["pin"].toggled.connect(self._on_pin_toggled)
        a["dark_theme"].toggled.connect(self._on_dark_theme_toggled)
        a["presentation"].toggled.connect(self.set_presentation)
        a["leave_presentation"].triggered.connect(lambda: a["presentation"].setChecked(False))
        a["leave_presentation"].setEnabled(False)
        a["focus_panel"].triggered.connect(self._on_focus_panel)
        a["shortcuts"].triggered.connect(lambda: menus.show_shortcuts(self))
        a["about"].triggered.connect(lambda: menus.show_about(self))

    # --- intents from the views -------------------------------------------------------------------
    def _on_value_edited(self, key: str, value: object, merge_tag: str) -> None:
        before = self.controller.scenario
        if before[key] == value:
            return
        after = before.with_changes({key: value})
        text = f"Set {REGISTRY[key].title}"
        push_values(self.undo_stack, self.controller, before, after, text, merge_tag)

    def _on_reset_requested(self, group: str) -> None:
        groups = GROUPS if group == ALL_GROUPS else (group,)
        reference = self.controller.reference_scenario
        keys = [entry.key for g in groups for entry in in_group(g)]
        before = self.controller.scenario
        after = before.with_changes({k: reference[k] for k in keys})
        if same_scenario(after, before):
            return
        text = "Reset all" if group == ALL_GROUPS else f"Reset {GROUP_TITLES[group]}"
        self.undo_stack.push(SetValuesCommand(self.controller, before, after, text))

    def load_preset(self, document: Document) -> None:
        """Make ``document`` current: its scenario on screen and as the reference (undoable)."""
        command = LoadPresetCommand(
            self.controller,
            document.saved,
            document,
            self.document,
            self.set_document,
            f"Open {document.name}",
        )
        self.undo_stack.push(command)

    def set_scenario(self, scenario: Scenario, text: str) -> None:
        """Show ``scenario`` as an edit of the open document (undoable)."""
        before = self.controller.scenario
        self.undo_stack.push(SetValuesCommand(self.controller, before, scenario, text))

    def set_document(self, document: Document) -> None:
        self.document = document
        self._update_title()

    # --- results from the controller --------------------------------------------------------------
    def _on_scenario_changed(self, scenario: Scenario) -> None:
        self.panel.set_scenario(scenario, self.controller.reference_scenario)
        self._update_title()

    def _on_results_ready(self, results: Results) -> None:
        self.headline.set_results(results)
        self.dashboard.set_results(results, self.controller.reference, self.controller.pinned)

    # --- view toggles -----------------------------------------------------------------------------
    def _on_pin_toggled(self, pinned: bool) -> None:
        if pinned:
            self.controller.pin()
        else:
            self.controller.unpin()
        self.actions_by_name["pin"].setText(
            "Un&pin scenario" if pinned else "&Pin current scenario"
        )

    def _on_dark_theme_toggled(self, dark: bool) -> None:
        self.set_theme("dark" if dark else "light")

    def set_theme(self, name: str) -> None:
        self.theme = name
        apply_window_style(self, name, self._presentation)
        self.dashboard.set_theme(name)
        with_blocked = self.actions_by_name["dark_theme"]
        if with_blocked.isChecked() != (name == "dark"):
            with_blocked.setChecked(name == "dark")
        self.settings.setValue("theme", name)

    def set_presentation(self, on: bool) -> None:
        """Full screen, big fonts, thick lines; menus and toolbar hidden, sliders kept."""
        if on == self._presentation:
            return
        self._presentation = on
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        self.menuBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        self.dashboard.set_presentation(on)
        apply_window_style(self, self.theme, on)
        self.actions_by_name["leave_presentation"].setEnabled(on)
        if self.actions_by_name["presentation"].isChecked() != on:
            self.actions_by_name["presentation"].setChecked(on)

    def is_presentation(self) -> bool:
        return self._presentation

    def _on_focus_panel(self) -> None:
        first = next(iter(self.panel.editors.values()))
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.focusNextChild()

    # --- document state ---------------------------------------------------------------------------
    def is_modified(self) -> bool:
        return not same_scenario(self.controller.scenario, self.document.saved)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.name}[*] — {APP_TITLE}")
        self.setWindowModified(self.is_modified())

    def _autosave_snapshot(self):
        if not self.is_modified():
            return None
        return self.document.preset(self.controller.scenario), self.document.path

    def confirm_discard(self) -> bool:
        """True when unsaved changes may go (saved, discarded, or there were none)."""
        if not self.is_modified():
            return True
        answer = self.ask_unsaved()
        if answer is Unsaved.SAVE:
            return files.save(self)
        return answer is Unsaved.DISCARD

    def _ask_unsaved_with_message_box(self) -> Unsaved:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"“{self.document.name}” has changes that are not saved. Save them?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: Unsaved.SAVE, buttons.Discard: Unsaved.DISCARD}.get(
            answer, Unsaved.CANCEL
        )

    # --- Qt events --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.confirm_discard():
            event.ignore()
            return
        if self._presentation:
            self.set_presentation(False)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.autosaver.stop_cleanly()
        self.controller.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if files.dropped_preset_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = files.dropped_preset_path(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            files.open_path(self, path)

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 960)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([PANEL_WIDTH, self.width() - PANEL_WIDTH])
        self.set_theme(str(self.settings.value("theme", "light")))
