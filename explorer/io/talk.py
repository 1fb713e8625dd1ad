"""A talk: a titled storyboard of scenes, each a scenario shown on one chart with a few sliders.

What a talk file holds (``talk_schema.py`` reads it, ``talk_save.py`` writes it), with each scene's
presets already loaded: ``scenario`` (the preset with the scene's changes), ``reference`` (the
preset itself, drawn dashed) and ``pinned`` (the comparison drawn dotted, if any). The references
as written (a preset's name or path, the changes, the pin) are kept too, so that saving writes
back what the author wrote.

Texts a reader sees (titles, captions, notes) may be given in several languages: ``Text`` holds
them by language code, English always among them, and falls back to English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explorer.model.scenario import Scenario

TALK_SCHEMA_VERSION = 1
DEFAULT_TALK = "interview-2026"
"""The bundled talk that View > Talk mode and ``space-ai-explorer talk`` open."""
ENGLISH = "en"
MAX_SLIDERS = 5
"""A projector shows three to five sliders at a size a room can read."""

FIT_TALK = "fit_talk"
"""Axes that hold one range over every scene of the talk that shows the same chart."""
FIT_SCENE = "fit_scene"
"""Axes fitted to the scene's own scenarios when it opens, then held through the scene."""
FIXED = "fixed"
"""Axes given in the file (an axis left out is fitted over the talk)."""
AXES_MODES: tuple[str, ...] = (FIT_TALK, FIT_SCENE)

PIN_PREVIOUS = "previous"
"""The word for "pin the previous scene's scenario"."""

COMPARISONS: tuple[str, ...] = ("<", "<=", ">", ">=")
PRESENCE: tuple[str, ...] = ("none", "some")
"""A result with no value (no crossover by 2050, no breakeven price), or with one."""
TRUTH: tuple[str, ...] = ("true", "false")
AGAINST_REFERENCE = "reference"
AGAINST_PINNED = "pinned"


@dataclass(frozen=True)
class Text:
    """A text in one or more languages: ``(code, text)`` pairs, English first and always there."""

    items: tuple[tuple[str, str], ...]

    @classmethod
    def english(cls, text: str) -> Text:
        return cls(((ENGLISH, text),))

    def __post_init__(self) -> None:
        if not self.items or self.items[0][0] != ENGLISH:
            raise ValueError("a Text needs its English version first")

    def in_language(self, code: str) -> str:
        """The text in language ``code`` ("ru", "zh", ...), else in English."""
        return dict(self.items).get(code, self.items[0][1])

    @property
    def en(self) -> str:
        return self.items[0][1]

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Expectation:
    """What a caption claims, as a check on one number of the scene's results.

    ``key`` is a name of the results (``space_to_earth_ratio``, ``crossover_year``, ...). The
    test is ``presence`` ("none": the result has no value, "some": it has one), ``truth`` ("true"
    or "false", for yes/no results), or ``value OP factor x against``: ``against`` is None (the
    factor alone), "reference" or "pinned" (the same result of the scene's preset or of its pinned
    scenario) or another result's name. ``text`` is the condition as written.
    """

    key: str
    text: str
    op: str = ""
    factor: float = 0.0
    against: str | None = None
    presence: str = ""
    truth: str = ""


@dataclass(frozen=True)
class Pin:
    """What a scene pins as its dotted comparison, as written: the previous scene's scenario, or a
    preset (``preset_ref``: a bundled name or a path; None: the default preset) with changes."""

    previous: bool = False
    preset_ref: str | None = None
    params: Mapping[str, float | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Axes:
    """A scene's axes: ``mode`` FIT_TALK, FIT_SCENE or FIXED; for FIXED, ``ranges`` maps an axis
    ("x", "y") to its (low, high) in data units."""

    mode: str = FIT_TALK
    ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class Scene:
    """One step of a talk: the scenario on ``chart``, the sliders shown (registry keys), the
    headline tiles shown, the caption (one line on screen), the speaker's notes and sources, and
    the checks of what the caption says (``expect``)."""

    title: Text
    chart: str
    caption: Text
    scenario: Scenario
    reference: Scenario
    preset_name: str
    preset_ref: str | None = None
    params: Mapping[str, float | str] = field(default_factory=dict)
    pin: Pin | None = None
    pinned: Scenario | None = None
    pinned_name: str = ""
    axes: Axes = field(default_factory=Axes)
    sliders: tuple[str, ...] = ()
    headline: tuple[str, ...] = ()
    notes: Text = field(default_factory=lambda: Text.english(""))
    sources: tuple[str, ...] = ()
    expect: tuple[Expectation, ...] = ()


@dataclass(frozen=True)
class Talk:
    """A talk file: title, author, description, sources and its scenes in order."""

    title: Text
    scenes: tuple[Scene, ...]
    author: str = ""
    description: Text = field(default_factory=lambda: Text.english(""))
    sources: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Vocabulary:
    """The names a talk file may use that the layers above files define: each chart's name with
    the axes a scene may fix on it (axis name: True for a logarithmic axis), the headline's
    tiles (the first ``default_tiles`` when a scene names none) and the names of the results
    a caption's check may test (with those that are yes/no)."""

    charts: Mapping[str, Mapping[str, bool]]
    tiles: tuple[str, ...]
    default_tiles: tuple[str, ...]
    result_keys: frozenset[str]
    truth_keys: frozenset[str] = frozenset()
