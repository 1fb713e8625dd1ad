"""What the talk view and the presenter's console show besides the chart: plain data built from
the talk and the scene on screen, in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from explorer.io.talk import Talk
from explorer.present.talk.checks import Check
from explorer.present.text import talk as words
from explorer.present.text.translate import current_language


@dataclass(frozen=True)
class StageFigure:
    """One scene on the talk view: its title, caption, counter ("3 / 12"), the chart shown (a
    name of CHARTS), the sliders shown (registry keys), the headline tiles shown and a line of
    sources."""

    index: int
    total: int
    title: str
    caption: str
    counter: str
    chart: str
    sliders: tuple[str, ...]
    tiles: tuple[str, ...]
    sources: str


@dataclass(frozen=True)
class ConsoleFigure:
    """The presenter's console for one scene: the talk's title, the counter, the scene now and
    the next one (title and caption; the end of the talk after the last), the speaker's notes,
    and the caption's checks that no longer hold (empty when all hold)."""

    talk_title: str
    total: int
    counter: str
    now_title: str
    now_caption: str
    next_title: str
    next_caption: str
    notes: str
    failed: tuple[str, ...]
    checked: str


def stage_figure(talk: Talk, index: int) -> StageFigure:
    scene = talk.scenes[index]
    language = current_language().code
    return StageFigure(
        index=index,
        total=len(talk.scenes),
        title=scene.title.in_language(language),
        caption=scene.caption.in_language(language),
        counter=words.counter(index, len(talk.scenes)),
        chart=scene.chart,
        sliders=scene.sliders,
        tiles=scene.headline,
        sources=words.sources_line(scene.sources),
    )


def console_figure(talk: Talk, index: int, checks: Sequence[Check] = ()) -> ConsoleFigure:
    scene = talk.scenes[index]
    language = current_language().code
    if index + 1 < len(talk.scenes):
        following = talk.scenes[index + 1]
        next_title = following.title.in_language(language)
        next_caption = following.caption.in_language(language)
    else:
        next_title, next_caption = words.end_of_talk(), ""
    failed = tuple(
        words.failed_check(c.expectation, c.value, c.bound) for c in checks if not c.holds
    )
    notes = scene.notes.in_language(language)
    return ConsoleFigure(
        talk_title=words.console_title(talk.title.in_language(language)),
        total=len(talk.scenes),
        counter=words.counter(index, len(talk.scenes)),
        now_title=scene.title.in_language(language),
        now_caption=scene.caption.in_language(language),
        next_title=next_title,
        next_caption=next_caption,
        notes=notes or words.no_notes(),
        failed=failed,
        checked="" if failed else words.checks_hold(len(checks)),
    )
