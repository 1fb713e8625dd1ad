"""The ground site (group "ground"): facility, what each asset lasts, running it, and the wait."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="facility_capex_usd_per_w",
        title="Facility capex",
        unit="$/W of IT",
        default=12.5,
        minimum=7.7,
        maximum=20,
        step=0.1,
        group="ground",
        main=True,
        description=(
            "Electrical, mechanical, shell and network per watt of IT, power plant and IT excluded."
        ),
        source="CBRE, JLL; McCalip 12.5 [S/V]",
        spread=2.5,
    ),
    Param(
        key="facility_cooling_share_pct",
        title="Cooling plant share of facility",
        unit="%",
        default=24,
        minimum=10,
        maximum=40,
        step=1,
        group="ground",
        description=(
            "Part of the facility capex that is cooling plant (chillers, towers, CDUs); counted "
            "wherever orbit's radiators are."
        ),
        source="McCalip's calculator: about $3.00 of $12.50/W [V] = 24% [D]",
        spread=5,
    ),
    Param(
        key="facility_electrical_share_pct",
        title="Electrical plant share of facility",
        unit="%",
        default=42,
        minimum=20,
        maximum=60,
        step=1,
        group="ground",
        description=(
            "Part of the facility capex that is electrical plant (switchgear, UPS, distribution); "
            "counted wherever orbit's array and its power electronics are."
        ),
        source="McCalip's calculator: about $5.25 of $12.50/W [V] = 42% [D]",
        spread=5,
    ),
    Param(
        key="facility_life_years",
        title="Facility life",
        unit="yr",
        default=15,
        minimum=3,
        maximum=40,
        step=1,
        group="ground",
        main=True,
        description=(
            "Years the facility serves; the horizon pays only its share (3 writes it off over a "
            "short horizon, as before)."
        ),
        source=(
            "SemiAnalysis uses a 15-year Earth life against 5 years in space [S]; shell, "
            "electrical and mechanical plant 15-20 years [U]"
        ),
        spread=5,
    ),
    Param(
        key="generation_life_years",
        title="Generation and grid link life",
        unit="yr",
        default=25,
        minimum=3,
        maximum=40,
        step=1,
        group="ground",
        description="Years turbines, substations and lines serve; the horizon pays its share.",
        source="typical lives 25-30 years [U]",
        spread=5,
    ),
    Param(
        key="ground_pv_life_years",
        title="Ground solar life",
        unit="yr",
        default=25,
        minimum=3,
        maximum=40,
        step=1,
        group="ground",
        applies_when=(("power_source", ("solar_storage",)),),
        description="Years a ground solar farm serves; the horizon pays its share.",
        source="typical lives 25-30 years [U]",
        spread=5,
    ),
    Param(
        key="ground_battery_life_years",
        title="Ground battery life",
        unit="yr",
        default=15,
        minimum=3,
        maximum=30,
        step=1,
        group="ground",
        applies_when=(("power_source", ("solar_storage",)),),
        description="Years grid batteries serve; the horizon pays their share.",
        source="about 15 years [U]",
        spread=3,
    ),
    Param(
        key="ground_operations_pct_per_year",
        title="Ground operations",
        unit="% of site capex/yr",
        default=5,
        minimum=0,
        maximum=10,
        step=0.1,
        group="ground",
        description=(
            "Staff, maintenance, security, insurance and taxes of the site a year, beyond energy "
            "(IT repairs are the ground repair cost)."
        ),
        source=(
            "spacedc-mdao: 5%/yr of capex [V] (its capex includes the GPUs; here the site's only)"
        ),
        spread=2,
    ),
    Param(
        key="time_to_power_years",
        title="Time to power on the ground",
        unit="yr",
        default=2,
        minimum=0,
        maximum=7,
        step=0.1,
        group="ground",
        description=(
            "Years the built site waits for turbines or interconnection, its capital idle "
            "(claims G5, P9)."
        ),
        source="turbine slots sold to about 2030; interconnection queues [S]",
        spread=1,
    ),
)

CHOICES: tuple[Choice, ...] = ()
