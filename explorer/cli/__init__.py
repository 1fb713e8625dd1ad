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
from explorer.cli.language import add_language_arg, language_of
from explorer.cli.output import terminal_safe_output
from explorer.cli.window import open_window
from explorer.present.text.languages import current_code
from explorer.present.text.translate import tr


def build_parser() -> LazyHelpParser:
    parser = LazyHelpParser(
        prog=PROG,
        description=tr(
            "Where is it cheapest to put AI compute, in orbit or on the ground? "
            "With no command, opens the window.",
            context="cli",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=tr("show the version and exit", context="cli"),
    )
    add_language_arg(parser, top=True)
    sub = parser.add_subparsers(
        dest="command",
        metavar=tr("COMMAND", context="cli"),
        parser_class=LazyHelpParser,
        title=tr("commands", context="cli"),
    )
    evaluate.add_parser(sub)
    explain.add_parser(sub)
    files.add_parsers(sub)
    export.add_parser(sub)
    talk.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    with terminal_safe_output(), language_of(argv):
        args = build_parser().parse_args(argv)
        if args.command is None:
            return open_window(current_code())
        try:
            return args.run(args)
        except CliError as err:
            for line in err.lines:
                print(f"{PROG}: {line}", file=sys.stderr)
            return err.code
        except BrokenPipeError:
            # `... | head` closed the pipe: not an error of ours.
            return 0


def console_main() -> int:
    """The ``space-ai-explorer`` command: ``main`` on the process's arguments, then, if a command
    rendered with Qt, Qt's objects destroyed before the interpreter exits (``shut_down_qt``)."""
    status = main()
    if "PySide6.QtWidgets" in sys.modules:
        from explorer.ui.app import shut_down_qt

        shut_down_qt()
    return status
