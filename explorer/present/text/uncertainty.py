"""The uncertainty panel's words and numbers: the chance that orbit is cheaper, the draws behind
it, the range width."""

from __future__ import annotations

from explorer.present.text.numbers import MISSING, chance, fixed
from explorer.present.text.translate import tr, tr_n
from explorer.present.uncertainty import WIDTH_RANGE, UncertaintySettings, UncertaintySnapshot


def draws_text(samples: int) -> str:
    """ "10,000 draws"."""
    return tr_n("{count} draw", "{count} draws", samples, context="draws", count=fixed(samples))


def probability_text(snapshot: UncertaintySnapshot | None) -> str:
    """ "now 12% · 2030 40% · 2035 71%" (years only with bands), or a dash before any draws."""
    if snapshot is None:
        return MISSING
    parts = [tr("now {chance}", context="chance", chance=chance(snapshot.p_now))]
    parts += [
        tr("{year} {chance}", context="chance", year=year, chance=chance(p))
        for year, p in sorted(snapshot.p_by_year.items())
    ]
    return " · ".join(parts)


def width_text(width: float) -> str:
    """How much of each range is drawn: "full range", "40% of range"."""
    if width >= WIDTH_RANGE[1]:
        return tr("full range", context="range width")
    return tr("{percent}% of range", context="range width", percent=fixed(100 * width))


def status_text(
    settings: UncertaintySettings, snapshot: UncertaintySnapshot | None, busy: bool
) -> str:
    """Draws behind the numbers shown, locks, and whether the full count is on its way."""
    if snapshot is None or snapshot.settings != settings:
        text = draws_text(settings.samples)
    else:
        text = draws_text(snapshot.samples)
        if not snapshot.full:
            text += " " + tr("(live)", context="draws")
    if settings.locked:
        locked = len(settings.locked)
        text += " · " + tr_n(
            "{count} locked", "{count} locked", locked, context="locks", count=fixed(locked)
        )
    if busy:
        text += " · " + tr("computing…", context="draws")
    return text
