"""``params``, ``validate`` and ``presets``: the registry, preset files and the bundled presets."""

from __future__ import annotations

import argparse

from explorer.cli.common import INPUT_ERROR
from explorer.cli.language import add_language_arg
from explorer.io import PresetError, bundled_presets, load_bundled, load_preset
from explorer.io.params_text import params_json, params_markdown
from explorer.present.text.file_problems import error_lines
from explorer.present.text.params_table import params_plain
from explorer.present.text.translate import tr


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
            for line in error_lines(err):
                print(line)
            continue
        print(tr("{file}: ok ({name})", context="cli", file=name, name=preset.name))
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
            description = tr("(broken: {problem})", context="cli", problem=err.problems[0].message)
        print(f"{name:<{width}}  {description}")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "params", help=tr("list the parameters with units, defaults and ranges", context="cli")
    )
    add_language_arg(p)
    form = p.add_mutually_exclusive_group()
    form.add_argument(
        "--markdown",
        action="store_true",
        help=tr("a Markdown table (as in the README)", context="cli"),
    )
    form.add_argument("--json", action="store_true", help=tr("JSON records", context="cli"))
    p.set_defaults(run=cmd_params)

    p = sub.add_parser(
        "validate", help=tr("check preset files; one line per problem", context="cli")
    )
    p.add_argument("files", nargs="+", metavar="FILE", help=tr("preset files", context="cli"))
    add_language_arg(p)
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("presets", help=tr("list the bundled presets", context="cli"))
    add_language_arg(p)
    p.set_defaults(run=cmd_presets)
