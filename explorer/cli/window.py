"""The windows from the command line: the explorer's window, or a talk on the talk view."""

from __future__ import annotations

import os
import sys

from explorer.cli.common import INPUT_ERROR, PROG
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
