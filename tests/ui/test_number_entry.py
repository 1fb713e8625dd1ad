"""Typed numbers in an English, a German, a Russian and an Indian locale: read the locale's way or
with a dot, refused (with a hint) when they could mean two things; never read wrong silently."""

from __future__ import annotations

import pytest

from explorer.ui.widgets.number_entry import NumberFormat, parse_number

ENGLISH = NumberFormat(".", ",")
GERMAN = NumberFormat(",", ".")
RUSSIAN = NumberFormat(",", "\u00a0")
SWISS = NumberFormat(".", "'")
INDIAN = NumberFormat(".", ",", primary_group=3, secondary_group=2)


def value(text: str, fmt: NumberFormat) -> float | None:
    return parse_number(text, fmt).value


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        (ENGLISH, "250.5", 250.5),
        (ENGLISH, "1,800", 1800.0),
        (ENGLISH, "12,345.25", 12345.25),
        (ENGLISH, "1,234,567", 1234567.0),
        (ENGLISH, "1 800", 1800.0),
        (ENGLISH, " 42 ", 42.0),
        (ENGLISH, ".5", 0.5),
        (ENGLISH, "7.", 7.0),
        (GERMAN, "250,5", 250.5),
        (GERMAN, "0.5", 0.5),
        (GERMAN, "0,5", 0.5),
        (GERMAN, "12.345,5", 12345.5),
        (GERMAN, "1.234.567", 1234567.0),
        (GERMAN, "1234.5", 1234.5),
        (GERMAN, "2.25", 2.25),
        (GERMAN, "1,800", 1.8),
        (RUSSIAN, "0.5", 0.5),
        (RUSSIAN, "0,5", 0.5),
        (RUSSIAN, "1.800", 1.8),
        (RUSSIAN, "12\u00a0345,5", 12345.5),
        (RUSSIAN, "12 345,5", 12345.5),
        (RUSSIAN, "12\u202f345.5", 12345.5),
        (SWISS, "12'345.5", 12345.5),
        (INDIAN, "12,34,567", 1234567.0),
        (ENGLISH, "1e3", 1000.0),
        (GERMAN, "2,5E-3", 0.0025),
        (ENGLISH, "-3.5", -3.5),
        (ENGLISH, "\u22123.5", -3.5),
        (ENGLISH, "１２３．５", 123.5),  # full-width, as a Chinese input method types it
        (ENGLISH, "٣٫٥".replace("٫", "."), 3.5),  # Arabic-Indic digits
    ],
)
def test_accepted(fmt: NumberFormat, text: str, expected: float) -> None:
    assert value(text, fmt) == expected


@pytest.mark.parametrize(
    ("fmt", "text", "hint"),
    [
        # The other decimal separator where it would group thousands wrongly: never 2,505.
        (ENGLISH, "250,5", "type 250.5"),
        (ENGLISH, "0,5", "type 0.5"),
        (ENGLISH, "1,80", "type 1.80"),
        # A dot with a whole group behind it is 1.8 or 1800 in German: never guessed.
        (GERMAN, "1.800", "type 1800 or 1,8"),
        (GERMAN, "12.000", "type 12000 or 12"),
        # Two decimal marks, or English grouping in a comma-decimal locale.
        (GERMAN, "1,234.5", "one decimal separator"),
        (GERMAN, "1,5,3", "one decimal separator"),
        (RUSSIAN, "1.234,5", "one decimal separator"),
        (ENGLISH, "1.234,5", "cannot be grouped"),
        (ENGLISH, "1.2.3", "one decimal separator"),
        (ENGLISH, "12,34,567", "wrong place"),
        (ENGLISH, "1 23", "wrong place"),
        (ENGLISH, "1,000 000", "wrong place"),
        (SWISS, "1,5", "the decimal separator here is “.”"),
        (RUSSIAN, "1'5", "not a number"),
        (ENGLISH, "12 kg", "not a number"),
        (ENGLISH, "0x10", "not a number"),
        (ENGLISH, "1e999", "too large"),
        (ENGLISH, "1e9999", "not a number"),
        (ENGLISH, "nan", "not a number"),
        (ENGLISH, "inf", "not a number"),
        (ENGLISH, "9" * 80, "too long"),
    ],
)
def test_refused_with_a_hint(fmt: NumberFormat, text: str, hint: str) -> None:
    reading = parse_number(text, fmt)
    assert reading.value is None and not reading.partial
    assert hint in str(reading.problem)


@pytest.mark.parametrize("text", ["", "-", "+", ".", "1e", "1,5e-", " "])
def test_text_on_its_way_to_a_number_is_partial(text: str) -> None:
    reading = parse_number(text, GERMAN)
    assert reading.value is None and reading.partial


def test_a_partial_exponent_after_a_bad_number_is_refused() -> None:
    reading = parse_number("250,5e", ENGLISH)
    assert not reading.partial and "type 250.5" in str(reading.problem)


def test_every_locale_reads_its_own_formatting_back() -> None:
    cases = {
        ENGLISH: "1,234,567.25",
        GERMAN: "1.234.567,25",
        RUSSIAN: "1\u00a0234\u00a0567,25",
        SWISS: "1'234'567.25",
        INDIAN: "12,34,567.25",
    }
    for fmt, text in cases.items():
        assert value(text, fmt) == 1234567.25, fmt


def test_a_format_cannot_use_one_mark_for_both() -> None:
    with pytest.raises(ValueError, match="must differ"):
        NumberFormat(",", ",")
