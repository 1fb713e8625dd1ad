"""Each seed claim in words: its short form for the board, the claim as SEED-CLAIMS.md gives it in
English, where it was said, and the Russian and Chinese write-ups' own words (``claim_originals``,
shown untranslated beside the English)."""

from __future__ import annotations

from explorer.present.text.claim_originals import ORIGINALS
from explorer.present.text.translate import N_, tr

_CONTEXT = "claim"

SHORT: dict[str, str] = {
    "H1": N_("Space is cheapest for AI within 36 months", _CONTEXT),
    "H2": N_("With cheap launch, cheaper by orders of magnitude", _CONTEXT),
    "P1": N_("Solar in space is about 5x as effective", _CONTEXT),
    "P2": N_("The atmosphere takes about 30% of sunlight", _CONTEXT),
    "P3": N_("No batteries are needed in space", _CONTEXT),
    "P4": N_("Space solar is about 10x cheaper, batteries counted", _CONTEXT),
    "P5": N_("Space cells can be cheaper than ground cells", _CONTEXT),
    "P6": N_("Chinese cells cost about $0.25-0.30/W", _CONTEXT),
    "P7": N_("US solar tariffs are several hundred percent", _CONTEXT),
    "P8": N_("Tesla and SpaceX aim at 100 GW/yr of cells each", _CONTEXT),
    "P9": N_("Chips will pile up unable to be powered", _CONTEXT),
    "G1": N_("110,000 GB300 need about 300 MW", _CONTEXT),
    "G2": N_("330,000 GB300 need about 1 GW", _CONTEXT),
    "G3": N_("Cooling for the hottest hour adds about 40%", _CONTEXT),
    "G4": N_("Generation needs +20-25% for maintenance", _CONTEXT),
    "G5": N_("Gas turbines are sold out to 2030", _CONTEXT),
    "G6": N_("Permits pushed Colossus 2's plant across a state line", _CONTEXT),
    "L1": N_("100 GW in space is about 10,000 Starship launches", _CONTEXT),
    "L2": N_("10,000 launches a year, maybe 20,000-30,000", _CONTEXT),
    "L3": N_("20-30 ships suffice, each flying every ~30 hours", _CONTEXT),
    "L4": N_("Several hundred GW a year within 5 years", _CONTEXT),
    "L5": N_("About 1 TW a year is the ceiling from Earth", _CONTEXT),
    "L6": N_("A mass driver on the Moon: about 1 PW a year", _CONTEXT),
    "L7": N_("Earth gets one two-billionth of the Sun's output", _CONTEXT),
    "C1": N_("GPUs are reliable once burned in on the ground", _CONTEXT),
    "C2": N_("Servicing in space is not a real obstacle", _CONTEXT),
    "C3": N_("Neural nets tolerate radiation's bit flips", _CONTEXT),
    "C4": N_("Chips 20% hotter (kelvin) halve the radiator", _CONTEXT),
    "C5": N_("About 1 kW a chip: 100 million chips are 100 GW", _CONTEXT),
    "C6": N_("A new fab takes ~5 years; memory is scarcest", _CONTEXT),
}

QUOTE: dict[str, str] = {
    "H1": N_(
        "Within 36 months (maybe closer to 30) of Feb 2026, space becomes the cheapest place "
        "to put AI; after that, \u201cridiculously\u201d better.",
        _CONTEXT,
    ),
    "H2": N_(
        "Once access to space is cheap, space is the cheapest way to make tokens "
        "\u201cby orders of magnitude\u201d.",
        _CONTEXT,
    ),
    "P1": N_(
        "Solar panels in space are about 5x as effective as on the ground (no night, no "
        "clouds, no seasons, no atmosphere).",
        _CONTEXT,
    ),
    "P2": N_("The atmosphere costs about 30% of the sunlight.", _CONTEXT),
    "P3": N_("No batteries are needed in space (no day-night cycle).", _CONTEXT),
    "P4": N_("Counting the batteries saved, space solar is about 10x cheaper overall.", _CONTEXT),
    "P5": N_(
        "Space cells can be cheaper than ground cells: no heavy glass, no frame, no weather.",
        _CONTEXT,
    ),
    "P6": N_("Ground solar cells in China cost about $0.25-0.30 per watt.", _CONTEXT),
    "P7": N_(
        "US import tariffs on solar are \u201cseveral hundred percent\u201d; US domestic "
        "output is small.",
        _CONTEXT,
    ),
    "P8": N_("Tesla and SpaceX each aim at 100 GW a year of solar cell production.", _CONTEXT),
    "P9": N_(
        "Outside China, world electricity output is roughly flat while chip output grows "
        "exponentially; by end of 2026 chips will pile up unable to be powered.",
        _CONTEXT,
    ),
    "G1": N_(
        "Every 110,000 GB300 GPUs, with networking, CPUs, storage, peak cooling and "
        "generation maintenance margin, needs about 300 MW.",
        _CONTEXT,
    ),
    "G2": N_("330,000 GB300 need about 1 GW of generation.", _CONTEXT),
    "G3": N_(
        "Cooling must be sized for the hottest moment of the year: about +40% power.", _CONTEXT
    ),
    "G4": N_("Generation needs a margin for maintenance: another +20-25%.", _CONTEXT),
    "G5": N_(
        "Gas turbines are sold out to 2030; blades and vanes come from only three casting "
        "companies.",
        _CONTEXT,
    ),
    "G6": N_(
        "xAI Colossus 2: permits in Tennessee forced the power plant across the border to "
        "Mississippi, miles of lines.",
        _CONTEXT,
    ),
    "L1": N_("100 GW of AI in space is about 10,000 Starship launches.", _CONTEXT),
    "L2": N_("SpaceX aims at 10,000 launches a year, maybe 20,000-30,000.", _CONTEXT),
    "L3": N_(
        "20-30 ships suffice for 10,000 a year, each flying again about every 30 hours.", _CONTEXT
    ),
    "L4": N_(
        "Within 5 years, each year's launched AI capacity exceeds all AI on Earth: several "
        "hundred GW a year.",
        _CONTEXT,
    ),
    "L5": N_(
        "About 1 TW a year is the ceiling from Earth launch before propellant limits.", _CONTEXT
    ),
    "L6": N_(
        "A mass driver on the Moon (about 20% silicon in its soil, aluminium too, exit speed "
        "2.5 km/s) could reach about 1 PW a year.",
        _CONTEXT,
    ),
    "L7": N_("The Earth receives about one two-billionth of the Sun's output.", _CONTEXT),
    "C1": N_(
        "Modern GPUs are quite reliable once past infant mortality; burn-in can be done on "
        "the ground.",
        _CONTEXT,
    ),
    "C2": N_("Servicing in space is not a real obstacle.", _CONTEXT),
    "C3": N_(
        "Space chips need more radiation tolerance; neural nets tolerate bit flips.", _CONTEXT
    ),
    "C4": N_("Running chips about 20% hotter (in kelvin) halves radiator mass.", _CONTEXT),
    "C5": N_("About 1 kW per full-reticle chip; 100 million chips is 100 GW.", _CONTEXT),
    "C6": N_(
        "A new fab takes about 5 years to reach volume with good yield; memory (DDR) is the "
        "scarcest part.",
        _CONTEXT,
    ),
}


def claim_short(claim_id: str) -> str:
    """The claim's short form, as the board lists it."""
    return tr(SHORT[claim_id], context=_CONTEXT)


def claim_quote(claim_id: str) -> str:
    """The claim in full, as SEED-CLAIMS.md gives it in English."""
    return tr(QUOTE[claim_id], context=_CONTEXT)


def claim_quote_in_english(claim_id: str) -> str:
    """The claim in full in English, whatever the reader's language (beside the originals)."""
    return QUOTE[claim_id]


def claim_source(claim_id: str) -> str:
    """Where the claim was said."""
    return tr(
        "Elon Musk on the Dwarkesh Podcast (with Dwarkesh Patel and John Collison), "
        "2026-02-05; claim {id} of the explorer's list, from the Russian and Chinese write-ups",
        context=_CONTEXT,
        id=claim_id,
    )


def claim_originals(claim_id: str) -> dict[str, str]:
    """The claim in its write-ups' own words, by language code ("ru", "zh"; a claim the Russian
    write-up does not mention has only "zh")."""
    return dict(ORIGINALS.get(claim_id, {}))
