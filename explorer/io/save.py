"""Write a preset as YAML that loads back to exactly the same Scenario, atomically."""

from __future__ import annotations

import math
import os

import yaml

from explorer.io.atomic import atomic_write_text
from explorer.io.preset import SCHEMA_VERSION, Preset
from explorer.io.safe_text import LINE_BREAKS, first_unsafe
from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY, REGISTRY

HEADER = (
    "# Space-vs-Earth AI Explorer preset. Only values that differ from the defaults are listed;\n"
    "# `space-ai-explorer params` shows every key with its unit and allowed range.\n"
)


def double_quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar."""
    # A double-quoted scalar survives any character (colons, '#', newlines, leading dashes).
    return yaml.safe_dump(text, default_style='"', allow_unicode=True, width=1 << 30).strip()


def format_number(value: float, integer: bool = False) -> str:
    """repr() round-trips a float exactly; '1e-05' becomes '1.0e-05' so YAML 1.1 reads a float."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"cannot save a non-finite value ({value})")
    if integer and value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text and "." not in text:
        text = text.replace("e", ".0e", 1)
    return text


def dumps_preset(preset: Preset) -> str:
    """The YAML text of ``preset``: params in registry order, only those differing from defaults."""
    texts = [("name", preset.name, ""), ("description", preset.description, LINE_BREAKS)]
    texts += [("sources", source, LINE_BREAKS) for source in preset.sources]
    for field, text, keep in texts:
        bad = first_unsafe(text, keep)
        if bad is not None:
            # Loading refuses it, so saving it would write a file that cannot be opened.
            raise ValueError(f"{field}: control character U+{ord(bad):04X} cannot be saved")
    changed = preset.scenario.changed_from_defaults()
    arrays = [k for k, v in changed.items() if not isinstance(v, str) and getattr(v, "ndim", 0)]
    if arrays:
        raise ValueError(f"a preset holds single values; these are arrays: {', '.join(arrays)}")
    lines = [HEADER.rstrip("\n"), f"schema_version: {SCHEMA_VERSION}"]
    lines.append(f"name: {double_quoted(preset.name)}")
    lines.append(f"description: {double_quoted(preset.description)}")
    if preset.sources:
        lines.append("sources:")
        lines.extend(f"  - {double_quoted(source)}" for source in preset.sources)
    else:
        lines.append("sources: []")
    entries = [k for k in REGISTRY if k in changed]
    if not entries:
        lines.append("params: {}")
    else:
        lines.append("params:")
    for key in entries:
        if key in CHOICES_BY_KEY:
            lines.append(f"  {key}: {changed[key]}")
        else:
            param = PARAMS_BY_KEY[key]
            lines.append(f"  {key}: {format_number(changed[key], param.integer)}  # {param.unit}")
    return "\n".join(lines) + "\n"


def save_preset(preset: Preset, path: str | os.PathLike[str], keep_backup: bool = True) -> None:
    """Save atomically: the old file stays whole until the new one is complete (and is kept as
    ``<name>.bak`` unless ``keep_backup`` is false, as for autosaves)."""
    atomic_write_text(path, dumps_preset(preset), keep_backup)
