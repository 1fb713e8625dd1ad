"""Sensitivity as a tornado: how far each parameter, from its low to its high end, moves a metric
(the crossover year or the breakeven launch price) around its value in the current scenario."""

from __future__ import annotations

import math
from dataclasses import dataclass

from explorer.model.sensitivity import NONE_STANDS_FOR, SensitivityRow
from explorer.present.figures.elements import Axis, LegendItem, Marker, Table
from explorer.present.figures.frame import Frame, Memo
from explorer.present.text import registry
from explorer.present.text import results as words
from explorer.present.text.numbers import decimal_year, fixed, none_word, quantity, significant
from explorer.present.text.translate import N_, tr

TITLE = N_("Sensitivity", "chart")


@dataclass(frozen=True)
class TornadoBar:
    """One parameter's row: its settings at each end ("0 yr"), the metric there (NaN: none), and
    the end labels in full ("0 yr → 2027.5") and short ("2027.5")."""

    key: str
    title: str
    low_setting: str
    high_setting: str
    low: float
    high: float
    low_text: str
    high_text: str
    low_short: str
    high_short: str


@dataclass(frozen=True)
class TornadoFigure:
    """Rows with the largest swing first; "none" (no crossover, no breakeven) is drawn at
    ``none_stands_for``."""

    title: str
    x: Axis
    rows: tuple[TornadoBar, ...]
    base: Marker
    none_stands_for: float
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


def _metric_value(value: float, years: bool) -> str:
    if not math.isfinite(value):
        return none_word()
    if years:
        return decimal_year(value)
    return fixed(value) if abs(value) >= 1000 else significant(value)


def _setting(key: str, value: float) -> str:
    return tr(
        "{value} {unit}", context="setting", value=quantity(value), unit=registry.unit(key)
    ).strip()


def _bar(row: SensitivityRow, years: bool) -> TornadoBar:
    # The ends of the parameter's spread around its value (issue 10), not the registry's limits.
    low_setting = _setting(row.key, row.low_setting)
    high_setting = _setting(row.key, row.high_setting)
    low_short = _metric_value(row.low_value, years)
    high_short = _metric_value(row.high_value, years)
    return TornadoBar(
        key=row.key,
        title=registry.title(row.key),
        low_setting=low_setting,
        high_setting=high_setting,
        low=row.low_value,
        high=row.high_value,
        low_text=tr("{setting} → {value}", context="tornado", setting=low_setting, value=low_short),
        high_text=tr(
            "{setting} → {value}", context="tornado", setting=high_setting, value=high_short
        ),
        low_short=low_short,
        high_short=high_short,
    )


def _note(computed: bool, has_rows: bool, metric_title: str) -> str:
    if has_rows:
        return ""
    if not computed:
        return tr("No sensitivity rows yet", context="note")
    return tr(
        "No parameter alone, across its spread, moves the {metric}",
        context="note",
        metric=metric_title.lower(),
    )


def tornado_figure(frame: Frame, memo: Memo) -> TornadoFigure:
    """The figure of the frame's tornado; the same tornado gives the same figure object."""
    return memo.of(f"tornado.{frame.metric}", frame.tornado, lambda _: _tornado_figure(frame))


def _tornado_figure(frame: Frame) -> TornadoFigure:
    snapshot = frame.tornado
    metric = snapshot.metric if snapshot is not None else frame.metric
    years = metric == "crossover_year"
    rows = tuple(_bar(r, years) for r in snapshot.rows) if snapshot is not None else ()
    base = snapshot.base_value if snapshot is not None else math.nan
    stand_in = NONE_STANDS_FOR[metric] if rows else (base if math.isfinite(base) else 0.0)
    title = words.metric_title(metric)
    return TornadoFigure(
        title=tr(TITLE, context="chart"),
        x=Axis(title),
        rows=rows,
        base=Marker(base, tr("base {value}", context="marker", value=_metric_value(base, years))),
        none_stands_for=stand_in,
        note=_note(snapshot is not None, bool(rows), title),
        legend=(
            LegendItem("low", "box", tr("parameter at its low end", context="legend")),
            LegendItem("high", "box", tr("parameter at its high end", context="legend")),
        ),
        table=Table(
            (
                (
                    ("parameter", [r.title for r in rows]),
                    ("low_setting", [r.low_setting for r in rows]),
                    ("high_setting", [r.high_setting for r in rows]),
                    (f"metric_at_low ({title})", [float(r.low) for r in rows]),
                    (f"metric_at_high ({title})", [float(r.high) for r in rows]),
                    (f"base ({title})", [base] * len(rows)),
                ),
            )
        ),
    )
