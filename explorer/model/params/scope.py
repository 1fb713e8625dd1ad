"""Scope and finance: how big, how long, discounting, operations and the accounting boundary."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="capacity_gw",
        title="IT capacity",
        unit="GW",
        default=1,
        minimum=0.001,
        maximum=1000,
        step=0.001,
        group="scope",
        description="IT load deployed: GPUs with their servers and network.",
        source="1 MW spacedc-mdao's design; 40 MW Starcloud; 1-1000 GW McCalip calculator [V]",
        scale="log",
        uncertain=False,
    ),
    Param(
        key="horizon_years",
        title="Horizon (hardware life)",
        unit="yr",
        default=5,
        minimum=3,
        maximum=15,
        step=1,
        group="scope",
        description="Years over which the hardware runs and its capital is recovered.",
        source="5 yr is the usual GPU life; 15 yr ISS-like structures",
        uncertain=False,
    ),
    Param(
        key="discount_rate_pct",
        title="Discount rate",
        unit="%/yr",
        default=8,
        minimum=0,
        maximum=15,
        step=0.5,
        group="scope",
        main=True,
        description="Cost of capital; costs and GPU-hours are both discounted.",
        source=(
            "8% in spacedc-mdao [V]; the analyst's choice, locked in Monte Carlo unless unlocked"
        ),
        spread=2,
        locked_by_default=True,
    ),
    Param(
        key="space_operations_pct_per_year",
        title="Orbital operations",
        unit="% of hardware/yr",
        default=1,
        minimum=0.5,
        maximum=5,
        step=0.1,
        group="scope",
        description="Yearly operations cost of the constellation, on its hardware other than IT.",
        source="McCalip 1% [V]",
        spread=0.5,
    ),
    Param(
        key="nre_busd",
        title="NRE",
        unit="$B",
        default=1,
        minimum=0,
        maximum=10,
        step=0.1,
        group="scope",
        description="One-time engineering to design the orbital system.",
        source="McCalip [V]",
        spread=0.5,
    ),
    Param(
        key="insurance_pct",
        title="Launch and in-orbit insurance",
        unit="% of value",
        default=3,
        minimum=0,
        maximum=20,
        step=0.5,
        group="scope",
        description=(
            "Premium (or, self-insured, the expected loss) on the launched hardware and its "
            "launch, paid once."
        ),
        source=(
            "assumption between a launch failure's expected loss (about 1%, Falcon 9's record) "
            "[S] and GEO launch-plus-first-year premiums of 10-15% (2007-08, Business Insurance "
            "via Florida Today) [S]"
        ),
        spread=2,
    ),
)

CHOICES: tuple[Choice, ...] = (
    Choice(
        key="boundary",
        title="Accounting boundary",
        options=("full", "infrastructure", "power", "energy", "launch", "supply_and_launch"),
        option_titles=(
            "Full (IT included)",
            "Infrastructure (no IT)",
            "Power only",
            "Energy only",
            "Launch against energy (Suncatcher's sum)",
            "Supply and launch (Starcloud's sum)",
        ),
        default="full",
        group="scope",
        main=True,
        description=(
            "Which costs count; published analyses differ mostly here. The last two are two "
            "authors' own sums, not like for like: orbit's launch against the ground's energy, "
            "and the power source, its energy and the launch without radiators, cooling plant, "
            "batteries, structure or computers."
        ),
        source=(
            "DESIGN.md 2.4; Suncatcher's launched power price against ground power spend (arXiv "
            "2511.19468) [V]; Starcloud's white paper v1.03 sum [V via extraction]"
        ),
    ),
)
