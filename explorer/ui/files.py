"""Open, Save, Save As, recent files, dropped files and autosave recovery for the main window.

A file that cannot be read never changes what is on screen: the window shows one message in its
notification bar and the scenario stays as it was.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QFileDialog

from explorer.io import PresetError, bundled_presets, load_bundled, load_preset, save_preset
from explorer.ui.document import Document

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

PRESET_SUFFIXES = (".yaml", ".yml", ".png")
OPEN_FILTER = "Presets and exported charts (*.yaml *.yml *.png);;All files (*)"
SAVE_FILTER = "Presets (*.yaml)"


def open_with_dialog(window: MainWindow) -> bool:
    if not window.confirm_discard():
        return False
    start = str(window.document.path.parent) if window.document.path else ""
    name, _ = QFileDialog.getOpenFileName(window, "Open preset", start, OPEN_FILTER)
    return bool(name) and open_path(window, Path(name), confirmed=True)


def open_path(window: MainWindow, path: Path, confirmed: bool = False) -> bool:
    """Load the preset in ``path`` (YAML, or a PNG exported with its preset)."""
    if not confirmed and not window.confirm_discard():
        return False
    try:
        preset = load_preset(path)
    except PresetError as err:
        _show_load_error(window, path.name, str(err))
        return False
    window.load_preset(Document.from_preset(preset, writable=not is_bundled(path)))
    window.recent_files.add(path)
    window.menus.refresh_recent()
    window.notification_bar.dismiss()
    return True


def open_bundled(window: MainWindow, name: str) -> bool:
    """Load a preset that ships with the explorer; Save will ask where to write it."""
    if not window.confirm_discard():
        return False
    try:
        preset = load_bundled(name)
    except PresetError as err:
        _show_load_error(window, name, str(err))
        return False
    window.load_preset(Document.from_preset(preset, writable=False))
    window.notification_bar.dismiss()
    return True


def is_bundled(path: Path) -> bool:
    """True for a preset file that ships with the explorer: Save must ask where to write, never
    overwrite it (it lives in the installed package, or in the source checkout)."""
    shipped = {r.resolve() for r in bundled_presets().values() if isinstance(r, Path)}
    return path.resolve() in shipped


def _show_load_error(window: MainWindow, name: str, problems: str) -> None:
    window.notification_bar.show_message(
        f"Could not open “{name}”; the scenario on screen is unchanged.\n{problems}", "error"
    )


def save(window: MainWindow) -> bool:
    """Save to the document's file, or ask for one. True when saved."""
    path = window.document.path
    if path is None:
        return save_as(window)
    return save_to(window, path)


def save_as(window: MainWindow) -> bool:
    document = window.document
    start = str(document.path or Path.home() / f"{document.name}.yaml")
    name, _ = QFileDialog.getSaveFileName(window, "Save preset", start, SAVE_FILTER)
    if not name:
        return False
    path = Path(name)
    if path.suffix.lower() not in (".yaml", ".yml"):
        path = path.with_name(path.name + ".yaml")
    return save_to(window, path)


def save_to(window: MainWindow, path: Path) -> bool:
    """Write the current scenario atomically to ``path``; it becomes the document's file."""
    scenario = window.controller.scenario
    try:
        save_preset(window.document.preset(scenario), path)
    except (OSError, ValueError) as err:
        # strerror, not str(err): the atomic write's temporary file name means nothing to a user.
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        window.notification_bar.show_message(
            f"Could not save “{path.name}” in {path.parent}: {reason}; nothing was changed.",
            "error",
        )
        return False
    window.set_document(window.document.saved_as(scenario, path))
    window.recent_files.add(path)
    window.menus.refresh_recent()
    window.notification_bar.show_message(f"Saved {path}", "info")
    return True


def dropped_preset_path(mime: QMimeData) -> Path | None:
    """The one local preset file in a drag, if that is what it carries."""
    urls = [url for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in PRESET_SUFFIXES else None


def offer_restore(window: MainWindow) -> None:
    """After a session that did not close cleanly, offer its autosaved changes."""
    if not window.autosaver.set_aside_previous():
        return
    window.notification_bar.show_message(
        "The last session ended without closing and had unsaved changes.",
        "info",
        "Restore them",
        lambda: restore_autosave(window),
    )


def restore_autosave(window: MainWindow) -> bool:
    """Reopen the autosaved document's file (if it had one) and show the autosaved values.

    The values come back as an unsaved, undoable edit, so the title shows them as modified.
    """
    try:
        preset, document_path = window.autosaver.recover()
    except PresetError as err:
        _show_load_error(window, "autosave", str(err))
        return False
    if document_path is not None and document_path.is_file():
        # If the file went bad since, the values alone are still worth restoring.
        with contextlib.suppress(PresetError):
            window.load_preset(Document.from_preset(load_preset(document_path)))
    window.set_scenario(preset.scenario, "Restore autosave")
    # The restored values are this session's unsaved changes now: autosave them before letting
    # the crashed session's copy go.
    window.autosaver.save_now()
    window.autosaver.discard_previous()
    return True
