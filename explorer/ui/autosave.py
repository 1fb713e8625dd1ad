"""Autosave of unsaved changes, one file per window, and the offer to restore a crashed window's.

Each window's Autosaver writes its own ``autosave-<id>.yaml`` (and ``autosave-<id>.source``, the
file the window had open) and holds ``autosave-<id>.lock`` (a QLockFile) while the window runs.
So a running window's autosave is never taken for a crash's (its lock is held), and every window
that crashed or was killed leaves an autosave whose lock is free: an orphan. At start a window
claims one orphan, the newest: it takes the orphan's lock and renames its files to
``autosave-<own id>-previous.*``, out of the way of its own autosaves, and offers it. Restored or
declined by a clean close, it goes; a window that dies before either leaves it an orphan again,
to be offered by the next window. Several crashed windows are offered one per new window.

When the settings folder cannot be written, autosaves go to a private folder in the system's
temporary folder, ``problem`` says so (the window shows it once) and one line is logged; when no
folder can be written, autosave is off and ``problem`` says that. A save that fails later is
reported the same way, once, until one succeeds again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSettings, QTimer, Signal

from explorer.io import Preset, atomic_write_bytes, load_preset, save_preset
from explorer.present.text import messages

log = logging.getLogger(__name__)

AUTOSAVE_MS = 30_000
_ORPHAN = re.compile(r"autosave-([0-9a-f]{12})(-previous)?\.yaml")
_LOCK = re.compile(r"autosave-([0-9a-f]{12})\.lock")
# What an earlier version wrote: one autosave for all windows, and a "running" marker.
_LEGACY_FILE = "autosave.yaml"
_LEGACY_RUNNING = "session/running"
_LEGACY_DOCUMENT_PATH = "session/document_path"


def _source_of(autosave: Path) -> Path:
    return autosave.with_suffix(".source")


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):  # gone already, or the folder is unusable
            path.unlink()


def _private_fallback() -> Path:
    """A folder only this user can write, in the system's temporary folder."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"space-ai-explorer-{uid}"


class Autosaver(QObject):
    """Writes ``snapshot()`` every ``interval_ms``; a None snapshot means nothing is unsaved."""

    problem_found = Signal(str)
    """A sentence for the user: autosave moved to another folder, is off, or failed."""

    def __init__(
        self,
        folder: Path,
        settings: QSettings,
        snapshot: Callable[[], tuple[Preset, Path | None] | None],
        interval_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.instance = uuid.uuid4().hex[:12]
        self._settings = settings
        self._snapshot = snapshot
        self._failing = False
        self.problem = ""
        self._lock: QLockFile | None = None
        self.folder = self._claim_folder(Path(folder))
        base = self.folder or Path(folder)
        self.path = base / f"autosave-{self.instance}.yaml"
        self.previous_path = base / f"autosave-{self.instance}-previous.yaml"
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    # --- where ------------------------------------------------------------------------------------
    def _lock_in(self, folder: Path) -> str:
        """Take this window's lock in ``folder``; "" when done, else why not."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            return err.strerror or str(err)
        lock = QLockFile(str(folder / f"autosave-{self.instance}.lock"))
        lock.setStaleLockTime(0)  # a long session's lock is not stale; only a dead process's is
        if not lock.tryLock(0):
            return messages.cannot_create_files()
        self._lock = lock
        return ""

    def _claim_folder(self, folder: Path) -> Path | None:
        reason = self._lock_in(folder)
        if not reason:
            return folder
        fallback = _private_fallback()
        if self._is_private(fallback) and not self._lock_in(fallback):
            self.problem = messages.autosave_moved(fallback, folder, reason)
            log.warning("autosave: %s is not writable (%s); using %s", folder, reason, fallback)
            return fallback
        self.problem = messages.autosave_off(folder, reason)
        log.warning("autosave is off: %s is not writable (%s)", folder, reason)
        return None

    @staticmethod
    def _is_private(folder: Path) -> bool:
        """True if ``folder`` is ours alone or can be made so (in /tmp, anyone may create it)."""
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = os.lstat(folder)
        except OSError:
            return False
        own = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        return stat.S_ISDIR(info.st_mode) and own and not info.st_mode & 0o077

    # --- a crashed window's autosave --------------------------------------------------------------
    def set_aside_previous(self) -> bool:
        """Claim a crashed window's autosave, if there is one (before ``start``).

        True when there is one to offer.
        """
        if self.previous_path.is_file():
            return True
        if self.folder is None:
            return False
        claimed = any(self._claim(path) for path in self._orphans())
        self._remove_dead_locks()
        return claimed

    def _remove_dead_locks(self) -> None:
        """Locks of windows that died with nothing unsaved: nothing refers to them any more."""
        assert self.folder is not None
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            names = {entry.name for entry in entries}
        for name in names:
            match = _LOCK.fullmatch(name)
            if not match or match.group(1) == self.instance:
                continue
            if {
                f"autosave-{match.group(1)}.yaml",
                f"autosave-{match.group(1)}-previous.yaml",
            } & names:
                continue
            lock = QLockFile(str(self.folder / name))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                lock.unlock()

    def _orphans(self) -> list[Path]:
        """Autosaves of other windows, newest first (whether their window runs is not known yet)."""
        found = []
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            for entry in entries:
                match = _ORPHAN.fullmatch(entry.name)
                legacy = entry.name == _LEGACY_FILE and self._settings.value(
                    _LEGACY_RUNNING, False, bool
                )
                if (match and match.group(1) != self.instance) or legacy:
                    with contextlib.suppress(OSError):
                        found.append((entry.stat().st_mtime, Path(entry.path)))
        return [path for _, path in sorted(found, reverse=True)]

    def _claim(self, orphan: Path) -> bool:
        match = _ORPHAN.fullmatch(orphan.name)
        lock = None
        if match:
            lock = QLockFile(str(orphan.with_name(f"autosave-{match.group(1)}.lock")))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                return False  # its window is running
        try:
            os.replace(orphan, self.previous_path)
        except OSError:
            return False  # another window claimed it first
        finally:
            if lock is not None:
                lock.unlock()
        source = _source_of(self.previous_path)
        if match:
            with contextlib.suppress(OSError):
                os.replace(_source_of(orphan), source)
        else:
            legacy_path = str(self._settings.value(_LEGACY_DOCUMENT_PATH, "") or "")
            atomic_write_bytes(source, os.fsencode(legacy_path), keep_backup=False)
            self._settings.remove(_LEGACY_RUNNING)
            self._settings.remove(_LEGACY_DOCUMENT_PATH)
        return True

    def recover(self) -> tuple[Preset, Path | None]:
        """The crashed window's preset and the file it had been opened from. Raises PresetError."""
        if not self.previous_path.is_file():
            self.set_aside_previous()
        try:
            stored = _source_of(self.previous_path).read_bytes()
        except OSError:
            stored = b""
        return load_preset(self.previous_path), (Path(os.fsdecode(stored)) if stored else None)

    def discard_previous(self) -> None:
        """The crashed window's autosave was restored (or declined by a clean close)."""
        _remove(self.previous_path, _source_of(self.previous_path))

    # --- this window's autosave -------------------------------------------------------------------
    def start(self) -> None:
        if self.folder is not None:
            self._timer.start()

    def stop_cleanly(self) -> None:
        """The window closed as asked: nothing to restore next time."""
        self._timer.stop()
        self.discard()
        self.discard_previous()
        if self._lock is not None:
            self._lock.unlock()

    def discard(self) -> None:
        _remove(self.path, _source_of(self.path))

    def save_now(self) -> None:
        if self.folder is None:
            return
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return
        preset, document_path = snapshot
        try:
            source = os.fsencode(str(document_path)) if document_path else b""
            atomic_write_bytes(_source_of(self.path), source, keep_backup=False)
            save_preset(preset, self.path, keep_backup=False)
        except (OSError, ValueError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            if not self._failing:
                self._failing = True
                log.warning("autosave to %s failed: %s", self.path, reason)
                self.problem = messages.autosave_failed(reason)
                self.problem_found.emit(self.problem)
            return
        self._failing = False

    def _on_timer_timeout(self) -> None:
        self.save_now()
