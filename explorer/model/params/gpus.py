"""GPUs and reliability: power, price, failures, spares and radiation."""

from explorer.model.params.entries import Choice, Param

PARAMS: tuple[Param, ...] = (
    Param(
        key="gpu_power_kw",
        title="GPU board power",
        unit="kW",
        default=1.4,
        minimum=0.7,
        maximum=2.0,
        step=0.05,
        group="gpus",
        description="Electrical power of one GPU board.",
        source="H100 0.7, B200 1.0, B300/GB300 1.4 kW [S]; claim C5",
    ),
    Param(
        key="server_overhead_pct",
        title="Server and network overhead",
        unit="% of GPU power",
        default=35,
        minimum=10,
        maximum=60,
        step=1,
        group="gpus",
        description="CPUs, memory, network and storage on top of the GPUs' own power.",
        source="GB300 NVL72 about 132 kW / 72 GPUs = 1.83 kW per GPU [S/D]",
    ),
    Param(
        key="it_capex_per_gpu_usd",
        title="IT capex per GPU",
        unit="$",
        default=50000,
        minimum=20000,
        maximum=80000,
        step=500,
        group="gpus",
        description="Price of one GPU with its share of server, network and storage.",
        source="NVL72 rack about $3-4M / 72 [S]",
    ),
    Param(
        key="gpu_annual_failure_rate_pct",
        title="GPU failure rate",
        unit="%/yr",
        default=9,
        minimum=0,
        maximum=20,
        step=0.1,
        group="gpus",
        description="Yearly failure rate after burn-in on the ground (claim C1).",
        source=(
            "Llama 3 405B training: 16,384 H100 over 54 days, 148 GPU + 72 HBM failures = 9.1%/yr"
            " [S/D]"
        ),
    ),
    Param(
        key="spare_gpu_pct",
        title="Spare GPUs flown",
        unit="%",
        default=5,
        minimum=0,
        maximum=50,
        step=0.5,
        group="gpus",
        description=(
            "Extra GPUs launched cold to replace failures; orbit has no repair (claim C2)."
        ),
        source="assumption",
    ),
    Param(
        key="radiation_derate_pct",
        title="Radiation throughput derate",
        unit="%",
        default=2,
        minimum=0,
        maximum=20,
        step=0.5,
        group="gpus",
        description="Throughput lost in orbit to error handling and checkpoints (claim C3).",
        source=(
            "Trillium TPU tests: 150 rad/yr in SSO behind 10 mm Al; no hard fail to 15 krad "
            "(Suncatcher) [V]; derate assumption"
        ),
    ),
    Param(
        key="space_chip_premium_pct",
        title="Space chip premium",
        unit="%",
        default=0,
        minimum=0,
        maximum=100,
        step=1,
        group="gpus",
        description="Extra price of radiation-tolerant IT hardware (claim C3).",
        source="assumption",
    ),
    Param(
        key="ground_repair_cost_pct",
        title="Ground repair cost",
        unit="% of a GPU",
        default=10,
        minimum=0,
        maximum=100,
        step=1,
        group="gpus",
        description="What one failure costs the ground operator, as a share of a GPU's price.",
        source=("assumption [U]: boards are swapped under warranty; the operator pays handling"),
    ),
)

CHOICES: tuple[Choice, ...] = ()
