"""The parameter registry: the single source of truth for every input of the model.

Sliders, preset validation, the command line's ``--set``, the README's parameter table, tooltips and
Monte Carlo ranges are all generated from ``REGISTRY``. Adding a parameter is one entry here plus the
formula that uses it. Source tags follow ``shared/ANCHORS.md``: [V] read in the primary material,
[S] secondary, [U] unverified or an interested party's claim, [D] derived by arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GROUPS: tuple[str, ...] = (
    "Launch",
    "Space solar and thermal",
    "GPUs and reliability",
    "Ground power",
    "Tariffs and policy",
    "Scope and finance",
)

Scale = Literal["linear", "log"]
Distribution = Literal["uniform", "log_uniform", "triangular"]


@dataclass(frozen=True)
class Param:
    """A numeric input: one slider, one preset key, one Monte Carlo dimension."""

    key: str
    title: str
    unit: str
    default: float
    minimum: float
    maximum: float
    step: float
    group: str
    description: str
    source: str
    scale: Scale = "linear"
    distribution: Distribution = "triangular"
    integer: bool = False

    def clamp(self, value: float) -> float:
        return min(max(value, self.minimum), self.maximum)


@dataclass(frozen=True)
class Choice:
    """A discrete switch (accounting boundary, mass model, power source)."""

    key: str
    title: str
    options: tuple[str, ...]
    option_titles: tuple[str, ...]
    default: str
    group: str
    description: str
    source: str


def _p(key, title, unit, default, minimum, maximum, step, group, description, source, **kw) -> Param:
    return Param(key, title, unit, default, minimum, maximum, step, group, description, source, **kw)


_LAUNCH, _SPACE, _GPU, _GROUND, _POLICY, _SCOPE = GROUPS

PARAMS: tuple[Param, ...] = (
    # --- Launch -----------------------------------------------------------------------------------
    _p("launch_price_usd_per_kg", "Launch price", "$/kg", 1800, 8, 10000, 1, _LAUNCH,
       "Price to put one kilogram into low Earth or sun-synchronous orbit in the start year.",
       "Falcon Heavy about $1,800/kg, Falcon 9 reusable about $3,600/kg, propellant floor about "
       "$8/kg (Suncatcher, arXiv 2511.19468) [V]", scale="log", distribution="log_uniform"),
    _p("launch_learning_rate", "Launch learning rate", "per doubling", 0.20, 0.0, 0.30, 0.01,
       _LAUNCH,
       "Fraction by which the launch price falls for each doubling of cumulative mass launched.",
       "Suncatcher: about 20% (18-24%) per doubling [V]; 0 and 0.30 bracket it for stress tests"),
    _p("launch_cumulative_start_t", "Cumulative mass launched at start", "t", 400, 100, 10000, 10,
       _LAUNCH, "Cumulative mass launched at the start price, where the learning curve begins.",
       "Suncatcher's Falcon Heavy reference point, about 400 t [V]; range assumption",
       scale="log", distribution="log_uniform"),
    _p("launches_per_year", "Launches per year", "1/yr", 100, 10, 30000, 1, _LAUNCH,
       "Heavy launches (of the payload below) per year in the start year.",
       "About 3,000 t reached orbit in 2025, about 30 Starship-equivalents [S]; SpaceX aims at "
       "10,000-30,000 a year (claims L2, L3) [U]", scale="log", distribution="log_uniform"),
    _p("launch_cadence_growth", "Launch cadence growth", "fraction/yr", 0.30, 0.0, 1.0, 0.01,
       _LAUNCH, "Yearly growth of the number of launches, which drives the learning curve.",
       "assumption; 0.3/yr takes 100 launches to about 1,400 in ten years"),
    _p("payload_t", "Payload per launch", "t", 100, 15, 200, 1, _LAUNCH,
       "Mass one launch puts into the target orbit.",
       "Starship 100 t; 200 t for later versions [V/S]; Falcon 9 about 17 t [S]"),
    _p("start_year", "Start year", "yr", 2026, 2024, 2035, 1, _LAUNCH,
       "Year of the scenario: the launch price and ground constraints above hold in this year.",
       "the interview is from February 2026", integer=True),
    # --- Space solar and thermal -------------------------------------------------------------------
    _p("solar_cell_efficiency", "Space cell efficiency", "fraction", 0.22, 0.20, 0.32, 0.005,
       _SPACE, "Fraction of sunlight the space array turns into electricity.",
       "silicon about 22%; triple junction 28-30% [S]"),
    _p("array_packing_factor", "Array packing factor", "fraction", 0.90, 0.80, 0.95, 0.01, _SPACE,
       "Share of the array's area covered by active cells.", "Suncatcher uses 0.9 [V]"),
    _p("array_areal_density_kg_per_m2", "Array areal density", "kg/m²", 1.8, 0.3, 5.0, 0.05,
       _SPACE, "Mass of the deployed array per square metre, structure included.",
       "about 150 W/kg flexible blanket arrays (NASA) [S]; thin-film claims lower [U]",
       scale="log", distribution="log_uniform"),
    _p("space_array_cost_usd_per_w", "Space array cost", "$/W", 5.0, 0.03, 60, 0.01, _SPACE,
       "Price of the space array per watt at beginning of life (cells, blanket, deployment).",
       "$0.03/W thin-film silicon (Starcloud claim) [U]; $50-60/W space-qualified estimate [S]",
       scale="log", distribution="log_uniform"),
    _p("space_array_cost_decline_pct_per_year", "Space array cost decline", "%/yr", 0, 0, 30, 0.5,
       _SPACE, "Yearly fall of the space array's price along the time axis.",
       "assumption: off by default; claim P5 says space cells can undercut ground cells"),
    _p("sunlight_fraction", "Sunlight fraction", "fraction", 0.98, 0.60, 1.0, 0.01, _SPACE,
       "Share of each orbit spent in sunlight; the rest runs on batteries.",
       "LEO about 0.6, dawn-dusk SSO about 0.98 [V]; claims P1, P3"),
    _p("array_degradation_pct_per_year", "Array degradation", "%/yr", 2.5, 0.15, 12, 0.05, _SPACE,
       "Yearly loss of array output; the array is oversized to meet the load at end of life.",
       "0.15% claimed (Starcloud) [U]; 2.5% (McCalip) [V]", scale="log",
       distribution="log_uniform"),
    _p("space_battery_usd_per_kwh", "Space battery cost", "$/kWh", 1000, 200, 5000, 10, _SPACE,
       "Price of flight batteries for eclipse, per kWh of capacity.",
       "assumption [U]: about 4x ground cells for space qualification", scale="log",
       distribution="log_uniform"),
    _p("space_battery_wh_per_kg", "Space battery specific energy", "Wh/kg", 150, 80, 300, 5,
       _SPACE, "Energy a flight battery stores per kilogram.",
       "lithium-ion flight packs about 100-200 Wh/kg [S]"),
    _p("radiator_temp_c", "Radiator temperature", "°C", 60, 20, 100, 1, _SPACE,
       "Temperature at which the radiator emits; it follows the chips' allowed temperature.",
       "chips allowed 85-100 °C minus a 10-25 °C drop to the radiator [V]; claim C4"),
    _p("radiator_emissivity", "Radiator emissivity", "fraction", 0.90, 0.80, 0.95, 0.01, _SPACE,
       "Infrared emissivity of the radiator surface.", "[V]"),
    _p("radiator_sides", "Radiator sides emitting", "sides", 2, 1, 2, 1, _SPACE,
       "Faces of each radiator panel that see cold space.", "[V]", integer=True,
       distribution="uniform"),
    _p("radiator_absorbed_w_per_m2", "Absorbed environmental load", "W/m²", 137, 0, 400, 1, _SPACE,
       "Sunlight, Earth infrared and albedo absorbed per square metre of radiator panel.",
       "Starcloud's balance: sun 122.9 + Earth 14.5 W/m² [V via extraction]"),
    _p("sink_temp_k", "Radiator sink temperature", "K", 3, 3, 250, 1, _SPACE,
       "Effective temperature of what the radiator sees; loads from Earth are counted above.",
       "3 K deep space to about 250 K in LEO with Earth in view [V]"),
    _p("radiator_areal_density_kg_per_m2", "Radiator areal density", "kg/m²", 5.0, 3.0, 17.5, 0.1,
       _SPACE, "Mass of radiator per square metre of panel, loops and pumps included.",
       "NASA concept 3 kg/m²; ISS photovoltaic radiator 17.5 kg/m² [V]", scale="log",
       distribution="log_uniform"),
    _p("thermal_control_overhead_pct", "Thermal-control power", "% of IT", 5, 0, 15, 0.5, _SPACE,
       "Power for pumps and heaters on top of the IT load.", "assumption"),
    _p("mass_per_it_kg_per_kw", "IT hardware mass", "kg/kW", 8, 3, 15, 0.1, _SPACE,
       "Mass of servers, network and storage per kW of IT load.",
       "GB300 NVL72 rack about 1.36 t for about 132 kW = 10 kg/kW [S]"),
    _p("shielding_kg_per_kw", "Radiation shielding", "kg/kW", 1, 0, 5, 0.1, _SPACE,
       "Shielding mass per kW of IT load.", "Starcloud about 1 kg/kW [V via extraction]"),
    _p("bus_mass_pct", "Bus and structure", "% of other mass", 25, 10, 60, 1, _SPACE,
       "Structure, avionics, propulsion and attitude control, as a share of the rest of the mass.",
       "assumption"),
    _p("system_w_per_kg", "System specific power", "W/kg", 36.5, 3, 300, 0.5, _SPACE,
       "Power delivered to the payload per kg of spacecraft (top-down mass model only).",
       "ISS 3; Starlink V1 24.7; V2 mini 36.5 (McCalip) or 48.7 (Suncatcher: 28 kW/575 kg); "
       "claim L1 implies 100 [V/D]", scale="log", distribution="log_uniform"),
    _p("build_usd_per_kg", "Spacecraft build cost", "$/kg", 1000, 100, 5000, 10, _SPACE,
       "Cost to build the spacecraft per kg, IT hardware and cells excluded.",
       "Starlink manufacturing about $800/kg [S]", scale="log", distribution="log_uniform"),
    # --- GPUs and reliability ----------------------------------------------------------------------
    _p("gpu_power_kw", "GPU board power", "kW", 1.4, 0.7, 2.0, 0.05, _GPU,
       "Electrical power of one GPU board.", "H100 0.7, B200 1.0, B300/GB300 1.4 kW [S]; claim C5"),
    _p("server_overhead_pct", "Server and network overhead", "% of GPU power", 35, 10, 60, 1, _GPU,
       "CPUs, memory, network and storage on top of the GPUs' own power.",
       "GB300 NVL72 about 132 kW / 72 GPUs = 1.83 kW per GPU [S/D]"),
    _p("it_capex_per_gpu_usd", "IT capex per GPU", "$", 50000, 20000, 80000, 500, _GPU,
       "Price of one GPU with its share of server, network and storage.",
       "NVL72 rack about $3-4M / 72 [S]"),
    _p("gpu_annual_failure_rate_pct", "GPU failure rate", "%/yr", 9, 0, 20, 0.1, _GPU,
       "Yearly failure rate after burn-in on the ground (claim C1).",
       "Llama 3 405B training: 16,384 H100 over 54 days, 148 GPU + 72 HBM failures = 9.1%/yr "
       "[S/D]"),
    _p("spare_gpu_pct", "Spare GPUs flown", "%", 5, 0, 50, 0.5, _GPU,
       "Extra GPUs launched cold to replace failures; orbit has no repair (claim C2).",
       "assumption"),
    _p("radiation_derate_pct", "Radiation throughput derate", "%", 2, 0, 20, 0.5, _GPU,
       "Throughput lost in orbit to error handling and checkpoints (claim C3).",
       "Trillium TPU tests: 150 rad/yr in SSO behind 10 mm Al; no hard fail to 15 krad "
       "(Suncatcher) [V]; derate assumption"),
    _p("space_chip_premium_pct", "Space chip premium", "%", 0, 0, 100, 1, _GPU,
       "Extra price of radiation-tolerant IT hardware (claim C3).", "assumption"),
    _p("ground_repair_cost_pct", "Ground repair cost", "% of a GPU", 10, 0, 100, 1, _GPU,
       "What one failure costs the ground operator, as a share of a GPU's price.",
       "assumption [U]: boards are swapped under warranty; the operator pays handling"),
    # --- Ground power ------------------------------------------------------------------------------
    _p("peak_cooling_factor", "Peak-cooling factor", "×", 1.4, 1.0, 1.6, 0.01, _GROUND,
       "Generation sized for the hottest hour of the year, relative to the IT load.",
       "claim G3 [U]"),
    _p("maintenance_reserve_factor", "Maintenance reserve", "×", 1.2, 1.0, 1.3, 0.01, _GROUND,
       "Extra generation kept for maintenance outages.", "claim G4 [U]"),
    _p("pue", "Average PUE", "×", 1.2, 1.05, 1.5, 0.01, _GROUND,
       "Facility energy over IT energy, averaged over the year.",
       "1.09-1.4 (Suncatcher); 1.2 (McCalip) [V]"),
    _p("grid_price_usd_per_kwh", "Grid electricity price", "$/kWh", 0.08, 0.03, 0.25, 0.005,
       _GROUND, "Price of grid electricity at the data centre (grid power source).",
       "US industrial about 0.08; AI data centres 0.06-0.25 (Suncatcher) [S/V]", scale="log",
       distribution="log_uniform"),
    _p("grid_interconnection_usd_per_kw", "Grid interconnection", "$/kW", 150, 0, 1000, 5, _GROUND,
       "One-time cost of the substation and lines per kW of peak demand (grid power source).",
       "assumption [U]: interconnection studies put upgrades mostly at $0 to a few hundred $/kW"),
    _p("gas_turbine_capex_usd_per_kw", "Gas turbine capex", "$/kW", 1800, 785, 4000, 5, _GROUND,
       "Installed price of on-site gas turbines per kW (gas power source).",
       "2022 about $785; 2025 about $2,400 (NextEra); up to $4,000 (Rystad) [S]"),
    _p("heat_rate_btu_per_kwh", "Heat rate", "BTU/kWh", 6200, 6000, 9000, 10, _GROUND,
       "Fuel energy per kWh generated (gas power source).", "[V] McCalip 6,200"),
    _p("gas_price_usd_per_mmbtu", "Gas price", "$/MMBtu", 4.3, 2, 15, 0.05, _GROUND,
       "Price of natural gas (gas power source).", "[V] McCalip 4.30", scale="log",
       distribution="log_uniform"),
    _p("facility_capex_usd_per_w", "Facility capex", "$/W of IT", 12.5, 7.7, 20, 0.1, _GROUND,
       "Electrical, mechanical, shell and network per watt of IT, power plant and IT excluded.",
       "CBRE, JLL; McCalip 12.5 [S/V]"),
    _p("solar_module_price_usd_per_w", "Ground solar module price", "$/W", 0.10, 0.05, 0.30, 0.005,
       _GROUND, "Price of imported (Chinese) modules before tariffs (solar power source).",
       "spot about $0.05-0.10/W (2025-26) [S]; claim P6 says $0.25-0.30 [U]"),
    _p("solar_bos_usd_per_w", "Ground solar balance of system", "$/W", 0.8, 0.3, 1.5, 0.01,
       _GROUND, "Racking, inverters, wiring and labour per watt (solar power source).",
       "US utility PV about $1.1-1.6/W installed less modules (NREL ATB) [S]"),
    _p("ground_solar_capacity_factor", "Ground solar capacity factor", "fraction", 0.24, 0.10, 0.29,
       0.005, _GROUND, "Average output over rated output for ground solar (claim P1).",
       "US utility PV 24-26%, Arizona 29% (EIA) [S]"),
    _p("battery_usd_per_kwh", "Ground battery cost", "$/kWh", 250, 100, 500, 5, _GROUND,
       "Installed price of grid batteries per kWh (solar power source).", "assumption [U]"),
    _p("storage_hours", "Hours of storage", "h", 14, 0, 24, 0.5, _GROUND,
       "Battery hours at average load to run 24/7 on solar (claim P3).",
       "[D] 24 h minus about 10 h of useful daylight"),
    _p("time_to_power_years", "Time to power on the ground", "yr", 2, 0, 7, 0.1, _GROUND,
       "Years the built site waits for turbines or interconnection, capital idle (claims G5, P9).",
       "turbine slots sold to about 2030; interconnection queues [S]"),
    # --- Tariffs and policy ------------------------------------------------------------------------
    _p("solar_tariff_pct", "Solar import tariff", "%", 0, 0, 3400, 1, _POLICY,
       "US duty on imported solar modules (and on space cells marked as imported) (claim P7).",
       "2025 US AD/CVD rates 0-271% (AD) and 14.6-3,404% (CVD) [S]"),
    _p("space_cells_imported_fraction", "Space cells imported", "fraction", 0, 0, 1, 0.05, _POLICY,
       "Share of the space array's cells that are imported and pay the solar tariff.",
       "assumption: domestic by default", distribution="uniform"),
    _p("turbine_scarcity_premium_pct", "Turbine scarcity premium", "%", 0, 0, 150, 1, _POLICY,
       "Extra price of gas turbines while they are sold out (claim G5).",
       "2025 about $2,400/kW vs about $1,800/kW list [S]; up to $4,000/kW (Rystad) [S]"),
    _p("ground_constraints_ease_year", "Ground constraints ease in", "yr", 2030, 2026, 2050, 1,
       _POLICY, "Year from which the turbine premium and the wait for power are gone.",
       "gas turbines sold out to 2030 (claim G5) [U]", integer=True),
    # --- Scope and finance -------------------------------------------------------------------------
    _p("capacity_gw", "IT capacity", "GW", 1, 0.04, 1000, 0.01, _SCOPE,
       "IT load deployed: GPUs with their servers and network.",
       "40 MW Starcloud; 1-1000 GW McCalip calculator [V]", scale="log",
       distribution="log_uniform"),
    _p("horizon_years", "Horizon (hardware life)", "yr", 5, 3, 15, 1, _SCOPE,
       "Years over which the hardware runs and its capital is recovered.",
       "5 yr is the usual GPU life; 15 yr ISS-like structures"),
    _p("discount_rate_pct", "Discount rate", "%/yr", 8, 0, 15, 0.5, _SCOPE,
       "Cost of capital; costs and GPU-hours are both discounted.", "8% in spacedc-mdao [V]"),
    _p("operations_pct_per_year", "Operations", "% of hardware/yr", 1, 0.5, 5, 0.1, _SCOPE,
       "Yearly operations cost on the non-IT hardware, both sides.", "McCalip 1% [V]"),
    _p("nre_busd", "NRE", "$B", 1, 0, 10, 0.1, _SCOPE,
       "One-time engineering to design the orbital system.", "McCalip [V]"),
    _p("insurance_pct", "Launch and in-orbit insurance", "% of value", 0, 0, 20, 0.5, _SCOPE,
       "One-time premium on the launched hardware and its launch.",
       "assumption: off by default; launch-plus-first-year policies are often quoted at several "
       "percent [U]"),
)

CHOICES: tuple[Choice, ...] = (
    Choice("boundary", "Accounting boundary", ("full", "infrastructure", "power", "energy"),
           ("Full (IT included)", "Infrastructure (no IT)", "Power only", "Energy only"), "full",
           _SCOPE, "Which costs count; published analyses differ mostly here.",
           "DESIGN.md 2.4"),
    Choice("mass_model", "Mass model", ("bottom_up", "top_down"),
           ("Bottom-up (components)", "Top-down (system W/kg)"), "bottom_up", _SPACE,
           "Spacecraft mass from its parts, or from a system specific power.",
           "Starlink-derived analyses and claim L1 use top-down W/kg"),
    Choice("power_source", "Ground power source", ("grid", "gas", "solar_storage"),
           ("Grid", "On-site gas turbines", "Solar + storage"), "grid", _GROUND,
           "Where the ground data centre gets its electricity.", "DESIGN.md 2.1"),
)

PARAMS_BY_KEY: dict[str, Param] = {p.key: p for p in PARAMS}
CHOICES_BY_KEY: dict[str, Choice] = {c.key: c for c in CHOICES}
REGISTRY: dict[str, Param | Choice] = {**PARAMS_BY_KEY, **CHOICES_BY_KEY}


def defaults() -> dict[str, float | str]:
    """Every key with its registry default."""
    return {key: entry.default for key, entry in REGISTRY.items()}


def in_group(group: str) -> list[Param | Choice]:
    """Entries of one slider panel, choices first, in registry order."""
    return [c for c in CHOICES if c.group == group] + [p for p in PARAMS if p.group == group]
