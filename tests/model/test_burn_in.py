"""Burn-in on the ground (claim C1) against hand arithmetic: what it costs, and what leaving it
out does to the GPUs in orbit."""

import math

import pytest

from explorer.model import Scenario, evaluate
from explorer.model.earth import gpu_count
from explorer.model.orbit import capacity_present_value


def integrate(f, a: float, b: float, n: int = 20_000) -> float:
    """Composite Simpson's rule (n even), as in test_orbit_sizing.py."""
    h = (b - a) / n
    inner = sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return h / 3 * (f(a) + inner + f(b))


def _r(**changes):
    return evaluate(Scenario(changes), with_paths=False)


def test_burn_in_costs_its_wait_and_the_swapped_boards():
    # 1 GW of 1.4 kW GPUs with 35% overhead: 529,100 GPUs at $50,000, 5% spares flown. Three
    # days of burn-in at 8%: (1.08^(3/365) - 1) of the hardware; 2% of the boards swapped at 10%
    # of their price.
    on = _r(spare_gpu_pct=5, burn_in_days=3, gpu_infant_failure_pct=2)
    off = _r(spare_gpu_pct=5, burn_in_days=3, gpu_infant_failure_pct=2, gpu_burn_in="none")
    gpus = 1e6 / (1.4 * 1.35)
    flown = gpus * 50_000 * 1.05
    hand = flown * (1.08 ** (3 / 365) - 1) + flown * 0.02 * 0.10
    extra = float(on["space.breakdown.spares"]) - float(off["space.breakdown.spares"])
    assert extra == pytest.approx(hand, rel=1e-9)
    assert extra / flown == pytest.approx(0.000633 + 0.002, abs=1e-5)  # about 0.26% of the GPUs
    assert float(off["space.breakdown.spares"]) == pytest.approx(gpus * 50_000 * 0.05)
    assert float(gpu_count(Scenario())) == pytest.approx(gpus)


def test_without_burn_in_early_failures_use_up_the_spares_in_orbit():
    # 2% fail at once: (1.05)(0.98) = 1.029 of the fleet survives the first days, so the spares
    # run out at ln(1.029) / 0.126 instead of ln(1.05) / 0.126.
    lam, debris = 0.09 + 0.009 * 4, 0.001
    k = 1.05 * 0.98
    numeric = integrate(lambda t: min(1, k * math.exp(-lam * t)) * math.exp(-debris * t), 0, 5)
    off = _r(gpu_burn_in="none", gpu_infant_failure_pct=2)
    assert float(off["space.mean_capacity"]) == pytest.approx(numeric / 5, rel=1e-6)
    on = _r(gpu_infant_failure_pct=2)
    assert float(on["space.mean_capacity"]) > float(off["space.mean_capacity"])


@pytest.mark.parametrize(
    ("lam", "spare", "loss", "rate", "years"),
    [
        (0.126, 0.05, 0.02, 0.0, 5),  # spares cover the early failures, for a shorter while
        (0.126, 0.0, 0.05, 0.077, 5),  # no spares: capacity starts at 95%
        (0.0, 0.02, 0.05, 0.05, 3),  # no later failures: it stays at 0.969
        (0.0, 0.1, 0.05, 0.0, 3),  # no later failures, spares cover all: 1
        (0.2, 0.5, 0.1, 0.1, 15),
    ],
)
def test_capacity_with_an_initial_loss_matches_numeric_integration(lam, spare, loss, rate, years):
    k = (1 + spare) * (1 - loss)
    numeric = integrate(lambda t: min(1, k * math.exp(-lam * t)) * math.exp(-rate * t), 0, years)
    closed = float(capacity_present_value(lam, spare, rate, years, loss))
    assert closed == pytest.approx(numeric, rel=1e-6)


def test_burn_in_days_change_nothing_without_burn_in():
    off = [_r(gpu_burn_in="none", burn_in_days=d) for d in (1, 14)]
    assert float(off[0]["space.usd_per_gpu_hour"]) == float(off[1]["space.usd_per_gpu_hour"])
    on = [_r(burn_in_days=d) for d in (1, 14)]
    assert float(on[1]["space.usd_per_gpu_hour"]) > float(on[0]["space.usd_per_gpu_hour"])
