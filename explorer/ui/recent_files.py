"""The list of recently opened presets, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
_KEY = "recent_files"


class RecentFiles:
    """Most recent first; files that no longer exist are dropped when read."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        stored = self._settings.value(_KEY, [], list) or []
        return [Path(p) for p in stored if Path(p).is_file()]

    def add(self, path: Path) -> None:
        path = path.resolve()
        paths = [path] + [p for p in self.paths() if p.resolve() != path]
        self._settings.setValue(_KEY, [str(p) for p in paths[:MAX_RECENT]])

    def clear(self) -> None:
        self._settings.remove(_KEY)
