"""The desktop window: the only package that imports PySide6 and pyqtgraph."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from explorer.io import DEFAULT_PRESET, Preset, PresetError, resolve_preset
from explorer.model import Scenario
from explorer.ui.document import UNTITLED, Document

ORGANIZATION = "space-ai-explorer"
APPLICATION = "Space-vs-Earth AI Explorer"
SETTINGS_NAME = "explorer"


def config_dir() -> Path:
    """Where settings and the autosave live (under XDG_CONFIG_HOME on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / ORGANIZATION


def window_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, SETTINGS_NAME
    )


def _document_for(preset: Preset | str | os.PathLike[str] | None) -> Document:
    if isinstance(preset, Preset):
        return Document.from_preset(preset)
    if preset is None:
        try:
            return Document.from_preset(resolve_preset(DEFAULT_PRESET), writable=False)
        except PresetError:
            return Document(UNTITLED, Scenario())
    from explorer.ui.files import is_bundled

    path = Path(preset)
    writable = path.is_file() and not is_bundled(path)
    return Document.from_preset(resolve_preset(preset), writable=writable)


def create_main_window(preset: Preset | str | os.PathLike[str] | None = None):
    """The ready main window (the caller owns the QApplication and shows the window).

    ``preset`` is a Preset, a bundled preset's name or a file; by default the bundled
    "baseline-2026", or the registry's defaults when it is missing. Raises PresetError for a
    preset that cannot be loaded.
    """
    from explorer.ui import files
    from explorer.ui.charts import Dashboard
    from explorer.ui.controller import ScenarioController
    from explorer.ui.main_window import MainWindow

    document = _document_for(preset)
    controller = ScenarioController(document.saved)
    folder = config_dir()
    window = MainWindow(controller, Dashboard(), document, window_settings(), folder)
    controller.setParent(window)
    files.offer_restore(window)
    autosaver, bar = window.autosaver, window.notification_bar
    autosaver.problem_found.connect(lambda text: bar.show_message(text, "error"))
    if autosaver.problem and not bar.text():
        bar.show_message(autosaver.problem, "error")
    autosaver.start()
    return window


__all__ = ["create_main_window"]
