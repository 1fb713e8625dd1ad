"""packaging/install_desktop_entry.sh: a per-user install into XDG_DATA_HOME, and its removal."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "install_desktop_entry.sh"
APP_ID = "space-ai-explorer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(not shutil.which("bash"), reason="needs bash")


def run(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), HOME=str(data_home.parent))
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """A stand-in for the app, in a folder whose name needs quoting in Exec."""
    folder = tmp_path / "my apps"
    folder.mkdir()
    exe = folder / APP_ID
    exe.write_text("#!/bin/sh\nexit 0\n")
    exe.chmod(0o755)
    return exe


def test_installs_entry_and_icons(tmp_path: Path, program: Path, parse_desktop_entry, png_header):
    data = tmp_path / "share"
    done = run(data, "--exec", str(program))
    assert done.returncode == 0, done.stderr

    entry_file = data / "applications" / f"{APP_ID}.desktop"
    entry = parse_desktop_entry(entry_file.read_text(encoding="utf-8"))["Desktop Entry"]
    assert entry["Exec"] == f'"{program}"'
    assert entry["TryExec"] == str(program)
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID

    hicolor = data / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_header(png.read_bytes())[:2] == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry_file)], capture_output=True, text=True, timeout=60
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_a_second_run_replaces_the_first(tmp_path: Path, program: Path, parse_desktop_entry):
    data = tmp_path / "share"
    assert run(data, "--exec", str(program)).returncode == 0
    other = program.with_name("other-explorer")
    shutil.copy2(program, other)
    assert run(data, f"--exec={other}").returncode == 0
    text = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = parse_desktop_entry(text)["Desktop Entry"]
    assert entry["Exec"] == f'"{other}"'
    assert text.count("Exec=") == 2  # one Exec, one TryExec: nothing duplicated
    assert not list((data / "applications").glob(".*"))  # no temporary file left behind


def test_uninstall_removes_everything_it_installed(tmp_path: Path, program: Path) -> None:
    data = tmp_path / "share"
    assert run(data, "--exec", str(program)).returncode == 0
    done = run(data, "--uninstall")
    assert done.returncode == 0, done.stderr
    left = [p for p in data.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []


def test_refuses_a_missing_program(tmp_path: Path) -> None:
    data = tmp_path / "share"
    done = run(data, "--exec", str(tmp_path / "nowhere" / APP_ID))
    assert done.returncode != 0
    assert "cannot find" in done.stderr
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()


def test_refuses_unknown_arguments(tmp_path: Path) -> None:
    done = run(tmp_path / "share", "--frobnicate")
    assert done.returncode == 2
    assert "unknown argument" in done.stderr
