"""The one translation function and the number formats: a catalogue reaches every string and a
language's separators every number; English needs no catalogue."""

from __future__ import annotations

import gettext
import math

import pytest

from explorer.present.text import numbers
from explorer.present.text.translate import ENGLISH, N_, Language, tr, tr_n, use_language


class FakeCatalogue(gettext.NullTranslations):
    """A tiny catalogue: messages by (context, source), plurals with Russian-like three forms."""

    def __init__(self, messages: dict[tuple[str, str], str], plurals=None) -> None:
        super().__init__()
        self.messages = messages
        self.plurals = plurals or {}

    def gettext(self, message):
        return self.messages.get(("", message), message)

    def pgettext(self, context, message):
        return self.messages.get((context, message), message)

    def npgettext(self, context, singular, plural, n):
        forms = self.plurals.get((context, singular))
        if forms is None:
            return singular if n == 1 else plural
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]


@pytest.fixture
def russian_like():
    catalogue = FakeCatalogue(
        {
            ("month", "Feb"): "фев",
            ("month year", "{month} {year}"): "{month}. {year} г.",
            ("chart", "Cost"): "Стоимость",
            ("", "Cost"): "Цена",
            ("money", "${amount}{unit}"): "{amount} ${unit}",
        },
        {("draws", "{count} draw"): ("{count} выборка", "{count} выборки", "{count} выборок")},
    )
    use_language(Language("ru", catalogue, decimal_separator=",", group_separator="\u00a0"))
    yield
    use_language(ENGLISH)


def test_english_is_the_source_text():
    assert tr("Cost", context="chart") == "Cost"
    assert tr("{n} of {total}", n=3, total=7) == "3 of 7"
    assert tr("no fields {here}") == "no fields {here}"  # formatted only when values are given
    assert N_("marked") == "marked"


def test_a_catalogue_translates_by_context_and_plural(russian_like):
    assert tr("Cost", context="chart") == "Стоимость"
    assert tr("Cost") == "Цена"
    forms = [tr_n("{count} draw", "{count} draws", n, context="draws", count=n) for n in (1, 3, 5)]
    assert forms == ["1 выборка", "3 выборки", "5 выборок"]


def test_numbers_take_the_languages_separators(russian_like):
    assert numbers.fixed(1234567.891, 2) == "1\u00a0234\u00a0567,89"
    assert numbers.money(2.634) == "2,63 $"
    assert numbers.month_year(2029 + 1.5 / 12) == "фев. 2029 г."


def test_english_number_formats():
    assert numbers.fixed(1234.5, 1) == "1,234.5"
    assert numbers.money(2.634) == "$2.63"
    assert numbers.money(1234.4, "/kg") == "$1,234/kg"
    assert numbers.money(math.nan) == numbers.MISSING
    assert numbers.compact(1800, "$") == "$1.8k"
    assert numbers.compact(250) == "250"
    assert numbers.compact(math.nan) == "none"
    assert numbers.month_year(2028.6) == "Aug 2028"
    assert numbers.decimal_year(2029.46) == "2029.5"
    assert numbers.signed_percent(-0.42) == "−42%"
    assert numbers.signed_percent(1.3) == "+130%"
    assert numbers.human(None) == "n/a"
    assert numbers.human(2.5e12) == "2.5 trillion"
    assert numbers.human(12_345.6) == "12,346"


def test_axis_ticks_carry_their_own_multiplier_and_enough_decimals():
    # Cents per GPU-hour (Starcloud's sum): dollars with the decimals the spacing needs.
    assert numbers.tick_texts([0.3, 0.35, 0.4], 0.05, "$") == ["$0.30", "$0.35", "$0.40"]
    assert numbers.tick_texts([0.0, 0.25, 0.5], 0.25, "$") == ["$0", "$0.25", "$0.50"]
    # Thousands and millions: a suffix on every tick, never a shared "(x1000)".
    assert numbers.tick_texts([0.0, 5e4, 1e5], 5e4, "$") == ["$0", "$50k", "$100k"]
    assert numbers.tick_texts([1.5e6, 2e6, 2.5e6], 5e5, "$") == ["$1.5M", "$2.0M", "$2.5M"]
    assert numbers.tick_texts([-1e-17, 2.0], 2.0, "", "%") == ["0%", "2%"]


@pytest.mark.parametrize(
    ("p", "text"), [(0.0, "0%"), (0.004, "<1%"), (0.5, "50%"), (0.995, ">99%"), (1.0, "100%")]
)
def test_a_chance_is_never_rounded_away(p, text):
    assert numbers.chance(p) == text
