"""Turn the text of one parameter value into a number or a choice, strictly, for presets and --set.

YAML 1.1 (what PyYAML implements) reads ``1e3`` as text, ``no``/``on`` as booleans and ``1:20`` as
the base-60 number 80. Presets are edited by hand, so the explorer reads every value's raw text
itself with one small grammar: a decimal number with an optional exponent (so ``1e3`` is 1000,
as the user meant), and everything else is refused with a sentence saying why.
"""

from __future__ import annotations

import difflib
import math
import re

from explorer.io.message import Msg, Text
from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY, REGISTRY, Param

_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
_SEXAGESIMAL = re.compile(r"[-+]?\d+(?::[0-5]?\d)+(?:\.\d*)?")
_BOOLEAN_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "y", "n"})
_SPECIAL_FLOATS = frozenset({".nan", ".inf", "-.inf", "+.inf", "nan", "inf", "-inf", "infinity"})


class BadValueError(ValueError):
    """A value that cannot be used; ``allowed`` says what would be accepted."""

    def __init__(self, message: Text, allowed: Text | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.allowed = allowed


def quoted(word: str, limit: int = 40) -> str:
    """A user's word quoted in a message, shortened so a pasted megabyte stays one line."""
    return repr(word if len(word) <= limit else word[: limit - 3] + "...")


def fmt_number(value: float) -> str:
    """Short human form of a registry bound or value (1800, 0.2, 1e-05)."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(value)


def allowed_range(param: Param) -> Msg:
    """What a parameter takes ("a number from 0.001 to 1000 GW"); a field named ``unit`` is a
    registry unit, translated as the registry's units are."""
    low, high = float(param.minimum), float(param.maximum)
    if param.integer and param.unit:
        return Msg(
            "a whole number from {low} to {high} {unit}", low=low, high=high, unit=param.unit
        )
    if param.integer:
        return Msg("a whole number from {low} to {high}", low=low, high=high)
    if param.unit:
        return Msg("a number from {low} to {high} {unit}", low=low, high=high, unit=param.unit)
    return Msg("a number from {low} to {high}", low=low, high=high)


def allowed_options(key: str) -> str:
    return ", ".join(CHOICES_BY_KEY[key].options)


def suggest(name: str, candidates: list[str] | tuple[str, ...]) -> Text:
    """'; did you mean X?' for a misspelt key, or '' when nothing is close."""
    # A truncated name ('solar' for 'solar_storage') is too short for difflib's ratio.
    close = [c for c in candidates if name and c.startswith(name)]
    close = close or difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return Msg("; did you mean {name}?", name=repr(close[0])) if close else ""


def unknown_key_message(key: str) -> Msg:
    hint = suggest(key, list(REGISTRY)) or Msg("; `space-ai-explorer params` lists every key")
    return Msg("unknown parameter{hint}", hint=hint)


def parse_finite(text: str, allowed: str | None = None) -> float:
    """The finite number written in ``text`` (a decimal with an optional exponent); anything
    else raises BadValueError saying why, with ``allowed``."""
    word = text.strip()
    lower = word.lower()
    if lower in _BOOLEAN_WORDS:
        raise BadValueError(
            Msg(
                "{word} is a yes/no word (YAML 1.1 reads it as a boolean), not a number",
                word=quoted(word),
            ),
            allowed,
        )
    if lower in _SPECIAL_FLOATS:
        raise BadValueError(Msg("{word} is not a finite number", word=quoted(word)), allowed)
    if _SEXAGESIMAL.fullmatch(word):
        raise BadValueError(
            Msg(
                "{word} is not a number (YAML 1.1 would read it as base 60; write the plain "
                "number you mean)",
                word=quoted(word),
            ),
            allowed,
        )
    if not _NUMBER.fullmatch(word):
        raise BadValueError(Msg("expected a number, got {got}", got=quoted(word)), allowed)
    value = float(word)
    if not math.isfinite(value):
        raise BadValueError(
            Msg("{word} is too large to be a finite number", word=quoted(word)), allowed
        )
    return value


def parse_number(param: Param, text: str) -> float:
    """The number written in ``text``, checked against the registry entry ``param``."""
    allowed = allowed_range(param)
    word = text.strip()
    value = parse_finite(word, allowed)
    if param.integer and not value.is_integer():
        raise BadValueError(Msg("{word} is not a whole number", word=word[:40]), allowed)
    if not param.minimum <= value <= param.maximum:
        shown = word[:40] if word == fmt_number(value) else f"{word[:40]} (= {fmt_number(value)})"
        raise BadValueError(Msg("{word} is out of range", word=shown), allowed)
    return value


def parse_choice(key: str, text: str) -> str:
    options = CHOICES_BY_KEY[key].options
    word = text.strip()
    if word not in options:
        raise BadValueError(
            Msg("{word} is not an option{hint}", word=quoted(word), hint=suggest(word, options)),
            allowed_options(key),
        )
    return word


def parse_value(key: str, text: str) -> float | str:
    """Parse one ``KEY=VALUE`` value by what the registry says ``key`` is."""
    if key in CHOICES_BY_KEY:
        return parse_choice(key, text)
    if key in PARAMS_BY_KEY:
        return parse_number(PARAMS_BY_KEY[key], text)
    raise BadValueError(unknown_key_message(key))
