"""Text of the headline numbers: money, ratios and fractional years as a presenter reads them."""

from __future__ import annotations

import math

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CLAIM_YEAR = 2029 + 1 / 12
"""Claim H1: "in 36 months" from the interview of Feb 2026, i.e. Feb 2029."""
CLAIM_TEXT = "Claim H1: 36 months → Feb 2029"


def money(value: float, unit: str = "") -> str:
    """``$2.63``, ``$1,234``; a dash for NaN."""
    if not math.isfinite(value):
        return "—"
    digits = 2 if abs(value) < 100 else 0
    return f"${value:,.{digits}f}{unit}"


def month_year(year: float) -> str:
    """A fractional year as "Feb 2029"."""
    whole = math.floor(year)
    month = min(int((year - whole) * 12), 11)
    return f"{MONTHS[month]} {whole}"


def ratio(value: float) -> str:
    """Space over Earth: "1.13× (orbit dearer)"."""
    if not math.isfinite(value):
        return "—"
    verdict = "orbit dearer" if value > 1 else "orbit cheaper" if value < 1 else "even"
    return f"{value:.2f}× ({verdict})"


def crossover(year: float) -> str:
    """The crossover year against the claim: "Aug 2031 (2.5 yr after claim)"."""
    if not math.isfinite(year):
        return "none by 2050"
    delta = year - CLAIM_YEAR
    if abs(delta) < 1 / 12:
        relation = "as claimed"
    elif delta > 0:
        relation = f"{delta:.1f} yr after claim"
    else:
        relation = f"{-delta:.1f} yr before claim"
    return f"{month_year(year)} ({relation})"
