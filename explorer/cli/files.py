"""``params``, ``validate`` and ``presets``: the registry, preset files and the bundled presets."""

from __future__ import annotations

import argparse

from explorer.cli.common import INPUT_ERROR
from explorer.io import PresetError, bundled_presets, load_bundled, load_preset
from explorer.io.params_text import params_json, params_markdown, params_plain


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
            for line in err.lines():
                print(line)
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


def add_parsers(sub: argparse._SubParsersAction) -> None:
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
