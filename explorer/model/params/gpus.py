"""GPUs and reliability: power, price, failures and what they take down, spares and radiation."""

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
        spread=0.2,
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
        spread=10,
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
        spread=10000,
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
        spread=3,
    ),
    Param(
        key="other_failure_rate_pct_per_year",
        title="Other hardware failures",
        unit="%/yr per GPU",
        default=0.9,
        minimum=0,
        maximum=10,
        step=0.1,
        group="gpus",
        description=(
            "Yearly failures of server parts other than GPUs (NICs, power supplies, CPUs, memory, "
            "storage, chassis), per GPU served."
        ),
        source=(
            "Llama 3 405B training: 21 such interruptions (NIC 7, SSD 3, power 3, chassis 2, IO "
            "2, CPU 2, memory 2) on 16,384 GPUs in 54 days = 0.9%/yr [S/D]; its 35 network "
            "switch and cable faults (2.3%/yr with them) are left to a redundant fabric"
        ),
        spread=0.5,
    ),
    Param(
        key="blast_radius_gpus",
        title="GPUs lost per other failure",
        unit="GPUs",
        default=4,
        minimum=1,
        maximum=72,
        step=1,
        group="gpus",
        description=(
            "GPUs a failure of another part takes out of service in orbit, where it is not "
            "repaired: a tray, or a whole NVLink domain."
        ),
        source="GB300 NVL72: 4 GPUs a compute tray, 72 in the NVLink domain [S]",
        integer=True,
        spread=4,
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
        spread=3,
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
        spread=2,
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
        spread=20,
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
        description=(
            "What one failure (of a GPU or another part) costs the ground operator, as a share "
            "of a GPU's price."
        ),
        source=("assumption [U]: boards are swapped under warranty; the operator pays handling"),
        spread=10,
    ),
    # The next two only turn $ per GPU-hour into $ per PFLOP-day (spacedc-mdao's metric); the
    # same GPUs run on both sides, so they move no cost and no ratio, and are never drawn.
    Param(
        key="gpu_dense_pflops",
        title="GPU peak dense compute",
        unit="PFLOPS",
        default=2.5,
        minimum=0.5,
        maximum=10,
        step=0.01,
        group="gpus",
        description="Peak dense FP16/BF16 tensor throughput of one GPU (for $ per PFLOP-day).",
        source=(
            "GB300 2.5 PFLOPS dense FP16/BF16 (180 PFLOPS per NVL72 rack) [S]; H100 SXM 0.989 "
            "(NVIDIA datasheet, spacedc-mdao's catalog) [V]"
        ),
        uncertain=False,
    ),
    Param(
        key="sustained_flops_fraction",
        title="Sustained share of peak compute",
        unit="fraction",
        default=0.4675,
        minimum=0.1,
        maximum=1.0,
        step=0.005,
        group="gpus",
        description=(
            "Share of the peak a GPU delivers on average, sustained throughput times "
            "utilisation (for $ per PFLOP-day)."
        ),
        source="spacedc-mdao: sustained 0.55 x utilisation 0.85 = 0.4675 [V] [D]",
        uncertain=False,
    ),
    Param(
        key="gpu_infant_failure_pct",
        title="GPU early-life failures",
        unit="% of GPUs",
        default=2,
        minimum=0,
        maximum=10,
        step=0.1,
        group="gpus",
        description=(
            "Share of new GPUs that fail early in life (infant mortality): screened out on the "
            "ground by burn-in, or lost in orbit without it (claim C1)."
        ),
        source=(
            "assumption [U]: no published share for data-centre GPUs; hardware failures cluster "
            "in early life, which burn-in exists to catch [S]; Meta flagged about 1.2% of a "
            "fleet as chronically defective nodes [S]"
        ),
        spread=1.5,
    ),
    Param(
        key="burn_in_days",
        title="Burn-in on the ground",
        unit="days",
        default=3,
        minimum=1,
        maximum=14,
        step=0.5,
        group="gpus",
        description=(
            "Days each GPU runs at full load on the ground before launch, when burn-in is on: "
            "it pays the energy, the wait and the swapped boards."
        ),
        source=(
            "GPU burn-in typically 24-72 h (Leviathan Systems) [S]; 72 h minimum to 168 h in "
            "the strictest acceptance tests (AI Data Center Guide, ch. 13.8) [S]"
        ),
        spread=2,
        locked_by_default=True,
    ),
)

CHOICES: tuple[Choice, ...] = (
    Choice(
        key="gpu_purchase",
        title="GPUs bought",
        options=("when_usable", "up_front"),
        option_titles=("When they can run", "Up front: they wait (claim P9)"),
        default="when_usable",
        group="gpus",
        description=(
            "When the GPUs are paid for: when they can run (ground: at the power date; orbit: "
            "at their launch), or up front, so that they wait with the rest."
        ),
        source="DESIGN.md 2.3.1; claim P9: chips pile up unable to be powered",
    ),
    Choice(
        key="gpu_burn_in",
        title="GPU burn-in",
        options=("on_ground", "none"),
        option_titles=("On the ground before launch", "None: early failures in orbit"),
        default="on_ground",
        group="gpus",
        description=(
            "Burn-in on the ground screens out the GPUs that would fail early (claim C1), at the "
            "cost of the days it takes; without it they fail in orbit and use up the spares."
        ),
        source="claim C1: burn-in can be done on the ground; the failure rate is after burn-in",
    ),
)
