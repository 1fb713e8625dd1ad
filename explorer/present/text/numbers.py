"""Numbers, money, chances and dates as a reader reads them, in the active language's conventions.

Every number a reader sees is formatted here: the window, the charts, the exports and the command
line's tables. Files (presets, CSV, JSON) keep their own locale-independent forms. Formats are
written in English conventions and then given the language's decimal and group separators.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from explorer.io.message import Msg
from explorer.present.text.translate import N_, current_language, tr

MISSING = "—"
"""Shown where a number does not exist (a dash, in every language)."""

MONTHS: tuple[str, ...] = (
    N_("Jan", "month"),
    N_("Feb", "month"),
    N_("Mar", "month"),
    N_("Apr", "month"),
    N_("May", "month"),
    N_("Jun", "month"),
    N_("Jul", "month"),
    N_("Aug", "month"),
    N_("Sep", "month"),
    N_("Oct", "month"),
    N_("Nov", "month"),
    N_("Dec", "month"),
)
_COMPACT = (
    (1e9, N_("G", "multiplier")),
    (1e6, N_("M", "multiplier")),
    (1e3, N_("k", "multiplier")),
)


def localised(text: str) -> str:
    """A number written with English separators ("1,234.5") in the active language's."""
    language = current_language()
    if language.decimal_separator == "." and language.group_separator == ",":
        return text
    swap = {ord(","): "\0", ord("."): language.decimal_separator}
    return text.translate(swap).replace("\0", language.group_separator)


def fixed(value: float, decimals: int = 0, grouped: bool = True) -> str:
    """``value`` with ``decimals`` places: "1,234.50" (no group separators if not ``grouped``)."""
    return localised(f"{value:{',' if grouped else ''}.{decimals}f}")


def significant(value: float, digits: int = 3) -> str:
    """``value`` to ``digits`` significant digits, as Python's "g" format: "0.0123", "1.2e+05"."""
    return localised(f"{value:.{digits}g}")


def general(value: float) -> str:
    """Shortest plain form: "0.05", "1e+03" (Python's "g")."""
    return localised(f"{value:g}")


def none_word() -> str:
    """What a value that does not exist reads as in text ("no crossover": "none")."""
    return tr("none", context="value")


def compact(value: float, prefix: str = "", suffix: str = "") -> str:
    """At most three significant digits with a k, M or G multiplier: "$1.8k", "250"."""
    if not math.isfinite(value):
        return none_word()
    for limit, letter in _COMPACT:
        if abs(value) >= limit:
            return f"{prefix}{significant(value / limit)}{tr(letter, context='multiplier')}{suffix}"
    return f"{prefix}{significant(value)}{suffix}"


def tick_texts(
    values: Sequence[float], spacing: float, prefix: str = "", suffix: str = ""
) -> list[str]:
    """The labels of a linear axis's ticks ``spacing`` apart: in thousands, millions or billions
    (k, M, G) once the largest reaches 1,000, with the decimals that tell neighbours apart:
    "$0.35", "$1.5M". Every label carries its own multiplier: never one shared in the axis's
    title, as pyqtgraph's "(x0.001)"."""
    largest = max((abs(v) for v in values), default=0.0)
    divisor, letter = 1.0, ""
    for limit, name in _COMPACT:
        if largest >= limit:
            divisor, letter = limit, tr(name, context="multiplier")
            break
    step = spacing / divisor
    places = max(0, math.ceil(-math.log10(step) - 1e-9)) if step > 0 else 0
    scaled = [v / divisor for v in values]
    # A step of 0.25 needs two places where its exponent says one.
    while places < 6 and any(abs(round(v, places) - v) > 1e-6 * max(step, 1e-12) for v in scaled):
        places += 1
    tiny = 1e-9 * step if step > 0 else 0.0
    return [
        f"{prefix}0{suffix}" if abs(v) <= tiny else f"{prefix}{fixed(v, places)}{letter}{suffix}"
        for v in scaled
    ]


def money(value: float, unit: str = "") -> str:
    """Dollars with cents below $100 and whole dollars above: "$2.63", "$1,234/kg"; a dash for
    NaN."""
    if not math.isfinite(value):
        return MISSING
    amount = fixed(value, 2 if abs(value) < 100 else 0)
    return tr("${amount}{unit}", context="money", amount=amount, unit=unit)


def dollars(value: float, decimals: int) -> str:
    """Dollars with exactly ``decimals`` places: "$0.25"."""
    return tr("${amount}{unit}", context="money", amount=fixed(value, decimals), unit="")


def percent(fraction: float, decimals: int = 0) -> str:
    """A fraction as a percentage: 0.123 -> "12%"."""
    return tr("{value}%", context="percent", value=fixed(100 * fraction, decimals))


def chance(p: float) -> str:
    """A chance as a whole percentage that never rounds a possibility away: "<1%", ">99%"."""
    if 0 < p < 0.01:
        return tr("<1%", context="percent")
    if 0.99 < p < 1:
        return tr(">99%", context="percent")
    return percent(p)


def signed_percent(fraction: float) -> str:
    """A relative change with its sign: "+130%", "−42%" (a true minus sign)."""
    text = percent(abs(fraction))
    return ("−" if fraction < 0 else "+") + text


def month_year(year: float) -> str:
    """A fractional year as a month and year: 2028.6 -> "Aug 2028"."""
    whole = math.floor(year)
    month = min(int((year - whole) * 12 + 1e-9), 11)  # 2029 + 1/12 is February, not January
    return tr(
        "{month} {year}", context="month year", month=tr(MONTHS[month], context="month"), year=whole
    )


def decimal_year(year: float) -> str:
    """A fractional year with one decimal: "2029.5"; "none" for NaN."""
    return fixed(year, 1, grouped=False) if math.isfinite(year) else none_word()


def quantity(value: float) -> str:
    """A quantity of any size: whole and grouped from 1,000 up, else four significant digits."""
    return fixed(value, 0) if abs(value) >= 1000 else significant(value, 4)


def human(value: float | None, digits: int = 4) -> str:
    """A number for a table: thousands grouped, "billion" and "trillion" for the largest, a few
    significant digits for the smallest, "n/a" for None."""
    if value is None:
        return tr("n/a", context="value")
    if abs(value) >= 1e12:
        return tr("{value} trillion", context="value", value=significant(value / 1e12))
    if abs(value) >= 1e9:
        return tr("{value} billion", context="value", value=significant(value / 1e9))
    if abs(value) >= 1000:
        return fixed(value, 0)
    return significant(value, digits)


HINT_CONTEXT = "number box"


class Hint(Msg):
    """Why a number typed into a number box was not taken, as a template and its fields (the
    parser, ``explorer.ui.widgets.number_entry``, says it; ``file_problems.message_text`` writes
    it in the reader's language)."""

    __slots__ = ()
    context = HINT_CONTEXT
