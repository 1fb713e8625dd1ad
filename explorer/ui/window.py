"""The explorer window: slider panel on the left, headline strip and charts on the right.

A view: it emits intent (an action, a chart to export or copy, a preset to open, a group to
reset, a close) and shows what the controller tells it; it never modifies the session or calls the
model. What only concerns the window itself stays here: its theme and presentation mode, its
geometry, the Help dialogs and the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.present.text import talk as talk_words
from explorer.present.text import window as words
from explorer.ui.actions import create_actions, retranslate_actions, shortcut_rows
from explorer.ui.charts import Dashboard
from explorer.ui.language import qt_locale
from explorer.ui.menus import WindowMenus, build_toolbar
from explorer.ui.theme import presentation_scale
from explorer.ui.views import Unsaved
from explorer.ui.widgets.headline_strip import HeadlineStrip
from explorer.ui.widgets.notification_bar import NotificationBar
from explorer.ui.widgets.param_panel import ParamPanel
from explorer.ui.window_style import apply_window_style, palette_for

if TYPE_CHECKING:
    from explorer.ui.uncertainty_thresholds_dialog import ThresholdsDialog
    from explorer.ui.widgets.shortcuts_dialog import ShortcutsDialog

PANEL_WIDTH = 400
"""Starting width of the slider panel, in pixels; the charts get the rest."""
PRESET_SUFFIXES = (".yaml", ".yml", ".png")
# Actions whose effect is the controller's: the window passes them on as intents.
INTENT_ACTIONS = (
    "open",
    "save",
    "save_as",
    "export_dashboard",
    "copy_csv",
    "undo",
    "redo",
    "reset_all",
    "thresholds",
    "talk",
    "open_talk",
)
TOGGLE_INTENTS = ("pin", "bands")


def dropped_preset_path(urls: list) -> Path | None:
    """The one local preset file among dropped URLs, if that is what they are."""
    local = [url for url in urls if url.isLocalFile()]
    if len(local) != 1:
        return None
    path = Path(local[0].toLocalFile())
    return path if path.suffix.lower() in PRESET_SUFFIXES else None


class MainWindow(QMainWindow):
    """The window a presenter drives. Tests replace ``ask_unsaved`` to answer the prompt."""

    action_triggered = Signal(str)
    action_toggled = Signal(str, bool)
    export_requested = Signal(str, int)
    copy_requested = Signal(str)
    bundled_requested = Signal(str)
    open_requested = Signal(object)
    reset_requested = Signal(str)
    close_requested = Signal(object)
    language_requested = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ask_unsaved: Callable[[str], Unsaved] = self._ask_unsaved_with_message_box
        self.theme = "light"
        self._presentation = False
        self._was_maximized = False
        self._splitter_sizes: list[int] = []
        self.thresholds_dialog: ThresholdsDialog | None = None

        self.notification_bar = NotificationBar()
        self.headline = HeadlineStrip()
        self.panel = ParamPanel()
        self.dashboard = Dashboard()
        self._build_layout()
        self.actions_by_name = create_actions(self)
        self.menus = WindowMenus(self)
        self.toolbar = build_toolbar(self)
        self.setAcceptDrops(True)
        self._connect_actions()
        self.set_theme(str(self.settings.value("theme", "light")))

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
        for name in INTENT_ACTIONS:
            a[name].triggered.connect(lambda _checked=False, n=name: self.action_triggered.emit(n))
        for name in TOGGLE_INTENTS:
            a[name].toggled.connect(lambda on, n=name: self.action_toggled.emit(n, on))
        a["quit"].triggered.connect(self.close)
        a["dark_theme"].toggled.connect(lambda dark: self.set_theme("dark" if dark else "light"))
        a["presentation"].toggled.connect(self.set_presentation)
        a["leave_presentation"].triggered.connect(lambda: self.set_presentation(False))
        a["leave_presentation"].setEnabled(False)
        a["focus_panel"].triggered.connect(self._on_focus_panel)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)

    # --- what the controller tells it -------------------------------------------------------------
    def theme_name(self) -> str:
        return self.theme

    def set_language(self, language: str) -> None:
        """Tick ``language`` in View > Language; the number boxes take its locale."""
        self.setLocale(qt_locale(language))
        self.menus.set_language(language)

    def retranslate(self) -> None:
        """Every word the window holds itself in the language now in use; what the charts and
        the headline show comes with their next figures."""
        retranslate_actions(self.actions_by_name)
        self.set_pinned(self.actions_by_name["pin"].isChecked())
        self.menus.retranslate()
        self.toolbar.setWindowTitle(words.menu_title("toolbar"))
        self.dashboard.retranslate()
        self.notification_bar.retranslate()
        self.panel.retranslate()
        if self.thresholds_dialog is not None:
            self.thresholds_dialog.retranslate()

    def set_title(self, title: str, modified: bool) -> None:
        self.setWindowTitle(title)
        self.setWindowModified(modified)

    def set_undo_state(self, can_undo: bool, can_redo: bool) -> None:
        self.actions_by_name["undo"].setEnabled(can_undo)
        self.actions_by_name["redo"].setEnabled(can_redo)

    def set_checked(self, action: str, on: bool) -> None:
        """Show a checkable action's state without emitting its intent."""
        item = self.actions_by_name[action]
        with QSignalBlocker(item):
            item.setChecked(on)

    def export_themes(self) -> tuple[str, ...]:
        """The themes an export is drawn in: the window's, then the other when File > Export
        light and dark versions is ticked."""
        other = "dark" if self.theme == "light" else "light"
        both = self.actions_by_name["export_both_themes"].isChecked()
        return (self.theme, other) if both else (self.theme,)

    def set_pinned(self, on: bool) -> None:
        self.set_checked("pin", on)
        self.actions_by_name["pin"].setText(words.pin_text(on))

    def set_recent(self, paths: list[Path]) -> None:
        self.menus.set_recent(paths)

    def notify(
        self,
        text: str,
        kind: str = "error",
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        self.notification_bar.show_message(text, kind, action_text, action)

    def dismiss_notification(self) -> None:
        self.notification_bar.dismiss()

    def ask_open_path(self, start: Path | None) -> Path | None:
        folder = str(start.parent) if start is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self, words.open_caption(), folder, words.open_filter()
        )
        return Path(name) if name else None

    def ask_save_path(self, start: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, words.save_caption(), str(start), words.save_filter()
        )
        return Path(name) if name else None

    def ask_export_path(self, suggested: Path, width: int) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, words.export_caption(width), str(suggested), words.png_filter()
        )
        return Path(name) if name else None

    def ask_talk_path(self, start: Path | None) -> Path | None:
        folder = str(start.parent) if start is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self, talk_words.open_talk_caption(), folder, talk_words.talk_filter()
        )
        return Path(name) if name else None

    def set_talking(self, on: bool) -> None:
        """Hidden while a talk is shown, back as it was after it."""
        self.setVisible(not on)

    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def show_thresholds(self) -> tuple[ThresholdsDialog, bool]:
        """The thresholds table, shown and raised; True when it was just made."""
        created = self.thresholds_dialog is None
        if self.thresholds_dialog is None:
            # Imported when first wanted: dialogs are not part of the window's first paint.
            from explorer.ui.uncertainty_thresholds_dialog import ThresholdsDialog

            self.thresholds_dialog = ThresholdsDialog(self)
        # A dialog is a window of its own: it takes the theme's palette only when given it.
        self.thresholds_dialog.setPalette(palette_for(self.theme))
        self.thresholds_dialog.show()
        self.thresholds_dialog.raise_()
        return self.thresholds_dialog, created

    def save_state(self) -> None:
        """Keep the geometry for the next session (leaving presentation mode first)."""
        if self._presentation:
            self.set_presentation(False)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())

    # --- what is the window's own -----------------------------------------------------------------
    def presentation_scale(self) -> float:
        """How much presentation mode enlarges on this window's screen."""
        screen = self.screen()
        return presentation_scale(screen.geometry().width() if screen is not None else 1920)

    def set_theme(self, name: str) -> None:
        self.theme = name
        apply_window_style(self, name, self._presentation, self.presentation_scale())
        self.dashboard.set_theme(name)
        self.set_checked("dark_theme", name == "dark")
        self.settings.setValue("theme", name)

    def set_presentation(self, on: bool) -> None:
        """Full screen, big fonts, thick lines; menus and toolbar hidden, sliders kept."""
        if on == self._presentation:
            return
        self._presentation = on
        if on:
            self._was_maximized = self.isMaximized()
            # Larger fonts widen the slider panel: it gives the room back when the mode ends.
            self._splitter_sizes = self.splitter.sizes()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        self.menuBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        scale = self.presentation_scale()
        self.dashboard.set_presentation(on, scale)
        apply_window_style(self, self.theme, on, scale)
        if not on and self._splitter_sizes:
            self.splitter.setSizes(self._splitter_sizes)
        self.actions_by_name["leave_presentation"].setEnabled(on)
        self.set_checked("presentation", on)

    def is_presentation(self) -> bool:
        return self._presentation

    def show_shortcuts(self) -> ShortcutsDialog:
        from explorer.ui.widgets.shortcuts_dialog import ShortcutsDialog

        rows = shortcut_rows(self.actions_by_name) + words.slider_key_rows()
        rows += talk_words.key_rows()
        dialog = ShortcutsDialog.open_for(self, rows)
        dialog.setPalette(palette_for(self.theme))  # a dialog is a window: it inherits no palette
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, words.about_title(), words.about_text())

    def _on_focus_panel(self) -> None:
        self.panel.focus_first_editor()

    def _ask_unsaved_with_message_box(self, document: str) -> Unsaved:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            words.unsaved_title(),
            words.unsaved_question(document),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: Unsaved.SAVE, buttons.Discard: Unsaved.DISCARD}.get(
            answer, Unsaved.CANCEL
        )

    # --- Qt events --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.close_requested.emit(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if dropped_preset_path(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = dropped_preset_path(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.open_requested.emit(path)

    def restore_state(self) -> None:
        """The geometry of the last session (once the views show their first content, so that
        their minimum sizes hold)."""
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
