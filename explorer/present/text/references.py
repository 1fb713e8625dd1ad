"""The works the presets and the parameter registry cite, as a reader of a slide can find them:
authors, title, year and a link.

A preset's ``sources`` lines and the registry's ``source`` fields are notes for analysts (with
tags such as [V] and, sometimes, the project's own files). An export's footer lists instead the
works those notes name, each once, and a note that names no known work as it is written, less
its tags; a note about the project's own files or registry is left to the works list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from explorer.model.params import REGISTRY
from explorer.present.text.translate import tr


@dataclass(frozen=True)
class Work:
    """A published work: who, what, when, where; ``mentions`` are the lower-case words that
    name it in a source note."""

    authors: str
    title: str
    year: str
    link: str
    mentions: tuple[str, ...]

    def citation(self) -> str:
        """ "Authors, Title, year, link" (what is known of them)."""
        return ", ".join(part for part in (self.authors, self.title, self.year, self.link) if part)


# Proper names and titles are the works' own: not translated. Links are where each is published
# (the Starcloud paper's address as its indexers give it).
WORKS: tuple[Work, ...] = (
    Work(
        "Elon Musk with Dwarkesh Patel and John Collison",
        "“In 36 months, the cheapest place to put AI will be space”, Dwarkesh Podcast",
        "2026",
        "www.dwarkesh.com",
        ("dwarkesh", "musk", "seed-claims", "seed claims"),
    ),
    Work(
        "Starcloud (Lumen Orbit)",
        "Why we should train AI in space, white paper v1.03",
        "2024",
        "starcloudinc.github.io/wp.pdf",
        ("starcloud", "lumen orbit"),
    ),
    Work(
        "Google",
        "Towards a future space-based, highly scalable AI infrastructure system design "
        "(Project Suncatcher)",
        "2025",
        "arxiv.org/abs/2511.19468",
        ("suncatcher", "2511.19468"),
    ),
    Work(
        "Andrew McCalip",
        "Economics of Orbital vs Terrestrial Data Centers (calculator)",
        "2025",
        "github.com/andrewmccalip/thoughts",
        ("mccalip",),
    ),
    Work(
        "spacedc-mdao",
        "spacedc-mdao 0.4.2, a Python package",
        "2026",
        "pypi.org/project/spacedc-mdao",
        ("spacedc-mdao", "spacedc"),
    ),
    Work(
        "Llama Team, AI @ Meta",
        "The Llama 3 Herd of Models",
        "2024",
        "arxiv.org/abs/2407.21783",
        ("llama 3",),
    ),
    Work(
        "NREL",
        "Annual Technology Baseline",
        "",
        "atb.nrel.gov",
        ("nrel",),
    ),
    Work(
        "U.S. Energy Information Administration",
        "electricity data",
        "",
        "www.eia.gov",
        ("(eia)", " eia"),
    ),
    Work(
        "U.S. EPA",
        "Emission Factors for Greenhouse Gas Inventories",
        "",
        "www.epa.gov",
        ("(epa)", " epa"),
    ),
    Work(
        "SemiAnalysis",
        "space and Earth data centre costs (paywalled)",
        "2026",
        "",
        ("semianalysis",),
    ),
    Work("BryceTech", "quarterly launch reports, as the press quoted them", "", "", ("brycetech",)),
)

_TAG = re.compile(r"\s*\[(?:[VSUD](?:/[VSUD])*)(?: via [a-z ]+)?\]")
# Notes about the project itself (its files, its registry, its commands): the works list of the
# registry stands for them on a slide.
_INTERNAL = re.compile(r"\.md\b|`|registry|\.ya?ml\b|\.js\b", re.IGNORECASE)


def works_named(note: str) -> list[Work]:
    """The known works a source note names, in WORKS order."""
    text = f" {note.lower()} "
    return [work for work in WORKS if any(m in text for m in work.mentions)]


def _plain(note: str) -> str:
    """A note without its tags, as a reader reads it ("" when it is about the project)."""
    if _INTERNAL.search(note):
        return ""
    return _TAG.sub("", note).strip(" ;,")


def cited(notes: Iterable[str]) -> list[str]:
    """The citations of ``notes``: each named work once, then each note that names none, less
    its tags (notes about the project's own files are dropped)."""
    works: list[Work] = []
    loose: list[str] = []
    for note in notes:
        named = works_named(note)
        for work in named:
            if work not in works:
                works.append(work)
        plain = "" if named else _plain(note)
        if plain and plain not in loose:
            loose.append(plain)
    return [work.citation() for work in works] + loose


def registry_works() -> list[Work]:
    """The works the parameter registry's sources name (what the defaults and ranges rest on)."""
    found: list[Work] = []
    for entry in REGISTRY.values():
        for work in works_named(entry.source):
            if work not in found:
                found.append(work)
    return [work for work in WORKS if work in found]


def footer_text(sources: Sequence[str]) -> str:
    """An export's footer: the preset's sources, then the works behind the registry's defaults
    and ranges not already named, as a reader can look them up."""
    preset = cited(sources)
    known = set(preset)
    defaults = [c for c in (w.citation() for w in registry_works()) if c not in known]
    parts = []
    if preset:
        parts.append(tr("Sources: {works}.", context="export", works="; ".join(preset)))
    if defaults:
        parts.append(
            tr(
                "Parameter defaults and ranges: {works}.",
                context="export",
                works="; ".join(defaults),
            )
        )
    parts.append(tr("Made with space-ai-explorer.", context="export"))
    return " ".join(parts)
