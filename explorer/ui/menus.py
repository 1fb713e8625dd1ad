"""Menus, the toolbar and the Help dialogs of the main window."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from explorer.io import bundled_presets
from explorer.model.params import GROUP_TITLES, GROUPS
from explorer.ui import export_actions, files
from explorer.ui.actions import EXTRA_ROWS, shortcut_rows
from explorer.ui.widgets.shortcuts_dialog import ShortcutsDialog
from explorer.ui.window_style import palette_for

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


class WindowMenus:
    """File, Edit, View and Help; the recent-files menu is rebuilt whenever the list changes."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        a = window.actions_by_name
        bar = window.menuBar()

        file_menu = bar.addMenu("&File")
        file_menu.addAction(a["open"])
        self.presets_menu = file_menu.addMenu("Open &bundled preset")
        for name in bundled_presets():
            self.presets_menu.addAction(name, partial(files.open_bundled, window, name))
        self.presets_menu.setEnabled(bool(bundled_presets()))
        self.recent_menu = file_menu.addMenu("Open &recent")
        file_menu.addSeparator()
        file_menu.addAction(a["save"])
        file_menu.addAction(a["save_as"])
        file_menu.addSeparator()
        file_menu.addAction(a["export_dashboard"])
        for width in export_actions.WIDTHS:
            self._add_chart_menu(
                file_menu, f"Export PNG, {width} px wide", partial(self._export, width=width)
            )
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(a["undo"])
        edit_menu.addAction(a["redo"])
        edit_menu.addSeparator()
        edit_menu.addAction(a["reset_all"])
        reset_menu = edit_menu.addMenu("Reset &group")
        for group in GROUPS:
            reset_menu.addAction(
                GROUP_TITLES[group], partial(window.panel.reset_requested.emit, group)
            )
        edit_menu.addSeparator()
        edit_menu.addAction(a["copy_csv"])
        self._add_chart_menu(edit_menu, "Copy data of one chart as CSV", self._copy)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(a["pin"])
        view_menu.addSeparator()
        view_menu.addAction(a["bands"])
        view_menu.addAction(a["thresholds"])
        view_menu.addSeparator()
        view_menu.addAction(a["dark_theme"])
        view_menu.addAction(a["presentation"])
        view_menu.addAction(a["focus_panel"])

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])
        self.refresh_recent()

    def _add_chart_menu(self, parent: QMenu, title: str, handler) -> None:
        menu = parent.addMenu(title)
        menu.addAction("Dashboard (all charts)", partial(handler, None))
        menu.addSeparator()
        for name, chart in self._window.dashboard.charts.items():
            menu.addAction(str(getattr(chart, "title", name)), partial(handler, name))

    def _export(self, chart: str | None, width: int) -> None:
        export_actions.export_with_dialog(self._window, chart, width)

    def _copy(self, chart: str | None) -> None:
        export_actions.copy_csv(self._window, chart)

    def refresh_recent(self) -> None:
        """Relabel the recent-file actions in place: opening a recent file refreshes this menu
        while that file's action is still being triggered, so no action is deleted then (the
        list only shrinks when files are forgotten)."""
        paths = self._window.recent_files.paths()
        actions = self.recent_menu.actions()
        for action in actions[len(paths) :]:
            self.recent_menu.removeAction(action)
            action.deleteLater()
        for i, path in enumerate(paths):
            if i < len(actions):
                action = actions[i]
            else:
                action = self.recent_menu.addAction("")
                action.triggered.connect(partial(self._on_recent_triggered, action))
            action.setText(str(path))
            action.setData(str(path))
        self.recent_menu.setEnabled(bool(paths))

    def _on_recent_triggered(self, action: QAction) -> None:
        files.open_path(self._window, Path(action.data()))


def build_toolbar(window: MainWindow) -> QToolBar:
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    a = window.actions_by_name
    for name in (
        "open",
        "save",
        None,
        "undo",
        "redo",
        "reset_all",
        None,
        "pin",
        "bands",
        "dark_theme",
        "presentation",
        "export_dashboard",
    ):
        if name is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(a[name])
    return toolbar


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog.open_for(
        window, shortcut_rows(window.actions_by_name) + list(EXTRA_ROWS)
    )
    dialog.setPalette(palette_for(window.theme))  # a dialog is a window: it inherits no palette
    return dialog


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        "About",
        "<b>Space-vs-Earth AI Explorer</b><br>Where is it cheapest to put AI compute, in orbit or "
        "on the ground, and when does that change?<br>Every number has its source in the "
        "parameter's tooltip.",
    )
