"""Open a talk with the names this explorer's charts, headline and results give it.

The files layer reads talk files (``explorer.io.talk_file``); which charts exist, which of their
axes a scene may fix, which headline tiles there are and which results a caption's check may test
are known here, above it, and handed down as a Vocabulary. A chart added to ``CHARTS`` becomes
usable in talks by itself.
"""

from __future__ import annotations

import os
from functools import cache

import numpy as np

from explorer.io.talk import DEFAULT_TALK, Talk, Vocabulary
from explorer.io.talk_file import bundled_talks, loads_talk, resolve_talk
from explorer.model import Scenario, evaluate
from explorer.present.figures import CHART_NAMES
from explorer.present.figures.headline import TILES
from explorer.present.talk.axes import axes_of

DEFAULT_TILES: tuple[str, ...] = ("earth", "space", "ratio")


@cache
def vocabulary() -> Vocabulary:
    """The charts (with their fixable axes), tiles and single-valued results a talk may name."""
    results = evaluate(Scenario())
    keys = {
        name
        for name, value in results.data.items()
        if not name.startswith("path.") and not name.endswith("_flags") and np.ndim(value) == 0
    }
    truth = {name for name in keys if np.asarray(results[name]).dtype == bool}
    return Vocabulary(
        charts={name: axes_of(name) for name in CHART_NAMES},
        tiles=TILES,
        default_tiles=DEFAULT_TILES,
        result_keys=frozenset(keys),
        truth_keys=frozenset(truth),
    )


def open_talk(name_or_path: str | os.PathLike[str] = DEFAULT_TALK) -> Talk:
    """A talk file, or a bundled talk by name; PresetError lists every problem."""
    return resolve_talk(name_or_path, vocabulary())


def talk_from_text(text: str, label: str = "<text>") -> Talk:
    """A talk written in ``text`` (presets it names by path are relative to the working folder)."""
    return loads_talk(text, vocabulary(), label)


def talk_names() -> list[str]:
    """The bundled talks' names."""
    return list(bundled_talks())
