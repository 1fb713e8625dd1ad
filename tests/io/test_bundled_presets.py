"""Every bundled preset loads, validates and evaluates to finite numbers; the seed claims hold."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest

from explorer.io import DEFAULT_PRESET, PresetError, bundled_presets, load_bundled, resolve_preset
from explorer.model import evaluate
from explorer.model.params import REGISTRY
from explorer.model.scenario import Scenario

NAMES = list(bundled_presets())
EXPECTED_NAMES = {
    "baseline-2026",
    "seed-claims-2026",
    "ground-constrained",
    "starcloud-2024",
    "suncatcher-2025",
    "mccalip-2025",
    "spacedc-mdao-2026",
    "starcloud-2024-complete",
    "suncatcher-2025-complete",
    "mccalip-2025-complete",
    "spacedc-mdao-2026-complete",
}
# Null where the model says there is none (or, for a cheaper window's end, that it lasts through
# 2050); every other number must be finite.
MAY_BE_NULL = {"breakeven_launch_usd_per_kg", "crossover_year"}
MAY_BE_NULL_PATTERN = re.compile(r"cheaper_windows\[\d+\]\[1\]")


def _numbers(node: Any, path: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _numbers(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _numbers(value, f"{path}[{i}]")
    elif node is None or (isinstance(node, (int, float)) and not isinstance(node, bool)):
        yield path, node


def test_all_expected_presets_ship() -> None:
    assert set(NAMES) >= EXPECTED_NAMES


@pytest.mark.parametrize("name", NAMES)
def test_loads_in_range_and_documented(name: str) -> None:
    preset = load_bundled(name)
    assert preset.scenario.out_of_range() == []
    assert preset.name and preset.description and preset.sources


@pytest.mark.parametrize("name", NAMES)
def test_evaluates_to_finite_numbers(name: str) -> None:
    results = evaluate(load_bundled(name).scenario).to_dict()
    assert results["feasible"], results["reasons"]
    for path, value in _numbers(results):
        if value is None:
            assert path in MAY_BE_NULL or MAY_BE_NULL_PATTERN.fullmatch(path), path
        else:
            assert math.isfinite(value), path
    assert results["earth"]["usd_per_gpu_hour"] > 0
    assert results["space"]["usd_per_gpu_hour"] > 0


def test_baseline_is_the_registry_defaults() -> None:
    assert DEFAULT_PRESET == "baseline-2026"
    assert load_bundled(DEFAULT_PRESET).scenario == Scenario()


def test_boundaries_of_published_analyses() -> None:
    # As published, each in its authors' own sum (issue 11); complete, like for like.
    boundary = {name: load_bundled(name).scenario["boundary"] for name in NAMES}
    assert boundary["starcloud-2024"] == "supply_and_launch"
    assert boundary["suncatcher-2025"] == "launch"
    assert boundary["mccalip-2025"] == "infrastructure"
    assert boundary["spacedc-mdao-2026"] == "full"
    for name in ("starcloud-2024", "suncatcher-2025", "mccalip-2025", "spacedc-mdao-2026"):
        assert boundary[f"{name}-complete"] == "full", name
    mccalip = load_bundled("mccalip-2025").scenario
    assert (mccalip["mass_model"], mccalip["power_source"], mccalip["array_sizing"]) == (
        "top_down",
        "gas",
        "horizon_average",
    )


def test_seed_claims_generation_per_gpu() -> None:
    """Claims G1, G2: about 2.7 to 3.0 kW per GB300 at the generator."""
    scenario = load_bundled("seed-claims-2026").scenario
    kw = evaluate(scenario).to_dict()["earth"]["kw_per_gpu_at_generator"]
    assert 2.7 <= kw <= 3.1
    by_hand = (
        scenario["gpu_power_kw"]
        * (1 + scenario["server_overhead_pct"] / 100)
        * scenario["peak_cooling_factor"]
        * scenario["maintenance_reserve_factor"]
    )
    assert kw == pytest.approx(by_hand)


def test_seed_claims_launches_per_100_gw() -> None:
    """Claim L1: 100 GW of AI in space is about 10,000 Starship launches."""
    scenario = load_bundled("seed-claims-2026").scenario
    assert scenario["capacity_gw"] == 100
    launches = evaluate(scenario).to_dict()["space"]["launches"]
    assert 9_000 <= launches <= 11_000


def test_seed_claims_values_are_commented_with_claim_ids() -> None:
    text = bundled_presets()["seed-claims-2026"].read_text(encoding="utf-8")
    body = text.split("params:\n", 1)[1]
    lines = [line for line in body.splitlines() if line.strip()]
    assert len(lines) >= 10
    for line in lines:
        assert line.split(":")[0].strip() in REGISTRY, line
        assert re.search(r"#.*\b[HPGLC]\d\b", line), f"no claim id: {line}"


def test_resolve_by_name_and_by_path() -> None:
    path = bundled_presets()["starcloud-2024"]
    assert resolve_preset("starcloud-2024") == resolve_preset(str(path))


def test_unknown_bundled_name_suggests() -> None:
    with pytest.raises(PresetError, match="did you mean 'starcloud-2024'"):
        resolve_preset("starcloud")
