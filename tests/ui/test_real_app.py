"""End to end: the real app on a real X server (Xvfb, xcb platform) in its own process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

SCRIPT = Path(__file__).parent / "e2e" / "real_app_session.py"


@pytest.mark.xvfb
def test_real_app_drags_exports_and_closes(tmp_path):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is not installed (apt-get install xvfb); .ci/run installs it"
    out = tmp_path / "dashboard.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [
        xvfb_run,
        "-a",
        "-s",
        "-screen 0 1920x1080x24",
        sys.executable,
        "-X",
        "faulthandler",
        str(SCRIPT),
        str(out),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    image = QImage(str(out))
    assert image.width() == 1920 and image.height() > 0
