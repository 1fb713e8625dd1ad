"""Space thermal (group "space"): the radiator and the power thermal control needs."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="radiator_temp_c",
        title="Radiator temperature",
        unit="°C",
        default=60,
        minimum=20,
        maximum=100,
        step=1,
        group="space",
        description=(
            "Temperature at which the radiator emits; it follows the chips' allowed temperature."
        ),
        source="chips allowed 85-100 °C minus a 10-25 °C drop to the radiator [V]; claim C4",
        spread=10,
    ),
    Param(
        key="radiator_emissivity",
        title="Radiator emissivity",
        unit="fraction",
        default=0.9,
        minimum=0.8,
        maximum=0.95,
        step=0.01,
        group="space",
        description="Infrared emissivity of the radiator surface.",
        source="[V]",
        spread=0.03,
    ),
    Param(
        key="radiator_sides",
        title="Radiator sides emitting",
        unit="sides",
        default=2,
        minimum=1,
        maximum=2,
        step=1,
        group="space",
        description="Faces of each radiator panel that see cold space.",
        source="[V]; a design choice, locked in Monte Carlo unless unlocked",
        integer=True,
        spread=1,
        locked_by_default=True,
    ),
    Param(
        key="radiator_absorbed_w_per_m2",
        title="Absorbed environmental load",
        unit="W/m²",
        default=137,
        minimum=0,
        maximum=400,
        step=1,
        group="space",
        description=(
            "Sunlight, Earth infrared and albedo absorbed per square metre of radiator panel."
        ),
        source="Starcloud's balance: sun 122.9 + Earth 14.5 W/m² [V via extraction]",
        spread=50,
    ),
    Param(
        key="sink_temp_k",
        title="Radiator sink temperature",
        unit="K",
        default=3,
        minimum=3,
        maximum=250,
        step=1,
        group="space",
        description=(
            "Effective temperature of what the radiator sees; loads from Earth are counted above."
        ),
        source="3 K deep space to about 250 K in LEO with Earth in view [V]",
        spread=50,
    ),
    Param(
        key="radiator_areal_density_kg_per_m2",
        title="Radiator areal density",
        unit="kg/m²",
        default=5.0,
        minimum=3.0,
        maximum=17.5,
        step=0.1,
        group="space",
        description="Mass of radiator per square metre of panel, loops and pumps included.",
        source="NASA concept 3 kg/m²; ISS photovoltaic radiator 17.5 kg/m² [V]",
        scale="log",
        spread=1.5,
    ),
    Param(
        key="thermal_control_overhead_pct",
        title="Thermal-control power",
        unit="% of IT",
        default=5,
        minimum=0,
        maximum=15,
        step=0.5,
        group="space",
        description="Power for pumps and heaters on top of the IT load.",
        source="assumption",
        spread=3,
    ),
    Param(
        key="chip_max_temp_c",
        title="Chip temperature limit",
        unit="°C",
        default=90,
        minimum=80,
        maximum=110,
        step=1,
        group="space",
        description=(
            "Hottest the GPUs may run before they throttle; claim C4's hotter chips must stay "
            "within it."
        ),
        source=(
            "chips allowed 85-100 °C [V]; data-centre GPUs throttle at about 84-95 °C, "
            "depending on the architecture (WhaleFlux, 2026) [S]"
        ),
        spread=5,
        locked_by_default=True,
    ),
    Param(
        key="chip_to_radiator_drop_c",
        title="Chip-to-radiator drop",
        unit="°C",
        default=20,
        minimum=10,
        maximum=25,
        step=0.5,
        group="space",
        description=(
            "How much colder the radiator is than the chips: the drop across cold plates, "
            "coolant loop and heat exchangers."
        ),
        source="a 10-25 °C drop from the chips to the radiator [V]",
        spread=5,
        locked_by_default=True,
    ),
)

CHOICES: tuple[Choice, ...] = ()
