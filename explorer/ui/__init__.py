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


def create_controller(
    preset: Preset | str | os.PathLike[str] | None = None, language: str | None = None
):
    """The application controller of a ready main window (``controller.window``; the caller owns
    the QApplication and shows the window).

    ``preset`` is a Preset, a bundled preset's name or a file; by default the bundled
    "baseline-2026", or the registry's defaults when it is missing. Raises PresetError for a
    preset that cannot be loaded. ``language`` is a code of ``explorer.present.text.languages``;
    by default the one chosen last time, else the system's.
    """
    from explorer.present.session import session_for
    from explorer.present.text.languages import LANGUAGES
    from explorer.ui.controller import AppController
    from explorer.ui.language import (
        SETTINGS_KEY,
        apply_language,
        remember_reader_locale,
        system_language,
    )
    from explorer.ui.window import MainWindow

    settings = window_settings()
    if language is None:
        saved = str(settings.value(SETTINGS_KEY, "") or "")
        language = saved if saved in LANGUAGES else system_language()
    remember_reader_locale()
    apply_language(language)
    session = session_for(preset)
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
