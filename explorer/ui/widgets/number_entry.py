"""Read a number a person typed, in their locale's format or with a dot, and never guess.

A number box used to read the other decimal separator as a thousands separator: ``250,5`` typed in
an English locale became 2,505 and ``0.5`` typed in a German one became 5. Here both the locale's
decimal separator and a dot are read as decimals; thousands separators are accepted only where the
locale puts them (``1,800`` in English, ``12.345,5`` in German, ``12 345,5`` in Russian; spaces
group digits in every locale); anything that could be read two ways (``1.800`` in German: 1.8 or
1800?) or is grouped wrongly (``250,5`` in English) is refused with a hint that says what to type.

Pure Python (no Qt), so the rules are tested on their own; ``explorer.ui.widgets.number_box`` gives
a Qt number box that uses them, with the separators of a ``QLocale``.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from explorer.present.text.numbers import Hint

_SPACES = frozenset(" \u00a0\u2007\u2009\u202f")
_MINUS = frozenset("-\u2212")
# Bidi marks some locales put around signs (Arabic, Persian); they carry no meaning in a number.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))
MAX_LENGTH = 64


@dataclass(frozen=True)
class NumberFormat:
    """A locale's number conventions: decimal and group separators and digit grouping.

    ``primary_group`` digits form the group next to the decimal separator, ``secondary_group`` the
    ones before it (3 and 3 in most locales; 3 and 2 in Indian English: 12,34,567).
    """

    decimal_point: str = "."
    group_separator: str = ","
    primary_group: int = 3
    secondary_group: int = 3

    def __post_init__(self) -> None:
        if self.decimal_point == self.group_separator:
            raise ValueError("the decimal and group separators must differ")

    @property
    def group(self) -> str:
        """The group separator as typed: every kind of space counts as a space."""
        return " " if self.group_separator in _SPACES else self.group_separator


@dataclass(frozen=True)
class Reading:
    """What a typed text means: ``value``, or why not (``problem``, a hint for the user).

    ``partial`` is true for text on its way to a number (empty, ``-``, ``1e``): it is not refused
    while typing, only when the user presses Enter.
    """

    value: float | None
    problem: Hint | None = None
    partial: bool = False

    @property
    def ok(self) -> bool:
        return self.value is not None


def _normalise(text: str) -> str:
    # NFKC turns full-width digits and punctuation (typed with Chinese and Japanese input methods)
    # into ASCII; native digits (Arabic-Indic, Devanagari, ...) become ASCII digits below.
    text = unicodedata.normalize("NFKC", text).translate(_MARKS).strip()
    out = []
    for char in text:
        if char in _SPACES:
            out.append(" ")
        elif char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
        elif char in _MINUS:
            out.append("-")
        else:
            out.append(char)
    return "".join(out)


def _shortest(value: float, decimal_point: str) -> str:
    """``value`` as few digits as say it exactly, with the locale's decimal point (1.8 -> 1,8)."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", decimal_point)


def _grouped_digits(part: str, fmt: NumberFormat) -> str | None:
    """The digits of an integer part written with group separators, or None if grouped wrongly.

    ``part`` contains at least one separator; all must be of one kind, the first group has 1 to
    ``secondary_group`` digits and no leading zero, the last ``primary_group``, the others
    ``secondary_group``.
    """
    kinds = {c for c in part if not c.isdigit()}
    if len(kinds) != 1 or kinds - {fmt.group, " "}:
        return None
    groups = part.split(kinds.pop())
    first, *middle, last = groups
    if not (1 <= len(first) <= max(fmt.primary_group, fmt.secondary_group)) or first[0] == "0":
        return None
    if len(last) != fmt.primary_group or any(len(g) != fmt.secondary_group for g in middle):
        return None
    if not all(g.isdigit() for g in groups):
        return None
    return "".join(groups)


def _split_exponent(text: str) -> tuple[str, str] | None:
    """(mantissa, exponent) of ``1.5e-3``; exponent "" when there is none; None if malformed."""
    lower = text.lower()
    if "e" not in lower:
        return text, ""
    mantissa, _, exponent = lower.partition("e")
    digits = exponent[1:] if exponent[:1] in ("+", "-") else exponent
    if not digits.isdigit() or len(digits) > 3:
        return None
    return mantissa, exponent


def _decimal_mark(mantissa: str, fmt: NumberFormat) -> tuple[str, str] | Reading:
    """Split ``mantissa`` at its decimal mark into (integer part, fraction), or refuse it."""
    marks = [i for i, c in enumerate(mantissa) if c in (".", fmt.decimal_point)]
    if fmt.group == ".":
        # A dot is a decimal and also this locale's thousands separator: with the locale's
        # decimal mark present, dots before it group thousands (12.345,5); alone, one dot
        # followed by a whole group (1.800) reads both ways; several dots can only group.
        if fmt.decimal_point in mantissa:
            cut = mantissa.index(fmt.decimal_point)
            if mantissa.count(fmt.decimal_point) > 1 or "." in mantissa[cut:]:
                return Reading(None, Hint("use one decimal separator"))
            return mantissa[:cut], mantissa[cut + 1 :]
        if mantissa.count(".") > 1:
            return mantissa, ""
        if mantissa.count(".") == 1:
            whole, fraction = mantissa.split(".")
            if _grouped_digits(mantissa, fmt) is not None:
                grouped = int(whole + fraction)
                decimal = _shortest(float(mantissa), fmt.decimal_point)
                return Reading(
                    None,
                    Hint(
                        "“.” separates both decimals and thousands here: type {grouped} or "
                        "{decimal}",
                        grouped=str(grouped),
                        decimal=decimal,
                    ),
                )
            return whole, fraction
        return mantissa, ""
    if len(marks) > 1:
        return Reading(None, Hint("use one decimal separator"))
    if not marks:
        return mantissa, ""
    return mantissa[: marks[0]], mantissa[marks[0] + 1 :]


def parse_number(text: str, fmt: NumberFormat) -> Reading:
    """What ``text`` means as a number in the locale ``fmt`` describes.

    Accepts the locale's decimal separator and a dot, the locale's grouping (and spaces), a sign
    and an exponent (``1e3``). Refuses, with a hint, text that is not a number or could mean two.
    """
    if len(text) > MAX_LENGTH:
        return Reading(None, Hint("too long for a number"))
    clean = _normalise(text)
    sign = ""
    if clean[:1] in ("-", "+"):
        sign, clean = clean[0], clean[1:].lstrip()
    if clean in ("", ".", fmt.decimal_point):
        return Reading(None, Hint("type a number"), partial=True)
    if clean.lower().endswith(("e", "e-", "e+")):
        start = parse_number(clean[: clean.lower().rindex("e")], fmt)
        return Reading(None, Hint("type the exponent"), partial=True) if start.ok else start
    split = _split_exponent(clean)
    if split is None:
        return Reading(None, Hint("“{text}” is not a number", text=text.strip()))
    mantissa, exponent = split
    allowed = set("0123456789. ") | {fmt.decimal_point, fmt.group}
    stray = [c for c in mantissa if c not in allowed]
    if stray:
        if set(stray) <= {",", "."}:
            if fmt.decimal_point == ".":
                return Reading(None, Hint("the decimal separator here is “.”"))
            return Reading(
                None, Hint("the decimal separator here is “{mark}” or “.”", mark=fmt.decimal_point)
            )
        return Reading(None, Hint("“{text}” is not a number", text=text.strip()))
    parts = _decimal_mark(mantissa, fmt)
    if isinstance(parts, Reading):
        return parts
    whole, fraction = parts
    if not fraction.isdigit() and fraction:
        return Reading(None, Hint("digits after the decimal separator cannot be grouped"))
    if whole and not whole.isdigit():
        digits = _grouped_digits(whole, fmt)
        if digits is None:
            if fmt.group == "," and whole.replace(",", "", 1).isdigit() and not fraction:
                hint = whole.replace(",", ".")
                return Reading(
                    None, Hint("the decimal separator here is “.”: type {number}", number=hint)
                )
            return Reading(None, Hint("thousands separators are in the wrong place"))
        whole = digits
    number = float(f"{sign}{whole or '0'}.{fraction or '0'}" + (f"e{exponent}" if exponent else ""))
    if not math.isfinite(number):
        return Reading(None, Hint("too large for a number"))
    return Reading(number)
