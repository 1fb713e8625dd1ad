"""The spacecraft (group "space"): mass, build, comms, propulsion, and the risks of its orbit."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="mass_per_it_kg_per_kw",
        title="IT hardware mass",
        unit="kg/kW",
        default=8,
        minimum=3,
        maximum=15,
        step=0.1,
        group="space",
        description="Mass of servers, network and storage per kW of IT load.",
        source="GB300 NVL72 rack about 1.36 t for about 132 kW = 10 kg/kW [S]",
        spread=2,
    ),
    Param(
        key="shielding_kg_per_kw",
        title="Radiation shielding",
        unit="kg/kW",
        default=1,
        minimum=0,
        maximum=5,
        step=0.1,
        group="space",
        description="Shielding mass per kW of IT load.",
        source="Starcloud about 1 kg/kW [V via extraction]",
        spread=0.5,
    ),
    Param(
        key="shielding_usd_per_kg",
        title="Shielding cost",
        unit="$/kg",
        default=30,
        minimum=3,
        maximum=1000,
        step=1,
        group="space",
        description="Price of shielding material per kg, worked and fitted (not the build rate).",
        source="Starcloud: about $1.2M for 40 t = $30/kg [V via extraction] [U]",
        scale="log",
        spread=3.0,
    ),
    Param(
        key="bus_mass_pct",
        title="Bus and structure",
        unit="% of other mass",
        default=25,
        minimum=10,
        maximum=60,
        step=1,
        group="space",
        description=(
            "Structure, avionics, propulsion and attitude control, as a share of the rest of the "
            "dry mass."
        ),
        source="assumption",
        spread=10,
    ),
    Param(
        key="system_w_per_kg",
        title="System specific power",
        unit="W/kg",
        default=36.5,
        minimum=3,
        maximum=300,
        step=0.5,
        group="space",
        main=True,
        applies_when=(("mass_model", ("top_down", "stated")),),
        description=(
            "Power delivered to the payload per kg of spacecraft (top-down and as-stated mass "
            "models only)."
        ),
        source=(
            "ISS 3; Starlink V1 24.7; V2 mini 36.5 (McCalip) or 48.7 (Suncatcher: 28 kW/575 kg); "
            "claim L1 implies 100; Starcloud's 40 MW in 140 t (one 100 t launch and 40 t of "
            "shielding) 286 [V/D]"
        ),
        scale="log",
        spread=1.5,
    ),
    Param(
        key="build_usd_per_kg",
        title="Spacecraft build cost",
        unit="$/kg",
        default=1000,
        minimum=100,
        maximum=5000,
        step=10,
        group="space",
        description=(
            "Cost to build bus, structure and radiators per kg (IT hardware, cells, batteries "
            "and shielding have their own prices)."
        ),
        source="Starlink manufacturing about $800/kg [S]",
        scale="log",
        spread=2.0,
    ),
    Param(
        key="satellite_it_kw",
        title="IT power per satellite",
        unit="kW",
        default=1000,
        minimum=10,
        maximum=10000,
        step=1,
        group="space",
        description="IT load one satellite carries; sets how many satellites need comms.",
        source=(
            "assumption: MW-class satellites; spacedc-mdao's 1 MW design is 64 satellites of "
            "15.75 kW [V]; Starlink V2 mini class about 28 kW (Suncatcher) [V]; a design choice, "
            "locked in Monte Carlo unless unlocked"
        ),
        scale="log",
        spread=3.0,
        locked_by_default=True,
    ),
    Param(
        key="comms_musd_per_satellite",
        title="Comms per satellite",
        unit="$M",
        default=0.5,
        minimum=0.05,
        maximum=5,
        step=0.01,
        group="space",
        description="Inter-satellite laser links and downlink terminals on one satellite.",
        source=(
            "spacedc-mdao: $0.5M per satellite of 15.75 kW (estimated RF and optical terminals) [V]"
        ),
        scale="log",
        spread=2.0,
    ),
    Param(
        key="bus_musd_per_satellite",
        title="Fixed cost per satellite",
        unit="$M",
        default=0,
        minimum=0,
        maximum=20,
        step=0.1,
        group="space",
        description=(
            "Bus, avionics, integration and test priced per satellite, on top of the build "
            "rate per kg."
        ),
        source=(
            "spacedc-mdao: bus and integration $2M per satellite [V] (priced per satellite, not "
            "per kg); 0 by default: the build rate per kg pays for the bus"
        ),
        spread=1.0,
        locked_by_default=True,
    ),
    Param(
        key="downlink_availability",
        title="Downlink availability",
        unit="fraction",
        default=1.0,
        minimum=0.5,
        maximum=1.0,
        step=0.01,
        group="space",
        main=True,
        description=(
            "Share of the time the constellation can send its results to the ground; compute "
            "that cannot be delivered is lost."
        ),
        source=(
            "spacedc-mdao: 0.75 for a single-site optical downlink (weather) [V], toward 0.95 "
            "with site diversity [V]; 1 by default: inference results are small, buffered and "
            "routed over crosslinks and RF [U]"
        ),
        spread=0.1,
        locked_by_default=True,
    ),
    Param(
        key="ground_segment_musd",
        title="Ground segment",
        unit="$M",
        default=20,
        minimum=1,
        maximum=2000,
        step=1,
        group="space",
        description="Ground stations and operations centre for the constellation, once.",
        source="spacedc-mdao: $20M (stations, operations centre) [V]",
        scale="log",
        spread=3.0,
    ),
    Param(
        key="spacecraft_lead_time_years",
        title="Spacecraft lead time",
        unit="yr",
        default=0,
        minimum=0,
        maximum=3,
        step=0.1,
        group="space",
        description=(
            "Years between paying for a spacecraft and its launch, beyond the wait for a launch "
            "slot."
        ),
        source=(
            "assumption: zero, like the ground's construction time, which is not charged either"
        ),
        spread=0.5,
    ),
    Param(
        key="reboost_dv_m_per_s_per_year",
        title="Reboost and avoidance Δv",
        unit="m/s/yr",
        default=15,
        minimum=0,
        maximum=300,
        step=1,
        group="space",
        description="Velocity change a year to make up for drag and to dodge debris.",
        source=(
            "[D] 550 km, air density about 5e-13 kg/m³ [S], drag coefficient 2.2, arrays edge-on "
            "to the flow (about 0.015 m²/kg): about 15 m/s a year; face-on arrays need 10x more"
        ),
        spread=10,
    ),
    Param(
        key="deorbit_dv_m_per_s",
        title="Deorbit Δv",
        unit="m/s",
        default=70,
        minimum=0,
        maximum=200,
        step=1,
        group="space",
        description="Velocity change at end of life to bring the spacecraft down.",
        source="[D] 550 km circular to a 300 km perigee (Hohmann): 70 m/s",
        spread=20,
    ),
    Param(
        key="thruster_isp_s",
        title="Thruster specific impulse",
        unit="s",
        default=1500,
        minimum=200,
        maximum=3000,
        step=10,
        group="space",
        description="Specific impulse of the propulsion that spends the Δv above.",
        source="Hall-effect thrusters about 1,000-2,500 s; chemical about 200-300 s [S]",
        spread=500,
    ),
    Param(
        key="conjunction_manoeuvres_per_satellite_year",
        title="Collision-avoidance manoeuvres",
        unit="1/satellite/yr",
        default=33,
        minimum=0,
        maximum=300,
        step=1,
        group="space",
        description="Manoeuvres each satellite makes a year to avoid debris and other satellites.",
        source=(
            "Starlink: about 148,700 manoeuvres in six months to Nov 2025 for about 9,000 "
            "satellites (SpaceX filing via press) [S] = 33 a year [D]"
        ),
        spread=15,
    ),
    Param(
        key="conjunction_outage_hours",
        title="Compute lost per manoeuvre",
        unit="h",
        default=0,
        minimum=0,
        maximum=12,
        step=0.1,
        group="space",
        description="Hours a satellite's GPUs stop work for one avoidance manoeuvre.",
        source="assumption: zero; Starlink manoeuvres autonomously and stays in service",
        spread=0.5,
    ),
    Param(
        key="debris_loss_pct_per_year",
        title="Satellites lost to debris",
        unit="%/yr",
        default=0.1,
        minimum=0,
        maximum=5,
        step=0.05,
        group="space",
        description="Share of satellites lost each year to debris strikes, with all their GPUs.",
        source="assumption [U]: rare so far; large arrays present far more area than Starlink's",
        spread=0.1,
    ),
)

CHOICES: tuple[Choice, ...] = (
    Choice(
        key="mass_model",
        title="Mass model",
        options=("bottom_up", "top_down", "stated"),
        option_titles=(
            "Bottom-up (components)",
            "Top-down (system W/kg)",
            "As stated (W/kg, computers included)",
        ),
        default="bottom_up",
        group="space",
        main=True,
        description=(
            "Spacecraft mass from its parts, or from a system specific power: top-down fits "
            "the parts around the computers; as stated takes an analysis's mass whole, even "
            "where it cannot hold the computers, and shrinks every part in proportion."
        ),
        source=(
            "Starlink-derived analyses and claim L1 use top-down W/kg; Starcloud's one launch "
            "for 40 MW is a stated mass lighter than its computers [V via extraction] [D]"
        ),
    ),
)
