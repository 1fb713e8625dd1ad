"""``evaluate``: a preset's results as a table or JSON, with Monte Carlo on request."""

from __future__ import annotations

import argparse
import json

from explorer.cli.common import (
    CliError,
    add_monte_carlo_args,
    add_preset_args,
    check_monte_carlo,
    load_with_changes,
)
from explorer.cli.language import add_language_arg
from explorer.io import DEFAULT_PRESET
from explorer.model import REGISTRY, evaluate, published
from explorer.model.claims import check_claims
from explorer.present.text.numbers import general
from explorer.present.text.published_table import published_table
from explorer.present.text.results_table import results_table
from explorer.present.text.translate import tr
from explorer.present.text.uncertainty_table import uncertainty_table


def cmd_evaluate(args: argparse.Namespace) -> int:
    given = {"--seed": args.seed is not None, "--width": args.width is not None}
    check_monte_carlo(args, {**given, "--lock": bool(args.lock), "--unlock": bool(args.unlock)})
    if args.width is None:
        args.width = 1.0
    preset = load_with_changes(args.preset, args.set)
    evaluated = evaluate(preset.scenario)
    results = evaluated.to_dict()
    results["published_metrics"] = published.summary(evaluated)
    # A bundled preset named on the command line that reproduces (or completes) a published
    # analysis is set beside the authors' own headline.
    results["published"] = published.comparison(args.preset or DEFAULT_PRESET, evaluated)
    results["claims"] = [check.to_dict() for check in check_claims(evaluated)]
    if args.samples:
        results.update(uncertainty_summary(preset.scenario, args))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(results_table(results, preset.name), end="")
        print(published_table(results), end="")
        if args.samples:
            print(uncertainty_table(results), end="")
    return 0


def uncertainty_summary(scenario, args: argparse.Namespace) -> dict:
    """``monte_carlo`` and ``sensitivity`` sections for ``evaluate --samples``."""
    from explorer.model import sensitivity, uncertainty

    problems = [
        tr("{option}: unknown parameter {key}", context="cli", option=option, key=repr(key))
        for option, keys in (("--lock", args.lock), ("--unlock", args.unlock))
        for key in sorted(set(keys) - set(REGISTRY))
    ]
    if problems:
        raise CliError(problems, 1)
    if not 0 < args.width <= 1:
        width = general(args.width)
        raise CliError([tr("--width: {width} is outside (0, 1]", context="cli", width=width)], 1)
    locked, unlocked = frozenset(args.lock), frozenset(args.unlock)
    mc = uncertainty.monte_carlo(
        scenario, args.samples, args.seed, args.width, locked, unlocked=unlocked
    )
    return {
        "monte_carlo": uncertainty.summary(mc),
        "sensitivity": sensitivity.summary(scenario, locked, unlocked),
    }


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate", help=tr("evaluate a preset and print the results", context="cli")
    )
    add_preset_args(p)
    add_language_arg(p)
    p.add_argument(
        "--json",
        action="store_true",
        help=tr("print JSON (keys listed in the README)", context="cli"),
    )
    add_monte_carlo_args(
        p,
        tr(
            "add Monte Carlo (N seeded draws around the scenario, within each parameter's "
            "spread) and sensitivity",
            context="cli",
        ),
        1,
    )
    p.add_argument(
        "--width",
        type=float,
        default=None,
        metavar="W",
        help=tr(
            "scale every parameter's spread by this fraction (default 1: the registry's)",
            context="cli",
        ),
    )
    p.add_argument(
        "--lock",
        action="append",
        default=[],
        metavar="KEY",
        help=tr(
            "keep a parameter at its value in the draws and the tornado (repeatable)", context="cli"
        ),
    )
    p.add_argument(
        "--unlock",
        action="append",
        default=[],
        metavar="KEY",
        help=tr(
            "draw a policy or design parameter that is locked by default (repeatable)",
            context="cli",
        ),
    )
    p.set_defaults(run=cmd_evaluate)
