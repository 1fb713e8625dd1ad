"""Orbit at its most favourable within the registry (cheap arrays and build, light radiators and
arrays, reliable GPUs, fast-growing launch) against dear grid power: since issue 10 no bundled
preset has a crossover, and the model's tests of what moves one need a scenario that has one."""

ORBIT_FAVOURED = {
    "space_array_cost_usd_per_w": 0.5,
    "gpu_annual_failure_rate_pct": 3,
    "other_failure_rate_pct_per_year": 0.5,
    "blast_radius_gpus": 1,
    "spare_gpu_pct": 10,
    "build_usd_per_kg": 300,
    "radiator_areal_density_kg_per_m2": 3,
    "array_areal_density_kg_per_m2": 0.8,
    "grid_price_usd_per_kwh": 0.2,
    "launch_cadence_ceiling_per_year": 10_000,
    "launch_cadence_growth": 0.6,
}
