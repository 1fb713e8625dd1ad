"""`evaluate --samples N --seed S`: Monte Carlo and sensitivity sections (issue 4)."""

from __future__ import annotations

import json

import pytest

from explorer.cli import main


def _json(capsys, *args: str) -> dict:
    assert main(["evaluate", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_samples_add_monte_carlo_and_sensitivity(capsys):
    # Starcloud's scenario is near parity, so some parameters alone can tie orbit and ground.
    d = _json(capsys, "starcloud-2024", "--samples", "500", "--seed", "3")
    mc = d["monte_carlo"]
    assert mc["samples"] == 500 and mc["seed"] == 3
    for name in ("earth_usd_per_gpu_hour", "space_usd_per_gpu_hour", "space_to_earth_ratio"):
        p = mc[name]
        assert p["p10"] <= p["p50"] <= p["p90"]
    assert 0 <= mc["p_orbit_cheaper"] <= 1 and 0 <= mc["infeasible_share"] <= 1
    assert {row["key"] for row in mc["varied"]} >= {"launch_price_usd_per_kg", "pue"}
    assert [row["year"] for row in mc["by_year"]][:2] == [2026, 2027]
    tornado = d["sensitivity"]["tornado"]
    assert set(tornado) == {"crossover_year", "breakeven_launch_usd_per_kg"}
    assert tornado["crossover_year"][0]["key"]
    assert any(t["ties_at"] is not None for t in d["sensitivity"]["thresholds"])


def test_same_seed_same_numbers(capsys):
    a = _json(capsys, "--samples", "300", "--seed", "9")["monte_carlo"]
    b = _json(capsys, "--samples", "300", "--seed", "9")["monte_carlo"]
    c = _json(capsys, "--samples", "300", "--seed", "10")["monte_carlo"]
    assert a == b and a != c


def test_locked_parameter_leaves_the_tornado(capsys):
    d = _json(capsys, "--samples", "200", "--lock", "launch_price_usd_per_kg")
    assert d["monte_carlo"]["locked"] == ["launch_price_usd_per_kg"]
    keys = {row["key"] for row in d["sensitivity"]["tornado"]["crossover_year"]}
    assert "launch_price_usd_per_kg" not in keys


def test_unlocked_policy_parameter_is_drawn(capsys):
    d = _json(capsys, "--samples", "200", "--unlock", "discount_rate_pct")
    assert d["monte_carlo"]["unlocked"] == ["discount_rate_pct"]
    varied = {row["key"]: row for row in d["monte_carlo"]["varied"]}
    assert (varied["discount_rate_pct"]["low"], varied["discount_rate_pct"]["high"]) == (6, 10)
    assert "discount_rate_pct" not in {
        row["key"] for row in _json(capsys, "--samples", "200")["monte_carlo"]["varied"]
    }


def test_bad_uncertainty_arguments_are_one_clear_line(capsys):
    assert main(["evaluate", "--samples", "100", "--lock", "lanch_price"]) == 1
    assert "unknown parameter 'lanch_price'" in capsys.readouterr().err
    assert main(["evaluate", "--samples", "100", "--unlock", "pu"]) == 1
    assert "--unlock: unknown parameter 'pu'" in capsys.readouterr().err
    assert main(["evaluate", "--samples", "100", "--width", "1.5"]) == 1
    assert "outside (0, 1]" in capsys.readouterr().err


def test_table_form_lists_percentiles_and_what_moves_the_answer(capsys):
    assert main(["evaluate", "seed-claims-2026", "--samples", "300"]) == 0
    out = capsys.readouterr().out
    assert "Monte Carlo: 300 draws" in out
    assert "What moves the crossover year most" in out
    assert "Orbit ties the ground" in out


def test_export_with_bands_writes_the_png_and_refuses_negative_samples(tmp_path, capsys):
    out = tmp_path / "bands.png"
    args = ["export", "--chart", "year", "--out", str(out), "--width", "800"]
    with pytest.raises(SystemExit) as exited:
        main([*args, "--samples", "-1"])
    assert exited.value.code == 2
    assert "--samples: -1 is out of range (allowed: 0 to 100,000 draws)" in capsys.readouterr().err
    assert main([*args, "--samples", "300", "--seed", "2"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(out.read_bytes()[16:20], "big") == 800
