"""The presets that ship with the explorer (the ``presets/`` folder, installed as a package)."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from explorer.io.errors import PresetError
from explorer.io.load import load_preset, load_preset_bytes
from explorer.io.message import Msg
from explorer.io.preset import Preset
from explorer.io.values import suggest

DEFAULT_PRESET = "baseline-2026"


def bundled_presets() -> dict[str, Traversable]:
    """{name: resource} of every bundled preset, sorted by name."""
    folder = files("explorer.bundled_presets")
    found = {
        entry.name.removesuffix(".yaml"): entry
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and entry.is_file()
    }
    return dict(sorted(found.items()))


def load_bundled(name: str) -> Preset:
    """A bundled preset by name (read through importlib.resources, so it works from a zip too)."""
    presets = bundled_presets()
    if name not in presets:
        raise PresetError.single(
            name,
            Msg("no bundled preset of that name{hint}", hint=suggest(name, list(presets))),
            allowed=", ".join(presets),
        )
    resource = presets[name]
    if isinstance(resource, Path):
        return load_preset(resource)
    return load_preset_bytes(resource.read_bytes(), f"{name}.yaml", default_name=name)


def resolve_preset(name_or_path: str | os.PathLike[str]) -> Preset:
    """Load ``name_or_path``: an existing file, else the bundled preset of that name."""
    path = Path(name_or_path)
    if path.exists() or os.sep in str(name_or_path) or path.suffix in (".yaml", ".yml", ".png"):
        return load_preset(path)
    return load_bundled(str(name_or_path))
