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
from explorer.cli.language import add_language_arg
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
from explorer.present.text.numbers import fixed
from explorer.present.text.translate import tr

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
        message = tr(
            "unknown chart {chart} (allowed: {allowed})",
            context="cli",
            chart=repr(args.chart),
            allowed=", ".join(names),
        )
        raise CliError([message], USAGE_ERROR)
    try:
        from explorer.ui.export import MIN_WIDTH, export_png
    except ImportError as err:
        raise CliError(
            [tr("PNG export is not available: {error}", context="cli", error=err)]
        ) from None

    if not MIN_WIDTH <= args.width <= MAX_WIDTH:
        message = tr(
            "--width {width}: allowed {least} to {most} pixels",
            context="cli",
            width=args.width,
            least=MIN_WIDTH,
            most=fixed(MAX_WIDTH),
        )
        raise CliError([message], USAGE_ERROR)
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
            reason = err.strerror or err
            raise CliError(
                [tr("cannot write {path}: {reason}", context="cli", path=target, reason=reason)]
            ) from None
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
            reason = err.strerror or err
            raise CliError(
                [tr("cannot write {path}: {reason}", context="cli", path=target, reason=reason)]
            ) from None
        print(tr("wrote {path}", context="cli", path=target))
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help=tr("export a chart as PNG (offscreen; no display needed)", context="cli")
    )
    p.lazy_epilog = lambda: tr("charts: {names}", context="cli", names=", ".join(_export_names()))
    add_preset_args(p)
    add_language_arg(p)
    p.add_argument(
        "--chart",
        required=True,
        metavar="NAME",
        help=tr("which chart (listed below)", context="cli"),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.png", help=tr("where to write the PNG", context="cli")
    )
    p.add_argument(
        "--width",
        type=int,
        default=1920,
        help=tr(
            "width in pixels (default 1920; at most {most})", context="cli", most=fixed(MAX_WIDTH)
        ),
    )
    p.add_argument(
        "--theme",
        choices=("light", "dark", "both"),
        default="light",
        help=tr("colours; both: FILE.png light and FILE-dark.png beside it", context="cli"),
    )
    add_monte_carlo_args(
        p,
        tr("Monte Carlo bands from N draws on the cost charts (default 0: none)", context="cli"),
        0,
    )
    p.add_argument(
        "--tornado",
        choices=tuple(METRICS),
        default="crossover_year",
        help=tr("what the tornado chart measures", context="cli"),
    )
    p.set_defaults(run=cmd_export)
