"""The command line: the window with no arguments, headless subcommands otherwise.

One module per command (each adds its own sub-parser). Only ``export``, ``talk``'s exports and
the windows import Qt, lazily: ``evaluate``, ``explain``, ``params``, ``validate``, ``presets``
and ``talk --check`` stay fast and work without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from explorer import __version__
from explorer.cli import evaluate, explain, export, files, talk
from explorer.cli.common import INPUT_ERROR, PROG, CliError, LazyHelpParser
from explorer.cli.output import terminal_safe_output
from explorer.io.talk import Talk


def _no_display() -> bool:
    """On Linux, Qt aborts the process when it finds no display; say so instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(talk: Talk | None = None) -> int:
    """The window (or, given ``talk``, that talk on the talk view); 1 when it cannot open."""
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
    return int(window_main(sys.argv[:1], talk) or 0)


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
