"""The windows from the command line: the explorer's window, or a talk on the talk view."""

from __future__ import annotations

import os
import sys

from explorer.cli.common import INPUT_ERROR, PROG
from explorer.io.talk import Talk
from explorer.present.text.translate import tr


def _no_display() -> bool:
    """On Linux, Qt aborts the process when it finds no display; say so instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(language: str, talk: Talk | None = None) -> int:
    """The window in ``language`` (a code of ``explorer.present.text.languages``), or, given
    ``talk``, that talk on the talk view; 1 when it cannot open."""
    if _no_display():
        message = tr(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "the headless commands still work (see {prog} --help)",
            context="cli",
            prog=PROG,
        )
        print(f"{PROG}: {message}", file=sys.stderr)
        return INPUT_ERROR
    try:
        from explorer.ui.app import main as window_main
    except ImportError as err:
        message = tr(
            "cannot open the window ({error}); the headless commands still work "
            "(see {prog} --help)",
            context="cli",
            error=err,
            prog=PROG,
        )
        print(f"{PROG}: {message}", file=sys.stderr)
        return INPUT_ERROR
    return int(window_main(sys.argv[:1], language, talk) or 0)
