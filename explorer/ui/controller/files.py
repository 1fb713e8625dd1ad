"""Open, Save, Save As, recent files, dropped files and autosave recovery.

A file that cannot be read never changes what is on screen: the window shows one message in its
notification bar and the session stays as it was.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Protocol

from explorer.io import PresetError, load_bundled, load_preset, save_preset
from explorer.model import Scenario
from explorer.present.session import Session, is_bundled
from explorer.present.text import messages
from explorer.present.text.file_problems import error_text
from explorer.present.text.window import open_step, restore_step
from explorer.ui.autosave import Autosaver
from explorer.ui.recent_files import RecentFiles
from explorer.ui.views import Unsaved, WindowView

YAML_SUFFIXES = (".yaml", ".yml")


class DocumentHost(Protocol):
    """What file handling needs from the application controller."""

    @property
    def session(self) -> Session: ...
    def open_document(self, session: Session, text: str) -> None: ...
    def saved(self, path: Path) -> None: ...
    def set_scenario(self, scenario: Scenario, text: str) -> None: ...


class FileController:
    """Files in and out for one window; the AppController owns it and routes intents to it."""

    def __init__(
        self,
        host: DocumentHost,
        window: WindowView,
        recent_files: RecentFiles,
        autosaver: Autosaver,
    ) -> None:
        self._host = host
        self._window = window
        self._recent = recent_files
        self._autosaver = autosaver

    # --- opening ----------------------------------------------------------------------------------
    def open_with_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path = self._window.ask_open_path(self._host.session.save_path)
        return path is not None and self.open_path(path, confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open the preset in ``path`` (YAML, or a PNG exported with its preset)."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            preset = load_preset(path)
        except PresetError as err:
            self._window.notify(messages.could_not_open(path.name, error_text(err)), "error")
            return False
        session = Session.opened(preset, writable=not is_bundled(path))
        self._host.open_document(session, open_step(preset.name))
        self._recent.add(path)
        self._window.set_recent(self._recent.paths())
        self._window.dismiss_notification()
        return True

    def open_bundled(self, name: str) -> bool:
        """Open a preset that ships with the explorer; Save will ask where to write it."""
        if not self.confirm_discard():
            return False
        try:
            preset = load_bundled(name)
        except PresetError as err:
            self._window.notify(messages.could_not_open(name, error_text(err)), "error")
            return False
        self._host.open_document(Session.opened(preset, writable=False), open_step(preset.name))
        self._window.dismiss_notification()
        return True

    def confirm_discard(self) -> bool:
        """True when unsaved changes may go (saved, discarded, or there were none)."""
        session = self._host.session
        if not session.modified:
            return True
        answer = self._window.ask_unsaved(session.name)
        if answer is Unsaved.SAVE:
            return self.save()
        return answer is Unsaved.DISCARD

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the session's file, or ask for one. True when saved."""
        path = self._host.session.save_path
        return self.save_as() if path is None else self.save_to(path)

    def save_as(self) -> bool:
        session = self._host.session
        path = self._window.ask_save_path(session.save_path or Path.home() / f"{session.name}.yaml")
        if path is None:
            return False
        if path.suffix.lower() not in YAML_SUFFIXES:
            path = path.with_name(path.name + ".yaml")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the current scenario atomically to ``path``; it becomes the session's file."""
        try:
            save_preset(self._host.session.current_preset(), path)
        except (OSError, ValueError) as err:
            # strerror, not str(err): the atomic write's temporary file name means nothing to a
            # user.
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            self._window.notify(messages.could_not_save(path, reason), "error")
            return False
        self._host.saved(path)
        self._recent.add(path)
        self._window.set_recent(self._recent.paths())
        self._window.notify(messages.saved(path), "info")
        return True

    # --- a crashed session's changes --------------------------------------------------------------
    def offer_restore(self) -> bool:
        """After a window that did not close cleanly, offer its autosaved changes; True when
        offered."""
        if not self._autosaver.set_aside_previous():
            return False
        text, button = messages.restore_offer()
        self._window.notify(text, "info", button, self.restore_autosave)
        return True

    def restore_autosave(self) -> bool:
        """Reopen the autosaved session's file (if it had one) and show the autosaved values.

        The values come back as an unsaved, undoable edit, so the title shows them as modified.
        """
        try:
            preset, document_path = self._autosaver.recover()
        except PresetError as err:
            self._window.notify(messages.could_not_open(messages.autosave_name(), error_text(err)))
            return False
        if document_path is not None and document_path.is_file():
            # If the file went bad since, the values alone are still worth restoring.
            with contextlib.suppress(PresetError):
                opened = load_preset(document_path)
                self._host.open_document(Session.opened(opened), open_step(opened.name))
        self._host.set_scenario(preset.scenario, restore_step())
        # The restored values are this session's unsaved changes now: autosave them before
        # letting the crashed session's copy go.
        self._autosaver.save_now()
        self._autosaver.discard_previous()
        return True
