"""The named cost parts both sides share, and which of them each accounting boundary counts.

The ground and orbit fill the same parts (zero where a part does not apply) so that charts can stack
them side by side. The boundary switch (DESIGN.md 2.4) decides which parts are summed.
"""

from __future__ import annotations

PARTS: tuple[str, ...] = (
    "it_hardware",
    "spares",
    "power_generation",
    "tariffs",
    "storage",
    "energy",
    "cooling",
    "facility",
    "launch_power_system",
    "launch_payload",
    "operations",
    "nre_insurance",
    "delay",
)

PART_TITLES: dict[str, str] = {
    "it_hardware": "IT hardware",
    "spares": "Spares and replacements",
    "power_generation": "Power generation (plant, grid link or array)",
    "tariffs": "Tariffs",
    "storage": "Storage (batteries)",
    "energy": "Energy or fuel",
    "cooling": "Cooling (energy on the ground, radiators in orbit)",
    "facility": "Facility, or bus and shielding",
    "launch_power_system": "Launch of array, batteries and radiators",
    "launch_payload": "Launch of IT, shielding and structure",
    "operations": "Operations",
    "nre_insurance": "NRE and insurance",
    "delay": "Delay carrying cost",
}

_POWER_PARTS = {"power_generation", "tariffs", "storage", "energy", "cooling"}

BOUNDARY_PARTS: dict[str, frozenset[str]] = {
    # Everything it costs to deliver a GPU-hour.
    "full": frozenset(PARTS),
    # IT hardware left out on both sides, as capex-per-watt analyses do.
    "infrastructure": frozenset(PARTS) - {"it_hardware", "spares"},
    # What it costs to deliver power to the chips: launch of the whole spacecraft (as Suncatcher's
    # launched power price does) plus array and radiators, against generation plus energy.
    "power": frozenset(_POWER_PARTS | {"launch_power_system", "launch_payload"}),
    # Energy and its direct equipment only (Starcloud's comparison): the launch of the power and
    # thermal system counts, the launch of the computers does not.
    "energy": frozenset(_POWER_PARTS | {"launch_power_system"}),
}

CAPITAL_PARTS: frozenset[str] = frozenset(
    {"it_hardware", "power_generation", "tariffs", "storage", "facility"}
)
