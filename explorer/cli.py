"""The command line: the window with no arguments, headless subcommands otherwise.

Only ``export`` (and the window) import Qt, lazily: ``evaluate``, ``params``, ``validate`` and
``presets`` stay fast and work without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from explorer import __version__
from explorer.io import (
    DEFAULT_PRESET,
    PRESET_PNG_KEY,
    BadValueError,
    Preset,
    PresetError,
    add_png_text,
    atomic_write_bytes,
    bundled_presets,
    dumps_preset,
    load_bundled,
    load_preset,
    parse_value,
    read_png_texts,
    resolve_preset,
)
from explorer.io.params_text import params_json, params_markdown, params_plain
from explorer.io.results_text import results_table
from explorer.io.uncertainty_text import uncertainty_table
from explorer.model import REGISTRY, evaluate
from explorer.model.sensitivity import METRICS

PROG = "space-ai-explorer"
USAGE_ERROR = 2
INPUT_ERROR = 1


class CliError(Exception):
    """A user's mistake: printed as one line per problem, then the process exits with ``code``."""

    def __init__(self, lines: list[str], code: int = INPUT_ERROR) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines
        self.code = code


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose epilog may be computed only when help is shown."""

    lazy_epilog: Callable[[], str] | None = None

    def format_help(self) -> str:
        if self.lazy_epilog is not None:
            self.epilog = self.lazy_epilog()
        return super().format_help()


# --- shared helpers ------------------------------------------------------------------------------


def parse_assignments(items: Sequence[str]) -> dict[str, float | str]:
    """``KEY=VALUE`` strings as registry-checked values; CliError naming each bad one."""
    values: dict[str, float | str] = {}
    problems: list[str] = []
    for item in items:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            raise CliError([f"--set {item!r}: expected KEY=VALUE"], USAGE_ERROR)
        key = key.strip()
        try:
            values[key] = parse_value(key, text)
        except BadValueError as err:
            allowed = f" (allowed: {err.allowed})" if err.allowed else ""
            problems.append(f"--set {key}: {err.message}{allowed}")
    if problems:
        raise CliError(problems)
    return values


def load_with_changes(name_or_path: str | None, sets: Sequence[str]) -> Preset:
    """The preset named on the command line (the default one if none) with ``--set`` applied."""
    try:
        preset = resolve_preset(name_or_path) if name_or_path else load_bundled(DEFAULT_PRESET)
    except PresetError as err:
        raise CliError([str(p) for p in err.problems]) from None
    changes = parse_assignments(sets)
    if not changes:
        return preset
    scenario = preset.scenario.with_changes(changes)
    return Preset(preset.name, scenario, preset.description, preset.sources, preset.path)


# --- subcommands ---------------------------------------------------------------------------------


def cmd_evaluate(args: argparse.Namespace) -> int:
    preset = load_with_changes(args.preset, args.set)
    results = evaluate(preset.scenario).to_dict()
    if args.samples:
        results.update(uncertainty_summary(preset.scenario, args))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(results_table(results, preset.name), end="")
        if args.samples:
            print(uncertainty_table(results), end="")
    return 0


def uncertainty_summary(scenario, args: argparse.Namespace) -> dict:
    """``monte_carlo`` and ``sensitivity`` sections for ``evaluate --samples``."""
    from explorer.model import sensitivity, uncertainty

    unknown = sorted(set(args.lock) - set(REGISTRY))
    if unknown:
        raise CliError([f"--lock: unknown parameter {key!r}" for key in unknown], 1)
    if not 0 < args.width <= 1:
        raise CliError([f"--width: {args.width:g} is outside (0, 1]"], 1)
    mc = uncertainty.monte_carlo(scenario, args.samples, args.seed, args.width, args.lock)
    return {
        "monte_carlo": uncertainty.summary(mc),
        "sensitivity": sensitivity.summary(scenario, frozenset(args.lock)),
    }


def cmd_params(args: argparse.Namespace) -> int:
    if args.markdown:
        print(params_markdown(), end="")
    elif args.json:
        print(params_json(), end="")
    else:
        print(params_plain(), end="")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    failed = False
    for name in args.files:
        try:
            preset = load_preset(name)
        except PresetError as err:
            failed = True
            for problem in err.problems:
                print(problem)
            continue
        print(f"{name}: ok ({preset.name})")
    return INPUT_ERROR if failed else 0


def _one_line(text: str, width: int = 100) -> str:
    first = text.split(". ")[0].rstrip(".")
    return first if len(first) <= width else first[: width - 3].rsplit(" ", 1)[0] + "..."


def cmd_presets(args: argparse.Namespace) -> int:
    names = list(bundled_presets())
    width = max(map(len, names), default=0)
    for name in names:
        try:
            description = _one_line(load_bundled(name).description)
        except PresetError as err:
            description = f"(broken: {err.problems[0].message})"
        print(f"{name:<{width}}  {description}")
    return 0


def _chart_names() -> tuple[str, ...]:
    """The export module's chart names; importing it loads Qt, so only ``export`` calls this."""
    try:
        from explorer.ui.export import CHART_NAMES
    except ImportError as err:
        raise CliError([f"PNG export is not available: {err}"]) from None
    return tuple(CHART_NAMES)


def _export_epilog() -> str:
    try:
        return "charts: " + ", ".join(_chart_names())
    except CliError as err:
        return err.lines[0]


def _embed_preset(path: Path, preset: Preset) -> None:
    """Make sure the PNG carries its preset, so the slide can be reopened as a preset."""
    with path.open("rb") as handle:
        if PRESET_PNG_KEY in read_png_texts(handle):
            return
    atomic_write_bytes(path, add_png_text(path.read_bytes(), PRESET_PNG_KEY, dumps_preset(preset)))


def cmd_export(args: argparse.Namespace) -> int:
    charts = _chart_names()
    if args.chart not in charts:
        raise CliError(
            [f"unknown chart {args.chart!r} (allowed: {', '.join(charts)})"], USAGE_ERROR
        )
    if args.width < 16 or args.width > 16384:
        raise CliError([f"--width {args.width}: allowed 16 to 16384 pixels"], USAGE_ERROR)
    if args.samples < 0:
        raise CliError([f"--samples {args.samples}: 0 (no bands) or more"], USAGE_ERROR)
    preset = load_with_changes(args.preset, args.set)
    from explorer.ui.export import export_png

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
    _embed_preset(out, preset)
    print(f"wrote {out}")
    return 0


def _no_display() -> bool:
    """On Linux, Qt aborts the process when it finds no display; say so instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window() -> int:
    if _no_display():
        print(
            f"{PROG}: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            f"the headless commands still work (see {PROG} --help)",
            file=sys.stderr,
        )
        return INPUT_ERROR
    try:
        from explorer.ui.app import main as window_main
    except ImportError as err:
        print(
            f"{PROG}: cannot open the window ({err}); the headless commands still work "
            f"(see {PROG} --help)",
            file=sys.stderr,
        )
        return INPUT_ERROR
    return int(window_main() or 0)


# --- parser --------------------------------------------------------------------------------------


def _add_preset_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "preset",
        nargs="?",
        metavar="PRESET",
        help=f"a bundled preset's name or a preset file (.yaml or exported .png); "
        f"default {DEFAULT_PRESET}",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="change one parameter (repeatable); see `params` for keys and ranges",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _add_monte_carlo_args(
    parser: argparse.ArgumentParser, samples_help: str, samples_type: Callable[[str], int]
) -> None:
    parser.add_argument("--samples", type=samples_type, default=0, metavar="N", help=samples_help)
    parser.add_argument(
        "--seed", type=int, default=0, metavar="S", help="Monte Carlo seed (default 0)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Where is it cheapest to put AI compute, in orbit or on the ground? "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("evaluate", help="evaluate a preset and print the results")
    _add_preset_args(p)
    p.add_argument("--json", action="store_true", help="print JSON (keys listed in the README)")
    _add_monte_carlo_args(
        p,
        "add Monte Carlo (N seeded draws over the registry's ranges) and sensitivity",
        _positive_int,
    )
    p.add_argument(
        "--width",
        type=float,
        default=1.0,
        metavar="W",
        help="draw over this fraction of each range around the current value (default 1: all)",
    )
    p.add_argument(
        "--lock",
        action="append",
        default=[],
        metavar="KEY",
        help="keep a parameter at its value in the draws and the tornado (repeatable)",
    )
    p.set_defaults(run=cmd_evaluate)

    p = sub.add_parser("params", help="list the parameters with units, defaults and ranges")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--markdown", action="store_true", help="a Markdown table (as in the README)")
    form.add_argument("--json", action="store_true", help="JSON records")
    p.set_defaults(run=cmd_params)

    p = sub.add_parser("validate", help="check preset files; one line per problem")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("presets", help="list the bundled presets")
    p.set_defaults(run=cmd_presets)

    p = sub.add_parser("export", help="export a chart as PNG (offscreen; no display needed)")
    p.lazy_epilog = _export_epilog
    _add_preset_args(p)
    p.add_argument("--chart", required=True, metavar="NAME", help="which chart (listed below)")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    p.add_argument("--width", type=int, default=1920, help="width in pixels (default 1920)")
    p.add_argument("--theme", choices=("light", "dark"), default="light", help="colours")
    _add_monte_carlo_args(
        p, "Monte Carlo bands from N draws on the cost charts (default 0: none)", int
    )
    p.add_argument(
        "--tornado",
        choices=tuple(METRICS),
        default="crossover_year",
        help="what the tornado chart measures",
    )
    p.set_defaults(run=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        return open_window()
    try:
        return args.run(args)
    except CliError as err:
        for line in err.lines:
            print(f"{PROG}: {line}", file=sys.stderr)
        return err.code
    except BrokenPipeError:
        # `... | head` closed the pipe: not an error of ours.
        return 0
