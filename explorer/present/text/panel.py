"""The slider panel's words: each parameter's tooltip and accessible names, its padlock, and the
uncertainty controls."""

from __future__ import annotations

from html import escape

from explorer.model.params import REGISTRY, Param
from explorer.present.text import registry
from explorer.present.text.translate import tr


def parameter_tooltip(key: str) -> str:
    """What the parameter is and where its numbers come from (rich text), with its range."""
    unit = registry.unit(key)
    unit_text = f" ({escape(unit)})" if unit else ""
    text = (
        f"<b>{escape(registry.title(key))}</b>{unit_text}<br>{escape(registry.description(key))}"
        f"<br><i>{escape(tr('Source:', context='tooltip'))}</i> {escape(registry.source(key))}"
    )
    entry = REGISTRY[key]
    if isinstance(entry, Param):
        text += (
            f"<br><i>{escape(tr('Range:', context='tooltip'))}</i> "
            f"{escape(registry.range_text(entry))}"
        )
    return text


def info_button_tip(key: str) -> str:
    return tr(
        "About {parameter}: description and source",
        context="tooltip",
        parameter=registry.title(key),
    )


def info_button_name(key: str) -> str:
    return tr("About {parameter}", context="accessible", parameter=registry.title(key))


def number_box_name(key: str) -> str:
    return tr("{parameter} value", context="accessible", parameter=registry.title(key))


def lock_name(key: str) -> str:
    return tr("Lock {parameter}", context="accessible", parameter=registry.title(key))


def lock_tip(key: str, locked: bool) -> str:
    title = registry.title(key)
    entry = REGISTRY[key]
    if locked and isinstance(entry, Param) and entry.locked_by_default:
        return tr(
            "{parameter} is a policy or design choice, locked: the bands keep it at the "
            "slider's value. Unlock it to draw it too.",
            context="tooltip",
            parameter=title,
        )
    if locked:
        return tr(
            "{parameter} is locked: the bands keep it at the slider's value",
            context="tooltip",
            parameter=title,
        )
    return tr(
        "Lock {parameter}: the bands stop drawing it from its spread",
        context="tooltip",
        parameter=title,
    )


def uncertainty_words() -> dict[str, str]:
    """The uncertainty controls' labels and tips, by name."""
    return {
        "title": tr("Uncertainty", context="uncertainty"),
        "chance": tr("Orbit cheaper:", context="uncertainty"),
        "chance_tip": tr(
            "Among the Monte Carlo draws that have an answer (orbit and ground both feasible), "
            "the share in which orbit is cheaper: at the start year, and (with bands on) along "
            "the cost paths. Draws with no answer are counted apart.",
            context="uncertainty",
        ),
        "bands": tr("Bands (P10–P90)", context="uncertainty"),
        "bands_tip": tr("Monte Carlo bands on the cost charts (Ctrl+B)", context="uncertainty"),
        "draws": tr("Draws", context="uncertainty"),
        "draws_tip": tr(
            "Draws once the sliders rest (fewer while dragging)", context="uncertainty"
        ),
        "range": tr("Spread", context="uncertainty"),
        "range_name": tr("Spread scale", context="accessible"),
        "range_tip": tr(
            "Scales every parameter's spread (its registry uncertainty) around its slider value: "
            "×1 draws the registry's spreads, ×0.5 half of them",
            context="uncertainty",
        ),
        "seed": tr("Seed", context="uncertainty"),
        "seed_tip": tr("The same seed gives the same draws", context="uncertainty"),
        "lock_all": tr("Lock all", context="uncertainty"),
        "lock_all_tip": tr("Hold every parameter at its slider value", context="uncertainty"),
        "unlock_all": tr("Unlock all", context="uncertainty"),
        "unlock_all_tip": tr(
            "Draw every uncertain parameter from its spread, the policy and design choices too",
            context="uncertainty",
        ),
        "tornado": tr("Tornado", context="uncertainty"),
        "tornado_tip": tr("What the tornado chart ranks the parameters by", context="uncertainty"),
        "thresholds": tr("What would have to be true…", context="uncertainty"),
        "thresholds_tip": tr(
            "For each parameter alone, the value at which orbit ties the ground",
            context="uncertainty",
        ),
    }
