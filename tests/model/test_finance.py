"""Discounting against hand arithmetic."""

import math

import numpy as np
import pytest

from explorer.model import Scenario, evaluate
from explorer.model.finance import carrying_factor, continuous_rate, flow_factor


def test_flow_factor_without_discounting_is_the_horizon():
    assert float(flow_factor(0.0, 5.0)) == 5.0


def test_flow_factor_equals_integral_of_discount():
    delta = continuous_rate(8.0)
    assert float(delta) == pytest.approx(math.log(1.08))
    assert float(flow_factor(delta, 5)) == pytest.approx((1 - 1.08**-5) / math.log(1.08))
    # Close to the annual annuity factor (payments mid-year): 3.99 vs 3.99.
    annual = sum(1.08 ** -(t + 0.5) for t in range(5))
    assert float(flow_factor(delta, 5)) == pytest.approx(annual, rel=2e-3)


def test_carrying_factor():
    assert float(carrying_factor(8.0, 2.0)) == pytest.approx(1.08**2 - 1)
    assert float(carrying_factor(0.0, 5.0)) == 0.0


def test_levelised_cost_is_capital_recovered_over_the_horizon():
    # Only IT hardware, grid at zero price, no facility: $/GPU-h = capex / PV of GPU-hours.
    s = Scenario(
        {
            "grid_price_usd_per_kwh": 0.03,
            "facility_capex_usd_per_w": 7.7,
            "time_to_power_years": 0,
            "gpu_annual_failure_rate_pct": 0,
            "discount_rate_pct": 8,
        }
    )
    r = evaluate(s, with_paths=False)
    it_share = float(r["earth.breakdown_per_gpu_hour.it_hardware"])
    hand = 50_000 / (8760 * (1 - 1.08**-5) / math.log(1.08))
    assert it_share == pytest.approx(hand, rel=1e-12)
    undiscounted = evaluate(s.with_changes(discount_rate_pct=0), with_paths=False)
    assert float(undiscounted["earth.breakdown_per_gpu_hour.it_hardware"]) == pytest.approx(
        50_000 / (8760 * 5)
    )
    assert hand > 50_000 / (8760 * 5)


def test_discounting_raises_both_sides_costs():
    low = evaluate(Scenario({"discount_rate_pct": 0}), with_paths=False)
    high = evaluate(Scenario({"discount_rate_pct": 15}), with_paths=False)
    for side in ("earth", "space"):
        assert np.all(high[f"{side}.usd_per_gpu_hour"] > low[f"{side}.usd_per_gpu_hour"])
