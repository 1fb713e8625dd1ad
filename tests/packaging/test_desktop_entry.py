"""The freedesktop entry in resources/: valid, and consistent with the app and the icons."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_ID = "space-ai-explorer"
ENTRY = RESOURCES / f"{APP_ID}.desktop"


@pytest.fixture(scope="module")
def entry(parse_desktop_entry) -> dict[str, str]:
    groups = parse_desktop_entry(ENTRY.read_text(encoding="utf-8"))
    assert list(groups) == ["Desktop Entry"]
    return groups["Desktop Entry"]


def test_required_keys_and_values(entry: dict[str, str]) -> None:
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Space-vs-Earth AI Explorer"
    assert entry["Comment"]
    assert entry["Exec"] == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert {"Education", "Science"} <= set(filter(None, categories.split(";")))
    assert entry["Keywords"].endswith(";")


def test_startup_wm_class_matches_the_file_name(entry: dict[str, str]) -> None:
    # Docks match windows to this entry by the file name (Wayland app_id) and StartupWMClass
    # (the X11 WM_CLASS instance, which Qt takes from the executable's name).
    assert entry["StartupWMClass"] == ENTRY.stem == APP_ID


def test_exec_is_the_console_script() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"][APP_ID] == "explorer.cli:console_main"


def test_the_app_sets_the_same_desktop_file_name() -> None:
    code = (
        "import sys\n"
        "from explorer.ui.app import create_application\n"
        "app = create_application(sys.argv[:1])\n"
        "print(app.desktopFileName())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == APP_ID


def test_icon_name_has_files() -> None:
    icons = RESOURCES / "icons"
    assert (icons / f"{APP_ID}.svg").is_file()
    assert (icons / f"{APP_ID}-48.png").is_file()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validate_accepts_it() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(ENTRY)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    output = (done.stdout + done.stderr).splitlines()
    problems = [line for line in output if "error:" in line or "warning:" in line]
    assert problems == []


@pytest.mark.parametrize(
    "bad",
    [
        "Name=x\n",  # key outside a group
        "[Desktop Entry]\nName=a\nName=b\n",  # duplicate key
        "[Desktop Entry]\nnot a key value line\n",
        "[Desktop Entry]\n[Desktop Entry]\n",
        "[Desktop Entry]\nBad_Key=1\n",
    ],
)
def test_the_parser_rejects_broken_entries(parse_desktop_entry, bad: str) -> None:
    with pytest.raises(AssertionError):
        parse_desktop_entry(bad)
