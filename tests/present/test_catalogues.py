"""The catalogues are complete and kept complete: every message the code shows is translated in
every language, no catalogue keeps messages the code no longer uses, and each translation keeps
its source's fields, mnemonic and plural forms. A runtime check catches what the extraction could
miss: every figure of every bundled preset, built in each language, asks its catalogues for
nothing they lack."""

from __future__ import annotations

import re
import string

import pytest

from explorer.io import bundled_presets, load_bundled
from explorer.io.po_file import compile_mo, read_po, write_po
from explorer.present.figures import build_figures
from explorer.present.figures.frame import frame_of
from explorer.present.text import numbers
from explorer.present.text.extraction import TEMPLATE, extract, problems, template
from explorer.present.text.languages import (
    CODES,
    catalogue_text,
    language_for_locale,
    load_language,
    system_language,
)
from explorer.present.text.translate import ENGLISH, Language, tr, use_language

OTHERS = [code for code in CODES if code != "en"]


@pytest.fixture(scope="module")
def messages():
    return extract()


@pytest.mark.parametrize("code", OTHERS)
def test_every_message_is_translated_and_none_is_stale(messages, code):
    assert problems(code, messages, catalogue_text(code)) == []


def test_the_template_has_every_message_and_no_other(messages):
    """(Where each message is, in its comments, may lag behind the code.)"""
    keys = [e.key for e in read_po(TEMPLATE.read_text(encoding="utf-8"))[1]]
    assert keys == [e.key for e in read_po(template(messages))[1]]


def test_the_check_finds_a_missing_a_stale_and_an_untranslated_message(messages):
    header, entries = read_po(catalogue_text("ru"))
    entries[0].translations = [""] * len(entries[0].translations)
    stale = entries[1]
    stale.msgid = "a message no code shows"
    dropped = entries.pop(2)
    found = problems("ru", messages, write_po(header, entries))
    assert any("untranslated" in p and entries[0].msgid in p for p in found)
    assert any("not in the code" in p and "a message no code shows" in p for p in found)
    assert any("missing" in p and repr(dropped.msgid)[1:-1] in p for p in found)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("code", OTHERS)
def test_translations_keep_fields_mnemonics_and_plurals(code):
    header, entries = read_po(catalogue_text(code))
    forms = int(re.search(r"nplurals=(\d)", header["Plural-Forms"]).group(1))
    for entry in entries:
        for text in entry.translations:
            assert _fields(text) == _fields(entry.msgid), (entry.key, text)
            printf = sorted(re.findall(r"%\(\w+\)\w|%\w", entry.msgid))
            assert sorted(re.findall(r"%\(\w+\)\w|%\w", text)) == printf, (entry.key, text)
            if "&" in entry.msgid and entry.context in ("menu", "action"):
                assert text.count("&") == 1, (entry.key, text)
        assert len(entry.translations) == (forms if entry.plural else 1), entry.key


def test_a_catalogue_compiles_as_gnu_gettext_reads_it():
    russian = load_language("ru")
    assert tr("Year", context="axis") == "Year"
    use_language(russian)
    try:
        assert tr("Year", context="axis") == "Год"
        assert [numbers.fixed(n) for n in (1, 1234567)] == ["1", "1\u00a0234\u00a0567"]
        counts = [
            tr_n_text(n) for n in (1, 3, 5, 21)
        ]  # Russian's three plural forms, chosen by the header's rule
        assert counts == ["1 реализация", "3 реализации", "5 реализаций", "21 реализация"]
    finally:
        use_language(ENGLISH)


def tr_n_text(n: int) -> str:
    from explorer.present.text.translate import tr_n

    return tr_n("{count} draw", "{count} draws", n, context="draws", count=n)


def test_a_fuzzy_entry_is_not_a_translation():
    header, entries = read_po(catalogue_text("zh"))
    entries[0].flags.add("fuzzy")
    import gettext
    import io

    catalogue = gettext.GNUTranslations(io.BytesIO(compile_mo(header, entries)))
    first = entries[0]
    assert catalogue.pgettext(first.context, first.msgid) == first.msgid


class _Recording:
    """A language's catalogue that notes every message it has no translation for."""

    def __init__(self, catalogue) -> None:
        self.catalogue, self.missing = catalogue, set()

    def gettext(self, message):
        return self._note("", message, self.catalogue.gettext(message))

    def pgettext(self, context, message):
        return self._note(context, message, self.catalogue.pgettext(context, message))

    def ngettext(self, singular, plural, n):
        return self.catalogue.ngettext(singular, plural, n)

    def npgettext(self, context, singular, plural, n):
        return self.catalogue.npgettext(context, singular, plural, n)

    def _note(self, context, message, text):
        if text == message and any(c.isalpha() for c in message):
            self.missing.add((context, message))
        return text


@pytest.mark.parametrize("code", OTHERS)
def test_every_figure_of_every_preset_finds_its_words(code):
    language = load_language(code)
    recording = _Recording(language.catalogue)
    use_language(Language(code, recording, language.decimal_separator, language.group_separator))
    try:
        for name in bundled_presets():
            build_figures(frame_of(load_bundled(name).scenario))
    finally:
        use_language(ENGLISH)
    # Words that read the same in both languages (a unit, a glyph, a name) are not misses.
    same = {
        (e.context, e.msgid)
        for e in read_po(catalogue_text(code))[1]
        if e.translations[0] == e.msgid
    }
    assert recording.missing - same == set()


@pytest.mark.parametrize(
    ("name", "code"),
    [("ru_RU.UTF-8", "ru"), ("zh_CN", "zh"), ("zh-Hant-TW", "zh"), ("de_DE", None), ("C", None)],
)
def test_a_locale_chooses_its_language(name, code):
    assert language_for_locale(name) == code


def test_the_system_language_follows_gettexts_variables():
    assert system_language({"LANGUAGE": "fr:ru", "LANG": "en_US.UTF-8"}) == "ru"
    assert system_language({"LC_ALL": "zh_CN.UTF-8", "LANG": "ru_RU.UTF-8"}) == "zh"
    assert system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert system_language({}) == "en"
