"""Autosave of unsaved changes, and the offer to restore them after a session that did not close.

While the window is open, a marker in the settings says a session is running; a clean close removes
it and the autosave file. If the next start finds the marker and the file, the last session crashed
or was killed, and the window offers to restore what was on screen. That autosave is first set
aside (``autosave-previous.yaml``), so the new session's own autosaves can neither overwrite nor
delete it while the offer waits; it goes once restored or when the new session closes cleanly.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer

from explorer.io import Preset, load_preset, save_preset

log = logging.getLogger(__name__)

AUTOSAVE_MS = 30_000
FILE_NAME = "autosave.yaml"
PREVIOUS_FILE_NAME = "autosave-previous.yaml"
_RUNNING = "session/running"
_DOCUMENT_PATH = "session/document_path"
_PREVIOUS_DOCUMENT_PATH = "session/previous_document_path"


class Autosaver(QObject):
    """Writes ``snapshot()`` every ``interval_ms``; a None snapshot means nothing is unsaved."""

    def __init__(
        self,
        folder: Path,
        settings: QSettings,
        snapshot: Callable[[], tuple[Preset, Path | None] | None],
        interval_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = folder / FILE_NAME
        self.previous_path = folder / PREVIOUS_FILE_NAME
        self._settings = settings
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def _crashed(self) -> bool:
        return bool(self._settings.value(_RUNNING, False, bool)) and self.path.is_file()

    def set_aside_previous(self) -> bool:
        """Move a crashed session's autosave out of this session's way (before ``start``).

        True when there is one to offer. A newer crash's autosave replaces an older one that was
        never restored.
        """
        if self._crashed():
            os.replace(self.path, self.previous_path)
            document_path = str(self._settings.value(_DOCUMENT_PATH, "") or "")
            self._settings.setValue(_PREVIOUS_DOCUMENT_PATH, document_path)
            self._settings.remove(_DOCUMENT_PATH)
            self._settings.sync()
        return self.previous_path.is_file()

    def recover(self) -> tuple[Preset, Path | None]:
        """The crashed session's preset and the file it had been opened from. Raises PresetError."""
        if not self.previous_path.is_file():
            self.set_aside_previous()
        stored = str(self._settings.value(_PREVIOUS_DOCUMENT_PATH, "") or "")
        return load_preset(self.previous_path), (Path(stored) if stored else None)

    def discard_previous(self) -> None:
        """The crashed session's autosave was restored (or declined by a clean close)."""
        self.previous_path.unlink(missing_ok=True)
        self._settings.remove(_PREVIOUS_DOCUMENT_PATH)

    def start(self) -> None:
        self._settings.setValue(_RUNNING, True)
        self._settings.sync()
        self._timer.start()

    def stop_cleanly(self) -> None:
        """The window closed as asked: nothing to restore next time."""
        self._timer.stop()
        self.discard()
        self.discard_previous()
        self._settings.remove(_RUNNING)
        self._settings.sync()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self._settings.remove(_DOCUMENT_PATH)

    def save_now(self) -> None:
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return
        preset, document_path = snapshot
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            save_preset(preset, self.path, keep_backup=False)
        except (OSError, ValueError):
            log.exception("autosave to %s failed", self.path)
            return
        self._settings.setValue(_DOCUMENT_PATH, str(document_path or ""))

    def _on_timer_timeout(self) -> None:
        self.save_now()
