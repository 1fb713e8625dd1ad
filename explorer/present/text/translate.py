"""The one translation function: every string a reader sees goes through ``tr`` or ``tr_n``.

Source strings are English and are written in ``explorer.present.text`` (and, for the parameter
registry, in ``explorer.model.params``). A language is a gettext catalogue, with message contexts
and plural forms as GNU gettext has them (``pgettext``, ``npgettext``), plus its readers' number
conventions. English needs no catalogue. A compiled ``.mo`` catalogue opened with
``gettext.GNUTranslations`` is a Catalogue as it is.

Strings are translated when they are shown, never at import, so a change of language reaches
everything that is drawn afresh. ``N_`` marks a source string kept in a table for later
translation with the context it will be shown in (``packaging/translations.py`` finds ``tr``,
``tr_n`` and ``N_`` calls; ``explorer.present.text.data_messages`` lists the words of the model's
tables, which are translated where they are shown).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from typing import Protocol


class Catalogue(Protocol):
    """What a language's messages offer (``gettext.GNUTranslations`` and NullTranslations do)."""

    def gettext(self, message: str) -> str: ...
    def ngettext(self, singular: str, plural: str, n: int) -> str: ...
    def pgettext(self, context: str, message: str) -> str: ...
    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str: ...


@dataclass(frozen=True)
class Language:
    """A language's catalogue and how its readers write numbers ("1,234.5" in English)."""

    code: str
    catalogue: Catalogue
    decimal_separator: str = "."
    group_separator: str = ","


ENGLISH = Language("en", gettext.NullTranslations())

_active: list[Language] = [ENGLISH]


def use_language(language: Language) -> None:
    """Translate and format from now on for ``language``."""
    _active[0] = language


def current_language() -> Language:
    return _active[0]


def tr(message: str, /, context: str = "", **values: object) -> str:
    """``message`` in the reader's language, its ``{name}`` fields filled from ``values``.

    ``context`` tells apart the same English text in two meanings (gettext's msgctxt). Values
    are formatted before they are passed (numbers with ``explorer.present.text.numbers``), so
    a translation may reorder the fields but never reformats a number.
    """
    catalogue = _active[0].catalogue
    text = catalogue.pgettext(context, message) if context else catalogue.gettext(message)
    return text.format(**values) if values else text


def tr_n(singular: str, plural: str, n: int, /, context: str = "", **values: object) -> str:
    """The singular or plural form for ``n`` (as the language counts), with ``{n}`` filled."""
    catalogue = _active[0].catalogue
    if context:
        text = catalogue.npgettext(context, singular, plural, n)
    else:
        text = catalogue.ngettext(singular, plural, n)
    return text.format(n=n, **values)


def N_(message: str, context: str = "") -> str:  # noqa: N802 (gettext's name for the marker)
    """Mark ``message`` as a source string to be translated where it is shown, with ``context``
    as it will be translated (``tr(message, context=context)``); returns it unchanged."""
    return message
