"""Talk mode in the real app, each run in its own process: a clicker through the bundled talk on
a real X server at 1280x720, two screens, and every room's size (tests/ui/e2e/talk_session.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent / "e2e" / "talk_session.py"


def run(args: list[str], env: dict[str, str], tmp_path: Path, prefix: list[str] = ()) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), **env}
    command = [*prefix, sys.executable, "-X", "faulthandler", str(SCRIPT), *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr[-3000:]}"


@pytest.mark.xvfb
@pytest.mark.slow
def test_a_clicker_walks_the_bundled_talk_on_a_1280x720_projector(tmp_path):
    """PageDown through every scene and PageUp back with real key events, transitions on; each
    scene's chart, caption, sliders and scenario checked; Esc brings the window back."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is not installed (apt-get install xvfb); .ci/run installs it"
    prefix = [xvfb_run, "-a", "-s", "-screen 0 1280x720x24"]
    run(["walk"], {"QT_QPA_PLATFORM": "xcb"}, tmp_path, prefix)


@pytest.mark.slow
def test_two_screens_put_the_talk_on_the_projector_and_the_console_on_the_laptop(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(
        '{"screens": ['
        '{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1},'
        '{"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720, "dpr": 1}]}'
    )
    run(["screens"], {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_the_talk_view_and_the_window_fit_every_room(tmp_path, language):
    """At 1280x720, 1366x768 and 1920x1080, in every language: minimum sizes within the screen,
    no label cut short, no scroll bar on a chart, grabs of the full size."""
    sizes = ["1280x720", "1366x768", "1920x1080"]
    run(["fit", *sizes, "--lang", language], {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)


@pytest.mark.slow
def test_they_fit_a_3840x2160_screen_at_device_pixel_ratio_2(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    run(["fit", "1920x1080"], env, tmp_path)
