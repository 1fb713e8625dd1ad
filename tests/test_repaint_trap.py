"""The repaint trap (issue 6): PySide6 6.12.0 on Python 3.11 corrupts reference counts while
repainting and aborts the interpreter ("Fatal Python error: none_dealloc") after a few hundred
redraws. Each test repaints hundreds of times in a fresh interpreter and checks that it exited
normally; pyproject.toml keeps that release out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import PySide6
import tomllib
from packaging.requirements import Requirement

REPAINTS = 500
PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"

# A counter of paint events actually delivered, so a loop that painted nothing cannot pass.
_COMMON = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0
        self.by_widget = {}
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            self.by_widget[id(watched)] = self.by_widget.get(id(watched), 0) + 1
        return False

app = QApplication(sys.argv[:1])
counter = PaintCounter()
repaints = int(sys.argv[1])
"""

_PLOT = (
    _COMMON
    + """
import numpy as np
import pyqtgraph as pg

widget = pg.PlotWidget()
widget.resize(640, 480)
widget.show()
widget.viewport().installEventFilter(counter)
curve = widget.plot(pen=pg.mkPen("b", width=2))
fill = widget.plot(fillLevel=0, brush=(0, 0, 255, 60))
x = np.linspace(0.0, 10.0, 500)
for i in range(repaints):
    curve.setData(x, np.sin(x + 0.05 * i) * (1 + i % 7))
    fill.setData(x, np.cos(x - 0.03 * i))
    widget.setTitle(f"frame {i}")
    if i % 2:
        widget.repaint()
    else:
        widget.grab()
    app.processEvents()
print(json.dumps({"paints": counter.paints}))
"""
)

_DASHBOARD = (
    _COMMON
    + """
from explorer.ui import create_controller
from explorer.ui.views import Unsaved

controller = create_controller()
window = controller.window
window.resize(1200, 800)
window.show()
window.ask_unsaved = lambda document: Unsaved.DISCARD
import pyqtgraph as pg
views = controller.dashboard.findChildren(pg.GraphicsView)
for view in views:
    view.viewport().installEventFilter(counter)
low, high = 20.0, 5000.0
for i in range(repaints):
    # A scenario that changes every frame, as during a drag: the charts' setData on every item.
    price = low * (high / low) ** ((i % 50) / 49)
    controller.set_values({"launch_price_usd_per_kg": round(price, 1),
                           "capacity_gw": 1.0 + i % 5})
    controller.flush()
    controller.dashboard.grab()
    if i % 5 == 0:
        controller.dashboard.repaint()
    app.processEvents()
evaluations = controller.evaluations
window.close()
least = min(counter.by_widget.get(id(v.viewport()), 0) for v in views)
print(json.dumps({"views": len(views), "least": least, "evaluations": evaluations}))
"""
)


def run_repaints(script: str, tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONFAULTHANDLER": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(REPAINTS)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_plot_survives_500_repaints(tmp_path):
    report = run_repaints(_PLOT, tmp_path)
    assert report["paints"] >= REPAINTS


def test_the_dashboard_survives_500_redraws_of_changing_scenarios(tmp_path):
    report = run_repaints(_DASHBOARD, tmp_path)
    assert report["evaluations"] >= REPAINTS
    # Every plot of every chart was painted at every frame (repaint and grab both paint them).
    assert report["views"] >= 3  # the pyqtgraph charts (the claims board is plain Qt)
    assert report["least"] >= REPAINTS


def test_pyside6_is_not_the_release_that_aborts_in_repaints():
    if sys.version_info[:2] == (3, 11):
        assert PySide6.__version__ != "6.12.0", (
            "PySide6 6.12.0 aborts Python 3.11 after a few hundred repaints "
            "('Fatal Python error: none_dealloc'); install the version pyproject.toml allows "
            "(PySide6-Essentials<6.12 on Python < 3.12)"
        )


def test_pyproject_keeps_the_bad_release_out():
    dependencies = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    pyside = [Requirement(d) for d in dependencies if d.lower().startswith("pyside6")]
    for python in ("3.10", "3.11", "3.12", "3.13"):
        applying = [
            r for r in pyside if r.marker is None or r.marker.evaluate({"python_version": python})
        ]
        assert applying, f"no PySide6 requirement applies on Python {python}"
        for requirement in applying:
            if python == "3.11":
                assert not requirement.specifier.contains("6.12.0"), (
                    f"pyproject.toml lets PySide6 6.12.0 onto Python 3.11: {requirement}"
                )
            assert requirement.specifier.contains("6.11.3"), requirement
