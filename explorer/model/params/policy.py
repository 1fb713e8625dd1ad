"""Tariffs and policy: import tariffs, a carbon price, and when the ground's constraints ease.

A presenter states policy; Monte Carlo leaves these alone unless they are unlocked.
"""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="solar_tariff_pct",
        title="Solar import tariff",
        unit="%",
        default=0,
        minimum=0,
        maximum=3400,
        step=1,
        group="policy",
        main=True,
        description=(
            "US duty on imported solar modules (and on space cells marked as imported) (claim P7)."
        ),
        source="2025 US AD/CVD rates 0-271% (AD) and 14.6-3,404% (CVD) [S]",
        spread=100,
        locked_by_default=True,
    ),
    Param(
        key="space_cells_imported_fraction",
        title="Space cells imported",
        unit="fraction",
        default=0,
        minimum=0,
        maximum=1,
        step=0.05,
        group="policy",
        description="Share of the space array's cells that are imported and pay the solar tariff.",
        source="assumption: domestic by default",
        spread=0.5,
        locked_by_default=True,
    ),
    Param(
        key="turbine_scarcity_premium_pct",
        title="Turbine scarcity premium",
        unit="%",
        default=0,
        minimum=0,
        maximum=150,
        step=1,
        group="policy",
        applies_when=(("power_source", ("gas",)),),
        description="Extra price of gas turbines while they are sold out (claim G5).",
        source=("2025 about $2,400/kW vs about $1,800/kW list [S]; up to $4,000/kW (Rystad) [S]"),
        spread=30,
        locked_by_default=True,
    ),
    Param(
        key="carbon_price_usd_per_t",
        title="Carbon price",
        unit="$/t CO₂",
        default=0,
        minimum=0,
        maximum=300,
        step=1,
        group="policy",
        main=True,
        applies_when=(("power_source", ("grid", "gas")),),
        description="Price on each tonne of CO₂ the ground's fossil energy emits (gas or grid).",
        source=(
            "no US federal carbon price [S]; EU ETS allowances about €60-90/t in 2023-25 [S]; "
            "gas emits 53.06 kg CO₂/MMBtu (EPA) [S]"
        ),
        spread=30,
        locked_by_default=True,
    ),
    Param(
        key="ground_constraints_ease_year",
        title="Ground constraints ease in",
        unit="yr",
        default=2030,
        minimum=2026,
        maximum=2050,
        step=1,
        group="policy",
        description="Year from which the turbine premium and the wait for power are gone.",
        source="gas turbines sold out to 2030 (claim G5) [U]",
        integer=True,
        uncertain=False,
    ),
)

CHOICES: tuple[Choice, ...] = ()
