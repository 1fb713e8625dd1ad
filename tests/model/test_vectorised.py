"""Arrays in, arrays out: a batch evaluates exactly as its points do one by one."""

import numpy as np
import pytest

from explorer.model import PARAMS, Scenario, evaluate


def _random_batch(n: int, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    values = {}
    for p in PARAMS:
        if p.key == "start_year":
            continue  # one year axis per batch
        if p.scale == "log":
            draw = np.exp(rng.uniform(np.log(p.minimum), np.log(p.maximum), n))
        else:
            draw = rng.uniform(p.minimum, p.maximum, n)
        values[p.key] = np.round(draw) if p.integer else draw
    return values


@pytest.mark.parametrize(
    ("count", "choices"),
    [
        (10_000, {}),
        (2_000, {"mass_model": "top_down", "power_source": "gas", "boundary": "infrastructure"}),
    ],
)
def test_random_scenarios_as_arrays_equal_one_by_one(count, choices):
    values = _random_batch(count, seed=1)
    batch = evaluate(Scenario({**values, **choices}), with_paths=False)
    names = [n for n in batch.data if not n.startswith("path.")]
    singles = [
        evaluate(Scenario({**{k: v[i] for k, v in values.items()}, **choices}), with_paths=False)
        for i in range(count)
    ]
    for name in names:
        one_by_one = np.array([one[name] for one in singles])
        np.testing.assert_allclose(
            batch[name], one_by_one, rtol=1e-12, equal_nan=True, err_msg=name
        )


def test_paths_and_crossover_as_arrays_equal_one_by_one():
    values = _random_batch(300, seed=2)
    batch = evaluate(Scenario(values))
    for i in range(300):
        one = evaluate(Scenario({k: v[i] for k, v in values.items()}))
        for name in (
            "path.space_usd_per_gpu_hour",
            "path.earth_usd_per_gpu_hour",
            "path.launch_usd_per_kg",
            "crossover_year",
        ):
            np.testing.assert_allclose(batch[name][i], one[name], rtol=1e-12, equal_nan=True)


@pytest.mark.parametrize("key", ["pue", "launch_price_usd_per_kg", "launch_cadence_growth"])
def test_one_parameter_as_an_array_gives_the_paths_of_each_value(key):
    # The year paths are built in place on (points, years) arrays: any one input may be the
    # array, the launch inputs included.
    p = next(p for p in PARAMS if p.key == key)
    values = np.linspace(p.minimum, p.maximum, 7)
    batch = evaluate(Scenario({key: values}))
    for i, value in enumerate(values):
        one = evaluate(Scenario({key: value}))
        for name in ("path.space_usd_per_gpu_hour", "path.launch_usd_per_kg", "crossover_year"):
            np.testing.assert_allclose(batch[name][i], one[name], rtol=1e-12, equal_nan=True)
