"""The talk's own words: the talk view's counter and hints, the presenter's console, the handout
and slides, and the messages about talks (a scene's caption and notes are the talk file's).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from explorer.io.talk import Expectation
from explorer.model.params import REGISTRY, Choice
from explorer.present.text import registry
from explorer.present.text.numbers import MISSING, fixed, quantity, significant
from explorer.present.text.translate import N_, tr

# The keys of the talk view and the console, as the README's table lists them.
_KEYS: tuple[tuple[str, str], ...] = (
    (
        N_("PageDown, →, Space, Enter", "talk keys"),
        N_("Next scene (a clicker's forward button)", "talk keys"),
    ),
    (
        N_("PageUp, ←, Backspace", "talk keys"),
        N_("Previous scene (a clicker's back button)", "talk keys"),
    ),
    (N_("Home / End", "talk keys"), N_("First / last scene", "talk keys")),
    (N_("1-9, or two digits and Enter", "talk keys"), N_("Go to that scene", "talk keys")),
    (N_("S", "talk keys"), N_("Presenter's console on / off (one screen)", "talk keys")),
    (N_("M", "talk keys"), N_("Animated transitions on / off (reduced motion)", "talk keys")),
    (N_("Esc", "talk keys"), N_("Leave the talk", "talk keys")),
)

_OPS = {
    "<": N_("below {bound}", "check"),
    "<=": N_("at most {bound}", "check"),
    ">": N_("above {bound}", "check"),
    ">=": N_("at least {bound}", "check"),
}


def key_rows() -> list[tuple[str, str]]:
    """(keys, what they do) in the talk view."""
    return [(tr(keys, context="talk keys"), tr(what, context="talk keys")) for keys, what in _KEYS]


def counter(index: int, total: int) -> str:
    """Which scene is shown: "3 / 12" (``index`` from 0)."""
    return tr("{n} / {total}", context="talk", n=index + 1, total=total)


def sources_line(sources: Sequence[str]) -> str:
    """A scene's sources on one line ("" when it has none)."""
    if not sources:
        return ""
    return tr("Sources: {sources}", context="talk", sources="; ".join(sources))


def typed_scene(digits: str) -> str:
    """What a presenter typed so far to jump to a scene."""
    return tr("Go to scene {digits}…", context="talk", digits=digits)


def no_such_scene(number: int, total: int) -> str:
    return tr(
        "There is no scene {n}: this talk has {total}.", context="talk", n=number, total=total
    )


def motion_state(on: bool) -> str:
    if on:
        return tr("Animated transitions on", context="talk")
    return tr("Animated transitions off (reduced motion)", context="talk")


# --- the presenter's console -------------------------------------------------------------------
def console_title(talk_title: str) -> str:
    return tr("Presenter's console — {title}", context="console", title=talk_title)


def now_heading() -> str:
    return tr("Now", context="console")


def next_heading() -> str:
    return tr("Next", context="console")


def notes_heading() -> str:
    return tr("Notes", context="console")


def end_of_talk() -> str:
    return tr("End of the talk", context="console")


def no_notes() -> str:
    return tr("(no notes for this scene)", context="console")


def clock(hours: int, minutes: int) -> str:
    """The time of day: "14:05"."""
    return tr(
        "{hours}:{minutes}", context="console", hours=f"{hours:02d}", minutes=f"{minutes:02d}"
    )


def elapsed(seconds: float) -> str:
    """Time since the talk began: "Elapsed 12:07" (hours shown past the first)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    time = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return tr("Elapsed {time}", context="console", time=time)


def condition(expectation: Expectation, bound: float) -> str:
    """What a caption's check expects, in words."""
    if expectation.truth:
        return (
            tr("yes", context="check") if expectation.truth == "true" else tr("no", context="check")
        )
    if expectation.presence:
        if expectation.presence == "none":
            return tr("none", context="check")
        return tr("a value", context="check")
    return tr(_OPS[expectation.op], context="check", bound=_number(bound))


def _number(value: float) -> str:
    return significant(value, 3) if math.isfinite(value) else MISSING


def failed_check(expectation: Expectation, value: float, bound: float) -> str:
    """One check that no longer holds: the result, what it is, what the caption needs."""
    return tr(
        "Caption no longer holds: {key} is {value}, needs {condition}",
        context="check",
        key=expectation.key,
        value=_number(value),
        condition=condition(expectation, bound),
    )


def checks_hold(count: int) -> str:
    if not count:
        return ""
    return tr("The caption's {count} checks hold", context="check", count=count)


# --- handout and slides ------------------------------------------------------------------------
def handout_values_heading(baseline: str) -> str:
    return tr("Values that differ from {baseline}", context="handout", baseline=baseline)


def handout_no_changes(baseline: str) -> str:
    return tr("Every value as in {baseline}.", context="handout", baseline=baseline)


def parameter_value(key: str, value: float | str) -> str:
    """One parameter's value as a reader reads it: "Launch price: 200 $/kg", "Accounting
    boundary: Energy only"."""
    entry = REGISTRY[key]
    if isinstance(entry, Choice):
        shown = registry.option_titles(key)[entry.options.index(str(value))]
    else:
        shown = " ".join(t for t in (quantity(float(value)), registry.unit(key)) if t)
    return tr("{title}: {value}", context="handout", title=registry.title(key), value=shown)


def handout_sources_heading() -> str:
    return tr("Sources", context="handout")


def handout_page(number: int, total: int, talk_title: str) -> str:
    return tr(
        "{title} · scene {n} of {total}", context="handout", title=talk_title, n=number, total=total
    )


def handout_compared(preset: str, pinned: str) -> str:
    """What the dashed and dotted lines are: "Dashed: Baseline 2026 · dotted: Seed claims"."""
    text = tr("Dashed: {preset}", context="handout", preset=preset)
    if pinned:
        text += " · " + tr("dotted: {pinned}", context="handout", pinned=pinned)
    return text


# --- messages ----------------------------------------------------------------------------------
def cannot_open_talk(problems: Sequence[str]) -> str:
    return tr("Could not open the talk:", context="talk") + "\n" + "\n".join(problems)


def open_talk_caption() -> str:
    return tr("Open a talk", context="talk")


def talk_filter() -> str:
    return tr("Talks (*.yaml *.yml);;All files (*)", context="talk")


def slider_value(key: str, value: float, decimals: int) -> str:
    """A talk slider's value with its unit: "1,800 $/kg"."""
    unit = registry.unit(key)
    number = fixed(value, decimals)
    return tr("{value} {unit}", context="talk slider", value=number, unit=unit) if unit else number
