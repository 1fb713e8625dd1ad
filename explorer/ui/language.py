"""The window's language: ours (``explorer.present.text``), Qt's own dialogs' (the ``qtbase``
translations Qt ships) and the locale the number boxes read and write, switched together.

Fonts for the scripts the explorer writes come from the system (``packaging/bootstrap.sh``
installs a CJK font) or, in the desktop bundle, from its ``fonts`` folder, registered here.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from explorer.present.text.languages import (
    DEFAULT,
    LANGUAGES,
    language_for_locale,
    set_language,
)

SETTINGS_KEY = "language"
_installed: list[QTranslator] = []
_reader_locale: list[QLocale] = [QLocale.system()]
"""The locale found when the window was made (the system's, unless something set another): its
number format is the reader's own wherever the language matches it."""


def remember_reader_locale() -> None:
    """Take the locale in force now as the reader's (before the window sets its language's)."""
    _reader_locale[0] = QLocale()


def system_language() -> str:
    """The first of the system's preferred UI languages that the explorer speaks."""
    for name in QLocale.system().uiLanguages():
        if code := language_for_locale(name):
            return code
    return DEFAULT


def qt_locale(code: str) -> QLocale:
    """The locale the window and the number boxes of language ``code`` use: the reader's own
    when it is of that language, or of one the explorer does not speak and ``code`` is English
    (a German reader of the English window types 2,5), else the language's (ru_RU, zh_CN)."""
    reader = _reader_locale[0]
    if (language_for_locale(reader.name()) or DEFAULT) == code:
        return QLocale(reader)
    return QLocale(LANGUAGES[code].qt_locale)


def _qt_translator(code: str) -> QTranslator | None:
    """Qt's translation of its own dialogs' words (buttons, file dialogs) for ``code``."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{LANGUAGES[code].qt_locale}", folder):
        return translator
    if translator.load(f"qtbase_{code}", folder):
        return translator
    return None


def apply_language(code: str) -> None:
    """Translate, format numbers and show Qt's dialogs for ``code`` from now on."""
    set_language(code)
    QLocale.setDefault(qt_locale(code))
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    translator = _qt_translator(code) if code != DEFAULT else None
    if translator is not None and app is not None:
        app.installTranslator(translator)
        _installed.append(translator)


def load_bundled_fonts() -> list[str]:
    """Register the fonts the desktop bundle carries (none in a plain install, where the system's
    serve); returns the families added."""
    folder = files("explorer.bundled_resources").joinpath("fonts")
    if not folder.is_dir():
        return []
    families: list[str] = []
    for item in folder.iterdir():
        if item.name.lower().endswith((".ttf", ".otf", ".ttc")):
            font_id = QFontDatabase.addApplicationFont(str(item))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families
