"""The wheel carries the presets and resources, and an installed wheel works from anywhere."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "space-ai-explorer"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("space_ai_explorer-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def test_every_preset_is_in_the_wheel(names: set[str]) -> None:
    presets = sorted((ROOT / "presets").glob("*.yaml"))
    assert presets
    for path in presets:
        assert f"explorer/bundled_presets/{path.name}" in names


def test_every_bundled_talk_is_in_the_wheel(names: set[str]) -> None:
    talks = sorted((ROOT / "presets" / "talks").glob("*.yaml"))
    assert talks
    for path in talks:
        assert f"explorer/bundled_presets/talks/{path.name}" in names


def test_every_resource_is_in_the_wheel(names: set[str]) -> None:
    resources = ROOT / "resources"
    files = [p for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert any(p.suffix == ".desktop" for p in files)
    for path in files:
        assert f"explorer/bundled_resources/{path.relative_to(resources).as_posix()}" in names


def test_every_module_is_in_the_wheel(names: set[str]) -> None:
    for path in (ROOT / "explorer").rglob("*.py"):
        assert path.relative_to(ROOT).as_posix() in names


def test_the_console_script_is_declared(wheel: Path, names: set[str]) -> None:
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(entry_points).decode()
    section = text.split("[console_scripts]", 1)[1].split("[", 1)[0]
    scripts = dict(
        (k.strip(), v.strip()) for k, _, v in (line.partition("=") for line in section.splitlines())
        if k.strip()
    )  # fmt: skip
    assert scripts[APP_ID] == "explorer.cli:main"


@pytest.mark.slow
def test_installed_wheel_runs_from_an_empty_folder(wheel: Path, tmp_path: Path, png_header) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    env = dict(
        os.environ,
        PYTHONPATH=str(site),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(site / "bin" / APP_ID), *args],
            cwd=empty, capture_output=True, text=True, env=env, timeout=300,
        )  # fmt: skip

    # The code and the data come from the installed wheel, not from this checkout.
    where = subprocess.run(
        [sys.executable, "-c", "import explorer.bundled_presets as p; print(p.__file__)"],
        cwd=empty, capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(site), where.stdout + where.stderr

    version = run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.split() == [APP_ID, version.stdout.split()[1]]

    listed = run("presets")
    assert listed.returncode == 0, listed.stderr
    for path in (ROOT / "presets").glob("*.yaml"):
        assert path.stem in listed.stdout

    evaluated = run("evaluate", "baseline-2026", "--json")
    assert evaluated.returncode == 0, evaluated.stderr
    data = json.loads(evaluated.stdout)
    for side in ("earth", "space"):
        assert math.isfinite(data[side]["usd_per_gpu_hour"]) and data[side]["usd_per_gpu_hour"] > 0

    out = empty / "dashboard.png"
    exported = run("export", "baseline-2026", "--chart", "dashboard", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert png_header(out.read_bytes())[0] == 1920
