"""What figures are made of: plain, immutable data a chart draws as it is given.

Colours are named by role ("earth", "space", "claim", "muted", "foreground", "low", "high",
"part:<index>"): a chart maps them onto its theme. Line styles are named by the scenario they show
("current" solid, "reference" dashed, "pinned" dotted).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SIDES: tuple[str, ...] = ("earth", "space")
VARIANTS: tuple[str, ...] = ("current", "reference", "pinned")
"""The three scenarios a chart can show: the current one, the loaded preset and a pinned one."""
COMPARED: tuple[str, ...] = ("reference", "pinned")
VARIANT_GLYPHS = {"current": "solid", "reference": "dashed", "pinned": "dotted"}


@dataclass(frozen=True)
class Axis:
    """An axis: its title, logarithmic or not, the text around tick numbers ("$", "%"), a
    fixed span in data units (None: the chart fits it to the data), and a shorter title for an
    axis too short for the full one ("" : none)."""

    label: str
    log: bool = False
    prefix: str = ""
    suffix: str = ""
    span: tuple[float, float] | None = None
    short: str = ""


@dataclass(frozen=True)
class Marker:
    """A labelled line across the plot at ``value`` (data units); NaN hides it."""

    value: float
    text: str


@dataclass(frozen=True)
class Region:
    """A shaded span (data units) with a label."""

    low: float
    high: float
    text: str


@dataclass(frozen=True)
class LegendItem:
    """One legend entry: a colour role, a glyph ("solid", "dashed", "dotted", "box", "band")
    and its text."""

    role: str
    glyph: str
    text: str


Column = tuple[str, "Sequence[float] | Sequence[str] | np.ndarray"]


@dataclass(frozen=True)
class Table:
    """A figure's data for CSV: blocks of equally long columns ``(header with unit, values)``,
    written one after the other with a blank line between them."""

    blocks: tuple[tuple[Column, ...], ...]


def variant_item(role: str, variant: str, text: str) -> LegendItem:
    """The legend entry of a line drawn in ``variant``'s style."""
    return LegendItem(role, VARIANT_GLYPHS[variant], text)


def gaps(values: np.ndarray, ok: np.ndarray | bool = True) -> np.ndarray:
    """Values a log axis can show: where not ``ok`` or not positive, a gap (NaN)."""
    return np.where(np.asarray(ok) & (values > 0), values, np.nan)
