"""The languages the explorer speaks, how one is chosen, and its catalogue loaded.

English is the source text and needs no catalogue. Every other language is a gettext ``.po``
file in ``resources/translations`` (``explorer.bundled_resources.translations``), read directly
and compiled in memory when the language is first used, so a translator's edit shows at the next
start with no build step. A language also says how its readers write numbers.
"""

from __future__ import annotations

import gettext
import io
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from explorer.io.po_file import compile_mo, read_po
from explorer.present.text.translate import ENGLISH, Language, current_language, use_language

TRANSLATIONS_PACKAGE = "explorer.bundled_resources.translations"


@dataclass(frozen=True)
class LanguageInfo:
    """A language offered: its code (``--lang``, settings, talk files), its name in itself, its
    number separators, and the Qt locale its window and Qt's own dialogs use."""

    code: str
    name: str
    decimal_separator: str
    group_separator: str
    qt_locale: str


LANGUAGES: dict[str, LanguageInfo] = {
    "en": LanguageInfo("en", "English", ".", ",", "en_US"),
    # Russian writes 1 234,5: a decimal comma and a no-break space between thousands (as Qt's and
    # CLDR's Russian locale do, so the number boxes and the charts agree).
    "ru": LanguageInfo("ru", "Русский", ",", "\u00a0", "ru_RU"),
    "zh": LanguageInfo("zh", "简体中文", ".", ",", "zh_CN"),
}
CODES: tuple[str, ...] = tuple(LANGUAGES)
DEFAULT = "en"


def language_for_locale(name: str) -> str | None:
    """The offered language of a locale name ("ru_RU.UTF-8", "zh-Hans-CN", "zh_TW"), or None.

    Every Chinese locale gets Simplified Chinese, the one Chinese catalogue there is.
    """
    base = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the system asks for, as gettext reads it: the first of ``LANGUAGE``'s list
    that is offered, else ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``; English if none is offered."""
    for name in environ.get("LANGUAGE", "").split(":"):
        if name and (code := language_for_locale(name)):
            return code
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := environ.get(variable):
            return language_for_locale(value) or DEFAULT
    return DEFAULT


def catalogue_text(code: str) -> str:
    """The ``.po`` file of a language other than English, as text."""
    return files(TRANSLATIONS_PACKAGE).joinpath(f"{code}.po").read_text(encoding="utf-8")


@cache
def load_language(code: str) -> Language:
    """The language ``code`` (a key of LANGUAGES) with its catalogue; KeyError for another."""
    info = LANGUAGES[code]
    if code == DEFAULT:
        return ENGLISH
    header, entries = read_po(catalogue_text(code))
    catalogue = gettext.GNUTranslations(io.BytesIO(compile_mo(header, entries)))
    return Language(code, catalogue, info.decimal_separator, info.group_separator)


def set_language(code: str) -> None:
    """Translate and format for ``code`` from now on."""
    use_language(load_language(code))


def current_code() -> str:
    return current_language().code
