"""The named cost parts both sides share, and which of them each accounting boundary counts.

The ground and orbit fill the same parts (zero where a part does not apply) so that charts can stack
them side by side. The boundary switch (DESIGN.md 2.4) decides which parts are summed. Whatever a
like-for-like boundary counts on one side it counts on the other (DESIGN.md 2.3.1): the ground's
cooling plant wherever orbit's radiators count, its electrical plant wherever the array (with its
power electronics) counts. Two more boundaries reproduce published analyses as their authors drew
them (``AUTHORS_BOUNDARIES``); they are not like for like, and that is what they show.
"""

from __future__ import annotations

PARTS: tuple[str, ...] = (
    "it_hardware",
    "spares",
    "power_generation",
    "electrical_plant",
    "tariffs",
    "storage",
    "energy",
    "carbon",
    "cooling",
    "facility",
    "comms",
    "launch_power_system",
    "launch_payload",
    "propellant",
    "operations",
    "nre",
    "insurance",
    "delay",
    "lost_gpu_hours",
)

PART_TITLES: dict[str, str] = {
    "it_hardware": "IT hardware",
    "spares": "Spares and repairs",
    "power_generation": "Power generation (plant, grid link or array)",
    "electrical_plant": "Electrical plant (ground; in orbit inside the array)",
    "tariffs": "Tariffs",
    "storage": "Storage (batteries)",
    "energy": "Energy or fuel (cooling's share included)",
    "carbon": "Carbon price",
    "cooling": "Cooling (plant on the ground, radiators in orbit)",
    "facility": "Facility shell, or bus, structure and shielding",
    "comms": "Comms and ground segment",
    "launch_power_system": "Launch of array, batteries and radiators",
    "launch_payload": "Launch of IT, shielding and structure",
    "propellant": "Launch of propellant (reboost, avoidance, deorbit)",
    "operations": "Operations",
    "nre": "NRE (design)",
    "insurance": "Launch and in-orbit insurance",
    "delay": "Delay carrying cost",
    "lost_gpu_hours": "GPU-hours lost (failures, debris, radiation)",
}

_POWER_PARTS = (
    "power_generation",
    "electrical_plant",
    "tariffs",
    "storage",
    "energy",
    "carbon",
    "cooling",
)

_LAUNCH_PARTS = ("launch_power_system", "launch_payload", "propellant")

BOUNDARY_PARTS: dict[str, frozenset[str]] = {
    # Everything it costs to deliver a GPU-hour.
    "full": frozenset(PARTS),
    # IT hardware left out on both sides, as capex-per-watt analyses do.
    "infrastructure": frozenset(PARTS) - {"it_hardware", "spares"},
    # What it costs to deliver power to the chips: launch of the whole spacecraft (as Suncatcher's
    # launched power price does) plus array and radiators, against generation, electrical and
    # cooling plant and energy. GPU-hours lost to failures are a matter of compute, not power.
    "power": frozenset(_POWER_PARTS) | {"launch_power_system", "launch_payload"},
    # Energy and its direct equipment only: the launch of the power and thermal system counts,
    # the launch of the computers does not.
    "energy": frozenset(_POWER_PARTS) | {"launch_power_system"},
    # Suncatcher's launched power price against ground power spend (arXiv 2511.19468): orbit
    # counts only the launch of the whole spacecraft, the ground only its energy (cooling's
    # included, as price x 8760 x PUE).
    "launch": frozenset({"energy", "carbon", *_LAUNCH_PARTS}),
    # Starcloud's sum (white paper v1.03): the power source and its energy, plus the launch;
    # no radiators or cooling plant, no batteries, no electrical plant, no structure, no
    # computers, no comms, operations or design.
    "supply_and_launch": frozenset(
        {"power_generation", "tariffs", "energy", "carbon", *_LAUNCH_PARTS}
    ),
}

AUTHORS_BOUNDARIES: frozenset[str] = frozenset({"launch", "supply_and_launch"})
"""Boundaries that reproduce a published analysis's own sum, not the model's like for like."""
