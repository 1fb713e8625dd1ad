"""``export``: one chart (or the dashboard) as a PNG, offscreen, with its preset embedded.

The chart names come from the figures (``explorer.present.figures``), so checking them needs no
Qt; only drawing the PNG imports it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli.common import (
    USAGE_ERROR,
    CliError,
    add_monte_carlo_args,
    add_preset_args,
    load_with_changes,
)
from explorer.model.sensitivity import METRICS
from explorer.present.figures import EXPORT_NAMES


def cmd_export(args: argparse.Namespace) -> int:
    if args.chart not in EXPORT_NAMES:
        raise CliError(
            [f"unknown chart {args.chart!r} (allowed: {', '.join(EXPORT_NAMES)})"], USAGE_ERROR
        )
    if args.width < 16 or args.width > 16384:
        raise CliError([f"--width {args.width}: allowed 16 to 16384 pixels"], USAGE_ERROR)
    if args.samples < 0:
        raise CliError([f"--samples {args.samples}: 0 (no bands) or more"], USAGE_ERROR)
    preset = load_with_changes(args.preset, args.set)
    try:
        from explorer.ui.export import export_png
    except ImportError as err:
        raise CliError([f"PNG export is not available: {err}"]) from None

    out = Path(args.out)
    export_png(
        preset.scenario,
        args.chart,
        out,
        width=args.width,
        preset_name=preset.name,
        sources=preset.sources,
        theme=args.theme,
        samples=args.samples,
        seed=args.seed,
        tornado_metric=args.tornado,
    )
    print(f"wrote {out}")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export a chart as PNG (offscreen; no display needed)",
        epilog="charts: " + ", ".join(EXPORT_NAMES),
    )
    add_preset_args(p)
    p.add_argument("--chart", required=True, metavar="NAME", help="which chart (listed below)")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    p.add_argument("--width", type=int, default=1920, help="width in pixels (default 1920)")
    p.add_argument("--theme", choices=("light", "dark"), default="light", help="colours")
    add_monte_carlo_args(
        p, "Monte Carlo bands from N draws on the cost charts (default 0: none)", int
    )
    p.add_argument(
        "--tornado",
        choices=tuple(METRICS),
        default="crossover_year",
        help="what the tornado chart measures",
    )
    p.set_defaults(run=cmd_export)
