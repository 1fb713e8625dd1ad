"""End to end: `space-ai-explorer export` renders a real chart offscreen at the asked width."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.io import load_bundled, load_preset
from explorer.io.png_text import PNG_SIGNATURE


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data.startswith(PNG_SIGNATURE)
    assert data[12:16] == b"IHDR"  # the PNG format puts the header chunk first
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("width", [1920, 3840])
def test_export_writes_png_of_width(width: int, tmp_path: Path) -> None:
    out = tmp_path / f"year-{width}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = ["export", "seed-claims-2026", "--chart", "year", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "explorer", *argv, "--width", str(width)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _png_size(out)[0] == width
    # The slide reopens as the preset it was made from.
    assert load_preset(out).scenario == load_bundled("seed-claims-2026").scenario
