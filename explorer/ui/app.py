"""``space-ai-explorer-gui [PRESET] [--lang en|ru|zh]``: the QApplication around the main
window."""

from __future__ import annotations

import gc
import os
import sys
from importlib.resources import files

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explorer import __version__
from explorer.io import PresetError
from explorer.io.talk import Talk
from explorer.present.text.file_problems import error_text
from explorer.present.text.languages import LANGUAGES
from explorer.ui import APPLICATION, ORGANIZATION, create_controller
from explorer.ui.language import load_bundled_fonts

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FREEZE_AFTER_MS = 2000
# Smoke tests of the desktop bundle set this to see the window come up and close by itself.
QUIT_AFTER_ENV = "SPACE_AI_EXPLORER_QUIT_AFTER_MS"


def app_icon() -> QIcon:
    """The window icon from the bundled PNGs (empty when they are missing)."""
    icon = QIcon()
    folder = files("explorer.bundled_resources").joinpath("icons")
    for size in ICON_SIZES:
        png = folder.joinpath(f"space-ai-explorer-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def create_application(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("space-ai-explorer")
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    return app


def freeze_startup_objects() -> None:
    """What start-up built lives as long as the window: the cyclic garbage collector need not walk
    it again on every full collection, which would pause a drag for milliseconds."""
    gc.collect()
    gc.freeze()


def shut_down_qt() -> None:
    """Destroy the application and every Qt object it owns now, while the interpreter is whole.

    Left to the interpreter's exit, PySide's teardown visits wrappers Python has already half freed
    and can crash (PYSIDE-2254): under Xvfb about one exit in 15 of the real app ended in a
    segmentation fault after everything had been saved. Safe to call when no application exists.
    """
    app = QApplication.instance()
    if app is not None:
        app.shutdown()


def _language_option(argv: list[str]) -> tuple[list[str], str | None]:
    """``argv`` without ``--lang CODE``, and the code (None when not given or not offered)."""
    rest, language = [], None
    args = iter(argv)
    for arg in args:
        if arg == "--lang":
            language = next(args, None)
        elif arg.startswith("--lang="):
            language = arg.partition("=")[2]
        else:
            rest.append(arg)
    return rest, language if language in LANGUAGES else None


def main(
    argv: list[str] | None = None, language: str | None = None, talk: Talk | None = None
) -> int:
    """The window on PRESET (``argv[1]``), or, given ``talk``, that talk on the talk view (the
    window comes up when the talk is left); ``language`` (or ``--lang``) wins over the one chosen
    last time, which wins over the system's."""
    argv, asked = _language_option(list(sys.argv if argv is None else argv))
    app = create_application(argv)
    preset = argv[1] if len(argv) > 1 else None
    try:
        controller = create_controller(preset, language or asked)
    except PresetError as err:
        print(f"space-ai-explorer-gui: {error_text(err)}", file=sys.stderr)
        return 2
    window = controller.window
    if talk is None:
        window.show()
    else:
        controller.talks.present(talk)
    # Once the first frames are up and the deferred slider groups are built, not before them.
    QTimer.singleShot(FREEZE_AFTER_MS, freeze_startup_objects)
    if quit_after := os.environ.get(QUIT_AFTER_ENV):
        QTimer.singleShot(int(quit_after), window.close)
        QTimer.singleShot(int(quit_after), app.quit)
    status = app.exec()
    shut_down_qt()
    return status


if __name__ == "__main__":
    sys.exit(main())
