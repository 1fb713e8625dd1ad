"""Ground costs against hand arithmetic (DESIGN.md 2.1, 2.3.1) and claims G1-G4."""

import math

import pytest

from explorer.model import Scenario, evaluate
from explorer.model.finance import continuous_rate, flow_factor, life_share

UNDISCOUNTED = {
    "discount_rate_pct": 0,
    "time_to_power_years": 0,
    "capacity_gw": 1,
    "horizon_years": 5,
}


def _earth(**changes):
    return evaluate(Scenario({**UNDISCOUNTED, **changes}), with_paths=False)


def _part(r, name: str) -> float:
    return float(r[f"earth.breakdown.{name}"])


def test_generation_per_gpu_claims_g1_g2():
    # GB300 at 1.4 kW, 35% server overhead, x1.4 peak cooling, x1.2 reserve = 3.18 kW.
    r = _earth()
    assert float(r["earth.kw_per_gpu_at_generator"]) == pytest.approx(1.4 * 1.35 * 1.4 * 1.2)
    assert float(r["earth.gpus"]) == pytest.approx(1e6 / (1.4 * 1.35))


def test_each_asset_is_paid_over_its_life_and_the_horizon_pays_its_share():
    # Undiscounted, a 5-year horizon pays 5/15 of a 15-year facility and 5/25 of a 25-year link.
    assert float(life_share(0.0, 5, 15)) == pytest.approx(5 / 15)
    # Discounted at 8%, a level charge over 15 years, five of them paid: PV(5) / PV(15).
    rate = continuous_rate(8)
    hand = (1 - 1.08**-5) / (1 - 1.08**-15)
    assert float(life_share(rate, 5, 15)) == pytest.approx(hand)
    assert float(life_share(rate, 5, 5)) == pytest.approx(1.0)
    r = _earth(grid_interconnection_usd_per_kw=150, generation_life_years=25)
    assert _part(r, "power_generation") == pytest.approx(150 * 1e6 * 1.4 * 5 / 25)
    # Lives at the horizon (the registry's floor lets a user state it) write everything off.
    short = _earth(facility_life_years=5, generation_life_years=5)
    assert _part(short, "power_generation") == pytest.approx(150 * 1e6 * 1.4)


def test_facility_split_into_cooling_and_electrical_plant_and_the_rest():
    # McCalip's split of $12.50/W: cooling $3.00 (24%), electrical $5.25 (42%), the rest 34%.
    r = _earth(
        facility_capex_usd_per_w=12.5,
        facility_cooling_share_pct=24,
        facility_electrical_share_pct=42,
        facility_life_years=15,
        grid_price_usd_per_kwh=0.08,
        pue=1.2,
    )
    capex = 12.5 * 1e9 * 5 / 15
    assert _part(r, "electrical_plant") == pytest.approx(capex * 0.42)
    assert _part(r, "facility") == pytest.approx(capex * 0.34)
    # "cooling" is the plant (as orbit's is the radiators); its energy, PUE - 1, is in "energy"
    # with the IT's, so that Suncatcher's price x 8760 x PUE is one part.
    assert _part(r, "cooling") == pytest.approx(capex * 0.24)
    assert _part(r, "energy") == pytest.approx(1e6 * 1.2 * 8760 * 5 * 0.08)
    assert float(r["earth.energy_mwh"]) == pytest.approx(1e3 * 1.2 * 8760 * 5)


def test_gas_turbines_fuel_and_carbon():
    r = _earth(
        power_source="gas",
        gas_turbine_capex_usd_per_kw=1800,
        turbine_scarcity_premium_pct=50,
        heat_rate_btu_per_kwh=6200,
        gas_price_usd_per_mmbtu=4.3,
        pue=1.2,
        generation_life_years=25,
        carbon_price_usd_per_t=50,
    )
    assert _part(r, "power_generation") == pytest.approx(1800 * 1.5 * 1e6 * 1.4 * 1.2 * 5 / 25)
    # McCalip's figures: 6,200 BTU/kWh x $4.30/MMBtu = $26.7 of fuel per MWh at the meter.
    mmbtu = 1e6 * 1.2 * 8760 * 5 * 6200 / 1e6
    assert _part(r, "energy") == pytest.approx(mmbtu * 4.3)
    # EPA: 53.06 kg CO2 per MMBtu of gas, at $50 a tonne.
    assert _part(r, "carbon") == pytest.approx(mmbtu * 53.06 / 1000 * 50)
    assert float(r["earth.co2_t"]) == pytest.approx(mmbtu * 53.06 / 1000)


def test_grid_carbon():
    r = _earth(grid_carbon_kg_per_kwh=0.37, carbon_price_usd_per_t=100, pue=1.2)
    assert _part(r, "carbon") == pytest.approx(1e6 * 1.2 * 8760 * 5 * 0.37 / 1000 * 100)
    assert _part(_earth(power_source="solar_storage", carbon_price_usd_per_t=100), "carbon") == 0


def test_solar_storage_with_tariff_over_their_lives():
    r = _earth(
        power_source="solar_storage",
        solar_module_price_usd_per_w=0.1,
        solar_tariff_pct=200,
        solar_bos_usd_per_w=0.8,
        ground_solar_capacity_factor=0.24,
        storage_hours=14,
        battery_usd_per_kwh=250,
        pue=1.2,
        ground_pv_life_years=25,
        ground_battery_life_years=15,
    )
    panel_w = 1e6 * 1.2 * 1000 / 0.24
    assert _part(r, "power_generation") == pytest.approx(panel_w * 0.9 * 5 / 25)
    assert _part(r, "tariffs") == pytest.approx(panel_w * 0.1 * 2 * 5 / 25)
    assert _part(r, "storage") == pytest.approx(1e6 * 1.2 * 14 * 250 * 5 / 15)
    assert _part(r, "energy") == 0


def test_ground_operations_beyond_energy():
    # spacedc-mdao's 5% of capex a year, here on the site: facility and grid link in full.
    r = _earth(ground_operations_pct_per_year=5, grid_interconnection_usd_per_kw=150)
    site = 12.5 * 1e9 + 150 * 1e6 * 1.4
    assert _part(r, "operations") == pytest.approx(0.05 * site * 5)


def test_only_what_waits_for_power_carries_its_cost():
    base = Scenario({"discount_rate_pct": 8, "time_to_power_years": 2})
    r = evaluate(base, with_paths=False)
    # By default the GPUs are bought for the power date: the built site waits, nothing else.
    site = _part(r, "facility") + _part(r, "electrical_plant")
    rate = continuous_rate(8)
    cooling_plant = 12.5e9 * 0.24 * float(flow_factor(rate, 5) / flow_factor(rate, 15))
    assert _part(r, "delay") == pytest.approx((site + cooling_plant) * (1.08**2 - 1))
    # Claim P9: GPUs bought up front wait too.
    idle = evaluate(base.with_changes(gpu_purchase="up_front"), with_paths=False)
    extra = _part(r, "it_hardware") * (1.08**2 - 1)
    assert _part(idle, "delay") == pytest.approx(_part(r, "delay") + extra)
    none = evaluate(base.with_changes(time_to_power_years=0), with_paths=False)
    assert _part(none, "delay") == 0


def test_ground_repairs_cost_a_share_of_the_failed_parts():
    r = _earth(gpu_annual_failure_rate_pct=9, other_failure_rate_pct_per_year=0.9)
    assert _part(r, "spares") == pytest.approx(_part(r, "it_hardware") * 0.099 * 0.10 * 5)


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
