"""View > What would have to be true: for each parameter alone, where orbit ties the ground."""

from __future__ import annotations

import math
from dataclasses import dataclass

from explorer.model.sensitivity import Threshold
from explorer.present.text import registry
from explorer.present.text.numbers import signed_percent, significant
from explorer.present.text.translate import tr, tr_n
from explorer.present.uncertainty import ThresholdsSnapshot


@dataclass(frozen=True)
class ThresholdRow:
    """One parameter: its value now, where orbit ties the ground, and how far that is;
    ``ties`` is False when no value in its range does."""

    title: str
    now: str
    ties_at: str
    change: str
    ties: bool


@dataclass(frozen=True)
class ThresholdsFigure:
    status: str
    rows: tuple[ThresholdRow, ...]


def _with_unit(key: str, value: float) -> str:
    return tr(
        "{value} {unit}", context="setting", value=significant(value, 4), unit=registry.unit(key)
    ).strip()


def _row(threshold: Threshold) -> ThresholdRow:
    ties = math.isfinite(threshold.value)
    if ties and threshold.current != 0:
        change = signed_percent(threshold.value / threshold.current - 1)
    else:
        change = ""
    return ThresholdRow(
        title=registry.title(threshold.key),
        now=_with_unit(threshold.key, threshold.current),
        ties_at=_with_unit(threshold.key, threshold.value)
        if ties
        else tr("none in range", context="thresholds"),
        change=change,
        ties=ties,
    )


def thresholds_figure(snapshot: ThresholdsSnapshot) -> ThresholdsFigure:
    rows = tuple(_row(t) for t in snapshot.rows)
    ties = sum(row.ties for row in rows)
    status = tr_n(
        "{ties} of {count} parameter can make orbit tie the ground on its own.",
        "{ties} of {count} parameters can make orbit tie the ground on their own.",
        len(rows),
        context="thresholds",
        ties=ties,
        count=len(rows),
    )
    return ThresholdsFigure(status, rows)


def thresholds_intro() -> str:
    return tr(
        "Each row moves one parameter alone, the others held at their slider values, and gives "
        "the value nearest today's at which orbit costs the same as the ground. Locked parameters "
        "are left out.",
        context="thresholds",
    )


def thresholds_columns() -> tuple[str, ...]:
    return (
        tr("Parameter", context="thresholds"),
        tr("Now", context="thresholds"),
        tr("Orbit ties the ground at", context="thresholds"),
        tr("Change", context="thresholds"),
    )


def thresholds_title() -> str:
    return tr("What would have to be true", context="thresholds")
