"""Ground costs against hand arithmetic (DESIGN.md 2.1) and claims G1-G4."""

import math

import pytest

from explorer.model import Scenario, evaluate

UNDISCOUNTED = {
    "discount_rate_pct": 0,
    "time_to_power_years": 0,
    "capacity_gw": 1,
    "horizon_years": 5,
}


def _earth(**changes):
    return evaluate(Scenario({**UNDISCOUNTED, **changes}), with_paths=False)


def test_generation_per_gpu_claims_g1_g2():
    # GB300 at 1.4 kW, 35% server overhead, x1.4 peak cooling, x1.2 reserve = 3.18 kW.
    r = _earth()
    assert float(r["earth.kw_per_gpu_at_generator"]) == pytest.approx(1.4 * 1.35 * 1.4 * 1.2)
    assert float(r["earth.gpus"]) == pytest.approx(1e6 / (1.4 * 1.35))


def test_grid_energy_and_cooling():
    r = _earth(grid_price_usd_per_kwh=0.08, pue=1.2)
    energy = 1e6 * 1.2 * 8760 * 5 * 0.08  # kW x PUE x h x yr x $/kWh
    assert float(r["earth.breakdown.energy"] + r["earth.breakdown.cooling"]) == pytest.approx(
        energy
    )
    assert float(r["earth.breakdown.cooling"]) == pytest.approx(energy * 0.2 / 1.2)
    assert float(r["earth.energy_mwh"]) == pytest.approx(1e3 * 1.2 * 8760 * 5)
    # Interconnection sized for the hottest hour: $150/kW x 1 GW x 1.4.
    assert float(r["earth.breakdown.power_generation"]) == pytest.approx(150 * 1e6 * 1.4)


def test_gas_turbines_and_fuel():
    r = _earth(
        power_source="gas",
        gas_turbine_capex_usd_per_kw=1800,
        turbine_scarcity_premium_pct=50,
        heat_rate_btu_per_kwh=6200,
        gas_price_usd_per_mmbtu=4.3,
        pue=1.2,
    )
    assert float(r["earth.breakdown.power_generation"]) == pytest.approx(
        1800 * 1.5 * 1e6 * 1.4 * 1.2
    )
    # McCalip's figures: 6,200 BTU/kWh x $4.30/MMBtu = $26.7 of fuel per MWh.
    fuel = 1e6 * 1.2 * 8760 * 5 * 6200 / 1e6 * 4.3
    assert float(r["earth.breakdown.energy"] + r["earth.breakdown.cooling"]) == pytest.approx(fuel)


def test_solar_storage_with_tariff():
    r = _earth(
        power_source="solar_storage",
        solar_module_price_usd_per_w=0.1,
        solar_tariff_pct=200,
        solar_bos_usd_per_w=0.8,
        ground_solar_capacity_factor=0.24,
        storage_hours=14,
        battery_usd_per_kwh=250,
        pue=1.2,
    )
    panel_w = 1e6 * 1.2 * 1000 / 0.24
    assert float(r["earth.breakdown.power_generation"]) == pytest.approx(panel_w * 0.9)
    assert float(r["earth.breakdown.tariffs"]) == pytest.approx(panel_w * 0.1 * 2)
    assert float(r["earth.breakdown.storage"]) == pytest.approx(1e6 * 1.2 * 14 * 250)
    assert float(r["earth.breakdown.energy"]) == 0


def test_delay_is_the_carrying_cost_of_idle_capital():
    base = Scenario({"discount_rate_pct": 8, "time_to_power_years": 2})
    r = evaluate(base, with_paths=False)
    capital = sum(
        float(r[f"earth.breakdown.{p}"])
        for p in ("it_hardware", "power_generation", "tariffs", "storage", "facility")
    )
    assert float(r["earth.breakdown.delay"]) == pytest.approx(capital * (1.08**2 - 1))
    none = evaluate(base.with_changes(time_to_power_years=0), with_paths=False)
    assert float(none["earth.breakdown.delay"]) == 0


def test_ground_repairs_cost_a_share_of_the_failed_boards():
    r = _earth(gpu_annual_failure_rate_pct=9, ground_repair_cost_pct=10)
    assert float(r["earth.breakdown.spares"]) == pytest.approx(
        float(r["earth.breakdown.it_hardware"]) * 0.09 * 0.10 * 5
    )


def test_cost_per_mwh_matches_cost_per_gpu_hour():
    r = _earth()
    it_kw_per_gpu = 1.4 * 1.35
    assert float(r["earth.usd_per_mwh"]) == pytest.approx(
        float(r["earth.usd_per_gpu_hour"]) * 1000 / it_kw_per_gpu
    )
    assert math.isclose(
        float(r["earth.total_usd"]) / float(r["earth.gpu_hours"]),
        float(r["earth.usd_per_gpu_hour"]),
    )
