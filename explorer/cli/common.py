"""What every command shares: the error a user's mistake raises, exit codes, the preset argument
and ``--set``, the Monte Carlo options."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import NoReturn

from explorer.io import (
    DEFAULT_PRESET,
    BadValueError,
    Preset,
    PresetError,
    load_bundled,
    parse_value,
    resolve_preset,
)
from explorer.present.text.file_problems import error_lines
from explorer.present.text.messages import value_problem
from explorer.present.text.numbers import fixed
from explorer.present.text.translate import N_, tr

PROG = "space-ai-explorer"
USAGE_ERROR = 2
INPUT_ERROR = 1
# Monte Carlo holds every draw's year paths: 100,000 draws take about 0.4 GB in `evaluate` and
# 0.9 GB in `export` (1,000,000 took 3 GB; 10^9 ran out of memory). The window offers 30,000.
MAX_SAMPLES = 100_000
# The window's seed box goes this far, so any seed of the command line can be typed there too.
MAX_SEED = 2**31 - 1


class CliError(Exception):
    """A user's mistake: printed as one line per problem, then the process exits with ``code``."""

    def __init__(self, lines: list[str], code: int = INPUT_ERROR) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines
        self.code = code


class LazyHelpParser(argparse.ArgumentParser):
    """An ArgumentParser whose epilog may be computed only when help is shown."""

    lazy_epilog: Callable[[], str] | None = None

    def format_help(self) -> str:
        if self.lazy_epilog is not None:
            self.epilog = self.lazy_epilog()
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        """A usage error: one line, exit status 2 (argparse prints the whole usage first)."""
        hint = tr("(see {prog} --help)", context="cli", prog=self.prog)
        self.exit(USAGE_ERROR, f"{self.prog}: {message} {hint}\n")


def parse_assignments(items: Sequence[str], flag: str = "--set") -> dict[str, float | str]:
    """``KEY=VALUE`` strings (given with ``flag``) as registry-checked values; CliError naming
    each bad one."""
    values: dict[str, float | str] = {}
    problems: list[str] = []
    for item in items:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            message = tr(
                "{flag} {item}: expected KEY=VALUE", context="cli", flag=flag, item=repr(item)
            )
            raise CliError([message], USAGE_ERROR)
        key = key.strip()
        try:
            values[key] = parse_value(key, text)
        except BadValueError as err:
            problems.append(f"{flag} {key}: {value_problem(err)}")
    if problems:
        raise CliError(problems)
    return values


def load_with_changes(name_or_path: str | None, sets: Sequence[str]) -> Preset:
    """The preset named on the command line (the default one if none) with ``--set`` applied."""
    try:
        preset = resolve_preset(name_or_path) if name_or_path else load_bundled(DEFAULT_PRESET)
    except PresetError as err:
        raise CliError(error_lines(err)) from None
    changes = parse_assignments(sets)
    if not changes:
        return preset
    scenario = preset.scenario.with_changes(changes)
    return Preset(preset.name, scenario, preset.description, preset.sources, preset.path)


def add_preset_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "preset",
        nargs="?",
        metavar="PRESET",
        help=tr(
            "a bundled preset's name or a preset file (.yaml or exported .png); default {name}",
            context="cli",
            name=DEFAULT_PRESET,
        ),
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=tr(
            "change one parameter (repeatable); see `params` for keys and ranges", context="cli"
        ),
    )


def whole_number(low: int, high: int, what: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``; the error names the range
    (``what`` counts them: "draws")."""
    unit = " " + tr(what, context="cli unit") if what else ""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            message = tr("{text} is not a whole number", context="cli", text=repr(text))
            raise argparse.ArgumentTypeError(message) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                tr(
                    "{value} is out of range (allowed: {low} to {high}{unit})",
                    context="cli",
                    value=fixed(value),
                    low=fixed(low),
                    high=fixed(high),
                    unit=unit,
                )
            )
        return value

    return parse


def add_monte_carlo_args(parser: argparse.ArgumentParser, samples_help: str, least: int) -> None:
    """``--samples`` (``least`` to MAX_SAMPLES; 0, the default, for none) and ``--seed``."""
    parser.add_argument(
        "--samples",
        type=whole_number(least, MAX_SAMPLES, N_("draws", "cli unit")),
        default=0,
        metavar="N",
        help=tr(
            "{text}; at most {most}", context="cli", text=samples_help, most=fixed(MAX_SAMPLES)
        ),
    )
    parser.add_argument(
        "--seed",
        type=whole_number(0, MAX_SEED),
        default=None,
        metavar="S",
        help=tr("Monte Carlo seed (default 0); needs --samples", context="cli"),
    )


def check_monte_carlo(args: argparse.Namespace, given: dict[str, bool]) -> None:
    """Monte Carlo options without ``--samples`` are a usage error, not silently ignored.

    ``given`` maps each option's name to whether it was given; ``args.seed`` gets its default.
    """
    named = [name for name, present in given.items() if present]
    if named and not args.samples:
        message = tr(
            "{options} without --samples: Monte Carlo is off unless --samples N",
            context="cli",
            options=", ".join(named),
        )
        raise CliError([message], USAGE_ERROR)
    if args.seed is None:
        args.seed = 0
