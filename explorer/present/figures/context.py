"""What the numbers on screen are of: the scenario (a preset's, or "modified from" it), how it
counts (the accounting boundary) and how it weighs the spacecraft (the mass model).

One line says it over the headline and under every export's title; its tooltip is the preset's
description; ``gpu_hour_definition`` says what "$ per GPU-hour" means.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.model import Scenario
from explorer.model.params import CHOICES_BY_KEY
from explorer.present.text import registry
from explorer.present.text.exports import unnamed_scenario
from explorer.present.text.translate import tr

CONTEXT_CHOICES: tuple[str, ...] = ("boundary", "mass_model")
"""The switches every headline and export names (they decide what a number counts)."""


@dataclass(frozen=True)
class Document:
    """The preset the scenario on screen comes from: its name, description and sources, and
    whether the scenario has been changed since it was loaded."""

    name: str = ""
    description: str = ""
    sources: tuple[str, ...] = ()
    modified: bool = False


UNNAMED = Document()
"""A scenario of no preset (the command line's, a test's)."""


@dataclass(frozen=True)
class Context:
    """``scenario``: what the scenario is called ("Baseline 2026", or "modified from Baseline
    2026"); ``line``: that with the boundary and the mass model; ``tip``: the preset's
    description."""

    scenario: str
    line: str
    tip: str


def scenario_title(document: Document) -> str:
    """The scenario's name as a title says it: "Baseline 2026" or "Baseline 2026 (modified)"."""
    name = document.name or unnamed_scenario()
    if document.modified:
        return tr("{preset} (modified)", context="scenario", preset=name)
    return name


def choice_text(scenario: Scenario, key: str) -> str:
    """A switch's option as a reader reads it ("Full (IT included)")."""
    choice = CHOICES_BY_KEY[key]
    return registry.option_titles(key)[choice.options.index(str(scenario[key]))]


def context_of(scenario: Scenario, document: Document) -> Context:
    """The scenario's name, boundary and mass model in one line, and the preset's description."""
    name = document.name or unnamed_scenario()
    if document.modified:
        called = tr("modified from {preset}", context="scenario", preset=name)
    else:
        called = name
    line = tr(
        "Scenario: {scenario} · Boundary: {boundary} · Mass model: {mass_model}",
        context="scenario",
        scenario=called,
        boundary=choice_text(scenario, "boundary"),
        mass_model=choice_text(scenario, "mass_model"),
    )
    return Context(called, line, document.description)


def gpu_hour_definition() -> str:
    """What "$ per GPU-hour" means, in one sentence."""
    return tr(
        "$ per GPU-hour: everything the accounting boundary counts over the horizon (present "
        "value) divided by the GPU-hours actually delivered (discounted alike): the cost of one "
        "hour of one working GPU.",
        context="headline",
    )
