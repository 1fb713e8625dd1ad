"""The parameter registry's words as a reader sees them: titles, units, descriptions, sources,
group titles and the choices' options. The registry (``explorer.model.params``) keeps them as
English source strings; they are translated here, where they are shown."""

from __future__ import annotations

from explorer.model.params import GROUP_TITLES, REGISTRY, Choice, Param
from explorer.present.text.numbers import general
from explorer.present.text.translate import tr

# The contexts the registry's words are translated in (``data_messages`` lists them all).
TITLE = "parameter"
UNIT = "unit"
DESCRIPTION = "parameter description"
GROUP = "group"
OPTION = "option"
SCALE = "scale"


def title(key: str) -> str:
    """A parameter's or a choice's title ("Launch price")."""
    return tr(REGISTRY[key].title, context=TITLE)


def unit(key: str) -> str:
    """A parameter's unit ("$/kg"); "" for a choice."""
    entry = REGISTRY[key]
    return tr(entry.unit, context=UNIT) if isinstance(entry, Param) and entry.unit else ""


def description(key: str) -> str:
    return tr(REGISTRY[key].description, context=DESCRIPTION)


def source(key: str) -> str:
    """Where a parameter's numbers come from, as cited: a citation stays in the words of what
    it cites (titles, figures, tags), in every language."""
    return REGISTRY[key].source


def group_title(group: str) -> str:
    """A slider group's title, by its key ("space": "Space solar and thermal")."""
    return tr(GROUP_TITLES[group], context=GROUP)


def bridge_group_title(key: str) -> str:
    """A bridge group's title (``explorer.model.explain``): a slider group, or a choice that is
    a group of its own."""
    if key in GROUP_TITLES:
        return group_title(key)
    return title(key) if key in REGISTRY else key


def option_titles(key: str) -> tuple[str, ...]:
    """A choice's options as a reader reads them, in the registry's order."""
    entry = REGISTRY[key]
    assert isinstance(entry, Choice), f"{key} is not a choice"
    return tuple(tr(t, context=OPTION) for t in entry.option_titles)


def option_title(key: str, option: str) -> str:
    """The title of one option of a choice ("full": "Full (IT included)")."""
    entry = REGISTRY[key]
    assert isinstance(entry, Choice), f"{key} is not a choice"
    return tr(entry.option_titles[entry.options.index(option)], context=OPTION)


def range_text(param: Param) -> str:
    """ "5 to 10000 $/kg (log); default 1800"."""
    scale = tr(param.scale, context=SCALE)
    return tr(
        "{low} to {high} {unit} ({scale}); default {default}",
        context="parameter range",
        low=general(param.minimum),
        high=general(param.maximum),
        unit=unit(param.key),
        scale=scale,
        default=general(param.default),
    )
