"""What the window has open: the preset's name, sources and file, and the scenario last saved."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from explorer.io import Preset
from explorer.model import Scenario

UNTITLED = "Untitled"


@dataclass(frozen=True)
class Document:
    """``path`` is where Save writes (None: Save asks, as for bundled presets and PNG slides)."""

    name: str
    saved: Scenario
    description: str = ""
    sources: tuple[str, ...] = ()
    path: Path | None = None

    @classmethod
    def from_preset(cls, preset: Preset, writable: bool = True) -> Document:
        path = preset.path
        if path is not None and (not writable or path.suffix.lower() not in (".yaml", ".yml")):
            path = None
        return cls(preset.name, preset.scenario, preset.description, tuple(preset.sources), path)

    def preset(self, scenario: Scenario) -> Preset:
        """This document's metadata around ``scenario`` (what Save and export write)."""
        return Preset(self.name, scenario, self.description, self.sources, self.path)

    def saved_as(self, scenario: Scenario, path: Path) -> Document:
        return replace(self, saved=scenario, path=path, name=self.name or path.stem)
