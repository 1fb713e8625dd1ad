"""``--lang`` on every command, and argparse's own words (``usage:``, ``options``, its errors) in
the chosen language.

The language is read from the arguments before the parser is built, because the parser's help
texts are translated as they are given to it. argparse looks its words up through the module's
own ``_`` (GNU gettext's ``gettext``, at call time); while a command line is parsed it is pointed
at ``tr`` with the context "argparse", and put back afterwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from explorer.present.text.languages import CODES, LANGUAGES, set_language, system_language
from explorer.present.text.translate import N_, current_language, tr, use_language

# The words of argparse this command line can show (Python 3.10 to 3.13 spell them so).
ARGPARSE_WORDS = (
    N_("usage: ", "argparse"),
    N_("positional arguments", "argparse"),
    N_("options", "argparse"),
    N_("show this help message and exit", "argparse"),
    N_("show program's version number and exit", "argparse"),
    N_("the following arguments are required: %s", "argparse"),
    N_("unrecognized arguments: %s", "argparse"),
    N_("invalid choice: %(value)r (choose from %(choices)s)", "argparse"),
    N_("expected one argument", "argparse"),
    N_("argument %(argument_name)s: %(message)s", "argparse"),
    N_("invalid %(type)s value: %(value)r", "argparse"),
    N_("not allowed with argument %s", "argparse"),
    N_("ambiguous option: %(option)s could match %(matches)s", "argparse"),
)


def requested_language(argv: Sequence[str]) -> str:
    """The language ``--lang`` asks for (before a ``--``), else the system's; an unknown code is
    left for the parser to refuse."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            return value
    return system_language()


def add_language_arg(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """``--lang CODE``; a subcommand's copy leaves the value alone when it is not given there."""
    parser.add_argument(
        "--lang",
        choices=CODES,
        default=None if top else argparse.SUPPRESS,
        metavar="|".join(CODES),
        help=tr("the language of the output and the window (default: the system's)", context="cli"),
    )


def _argparse_word(message: str) -> str:
    return tr(message, context="argparse")


@contextmanager
def language_of(argv: Sequence[str]) -> Iterator[None]:
    """Translate for the language ``argv`` asks for while the command runs (argparse too)."""
    language, saved = current_language(), argparse._  # type: ignore[attr-defined]
    set_language(requested_language(argv))
    argparse._ = _argparse_word  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]
        use_language(language)
