"""Files in and out, without Qt: presets (strict YAML in, atomic YAML out) and PNG text chunks."""

from explorer.io.atomic import atomic_write_bytes, atomic_write_text, backup_path
from explorer.io.bundled import DEFAULT_PRESET, bundled_presets, load_bundled, resolve_preset
from explorer.io.errors import PresetError, Problem
from explorer.io.load import load_preset, load_preset_bytes, loads_preset
from explorer.io.png_text import PngError, add_png_text, read_png_text
from explorer.io.preset import PRESET_PNG_KEY, SCHEMA_VERSION, Preset
from explorer.io.save import dumps_preset, save_preset
from explorer.io.values import BadValueError, parse_value

__all__ = [
    "DEFAULT_PRESET",
    "PRESET_PNG_KEY",
    "SCHEMA_VERSION",
    "BadValueError",
    "PngError",
    "Preset",
    "PresetError",
    "Problem",
    "add_png_text",
    "atomic_write_bytes",
    "atomic_write_text",
    "backup_path",
    "bundled_presets",
    "dumps_preset",
    "load_bundled",
    "load_preset",
    "load_preset_bytes",
    "loads_preset",
    "parse_value",
    "read_png_text",
    "resolve_preset",
    "save_preset",
]
