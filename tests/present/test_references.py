"""An export's footer cites works as a reader can find them: authors, title, year, link; no tags,
no file names of the project, each work once."""

from __future__ import annotations

import pytest

from explorer.io import bundled_presets, load_bundled
from explorer.present.text.references import WORKS, cited, footer_text, works_named

INTERNAL = (".md", ".yaml", ".js", "`", "registry", "[V]", "[S]", "[U]", "[D]")


@pytest.mark.parametrize("name", list(bundled_presets()))
def test_every_presets_footer_names_works_not_files(name):
    footer = footer_text(load_bundled(name).sources)
    for word in INTERNAL:
        assert word not in footer, f"{name}: {word!r} in the footer"
    assert footer.endswith("Made with space-ai-explorer.")


def test_a_named_work_is_cited_whole_and_once():
    notes = [
        "Falcon Heavy about $1,800/kg; Project Suncatcher, arXiv 2511.19468 [V]",
        "Suncatcher: 575 kg, 28 kW [V]",
    ]
    (citation,) = cited(notes)
    assert citation == (
        "Google, Towards a future space-based, highly scalable AI infrastructure system design "
        "(Project Suncatcher), 2025, arxiv.org/abs/2511.19468"
    )


def test_a_note_naming_no_work_keeps_its_words_less_its_tags():
    assert cited(["Interconnection queues of several years, US grid operators [S]"]) == [
        "Interconnection queues of several years, US grid operators"
    ]
    assert cited(["See shared/ANCHORS.md for each value"]) == []


def test_the_interview_preset_cites_the_interview():
    footer = footer_text(load_bundled("seed-claims-2026").sources)
    assert "Elon Musk with Dwarkesh Patel and John Collison" in footer
    assert "2026" in footer and "dwarkesh.com" in footer


def test_the_registrys_works_follow_the_presets_and_are_not_repeated():
    footer = footer_text(load_bundled("mccalip-2025").sources)
    sources, defaults = footer.split(" Parameter defaults and ranges: ")
    assert "Andrew McCalip" in sources and "Andrew McCalip" not in defaults
    assert "arxiv.org/abs/2511.19468" in defaults


def test_every_work_is_named_by_its_own_mentions():
    for work in WORKS:
        for mention in work.mentions:
            assert work in works_named(f"x {mention} x"), mention
