"""What the window has open: the preset (its name, sources, file, and the scenario last loaded or
saved), where Save writes, the scenarios shown (current, the loaded preset's, a pinned one) and
the uncertainty settings. Immutable: every change makes a new Session.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from explorer.io import DEFAULT_PRESET, Preset, PresetError, bundled_presets, resolve_preset
from explorer.model import Scenario
from explorer.present.figures.context import Document
from explorer.present.text.window import untitled
from explorer.present.uncertainty import UncertaintySettings

PRESET_SUFFIXES = (".yaml", ".yml")


def same_scenario(a: Scenario, b: Scenario) -> bool:
    """``a == b``, fast for the single values a window holds (Scenario.__eq__ also takes arrays)."""
    if a is b:
        return True
    try:
        return dict(a.items()) == dict(b.items())
    except ValueError:  # array-valued parameters: numpy refuses a truth value
        return a == b


def changed_keys(before: Scenario, after: Scenario) -> list[str]:
    """The keys whose values differ (single-valued scenarios, as the window holds)."""
    if before is after:
        return []
    return [key for key, value in after.items() if before[key] != value]


def is_bundled(path: Path) -> bool:
    """True for a preset file that ships with the explorer: Save must ask where to write, never
    overwrite it (it lives in the installed package, or in the source checkout)."""
    shipped = {r.resolve() for r in bundled_presets().values() if isinstance(r, Path)}
    return path.resolve() in shipped


@dataclass(frozen=True)
class Session:
    """``preset.scenario`` is the scenario last loaded or saved (the unsaved-changes marker
    compares with it); ``reference`` is the loaded preset's, which resets go back to and the
    charts draw dashed; ``save_path`` is where Save writes (None: Save asks, as for bundled
    presets and PNG slides)."""

    preset: Preset
    save_path: Path | None
    reference: Scenario
    scenario: Scenario
    pinned: Scenario | None = None
    uncertainty: UncertaintySettings = field(default_factory=UncertaintySettings)
    tornado_metric: str = "crossover_year"

    @classmethod
    def opened(cls, preset: Preset, writable: bool = True) -> Session:
        """A session on ``preset``; Save writes back to its file only if it is ``writable`` and
        a YAML file."""
        path = preset.path
        if path is not None and (not writable or path.suffix.lower() not in PRESET_SUFFIXES):
            path = None
        return cls(preset, path, preset.scenario, preset.scenario)

    @property
    def name(self) -> str:
        return self.preset.name

    @property
    def modified(self) -> bool:
        """True when the scenario on screen differs from the one last loaded or saved."""
        return not same_scenario(self.scenario, self.preset.scenario)

    def current_preset(self) -> Preset:
        """The preset's metadata around the scenario on screen (what Save and exports write)."""
        return replace(self.preset, scenario=self.scenario)

    def with_scenario(self, scenario: Scenario) -> Session:
        return replace(self, scenario=scenario)

    def with_values(self, changes: dict[str, Any]) -> Session:
        return replace(self, scenario=self.scenario.with_changes(changes))

    def reset(self, keys: Iterable[str]) -> Session:
        """``keys`` back to the loaded preset's values."""
        return self.with_values({key: self.reference[key] for key in keys})

    def with_document_of(self, other: Session) -> Session:
        """``other``'s preset, file and scenarios (what undo restores), keeping this session's
        pinned scenario and uncertainty settings."""
        return replace(
            self,
            preset=other.preset,
            save_path=other.save_path,
            reference=other.reference,
            scenario=other.scenario,
        )

    def opening(self, preset: Preset, writable: bool = True) -> Session:
        """``preset`` opened in this session (pinned scenario and settings stay)."""
        return self.with_document_of(Session.opened(preset, writable))

    def saved_as(self, path: Path) -> Session:
        """The scenario on screen was saved to ``path``: it is the preset's now."""
        name = self.preset.name or path.stem
        preset = replace(self.preset, name=name, scenario=self.scenario, path=path)
        return replace(self, preset=preset, save_path=path)


def document_of(session: Session) -> Document:
    """What the scenario on screen is of: the preset's name, description and sources, and
    whether the scenario differs from the preset as loaded."""
    preset = session.preset
    return Document(
        name=session.name,
        description=preset.description,
        sources=tuple(preset.sources),
        modified=not same_scenario(session.scenario, session.reference),
    )


def session_for(preset: Preset | str | os.PathLike[str] | None = None) -> Session:
    """The session a window starts with: ``preset`` (a Preset, a bundled preset's name or a
    file), by default the bundled "baseline-2026", or the registry's defaults when it is missing.
    Raises PresetError for a preset named or given that cannot be loaded."""
    if isinstance(preset, Preset):
        return Session.opened(preset)
    if preset is None:
        try:
            return Session.opened(resolve_preset(DEFAULT_PRESET), writable=False)
        except PresetError:
            return Session.opened(Preset(untitled(), Scenario()))
    path = Path(preset)
    writable = path.is_file() and not is_bundled(path)
    return Session.opened(resolve_preset(preset), writable=writable)
