"""``explain``: how much each group of parameters adds to the change between two scenarios."""

from __future__ import annotations

import argparse
import json

from explorer.cli.common import INPUT_ERROR, CliError, parse_assignments
from explorer.cli.language import add_language_arg
from explorer.io import Preset, PresetError, resolve_preset
from explorer.present.text.explain_table import explain_table
from explorer.present.text.translate import tr


def _both(args: argparse.Namespace) -> tuple[Preset, Preset]:
    """A and B with their ``--set`` changes; every problem of both ends is reported together."""
    problems: list[str] = []
    presets: list[Preset] = []
    for name in (args.a, args.b):
        try:
            presets.append(resolve_preset(name))
        except PresetError as err:
            problems += [str(p) for p in err.problems]
    changes: dict[str, dict[str, float | str]] = {}
    for flag, items in (("--set", args.set), ("--set-a", args.set_a), ("--set-b", args.set_b)):
        try:
            changes[flag] = parse_assignments(items, flag)
        except CliError as err:
            if err.code != INPUT_ERROR:
                raise
            problems += err.lines
    if problems:
        raise CliError(problems)
    a, b = presets
    return (
        _with(a, {**changes["--set"], **changes["--set-a"]}),
        _with(b, {**changes["--set"], **changes["--set-b"]}),
    )


def _with(preset: Preset, changes: dict[str, float | str]) -> Preset:
    scenario = preset.scenario.with_changes(changes)
    return Preset(preset.name, scenario, preset.description, preset.sources, preset.path)


def cmd_explain(args: argparse.Namespace) -> int:
    from explorer.model.explain import explain

    a, b = _both(args)
    data = {
        "a": {"name": a.name},
        "b": {"name": b.name},
        **explain(a.scenario, b.scenario).to_dict(),
    }
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(explain_table(data), end="")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "explain",
        help=tr(
            "how much each group of parameters adds to the change from scenario A to B",
            context="cli",
        ),
        description=tr(
            "Explain the change from scenario A to scenario B: each parameter group's "
            "Shapley step in the orbit/Earth ratio, each side's $ per GPU-hour and the crossover "
            "year (order-free; the steps add up to B - A).",
            context="cli",
        ),
    )
    add_language_arg(p)
    for name in ("a", "b"):
        p.add_argument(
            name,
            metavar=name.upper(),
            help=tr(
                "a bundled preset's name or a preset file (.yaml or exported .png)", context="cli"
            ),
        )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=tr(
            "change one parameter in both A and B, so it drops out of the bridge (repeatable)",
            context="cli",
        ),
    )
    for name in ("a", "b"):
        p.add_argument(
            f"--set-{name}",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help=tr(
                "change one parameter in {scenario} only (repeatable; wins over --set)",
                context="cli",
                scenario=name.upper(),
            ),
        )
    p.add_argument(
        "--json",
        action="store_true",
        help=tr("print JSON (keys listed in the README)", context="cli"),
    )
    p.set_defaults(run=cmd_explain)
