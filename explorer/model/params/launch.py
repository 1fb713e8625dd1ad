"""Launch: price, learning, cadence and payload."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="launch_price_usd_per_kg",
        title="Launch price",
        unit="$/kg",
        default=1800,
        minimum=8,
        maximum=10000,
        step=1,
        group="launch",
        description=(
            "Price to put one kilogram into low Earth or sun-synchronous orbit in the start year."
        ),
        source=(
            "Falcon Heavy about $1,800/kg, Falcon 9 reusable about $3,600/kg, propellant floor "
            "about $8/kg (Suncatcher, arXiv 2511.19468) [V]"
        ),
        scale="log",
        distribution="log_uniform",
    ),
    Param(
        key="launch_learning_rate",
        title="Launch learning rate",
        unit="per doubling",
        default=0.2,
        minimum=0.0,
        maximum=0.3,
        step=0.01,
        group="launch",
        description=(
            "Fraction by which the launch price falls for each doubling of cumulative mass "
            "launched."
        ),
        source=(
            "Suncatcher: about 20% (18-24%) per doubling [V]; 0 and 0.30 bracket it for stress "
            "tests"
        ),
    ),
    Param(
        key="launch_cumulative_start_t",
        title="Cumulative mass launched at start",
        unit="t",
        default=400,
        minimum=100,
        maximum=10000,
        step=10,
        group="launch",
        description=(
            "Cumulative mass launched at the start price, where the learning curve begins."
        ),
        source="Suncatcher's Falcon Heavy reference point, about 400 t [V]; range assumption",
        scale="log",
        distribution="log_uniform",
    ),
    Param(
        key="launches_per_year",
        title="Launches per year",
        unit="1/yr",
        default=100,
        minimum=10,
        maximum=30000,
        step=1,
        group="launch",
        description="Heavy launches (of the payload below) per year in the start year.",
        source=(
            "About 3,000 t reached orbit in 2025, about 30 Starship-equivalents [S]; SpaceX aims "
            "at 10,000-30,000 a year (claims L2, L3) [U]"
        ),
        scale="log",
        distribution="log_uniform",
    ),
    Param(
        key="launch_cadence_growth",
        title="Launch cadence growth",
        unit="fraction/yr",
        default=0.3,
        minimum=0.0,
        maximum=1.0,
        step=0.01,
        group="launch",
        description="Yearly growth of the number of launches, which drives the learning curve.",
        source="assumption; 0.3/yr takes 100 launches to about 1,400 in ten years",
    ),
    Param(
        key="payload_t",
        title="Payload per launch",
        unit="t",
        default=100,
        minimum=15,
        maximum=200,
        step=1,
        group="launch",
        description="Mass one launch puts into the target orbit.",
        source="Starship 100 t; 200 t for later versions [V/S]; Falcon 9 about 17 t [S]",
    ),
    Param(
        key="start_year",
        title="Start year",
        unit="yr",
        default=2026,
        minimum=2024,
        maximum=2035,
        step=1,
        group="launch",
        description=(
            "Year of the scenario: the launch price and ground constraints above hold in this year."
        ),
        source="the interview is from February 2026",
        integer=True,
        uncertain=False,
    ),
)

CHOICES: tuple[Choice, ...] = ()
