"""The published analyses, each in its authors' own metric, and their headlines (issue 11).

Every scenario is reported in the three metrics the published analyses use, for both sides:

- ``total_usd``: the cost over the horizon within the boundary (Starcloud's and McCalip's
  totals). It is ``Results``' ``*.total_usd``: undiscounted at a 0% discount rate, as both
  authors sum, a present value otherwise.
- ``usd_per_kw_year``: that cost per kW of IT per year, total / (IT kW x the present value of
  a year over the horizon), that is total / (kW x years) at 0% (Suncatcher's launched power
  price, satellite mass x $/kg / (power x life), against ground power spend, $/kWh x 8760 x
  PUE, under the ``launch`` boundary).
- ``usd_per_pflop_day``: $ per GPU-hour x 24 / (peak dense PFLOPS x sustained share of peak),
  the cost of a PFLOP-day of delivered compute (spacedc-mdao's levelised cost of compute). The
  same GPUs run on both sides, so its ratio is the $ per GPU-hour ratio.

``PUBLISHED`` holds each analysis's headline in its metric, with its source and its two bundled
presets: "as published" (the authors' inputs and accounting) and "complete" (the same inputs with
what the authors leave out, counted like for like).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from explorer.model.finance import continuous_rate, flow_factor
from explorer.model.results import Results

HOURS_PER_DAY = 24.0


@dataclass(frozen=True)
class Metric:
    """One published analysis's metric: its key, a title for people and its unit."""

    key: str
    title: str
    unit: str


METRICS: tuple[Metric, ...] = (
    Metric("total_usd", "Total over the horizon", "$"),
    Metric("usd_per_kw_year", "Per kW of IT per year", "$/kW/yr"),
    Metric("usd_per_pflop_day", "Per PFLOP-day delivered", "$/PFLOP-day"),
)
METRICS_BY_KEY: dict[str, Metric] = {m.key: m for m in METRICS}


@dataclass(frozen=True)
class Headline:
    """A published analysis's headline in its own metric.

    ``earth`` is a figure or, where the authors give a range, (low, high); ``ratio`` is space
    over Earth as the authors state or imply it (None for a range). ``as_published`` and
    ``complete`` name the bundled presets; ``source`` carries the ANCHORS.md tag.
    """

    analysis: str
    title: str
    metric: str
    earth: float | tuple[float, float]
    space: float
    ratio: float | None
    as_published: str
    complete: str
    source: str


PUBLISHED: tuple[Headline, ...] = (
    Headline(
        analysis="starcloud-2024",
        title="Starcloud white paper v1.03 (40 MW, 10 years, energy only, undiscounted)",
        metric="total_usd",
        earth=167e6,
        space=8.2e6,
        ratio=8.2 / 167,
        as_published="starcloud-2024",
        complete="starcloud-2024-complete",
        source=(
            "Starcloud, 'Why we should train AI in space' v1.03: Earth $167M, space $8.2M "
            "(launch $5M, array $2M, shielding $1.2M) [V via extraction]"
        ),
    ),
    Headline(
        analysis="suncatcher-2025",
        title="Project Suncatcher (launched power price at $200/kg against ground power spend)",
        metric="usd_per_kw_year",
        earth=(570.0, 3000.0),
        space=810.0,
        ratio=None,
        as_published="suncatcher-2025",
        complete="suncatcher-2025-complete",
        source=(
            "arXiv 2511.19468: $810/kW/yr at $200/kg ($14,700 at $3,600/kg) against $570-3,000 "
            "/kW/yr of ground power spend [V]"
        ),
    ),
    Headline(
        analysis="mccalip-2025",
        title="McCalip's calculator (1 GW, 5 years, infrastructure, undiscounted)",
        metric="total_usd",
        earth=15.85e9,
        space=51.10e9,
        ratio=51.10 / 15.85,
        as_published="mccalip-2025",
        complete="mccalip-2025-complete",
        source=(
            "McCalip, 'Economics of Orbital vs Terrestrial Data Centers', calculator code "
            "e59571e: orbital $51.10B (29.39 Mkg, 294 launches), terrestrial $15.85B [V]"
        ),
    ),
    Headline(
        analysis="spacedc-mdao-2026",
        title="spacedc-mdao 0.4.2 (its 1 MW text-inference design against its hyperscale baseline)",
        metric="usd_per_pflop_day",
        earth=66.04,
        space=1237.0,
        ratio=18.73,
        as_published="spacedc-mdao-2026",
        complete="spacedc-mdao-2026-complete",
        source=(
            "spacedc-mdao 0.4.2, re-run (orbitdc compare, comm intensity 1e-8 bits/FLOP): $1,237 "
            "against $66.04 per PFLOP-day, 18.73x [V]"
        ),
    ),
)
BY_PRESET: dict[str, Headline] = {
    name: h for h in PUBLISHED for name in (h.as_published, h.complete)
}
"""Each bundled preset of a published analysis (as published or complete) to its headline."""


def metric_values(results: Results) -> dict[str, dict[str, np.ndarray]]:
    """Every metric of ``METRICS`` for both sides, ``{metric: {"earth": ..., "space": ...}}``.

    Vectorised like the results; zero where a side is infeasible (as its other outputs are).
    Units: $, $/kW/yr, $/PFLOP-day.
    """
    s = results.scenario
    rate = continuous_rate(np.asarray(s["discount_rate_pct"], dtype=float))
    kw_years = flow_factor(rate, np.asarray(s["horizon_years"], dtype=float))
    pflops = np.asarray(s["gpu_dense_pflops"], dtype=float) * np.asarray(
        s["sustained_flops_fraction"], dtype=float
    )
    out: dict[str, dict[str, np.ndarray]] = {m.key: {} for m in METRICS}
    for side in ("earth", "space"):
        total = np.asarray(results[f"{side}.total_usd"], dtype=float)
        it_kw = np.asarray(results[f"{side}.it_kw"], dtype=float)
        per_hour = np.asarray(results[f"{side}.usd_per_gpu_hour"], dtype=float)
        out["total_usd"][side] = total
        out["usd_per_kw_year"][side] = _ratio(total, it_kw * kw_years)
        out["usd_per_pflop_day"][side] = _ratio(per_hour * HOURS_PER_DAY, pflops)
    return out


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """numerator / denominator, NaN where the denominator is not above zero."""
    safe = np.where(denominator > 0, denominator, 1.0)
    return np.where(denominator > 0, numerator / safe, np.nan)


def summary(results: Results, index: tuple = ()) -> dict[str, dict[str, Any]]:
    """One scenario in every metric, JSON-ready: ``{metric: {title, unit, earth, space, ratio}}``.

    ``ratio`` is space over Earth; None where either side is infeasible or Earth costs nothing.
    """
    feasible = bool(np.asarray(results["feasible"])[index])
    out = {}
    for key, sides in metric_values(results).items():
        earth, space = (float(np.asarray(sides[s])[index]) for s in ("earth", "space"))
        ok = feasible and np.isfinite(earth) and np.isfinite(space)
        metric = METRICS_BY_KEY[key]
        out[key] = {
            "title": metric.title,
            "unit": metric.unit,
            "earth": earth if ok else None,
            "space": space if ok else None,
            "ratio": space / earth if ok and earth > 0 else None,
        }
    return out


def comparison(preset: str, results: Results, index: tuple = ()) -> dict[str, Any] | None:
    """The authors' headline beside ours, for a bundled preset of a published analysis.

    None for any other preset. ``ours`` is the scenario in the authors' metric (as ``summary``),
    ``authors`` their figures (``earth`` a number or ``[low, high]``), ``gap`` ours over theirs
    minus one for each (``relative_gap``; a complete preset's gap is what the authors leave out).
    """
    headline = BY_PRESET.get(preset)
    if headline is None:
        return None
    ours = summary(results, index)[headline.metric]
    earth = list(headline.earth) if isinstance(headline.earth, tuple) else headline.earth
    return {
        "analysis": headline.analysis,
        "title": headline.title,
        "kind": "as_published" if preset == headline.as_published else "complete",
        "metric": headline.metric,
        "unit": METRICS_BY_KEY[headline.metric].unit,
        "authors": {"earth": earth, "space": headline.space, "ratio": headline.ratio},
        "ours": {k: ours[k] for k in ("earth", "space", "ratio")},
        "gap": {
            "earth": relative_gap(ours["earth"], headline.earth),
            "space": relative_gap(ours["space"], headline.space),
            "ratio": relative_gap(ours["ratio"], headline.ratio),
        },
        "source": headline.source,
    }


def relative_gap(ours: float | None, theirs: float | tuple[float, float] | None) -> float | None:
    """ours / theirs - 1; for a range, 0 inside it and the gap to its nearer end outside.

    None when either is missing.
    """
    if ours is None or theirs is None:
        return None
    if isinstance(theirs, tuple):
        low, high = theirs
        if low <= ours <= high:
            return 0.0
        return ours / (low if ours < low else high) - 1
    return ours / theirs - 1
