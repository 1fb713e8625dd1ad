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
    check_monte_carlo,
    load_with_changes,
)
from explorer.io import (
    PRESET_PNG_KEY,
    Preset,
    add_png_text,
    atomic_write_bytes,
    dumps_preset,
    read_png_text,
)
from explorer.io.regular_file import check_write_target
from explorer.model.sensitivity import METRICS

# A 16,384-pixel-wide image holds about 600 MB of pixels while it is drawn.
MAX_WIDTH = 16384


def _export_names() -> tuple[str, ...]:
    from explorer.present.figures import EXPORT_NAMES

    return EXPORT_NAMES


def _embed_preset(path: Path, preset: Preset) -> None:
    """Make sure the PNG carries its preset, so the slide can be reopened as a preset."""
    with path.open("rb") as handle:
        if read_png_text(handle, PRESET_PNG_KEY) is not None:
            return
    atomic_write_bytes(path, add_png_text(path.read_bytes(), PRESET_PNG_KEY, dumps_preset(preset)))


def cmd_export(args: argparse.Namespace) -> int:
    names = _export_names()
    if args.chart not in names:
        raise CliError([f"unknown chart {args.chart!r} (allowed: {', '.join(names)})"], USAGE_ERROR)
    try:
        from explorer.ui.export import MIN_WIDTH, export_png
    except ImportError as err:
        raise CliError([f"PNG export is not available: {err}"]) from None

    if not MIN_WIDTH <= args.width <= MAX_WIDTH:
        raise CliError(
            [f"--width {args.width}: allowed {MIN_WIDTH} to {MAX_WIDTH:,} pixels"], USAGE_ERROR
        )
    check_monte_carlo(args, {"--seed": args.seed is not None})
    preset = load_with_changes(args.preset, args.set)
    # The bridge runs from the preset as loaded to the scenario with the --set changes, and
    # the titles say "modified" when those changes change it.
    loaded = load_with_changes(args.preset, []) if args.set else preset
    out = Path(args.out)
    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    targets = [
        out if i == 0 else out.with_name(f"{out.stem}-{theme}{out.suffix}")
        for i, theme in enumerate(themes)
    ]
    for target in targets:  # before the rendering, which takes a while
        try:
            check_write_target(target)
        except OSError as err:
            raise CliError([f"cannot write {target}: {err.strerror or err}"]) from None
    for target, theme in zip(targets, themes, strict=True):
        try:
            export_png(
                preset.scenario,
                args.chart,
                target,
                width=args.width,
                preset_name=preset.name,
                sources=preset.sources,
                theme=theme,
                samples=args.samples,
                seed=args.seed,
                tornado_metric=args.tornado,
                description=preset.description,
                bridge_from=loaded.scenario,
                modified=loaded.scenario != preset.scenario,
            )
            _embed_preset(target, preset)
        except OSError as err:
            raise CliError([f"cannot write {target}: {err.strerror or err}"]) from None
        print(f"wrote {target}")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a chart as PNG (offscreen; no display needed)")
    p.lazy_epilog = lambda: "charts: " + ", ".join(_export_names())
    add_preset_args(p)
    p.add_argument("--chart", required=True, metavar="NAME", help="which chart (listed below)")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    p.add_argument(
        "--width",
        type=int,
        default=1920,
        help=f"width in pixels (default 1920; at most {MAX_WIDTH:,})",
    )
    p.add_argument(
        "--theme",
        choices=("light", "dark", "both"),
        default="light",
        help="colours; both: FILE.png light and FILE-dark.png beside it",
    )
    add_monte_carlo_args(
        p, "Monte Carlo bands from N draws on the cost charts (default 0: none)", 0
    )
    p.add_argument(
        "--tornado",
        choices=tuple(METRICS),
        default="crossover_year",
        help="what the tornado chart measures",
    )
    p.set_defaults(run=cmd_export)
