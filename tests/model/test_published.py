"""Each published analysis in its authors' own metric: the formulas by hand, and each "as
published" preset within 10% of the authors' headline (issue 11)."""

import math

import numpy as np
import pytest

from explorer.io import bundled_presets, load_bundled
from explorer.model import Scenario, evaluate, published
from explorer.model.parts import AUTHORS_BOUNDARIES

WITHIN = 0.10


def _metric(name: str, **changes) -> dict:
    scenario = load_bundled(name).scenario.with_changes(changes)
    headline = published.BY_PRESET[name]
    return published.summary(evaluate(scenario, with_paths=False))[headline.metric]


def test_usd_per_kw_year_is_the_total_per_kw_and_year():
    r = evaluate(Scenario({"discount_rate_pct": 0}), with_paths=False)
    kw_year = published.summary(r)["usd_per_kw_year"]
    for side in ("earth", "space"):
        total = float(r[f"{side}.total_usd"])
        assert kw_year[side] == pytest.approx(total / (1e6 * 5), rel=1e-12)
    # Discounted, a kW-year is worth the present value of a year over the horizon.
    r8 = evaluate(Scenario(), with_paths=False)
    years = (1 - 1.08**-5) / math.log(1.08)
    expected = float(r8["earth.total_usd"]) / (1e6 * years)
    assert published.summary(r8)["usd_per_kw_year"]["earth"] == pytest.approx(expected)


def test_usd_per_pflop_day_is_the_gpu_hour_over_the_compute_it_delivers():
    # spacedc-mdao's H100: 0.989 PFLOPS dense, sustained 0.55 x utilised 0.85.
    r = evaluate(Scenario({"gpu_dense_pflops": 0.989}), with_paths=False)
    metric = published.summary(r)["usd_per_pflop_day"]
    for side in ("earth", "space"):
        per_hour = float(r[f"{side}.usd_per_gpu_hour"])
        assert metric[side] == pytest.approx(per_hour * 24 / (0.989 * 0.55 * 0.85))
    # The same GPUs run on both sides: the ratio is the $ per GPU-hour ratio.
    assert metric["ratio"] == pytest.approx(float(r["space_to_earth_ratio"]))


def test_metrics_are_vectorised_and_none_where_infeasible():
    batch = Scenario({"launch_price_usd_per_kg": np.array([100.0, 1800.0])})
    values = published.metric_values(evaluate(batch, with_paths=False))
    assert values["usd_per_kw_year"]["space"].shape == (2,)
    broken = evaluate(Scenario({"solar_cell_efficiency": 0}), with_paths=False)
    for metric in published.summary(broken).values():
        assert (metric["earth"], metric["space"], metric["ratio"]) == (None, None, None)


def test_relative_gap():
    assert published.relative_gap(110.0, 100.0) == pytest.approx(0.10)
    assert published.relative_gap(1314.0, (570.0, 3000.0)) == 0.0
    assert published.relative_gap(513.0, (570.0, 3000.0)) == pytest.approx(-0.1)
    assert published.relative_gap(3300.0, (570.0, 3000.0)) == pytest.approx(0.1)
    assert published.relative_gap(None, 100.0) is None


def test_every_headline_names_two_bundled_presets():
    shipped = set(bundled_presets())
    for headline in published.PUBLISHED:
        assert {headline.as_published, headline.complete} <= shipped, headline.analysis
        assert published.BY_PRESET[headline.complete] is headline
        assert headline.metric in published.METRICS_BY_KEY
        assert "[V" in headline.source


@pytest.mark.parametrize("headline", published.PUBLISHED, ids=lambda h: h.analysis)
def test_as_published_lands_within_ten_percent_of_the_authors(headline):
    r = evaluate(load_bundled(headline.as_published).scenario, with_paths=False)
    result = published.comparison(headline.as_published, r)
    assert result["kind"] == "as_published"
    for side in ("earth", "space", "ratio"):
        gap = result["gap"][side]
        if getattr(headline, side) is None:
            continue
        assert gap is not None and abs(gap) <= WITHIN, (side, result["ours"], result["authors"])


def test_starcloud_lines_as_published():
    # Starcloud: $5M for a 100 t launch and $1.2M for 40 t of shielding at $30/kg: 140 t for
    # $6.2M; its array at $0.03/W; on the ground 40 MW x 1.05 x 8760 h x 10 yr x $0.04 + $20M.
    r = evaluate(load_bundled("starcloud-2024").scenario, with_paths=False)
    launched = sum(
        float(r[f"space.breakdown.{p}"])
        for p in ("launch_power_system", "launch_payload", "propellant")
    )
    assert launched == pytest.approx(6.2e6, rel=1e-3)
    assert float(r["space.mass_kg"]) == pytest.approx(140_000, rel=1e-3)
    assert float(r["earth.total_usd"]) == pytest.approx(40_000 * 1.05 * 8760 * 10 * 0.04 + 20e6)


def test_suncatcher_at_falcon_9_prices_and_across_its_ground_range():
    # $14,700/kW/yr at $3,600/kg; ground power spend $0.06 x 8760 x 1.09 = $573 to
    # $0.25 x 8760 x 1.4 = $3,066 ($570-3,000 in the paper).
    dear = _metric("suncatcher-2025", launch_price_usd_per_kg=3600)
    assert dear["space"] == pytest.approx(14_700, rel=WITHIN)
    low = _metric("suncatcher-2025", grid_price_usd_per_kwh=0.06, pue=1.09)
    high = _metric("suncatcher-2025", grid_price_usd_per_kwh=0.25, pue=1.4)
    assert low["earth"] == pytest.approx(570, rel=WITHIN)
    assert high["earth"] == pytest.approx(3000, rel=WITHIN)


def test_mccalip_mass_and_launches_as_published():
    # The calculator: 39,731 satellites of 740 kg, 29.39 Mkg, 294 Starship launches.
    r = evaluate(load_bundled("mccalip-2025").scenario, with_paths=False)
    assert float(r["space.mass_kg"]) == pytest.approx(29.39e6, rel=0.005)
    assert math.ceil(float(r["space.launches"])) == 294


def test_complete_presets_count_like_for_like():
    for headline in published.PUBLISHED:
        scenario = load_bundled(headline.complete).scenario
        assert scenario["boundary"] not in AUTHORS_BOUNDARIES, headline.complete
        assert scenario["mass_model"] != "stated", headline.complete
        assert scenario["array_sizing"] == "end_of_life", headline.complete
        as_published = load_bundled(headline.as_published).scenario
        assert scenario.diff(as_published), headline.complete
        assert "leave" in load_bundled(headline.complete).description
