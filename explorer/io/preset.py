"""A preset: a named scenario with the sources its numbers come from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from explorer.model.scenario import Scenario

SCHEMA_VERSION = 1

# Keyword of the PNG text chunk in which exported charts carry their preset.
PRESET_PNG_KEY = "space-ai-explorer-preset"


@dataclass(frozen=True)
class Preset:
    """What a preset file holds; ``path`` is where it was loaded from, if anywhere."""

    name: str
    scenario: Scenario
    description: str = ""
    sources: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)
