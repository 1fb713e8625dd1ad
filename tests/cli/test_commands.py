"""`params`, `validate`, `presets`, `--version` and the window launch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from explorer import __version__
from explorer.cli import main
from explorer.io import bundled_presets, load_preset
from explorer.model.params import CHOICES, PARAMS, REGISTRY


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_via_python_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"space-ai-explorer {__version__}"


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("evaluate", "explain", "params", "validate", "presets", "export"):
        assert command in out


def test_params_markdown_is_deterministic_and_complete(capsys: pytest.CaptureFixture[str]) -> None:
    code, first, _ = _run(capsys, "params", "--markdown")
    assert code == 0
    _, second, _ = _run(capsys, "params", "--markdown")
    assert first == second
    rows = [line for line in first.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == [p.key for p in PARAMS] + [c.key for c in CHOICES]
    launch = next(row for row in rows if row.startswith("| `launch_price_usd_per_kg`"))
    assert "| $/kg | 1800 | 8 | 10000 | log |" in launch


def test_params_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "params", "--json")
    assert code == 0
    records = {r["key"]: r for r in json.loads(out)}
    assert set(records) == set(REGISTRY)
    assert records["radiator_sides"]["integer"] is True
    assert records["boundary"]["options"] == [
        "full",
        "infrastructure",
        "power",
        "energy",
        "launch",
        "supply_and_launch",
    ]
    assert records["pue"]["min"] == 1.05


def test_params_plain_lists_every_key(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "params")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == list(REGISTRY)


def test_validate_good_files(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in bundled_presets().values()]
    code, out, _ = _run(capsys, "validate", *paths)
    assert code == 0
    assert out.splitlines() == [f"{p}: ok ({load_preset(p).name})" for p in paths]


def test_validate_mixed_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = str(bundled_presets()["baseline-2026"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nparams:\n  pue: 7\n")
    code, out, _ = _run(capsys, "validate", good, str(bad))
    assert code == 1
    assert out.splitlines() == [
        f"{good}: ok (Baseline 2026)",
        f"{bad}:3: params.pue: 7 is out of range (allowed: a number from 1.05 to 1.5 ×)",
    ]


@pytest.mark.parametrize("kind", ["missing", "folder", "fifo"])
def test_validate_odd_paths(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / kind
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # reading it would block forever
    code, out, err = _run(capsys, "validate", str(path))
    assert code == 1
    assert out.startswith(f"{path}: ")
    assert "Traceback" not in out + err


def test_validate_permission_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tests may run as root, for whom chmod 000 denies nothing; refuse the open instead.
    path = tmp_path / "secret.yaml"
    path.write_text("schema_version: 1\n")

    real_open = os.open

    def denied(name: object, *args: object, **kwargs: object) -> int:
        if os.fspath(name) == str(path):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    code, out, _ = _run(capsys, "validate", str(path))
    assert code == 1
    assert out.strip() == f"{path}: permission denied"


def test_presets_lists_each_bundled_preset(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "presets")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list(bundled_presets())
    baseline = next(line for line in lines if line.startswith("baseline-2026 "))
    assert "Today's market" in baseline
    assert all(len(line) < 130 for line in lines)


def test_no_arguments_opens_the_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = []
    fake = types.ModuleType("explorer.ui.app")
    fake.main = lambda argv, language, talk=None: calls.append((argv, talk)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "explorer.ui.app", fake)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([]) == 0
    assert calls == [(sys.argv[:1], None)]
    # `talk` reads the talk first, then opens it on the talk view.
    assert main(["talk"]) == 0
    assert calls[1][0] == sys.argv[:1] and calls[1][1].title.en.startswith("In 36 months")


def test_window_unavailable_is_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "explorer.ui.app", None)  # makes the import fail
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code, _, err = _run(capsys)
    assert code == 1
    assert err.startswith("space-ai-explorer: cannot open the window")
    assert len(err.strip().splitlines()) == 1


def test_no_display_is_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = _run(capsys)
    assert code == 1
    assert "no display" in err
