"""Space solar (group "space"): the array, its temperature and losses, and the eclipse battery."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="solar_cell_efficiency",
        title="Space cell efficiency",
        unit="fraction",
        default=0.22,
        minimum=0.2,
        maximum=0.32,
        step=0.005,
        group="space",
        main=True,
        description="Fraction of sunlight the space array turns into electricity, at its rating.",
        source="silicon about 22%; triple junction 28-30% [S]; rated at 28 °C (AM0) [S]",
        spread=0.02,
    ),
    Param(
        key="array_packing_factor",
        title="Array packing factor",
        unit="fraction",
        default=0.9,
        minimum=0.8,
        maximum=0.95,
        step=0.01,
        group="space",
        description="Share of the array's area covered by active cells.",
        source="Suncatcher uses 0.9 [V]",
        spread=0.03,
    ),
    Param(
        key="array_operating_temp_c",
        title="Array operating temperature",
        unit="°C",
        default=60,
        minimum=20,
        maximum=110,
        step=1,
        group="space",
        description="Temperature of the sunlit cells in operation; above 28 °C they lose output.",
        source="assumption [U]: sun-pointed arrays in low orbit run at about 50-80 °C",
        spread=15,
    ),
    Param(
        key="cell_temp_coefficient_pct_per_c",
        title="Cell temperature coefficient",
        unit="%/°C",
        default=0.4,
        minimum=0.1,
        maximum=0.6,
        step=0.01,
        group="space",
        description="Output the cells lose per degree above their 28 °C rating.",
        source="silicon about 0.35-0.45 %/°C; triple junction about 0.2-0.3 %/°C [S]",
        spread=0.1,
    ),
    Param(
        key="power_distribution_loss_pct",
        title="Power distribution losses",
        unit="%",
        default=5,
        minimum=0,
        maximum=15,
        step=0.5,
        group="space",
        description="Power lost between the array and the loads (regulation, conversion, harness).",
        source="assumption [U]: a few percent for conversion and harness",
        spread=3,
    ),
    Param(
        key="array_areal_density_kg_per_m2",
        title="Array areal density",
        unit="kg/m²",
        default=1.8,
        minimum=0.3,
        maximum=5.0,
        step=0.05,
        group="space",
        description="Mass of the deployed array per square metre, structure included.",
        source="about 150 W/kg flexible blanket arrays (NASA) [S]; thin-film claims lower [U]",
        scale="log",
        spread=1.5,
    ),
    Param(
        key="space_array_cost_usd_per_w",
        title="Space array cost",
        unit="$/W",
        default=5.0,
        minimum=0.03,
        maximum=60,
        step=0.01,
        group="space",
        main=True,
        description=(
            "Price of the space array per watt at its rating (cells, blanket, deployment, power "
            "electronics)."
        ),
        source=(
            "$0.03/W thin-film silicon (Starcloud claim) [U]; $50-60/W space-qualified estimate "
            "[S]; spread a third to three times"
        ),
        scale="log",
        spread=3.0,
    ),
    Param(
        key="space_array_cost_decline_pct_per_year",
        title="Space array cost decline",
        unit="%/yr",
        default=0,
        minimum=0,
        maximum=30,
        step=0.5,
        group="space",
        description="Yearly fall of the space array's price along the time axis.",
        source="assumption: off by default; claim P5 says space cells can undercut ground cells",
        spread=3,
    ),
    Param(
        key="sunlight_fraction",
        title="Sunlight fraction",
        unit="fraction",
        default=0.98,
        minimum=0.6,
        maximum=1.0,
        step=0.01,
        group="space",
        description="Share of the year's orbits spent in sunlight; the rest runs on batteries.",
        source="LEO about 0.6, dawn-dusk SSO about 0.98 [V]; claims P1, P3",
        spread=0.02,
    ),
    Param(
        key="array_degradation_pct_per_year",
        title="Array degradation",
        unit="%/yr",
        default=2.5,
        minimum=0.15,
        maximum=12,
        step=0.05,
        group="space",
        description=(
            "Yearly loss of array output; the array is oversized to meet the load at end of life."
        ),
        source="0.15% claimed (Starcloud) [U]; 2.5% (McCalip) [V]",
        scale="log",
        spread=2.0,
    ),
    Param(
        key="worst_eclipse_min",
        title="Longest eclipse",
        unit="min",
        default=21,
        minimum=0,
        maximum=40,
        step=0.5,
        group="space",
        description=(
            "Longest eclipse the batteries must carry the full load through (at least the "
            "average eclipse per orbit)."
        ),
        source=(
            "[D] dawn-dusk SSO at 550 km: beta angle down to about 59° at the June solstice, "
            "eclipse arccos(√(h² + 2Rh) / ((R + h) cos β)) / π of a 95.6-min orbit = 21 min; "
            "36 min at beta 0"
        ),
        spread=3,
    ),
    Param(
        key="battery_depth_of_discharge",
        title="Battery depth of discharge",
        unit="fraction",
        default=0.4,
        minimum=0.1,
        maximum=0.8,
        step=0.05,
        group="space",
        description="Share of a flight battery's capacity one eclipse may use, for a long life.",
        source=(
            "assumption [U]: lithium-ion packs are cycled at about 20-40% depth where every orbit "
            "has an eclipse (about 30,000 cycles in 5 years); a dawn-dusk orbit's eclipse seasons "
            "give about 7,000 [D], so the upper end"
        ),
        spread=0.1,
    ),
    Param(
        key="space_battery_usd_per_kwh",
        title="Space battery cost",
        unit="$/kWh",
        default=1000,
        minimum=200,
        maximum=5000,
        step=10,
        group="space",
        description="Price of flight batteries for eclipse, per kWh of capacity.",
        source="assumption [U]: about 4x ground cells for space qualification",
        scale="log",
        spread=2.0,
    ),
    Param(
        key="space_battery_wh_per_kg",
        title="Space battery specific energy",
        unit="Wh/kg",
        default=150,
        minimum=80,
        maximum=300,
        step=5,
        group="space",
        description="Energy a flight battery stores per kilogram.",
        source="lithium-ion flight packs about 100-200 Wh/kg [S]",
        spread=40,
    ),
)

CHOICES: tuple[Choice, ...] = (
    Choice(
        key="array_sizing",
        title="Array sized for",
        options=("end_of_life", "horizon_average"),
        option_titles=(
            "End of life (full power to the last day)",
            "Horizon average (full power on average)",
        ),
        default="end_of_life",
        group="space",
        description=(
            "Whether the degrading array still carries the full load at the end of the horizon, "
            "or only on average over it (then it falls short in the last years)."
        ),
        source=(
            "McCalip's calculator sizes for the average of (1 - degradation)^year over the "
            "horizon [V]; spacedc-mdao and this model size for end of life [V]"
        ),
    ),
)
