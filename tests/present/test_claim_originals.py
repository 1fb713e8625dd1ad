"""The seed claims in the write-ups' own words: quoted exactly, and shown in the claims board's
info view beside the English in every language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.io import load_bundled
from explorer.present.figures.claims import claims_figure
from explorer.present.figures.frame import Memo, frame_of
from explorer.present.text.claim_originals import CHINESE_SEED, PASSAGES, RUSSIAN_SEED
from explorer.present.text.claim_words import QUOTE, claim_originals
from explorer.present.text.languages import load_language
from explorer.present.text.translate import ENGLISH, use_language

ROOT = Path(__file__).resolve().parents[2]


def _seeds() -> Path | None:
    """The write-ups (``shared/seeds`` beside the checkout, or ``SPACE_AI_SEEDS``)."""
    candidates = [Path(os.environ["SPACE_AI_SEEDS"])] if "SPACE_AI_SEEDS" in os.environ else []
    candidates += [parent / "shared" / "seeds" for parent in ROOT.parents]
    return next((c for c in candidates if (c / RUSSIAN_SEED).is_file()), None)


@pytest.mark.parametrize(("code", "seed"), [("ru", RUSSIAN_SEED), ("zh", CHINESE_SEED)])
def test_every_passage_is_in_its_write_up_character_for_character(code, seed):
    folder = _seeds()
    if folder is None:
        pytest.skip("the seed write-ups are not beside this checkout")
    text = (folder / seed).read_text(encoding="utf-8")
    missing = [
        (claim_id, passage)
        for claim_id, passages in PASSAGES[code].items()
        for passage in passages
        if passage not in text
    ]
    assert missing == []


def test_every_claim_has_the_chinese_write_ups_words_and_the_russian_where_it_has_any():
    assert set(PASSAGES["zh"]) == set(QUOTE)
    assert set(PASSAGES["ru"]) < set(QUOTE)
    assert claim_originals("H1").keys() == {"ru", "zh"}
    assert claim_originals("P2").keys() == {"zh"}
    assert "«в течение 36 месяцев или меньше»" in claim_originals("H1")["ru"]


@pytest.mark.parametrize("code", ["en", "ru", "zh"])
def test_the_info_view_shows_the_originals_beside_the_english_in_every_language(code):
    use_language(load_language(code))
    try:
        figure = claims_figure(frame_of(load_bundled("seed-claims-2026").scenario), Memo())
    finally:
        use_language(ENGLISH)
    tooltip = next(r.tooltip for r in figure.rows if r.claim_id == "G1")
    assert "Русский" in tooltip and "简体中文" in tooltip
    assert "«каждые 110\u202f000 GB300»" in tooltip and "每110,000块GB300" in tooltip
    assert "330,000 GB300 need about 1 GW of generation." in next(
        r.tooltip for r in figure.rows if r.claim_id == "G2"
    )
