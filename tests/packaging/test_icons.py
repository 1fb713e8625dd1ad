"""The app icon: a PNG at every freedesktop size with the right dimensions, and an SVG."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "space-ai-explorer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = ROOT / "resources" / "icons"
RGBA = 6


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_at_every_size(png_header, size: int) -> None:
    width, height, depth, colour = png_header((ICONS / f"{APP_ID}-{size}.png").read_bytes())
    assert (width, height) == (size, size)
    assert (depth, colour) == (8, RGBA)


def test_no_stray_icon_files() -> None:
    expected = {f"{APP_ID}-{s}.png" for s in ICON_SIZES} | {f"{APP_ID}.svg"}
    assert {p.name for p in ICONS.iterdir()} == expected


def test_svg_is_a_square_drawing() -> None:
    root = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"
    paths = root.findall("{http://www.w3.org/2000/svg}path")
    assert len(paths) >= 10
    assert all(p.get("d", "").startswith("M") for p in paths)


def test_the_script_draws_the_same_set(png_header, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in ICONS.iterdir()}
    for size in ICON_SIZES:
        fresh = png_header((tmp_path / f"{APP_ID}-{size}.png").read_bytes())
        assert fresh[:2] == (size, size)
