"""The words the model's tables hold (the registry, the cost parts, the metrics, the reasons a
scenario is infeasible), each with the context it is translated in where it is shown. The
registry's sources are citations and are shown as cited (``registry.source``).

The extraction (``packaging/translations.py``) finds every literal ``tr``, ``tr_n`` and ``N_``
call in the code; these words are not literals at the call that translates them, so they are
listed here, next to nothing but the tables they come from.
"""

from __future__ import annotations

from collections.abc import Iterator

from explorer.model import published
from explorer.model.feasibility import REASONS
from explorer.model.params import GROUP_TITLES, REGISTRY, Param
from explorer.model.parts import PART_TITLES
from explorer.model.sensitivity import METRICS
from explorer.present.text import published_table, registry, results


def data_messages() -> Iterator[tuple[str, str]]:
    """(context, source text) of every word of the model's tables that a reader sees."""
    for entry in REGISTRY.values():
        yield registry.TITLE, entry.title
        yield registry.DESCRIPTION, entry.description
        if isinstance(entry, Param):
            if entry.unit:
                yield registry.UNIT, entry.unit
            yield registry.SCALE, entry.scale
        else:
            yield from ((registry.OPTION, title) for title in entry.option_titles)
    yield from ((registry.GROUP, title) for title in GROUP_TITLES.values())
    yield from ((results.PART, title) for title in PART_TITLES.values())
    yield from ((results.METRIC, title) for title in METRICS.values())
    yield from ((results.INFEASIBLE, text) for text in REASONS)
    titles = [m.title for m in published.METRICS] + [h.title for h in published.PUBLISHED]
    yield from ((published_table.TITLE, title) for title in titles)
