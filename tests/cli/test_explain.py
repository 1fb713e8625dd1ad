"""`space-ai-explorer explain A B`: the bridge as a table and as JSON, --set, and clean errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from explorer.cli import main
from explorer.io import load_bundled
from explorer.model.explain import METRICS, explain
from explorer.present.text.explain_table import METRIC_TITLES


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


def _block(out: str, metric: str) -> list[str]:
    return out.split(METRIC_TITLES[metric] + ":")[1].split("\n\n")[0].splitlines()


def test_table_lists_the_steps_largest_first(capsys: pytest.CaptureFixture[str]) -> None:
    # Everything expected is read from the JSON of the same pair, so the test holds whatever the
    # bundled presets say.
    code, out, _ = _run(capsys, "starcloud-2024", "baseline-2026")
    assert code == 0
    data = _json(capsys, "starcloud-2024", "baseline-2026")
    assert out.startswith(f"From A = {data['a']['name']} to B = {data['b']['name']}\n")
    titles = {g["key"]: g["title"] for g in data["groups"]}
    changed = {g["key"] for g in data["groups"] if g["changed"]}
    for metric, m in data["metrics"].items():
        head, *rows = _block(out, metric)
        if m["steps"] is None:
            assert rows == [f"  not attributed: {m['reason']}"]
            continue
        unit = {"space_to_earth_ratio": "x", "crossover_year": " yr"}.get(metric, "")
        if metric != "crossover_year":  # years are shown to one decimal
            assert f"{m['a']:.4g}{unit} -> {m['b']:.4g}{unit}" in head
        moving = sorted((k for k, v in m["steps"].items() if v), key=lambda k: -abs(m["steps"][k]))
        for row, key in zip(rows, moving, strict=False):
            assert row.split("  ")[1].strip() == titles[key]
            assert row.endswith(f"{m['steps'][key]:+.4g}{unit}")
        still = [titles[k] for k in titles if k in changed and m["steps"][k] == 0]
        expected = len(moving) + bool(still)
        assert len(rows) == expected
        if still:
            assert rows[-1] == f"  changed but no effect: {', '.join(still)}"
    differs = out.split("What differs")[1]
    for group in data["groups"]:
        for change in group["changed"]:
            assert change["key"] in differs


def test_set_applies_to_both_ends_and_drops_out(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "starcloud-2024", "baseline-2026", "--set", "capacity_gw=3")
    scope = next(g for g in data["groups"] if g["key"] == "scope")
    assert "capacity_gw" not in {c["key"] for c in scope["changed"]}
    a, b = (
        load_bundled(n).scenario.with_changes(capacity_gw=3.0)
        for n in ("starcloud-2024", "baseline-2026")
    )
    assert data["mixes"] == explain(a, b).mixes


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
            ["allowed: a number from 0.001 to 1000 GW"],
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
    assert json.loads(done.stdout)["metrics"]["space_to_earth_ratio"]["a"] > 0
