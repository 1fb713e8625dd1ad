"""Earth and orbit cost per GPU-hour as stacked bars of the model's named parts.

Only the parts inside the scenario's accounting boundary are stacked; the loaded preset's and the
pinned scenario's totals are drawn as dashed and dotted marks across each stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from explorer.model import Results
from explorer.model.parts import BOUNDARY_PARTS, PARTS
from explorer.present.figures.bands import compared_items
from explorer.present.figures.elements import COMPARED, SIDES, Axis, LegendItem, Table
from explorer.present.figures.frame import Frame, Memo, infeasible_note
from explorer.present.text import results as words
from explorer.present.text.numbers import dollars
from explorer.present.text.translate import N_, tr

TITLE = N_("Cost breakdown", "chart")

HEADROOM = 1.12
"""Room above the highest stack for the totals written over it."""
# Legend names short enough for a dashboard cell in presentation mode; the CSV keeps the model's
# full titles (and a part without a short name shows its full title).
SHORT_TITLES: dict[str, str] = {
    "it_hardware": N_("IT hardware", "part"),
    "spares": N_("Spares", "part"),
    "power_generation": N_("Power plant", "part"),
    "electrical_plant": N_("Electrical plant", "part"),
    "tariffs": N_("Tariffs", "part"),
    "storage": N_("Storage", "part"),
    "energy": N_("Energy, fuel", "part"),
    "carbon": N_("Carbon", "part"),
    "cooling": N_("Cooling", "part"),
    "facility": N_("Facility, bus", "part"),
    "comms": N_("Comms", "part"),
    "launch_power_system": N_("Launch: power", "part"),
    "launch_payload": N_("Launch: IT", "part"),
    "propellant": N_("Propellant", "part"),
    "operations": N_("Operations", "part"),
    "nre": N_("NRE", "part"),
    "insurance": N_("Insurance", "part"),
    "delay": N_("Delay cost", "part"),
    "lost_gpu_hours": N_("Lost GPU-hours", "part"),
}


@dataclass(frozen=True)
class BreakdownFigure:
    """``heights[i, j]``: part ``parts[i]`` of side ``SIDES[j]`` in $ per GPU-hour (zero outside
    the boundary); ``totals`` the text written over each stack; ``compared`` the preset's and
    the pinned scenario's totals by side (None: not shown); ``y_top`` the axis' top."""

    title: str
    y: Axis
    side_titles: tuple[str, str]
    parts: tuple[str, ...]
    heights: np.ndarray
    totals: tuple[str, str]
    compared: Mapping[str, np.ndarray | None]
    y_top: float
    note: str
    legend: tuple[LegendItem, ...]
    table: Table


def counted_parts(results: Results) -> np.ndarray:
    """$ per GPU-hour by part (rows, PARTS order) and side (columns), zero for parts outside the
    scenario's boundary or when it is infeasible."""
    boundary = BOUNDARY_PARTS[results.scenario["boundary"]]
    feasible = bool(results["feasible"])
    return np.array(
        [
            [
                float(results[f"{side}.breakdown_per_gpu_hour.{part}"])
                if feasible and part in boundary
                else 0.0
                for side in SIDES
            ]
            for part in PARTS
        ]
    )


def short_title(part: str) -> str:
    short = SHORT_TITLES.get(part)
    return tr(short, context="part") if short is not None else words.part_title(part)


def breakdown_figure(frame: Frame, memo: Memo) -> BreakdownFigure:
    heights = memo.of("breakdown.current", frame.current, counted_parts)
    shown = frame.shown()
    compared = {
        variant: None
        if shown[variant] is None
        else memo.of(f"breakdown.{variant}", shown[variant], counted_parts).sum(axis=0)
        for variant in COMPARED
    }
    totals = heights.sum(axis=0)
    tops = [float(totals.max())] + [float(t.max()) for t in compared.values() if t is not None]
    drawn = [p for i, p in enumerate(PARTS) if (heights[i] > 0).any()]
    legend = [LegendItem(f"part:{PARTS.index(p)}", "box", short_title(p)) for p in reversed(drawn)]
    legend += compared_items("foreground", shown, tr(" total", context="legend"))
    columns = [
        ("part", [*PARTS, "total"]),
        (
            "part_title",
            [
                *(words.part_title(p) for p in PARTS),
                tr("Total within the boundary", context="table"),
            ],
        ),
    ]
    for variant, results in shown.items():
        if results is None:
            continue
        parts = (
            heights
            if variant == "current"
            else memo.of(f"breakdown.{variant}", results, counted_parts)
        )
        for j, side in enumerate(SIDES):
            values = [float(v) for v in parts[:, j]]
            columns.append((f"{variant}_{side}_usd_per_gpu_hour", [*values, sum(values)]))
    return BreakdownFigure(
        title=tr(TITLE, context="chart"),
        y=Axis(
            tr("$ per GPU-hour", context="axis"),
            prefix="$",
            short=tr("$/GPU-h", context="axis"),
        ),
        side_titles=(words.side("earth", capitalised=True), words.side("space", capitalised=True)),
        parts=PARTS,
        heights=heights,
        totals=(dollars(float(totals[0]), 2), dollars(float(totals[1]), 2)),
        compared=compared,
        y_top=max(*tops, 1e-9) * HEADROOM,
        note=infeasible_note(frame, memo),
        legend=tuple(legend),
        table=Table((tuple(columns),)),
    )
