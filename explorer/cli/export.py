"""``export``: one chart (or the dashboard) as a PNG, offscreen, with its preset embedded.

The chart names come from the figures (``explorer.present.figures``), so checking them needs no
Qt; only drawing the PNG imports it. Both are imported when ``export`` runs or shows its help, so
that the other commands start without them.
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


def _export_names() -> tuple[str, ...]:
    from explorer.present.figures import EXPORT_NAMES

    return EXPORT_NAMES


def cmd_export(args: argparse.Namespace) -> int:
    names = _export_names()
    if args.chart not in names:
        raise CliError([f"unknown chart {args.chart!r} (allowed: {', '.join(names)})"], USAGE_ERROR)
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
    p = sub.add_parser("export", help="export a chart as PNG (offscreen; no display needed)")
    p.lazy_epilog = lambda: "charts: " + ", ".join(_export_names())
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
