"""The command line: the window with no arguments, headless subcommands otherwise.

One module per command (each adds its own sub-parser). Only ``export``, ``talk``'s exports and
the windows import Qt, lazily: ``evaluate``, ``explain``, ``params``, ``validate``, ``presets``
and ``talk --check`` stay fast and work without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from explorer import __version__
from explorer.cli import evaluate, explain, export, files, talk
from explorer.cli.common import PROG, CliError, LazyHelpParser
from explorer.cli.output import terminal_safe_output
from explorer.cli.window import open_window


def build_parser() -> LazyHelpParser:
    parser = LazyHelpParser(
        prog=PROG,
        description="Where is it cheapest to put AI compute, in orbit or on the ground? "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=LazyHelpParser)
    evaluate.add_parser(sub)
    explain.add_parser(sub)
    files.add_parsers(sub)
    export.add_parser(sub)
    talk.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    with terminal_safe_output():
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
