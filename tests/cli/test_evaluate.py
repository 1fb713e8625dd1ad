"""`space-ai-explorer evaluate`: JSON and table output, --set, and clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from explorer.cli import main
from explorer.io import load_bundled
from explorer.model import evaluate, published
from explorer.model.claims import CLAIM_IDS, check_claims

# The keys other tools rely on (issue 2); a dot means nesting.
STABLE_KEYS = (
    "earth.usd_per_gpu_hour",
    "space.usd_per_gpu_hour",
    "earth.total_usd",
    "space.total_usd",
    "earth.breakdown",
    "space.breakdown",
    "earth.kw_per_gpu_at_generator",
    "earth.energy_mwh",
    "space.mass_kg",
    "space.launches",
    "space.w_per_kg",
    "space.array_area_m2",
    "space.radiator_area_m2",
    "space.radiator_net_flux_w_per_m2",
    "space.launch_usd_per_kw_year",
    "space.gw_per_year_at_cadence",
    "space_to_earth_ratio",
    "breakeven_launch_usd_per_kg",
    "crossover_year",
    "cheaper_windows",
    "mass_warnings",
    "space.bottom_up_mass_kg",
    "space.build_out_years",
    "space.delay_years",
    "launch_price_by_year",
    "boundary",
    "feasible",
    "reasons",
)


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["evaluate", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_stable_keys(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys)
    for dotted in STABLE_KEYS:
        node = data
        for part in dotted.split("."):
            assert part in node, dotted
            node = node[part]


def _expected(scenario, preset: str) -> dict:
    """What ``evaluate --json`` prints: the model's results, the published analyses' metrics and
    the claims board."""
    results = evaluate(scenario)
    return json.loads(
        json.dumps(
            {
                **results.to_dict(),
                "published_metrics": published.summary(results),
                "published": published.comparison(preset, results),
                "claims": [c.to_dict() for c in check_claims(results)],
            }
        )
    )


def test_json_equals_model(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "mccalip-2025")
    assert data == _expected(load_bundled("mccalip-2025").scenario, "mccalip-2025")
    assert data["published"]["analysis"] == "mccalip-2025"


def test_json_and_table_carry_the_claims_board(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "seed-claims-2026")
    rows = {row["id"]: row for row in data["claims"]}
    assert list(rows) == list(CLAIM_IDS)
    for row in rows.values():
        assert {"id", "kind", "value", "threshold", "verdict"} <= set(row)
    assert rows["G1"]["kind"] == "input" and rows["G1"]["encoded_by"] == ["server_overhead_pct"]
    assert rows["P4"]["kind"] == "outcome" and rows["P4"]["threshold"] == {"at_least": 10.0}
    assert rows["C6"]["kind"] == "context" and rows["C6"]["value"] is None
    assert main(["evaluate", "seed-claims-2026"]) == 0
    table = capsys.readouterr().out
    assert "\nClaims (kind:" in table
    line = next(line for line in table.splitlines() if line.startswith("  L3 "))
    assert "outcome" in line and "fails" in line and "8,760/yr" in line and "≥ 10,000/yr" in line


def test_set_changes_the_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "--set", "launch_price_usd_per_kg=100", "--set", "boundary=power")
    scenario = load_bundled("baseline-2026").scenario.with_changes(
        launch_price_usd_per_kg=100.0, boundary="power"
    )
    assert data == _expected(scenario, "baseline-2026")
    assert data["published"] is None
    assert data["boundary"] == "power"
    assert data["launch_price_by_year"][0][1] == pytest.approx(100.0)


def test_published_analyses_in_their_own_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "suncatcher-2025")
    assert set(data["published_metrics"]) == {"total_usd", "usd_per_kw_year", "usd_per_pflop_day"}
    assert set(data["published_metrics"]["usd_per_kw_year"]) == {
        "title",
        "unit",
        "earth",
        "space",
        "ratio",
    }
    p = data["published"]
    assert (p["analysis"], p["kind"], p["metric"]) == (
        "suncatcher-2025",
        "as_published",
        "usd_per_kw_year",
    )
    assert p["authors"] == {"earth": [570.0, 3000.0], "space": 810.0, "ratio": None}
    assert p["ours"]["space"] == pytest.approx(821.4, abs=0.1)
    assert main(["evaluate", "starcloud-2024-complete"]) == 0
    out = capsys.readouterr().out
    assert "In the published analyses' own metrics" in out
    assert "this preset: with what it leaves out" in out
    assert "The authors" in out and "Earth $167,000,000, space $8,200,000" in out


def test_set_applies_on_top_of_a_preset(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "seed-claims-2026", "--set", "capacity_gw=50")
    assert 4_500 <= data["space"]["launches"] <= 5_500


def test_table_side_by_side(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "ground-constrained"]) == 0
    out = capsys.readouterr().out
    # The boundary by its title, as the window's chooser shows it (the key is for --set).
    assert out.startswith("Ground constrained  (boundary: Full (IT included))")
    head = next(line for line in out.splitlines() if "$ per GPU-hour" in line)
    data = evaluate(load_bundled("ground-constrained").scenario).to_dict()
    assert f"{data['earth']['usd_per_gpu_hour']:.4g}" in head
    assert f"{data['space']['usd_per_gpu_hour']:.4g}" in head
    labels = ("Breakeven launch price", "Crossover year", "Orbit cheaper in", "Launches")
    for label in (*labels, "Delay carrying cost", "GPU-hours lost"):
        assert label in out


def test_table_in_russian_names_the_boundary_in_russian(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "ground-constrained", "--lang", "ru"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith("(границы учёта: Полные (с ИТ))")


def test_table_lists_infeasibility(capsys: pytest.CaptureFixture[str]) -> None:
    # One cool, grey, one-sided radiator under a heavy load absorbs more than it emits.
    settings = ["radiator_temp_c=20", "radiator_sides=1", "radiator_emissivity=0.8"]
    settings.append("radiator_absorbed_w_per_m2=400")
    assert main(["evaluate", *[a for s in settings for a in ("--set", s)]]) == 0
    out = capsys.readouterr().out
    assert "Infeasible:" in out
    assert "radiator" in out.split("Infeasible:")[1]


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["--set", "lanch_price_usd_per_kg=5"], 1, "did you mean 'launch_price_usd_per_kg'"),
        (["--set", "capacity_gw=5000"], 1, "allowed: a number from 0.001 to 1000 GW"),
        (["--set", "boundary=everything"], 1, "allowed: full, infrastructure, power, energy"),
        (["--set", "pue=no"], 1, "yes/no word"),
        (["--set", "radiator_sides=1.5"], 1, "whole number"),
        (["--set", "capacity_gw"], 2, "expected KEY=VALUE"),
        (["no-such-preset"], 1, "no bundled preset"),
        (["missing/file.yaml"], 1, "no such file"),
    ],
)
def test_bad_input_is_one_clear_line(
    argv: list[str], code: int, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", *argv]) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert says in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("space-ai-explorer: ")


_NO_QT = """
import sys
from explorer.cli import main
main(["evaluate", "--json"])
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6")]
sys.exit(f"Qt was imported: {loaded}" if loaded else 0)
"""


def test_evaluate_never_imports_qt() -> None:
    done = subprocess.run([sys.executable, "-c", _NO_QT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["feasible"] is True


def test_evaluate_process_is_quick() -> None:
    # Target about 0.3 s; the bound leaves room for a busy CI machine but not for a Qt import.
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "explorer", "evaluate", "--json"],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    assert min(times) < 1.0
