"""The desktop window: the only package that imports PySide6 and pyqtgraph.

``create_controller`` is where the window is put together: the session, the views (the main
window and what it holds) and the application controller that links them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from explorer.io import Preset

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


def create_controller(preset: Preset | str | os.PathLike[str] | None = None):
    """The application controller of a ready main window (``controller.window``; the caller owns
    the QApplication and shows the window).

    ``preset`` is a Preset, a bundled preset's name or a file; by default the bundled
    "baseline-2026", or the registry's defaults when it is missing. Raises PresetError for a
    preset that cannot be loaded.
    """
    from explorer.present.session import session_for
    from explorer.ui.controller import AppController
    from explorer.ui.window import MainWindow

    session = session_for(preset)
    settings = window_settings()
    window = MainWindow(settings)
    controller = AppController(
        session,
        window,
        window.panel,
        window.panel.uncertainty,
        window.headline,
        window.dashboard,
        settings,
        config_dir(),
        parent=window,
    )
    window.restore_state()
    controller.start()
    return controller


__all__ = ["create_controller"]
