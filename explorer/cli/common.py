"""What every command shares: the error a user's mistake raises, exit codes, the preset argument
and ``--set``, the Monte Carlo options."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from explorer.io import (
    DEFAULT_PRESET,
    BadValueError,
    Preset,
    PresetError,
    load_bundled,
    parse_value,
    resolve_preset,
)

PROG = "space-ai-explorer"
USAGE_ERROR = 2
INPUT_ERROR = 1


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


def parse_assignments(items: Sequence[str], flag: str = "--set") -> dict[str, float | str]:
    """``KEY=VALUE`` strings (given with ``flag``) as registry-checked values; CliError naming
    each bad one."""
    values: dict[str, float | str] = {}
    problems: list[str] = []
    for item in items:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            raise CliError([f"{flag} {item!r}: expected KEY=VALUE"], USAGE_ERROR)
        key = key.strip()
        try:
            values[key] = parse_value(key, text)
        except BadValueError as err:
            allowed = f" (allowed: {err.allowed})" if err.allowed else ""
            problems.append(f"{flag} {key}: {err.message}{allowed}")
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


def add_preset_args(parser: argparse.ArgumentParser) -> None:
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


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def add_monte_carlo_args(
    parser: argparse.ArgumentParser, samples_help: str, samples_type: Callable[[str], int]
) -> None:
    parser.add_argument("--samples", type=samples_type, default=0, metavar="N", help=samples_help)
    parser.add_argument(
        "--seed", type=int, default=0, metavar="S", help="Monte Carlo seed (default 0)"
    )
