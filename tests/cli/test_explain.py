"""`space-ai-explorer explain A B`: the bridge as a table and as JSON, --set, and clean errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from explorer.cli import main
from explorer.io import load_bundled
from explorer.io.explain_text import METRIC_TITLES
from explorer.model.explain import METRICS, explain


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["explain", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, _ = _run(capsys, *argv, "--json")
    assert code == 0
    return json.loads(out)


def test_json_is_the_model_with_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "starcloud-2024", "baseline-2026")
    a, b = (load_bundled(n) for n in ("starcloud-2024", "baseline-2026"))
    assert data["a"] == {"name": a.name} and data["b"] == {"name": b.name}
    expected = json.loads(json.dumps(explain(a.scenario, b.scenario).to_dict()))
    assert {k: v for k, v in data.items() if k not in ("a", "b")} == expected


def test_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "mccalip-2025", "baseline-2026")
    assert set(data) == {"a", "b", "mixes", "groups", "metrics"}
    assert list(data["metrics"]) == list(METRICS)
    ratio = data["metrics"]["space_to_earth_ratio"]
    assert set(ratio) == {"a", "b", "difference", "steps", "reason"}
    assert sum(ratio["steps"].values()) == pytest.approx(ratio["difference"], rel=1e-9)
    assert set(ratio["steps"]) == {g["key"] for g in data["groups"]}
    assert data["metrics"]["crossover_year"]["steps"] is None
    assert data["metrics"]["crossover_year"]["reason"]
    for group in data["groups"]:
        assert set(group) == {"key", "title", "changed"}
        for change in group["changed"]:
            assert set(change) == {"key", "a", "b"}


def test_table_lists_the_steps_largest_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "starcloud-2024", "baseline-2026")
    assert code == 0
    assert out.startswith("From A = Starcloud 2024 to B = Baseline 2026\n")
    data = _json(capsys, "starcloud-2024", "baseline-2026")
    titles = {g["key"]: g["title"] for g in data["groups"]}
    block = out.split(METRIC_TITLES["space_to_earth_ratio"] + ":")[1].split("\n\n")[0]
    head, *rows = block.strip("\n").splitlines()
    ratio = data["metrics"]["space_to_earth_ratio"]
    assert f"{ratio['a']:.4g}x -> {ratio['b']:.4g}x" in head
    ranked = sorted(
        (k for k, s in ratio["steps"].items() if s), key=lambda k: -abs(ratio["steps"][k])
    )
    assert [row.split("  ")[1].strip() for row in rows] == [titles[k] for k in ranked]
    assert "Accounting boundary" in rows[0] and f"{ratio['steps']['boundary']:.4g}x" in rows[0]
    assert "launch_price_usd_per_kg" in out.split("What differs")[1]
    earth = out.split(METRIC_TITLES["earth.usd_per_gpu_hour"] + ":")[1].split("\n\n")[0]
    assert "changed but no effect: Launch, Space solar and thermal" in earth
    crossover = out.split(METRIC_TITLES["crossover_year"] + ":")[1].split("\n\n")[0]
    assert "not attributed: orbit is never cheaper by 2050: at A, and in 30 more" in crossover


def test_set_applies_to_both_ends_and_drops_out(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "starcloud-2024", "baseline-2026", "--set", "capacity_gw=1")
    scope = next(g for g in data["groups"] if g["key"] == "scope")
    assert "capacity_gw" not in {c["key"] for c in scope["changed"]}
    assert data["mixes"] == 32


def test_set_b_alone_explains_one_change(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "baseline-2026", "baseline-2026", "--set-b", "launch_price_usd_per_kg=100")
    assert data["mixes"] == 2
    space = data["metrics"]["space.usd_per_gpu_hour"]
    assert space["steps"]["launch"] == pytest.approx(space["difference"], rel=1e-12)
    assert space["difference"] < 0


def test_set_a_wins_over_set(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "baseline-2026", "baseline-2026", "--set", "pue=1.1", "--set-a", "pue=1.3")
    ground = next(g for g in data["groups"] if g["key"] == "ground")
    assert ground["changed"] == [{"key": "pue", "a": 1.3, "b": 1.1}]


def test_same_scenario_is_all_zeros(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "baseline-2026", "baseline-2026")
    assert code == 0 and err == ""
    assert "A and B are the same scenario, so every step is zero" in out
    data = _json(capsys, "baseline-2026", "baseline-2026")
    assert data["mixes"] == 1
    assert set(data["metrics"]["space_to_earth_ratio"]["steps"].values()) == {0}


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["no-such", "baseline-2026"], 1, ["no-such: no bundled preset"]),
        (["baseline-2026", "missing/file.yaml"], 1, ["no such file"]),
        (["nope", "nada"], 1, ["nope: no bundled preset", "nada: no bundled preset"]),
        (
            ["baseline-2026", "baseline-2026", "--set-b", "lanch_price_usd_per_kg=5"],
            1,
            ["--set-b lanch_price_usd_per_kg: unknown parameter"],
        ),
        (
            ["baseline-2026", "baseline-2026", "--set", "capacity_gw=5000"],
            1,
            ["allowed: a number from 0.04 to 1000 GW"],
        ),
        (
            ["baseline-2026", "baseline-2026", "--set-a", "boundary=all", "--set-b", "pue=no"],
            1,
            ["--set-a boundary:", "--set-b pue:"],
        ),
        (["baseline-2026", "baseline-2026", "--set", "pue"], 2, ["expected KEY=VALUE"]),
    ],
)
def test_bad_input_is_one_clear_line_each(
    argv: list[str], code: int, says: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    got, out, err = _run(capsys, *argv)
    assert got == code
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == len(says)
    for line, words in zip(lines, says, strict=True):
        assert line.startswith("space-ai-explorer: ") and words in line


def test_missing_b_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["explain", "baseline-2026"])
    assert exited.value.code == 2
    assert "the following arguments are required: B" in capsys.readouterr().err


_NO_QT = """
import sys
from explorer.cli import main
main(["explain", "starcloud-2024", "baseline-2026", "--json"])
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6")]
sys.exit(f"Qt was imported: {loaded}" if loaded else 0)
"""


def test_explain_runs_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", _NO_QT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["mixes"] == 32
