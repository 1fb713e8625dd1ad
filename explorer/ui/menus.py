"""The main window's menus and toolbar, built from its actions; choices that carry a value (a
bundled preset, a recent file, a chart, a width, a group) are emitted as the window's intents."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from explorer.io import PresetError, bundled_presets, resolve_preset
from explorer.io.safe_text import escape_controls
from explorer.model.params import GROUPS
from explorer.present.figures import CHARTS, DASHBOARD
from explorer.present.text.languages import LANGUAGES
from explorer.present.text.registry import group_title
from explorer.present.text.window import (
    dashboard_entry,
    export_menu_title,
    menu_title,
    preset_tip,
)

EXPORT_WIDTHS = (1920, 3840)
TOOLBAR: tuple[str | None, ...] = (
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
)


class MenuOwner(Protocol):
    """The window the menus belong to: its actions and the intents the menus emit."""

    actions_by_name: dict[str, QAction]
    bundled_requested: SignalInstance
    open_requested: SignalInstance
    reset_requested: SignalInstance
    export_requested: SignalInstance
    copy_requested: SignalInstance
    language_requested: SignalInstance

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)
    def addToolBar(self, title: str) -> QToolBar: ...  # noqa: N802 (Qt's name)


class WindowMenus:
    """File, Edit, View and Help; the recent-files menu is relabelled whenever the list changes.

    Every menu and entry that has words keeps the function that writes them, so ``retranslate``
    gives them all the language now in use.
    """

    def __init__(self, window: MenuOwner) -> None:
        self._window = window
        self._texts: list[tuple[QMenu | QAction, Callable[[], str]]] = []
        a = window.actions_by_name
        bar = window.menuBar()

        file_menu = self._menu(bar, partial(menu_title, "file"))
        file_menu.addAction(a["open"])
        self.presets_menu = self._menu(file_menu, partial(menu_title, "bundled"))
        for name in bundled_presets():
            self.presets_menu.addAction(name, partial(window.bundled_requested.emit, name))
        self.presets_menu.setEnabled(bool(bundled_presets()))
        # Each preset's description as its tooltip, read when the menu first opens (reading
        # every preset is no part of the window's first paint).
        self.presets_menu.setToolTipsVisible(True)
        self.presets_menu.aboutToShow.connect(self.describe_presets)
        self._described = False
        self.recent_menu = self._menu(file_menu, partial(menu_title, "recent"))
        file_menu.addSeparator()
        file_menu.addAction(a["save"])
        file_menu.addAction(a["save_as"])
        file_menu.addSeparator()
        file_menu.addAction(a["export_dashboard"])
        for width in EXPORT_WIDTHS:
            self._add_chart_menu(
                file_menu, partial(export_menu_title, width), partial(self._export, width=width)
            )
        file_menu.addAction(a["export_both_themes"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])

        edit_menu = self._menu(bar, partial(menu_title, "edit"))
        edit_menu.addAction(a["undo"])
        edit_menu.addAction(a["redo"])
        edit_menu.addSeparator()
        edit_menu.addAction(a["reset_all"])
        reset_menu = self._menu(edit_menu, partial(menu_title, "reset_group"))
        for group in GROUPS:
            action = reset_menu.addAction("", partial(window.reset_requested.emit, group))
            self._texts.append((action, partial(group_title, group)))
        edit_menu.addSeparator()
        edit_menu.addAction(a["copy_csv"])
        self._add_chart_menu(edit_menu, partial(menu_title, "copy_one"), window.copy_requested.emit)

        view_menu = self._menu(bar, partial(menu_title, "view"))
        view_menu.addAction(a["pin"])
        view_menu.addSeparator()
        view_menu.addAction(a["bands"])
        view_menu.addAction(a["thresholds"])
        view_menu.addSeparator()
        view_menu.addAction(a["dark_theme"])
        view_menu.addAction(a["presentation"])
        view_menu.addAction(a["talk"])
        view_menu.addAction(a["open_talk"])
        view_menu.addAction(a["focus_panel"])
        view_menu.addSeparator()
        self.language_menu = self._menu(view_menu, partial(menu_title, "language"))
        self.language_actions = QActionGroup(self.language_menu)
        for code, info in LANGUAGES.items():
            # Each language in its own words, so a reader finds theirs whatever is shown.
            action = self.language_menu.addAction(info.name)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(partial(window.language_requested.emit, code))
            self.language_actions.addAction(action)

        help_menu = self._menu(bar, partial(menu_title, "help"))
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])
        self.retranslate()

    def describe_presets(self) -> None:
        """Give each bundled preset's entry its description as a tooltip (once)."""
        if self._described:
            return
        self._described = True
        for action in self.presets_menu.actions():
            try:
                preset = resolve_preset(action.text())
            except PresetError:
                continue  # opening it says what is wrong with it
            tip = preset_tip(preset.name, preset.description)
            action.setToolTip(tip)
            action.setStatusTip(preset.description)

    def _menu(self, parent: QMenuBar | QMenu, title: Callable[[], str]) -> QMenu:
        menu = parent.addMenu("")
        self._texts.append((menu, title))
        return menu

    def _add_chart_menu(self, parent: QMenu, title: Callable[[], str], handler) -> None:
        menu = self._menu(parent, title)
        self._texts.append((menu.addAction("", partial(handler, DASHBOARD)), dashboard_entry))
        menu.addSeparator()
        for spec in CHARTS:
            action = menu.addAction("", partial(handler, spec.name))
            self._texts.append((action, spec.translated_title))

    def retranslate(self) -> None:
        """Every menu title and entry in the language now in use."""
        self._described = False  # the presets' tooltips, in the new language when next opened
        for item, text in self._texts:
            if isinstance(item, QMenu):
                item.setTitle(text())
            else:
                item.setText(text())

    def set_language(self, code: str) -> None:
        """Tick the language in use in View > Language."""
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)

    def _export(self, chart: str, width: int) -> None:
        self._window.export_requested.emit(chart, width)

    def set_recent(self, paths: list[Path]) -> None:
        """Relabel the recent-file actions in place: opening a recent file refreshes this menu
        while that file's action is still being triggered, so no action is deleted then (the
        list only shrinks when files are forgotten)."""
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
            # A file name may hold control characters, and "&" would mark a shortcut key.
            action.setText(escape_controls(str(path)).replace("&", "&&"))
            action.setData(str(path))
        self.recent_menu.setEnabled(bool(paths))

    def _on_recent_triggered(self, action: QAction) -> None:
        self._window.open_requested.emit(Path(action.data()))


def build_toolbar(window: MenuOwner) -> QToolBar:
    """The toolbar (its title, which the window's context menu shows, is set by the window)."""
    toolbar = window.addToolBar(menu_title("toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(window.actions_by_name[name])
    return toolbar
