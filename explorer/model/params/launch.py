"""Launch: the price today, how it learns, where launch stands and how fast it grows."""

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
        main=True,
        description=(
            "Price to put one kilogram into low Earth or sun-synchronous orbit in the start year."
        ),
        source=(
            "Falcon Heavy about $1,800/kg, Falcon 9 reusable about $3,600/kg, propellant floor "
            "about $8/kg (Suncatcher, arXiv 2511.19468) [V]; spread: half to twice, Falcon 9 "
            "is twice Falcon Heavy"
        ),
        scale="log",
        spread=2.0,
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
        main=True,
        description=(
            "Fraction by which the launch price above its floor falls for each doubling of "
            "cumulative mass launched."
        ),
        source=(
            "Suncatcher: about 20% (18-24%) per doubling [V]; 0 and 0.30 bracket it for stress "
            "tests; spread ±0.03 from the paper's range"
        ),
        spread=0.03,
    ),
    Param(
        key="launch_price_floor_usd_per_kg",
        title="Launch price floor",
        unit="$/kg",
        default=30,
        minimum=8,
        maximum=300,
        step=1,
        group="launch",
        description=("Price that learning approaches but cannot pass: propellant plus operations."),
        source=(
            "propellant alone about $8/kg for a fully reusable heavy launcher; $15-60/kg with "
            "reuse and operations (Suncatcher, arXiv 2511.19468) [V]; default the geometric "
            "middle of $15-60 [D], spread half to twice"
        ),
        scale="log",
        spread=2.0,
    ),
    Param(
        key="launched_mass_by_2026_t",
        title="Mass launched before 2026",
        unit="t",
        default=6500,
        minimum=5000,
        maximum=8000,
        step=50,
        group="launch",
        description=(
            "Cumulative mass the launcher family behind the price has put in orbit by the start "
            "of 2026: where the learning curve stands today."
        ),
        source=(
            "SpaceX upmass about 0.16-0.43 kt a quarter in 2022-24 (BryceTech via press) [S]; "
            "about 6-7 kt cumulative by end-2025 [D]"
        ),
        spread=1000,
    ),
    Param(
        key="launch_mass_2026_t_per_year",
        title="Mass launched in 2026",
        unit="t/yr",
        default=3000,
        minimum=2000,
        maximum=4500,
        step=50,
        group="launch",
        description=(
            "Mass the launcher family puts in orbit in 2026 at today's pace: where the cadence "
            "path starts."
        ),
        source=(
            "about 3,000 t reached orbit in 2025, all launchers, most of it SpaceX [S]; range "
            "assumption (2024's pace to 2025's plus half)"
        ),
        spread=750,
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
        main=True,
        description=(
            "Yearly growth of the mass launched while it is far below its ceiling (logistic)."
        ),
        source="assumption; 0.3/yr takes 3,000 t/yr to about 40,000 t/yr in ten years",
        spread=0.15,
    ),
    Param(
        key="launch_cadence_ceiling_per_year",
        title="Launch cadence ceiling",
        unit="launches/yr",
        default=1000,
        minimum=30,
        maximum=30000,
        step=10,
        group="launch",
        description=(
            "Launches a year (of the payload below) that the cadence approaches over the years."
        ),
        source=(
            "assumption: 1,000 a year (ANCHORS' middle value); SpaceX aims at 10,000, maybe "
            "20,000-30,000 (claims L2, L3) [U]; today about 30 heavy-launch equivalents [D]"
        ),
        scale="log",
        spread=3.0,
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
        spread=25,
    ),
    Param(
        key="start_year",
        title="Start year",
        unit="yr",
        default=2026,
        minimum=2026,
        maximum=2035,
        step=1,
        group="launch",
        description=(
            "Year of the scenario: the launch price and ground constraints hold in this year."
        ),
        source=(
            "the interview is from February 2026; the launch anchors are end-2025 figures, so "
            "earlier starts have no history to stand on"
        ),
        integer=True,
        uncertain=False,
    ),
)

CHOICES: tuple[Choice, ...] = ()
