"""Cold start: process start to the first painted main window, against a bare pyqtgraph window.

Each run starts a fresh interpreter (``python -c``) and measures from just before the process is
spawned to the moment the window's first paint event has been handled (an event filter on the
window prints a timestamp, ``time.time()``, when the Paint event returns). The same is done for a
bare pyqtgraph window with one plot of 200 points, alternately in the same run, so the app's own
start-up cost shows as a ratio that is less sensitive to the machine's load than either number.

The explorer's modules are compiled to bytecode first, as an installed app's are (pip compiles a
wheel's modules; the desktop bundle ships them compiled; an editable install writes them on its
first start) and as pyqtgraph's and numpy's already are: where PYTHONDONTWRITEBYTECODE is set, an
editable install would otherwise compile about a hundred modules on every start (some 80 ms).
``--no-compile`` measures without that.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, median_of, parser, print_row, summarize, write_json

# Both children print "painted <time.time()>" once their window has handled its first paint.
_FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, lambda: (print("painted", time.time(), flush=True), app.quit()))
        return False
"""

APP = (
    _FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from explorer.ui import create_controller
controller = create_controller()
window = controller.window
window.resize(1920, 1080)
watch = FirstPaint()
controller.dashboard.charts["launch_price"].view.viewport().installEventFilter(watch)
window.show()
app.exec()
controller.shutdown()
"""
)

BARE = (
    _FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import numpy as np
import pyqtgraph as pg
window = pg.GraphicsLayoutWidget()
window.resize(1920, 1080)
plot = window.addPlot()
plot.plot(np.arange(200.0), np.sin(np.arange(200.0) / 20))
watch = FirstPaint()
window.viewport().installEventFilter(watch)
window.show()
app.exec()
"""
)


def time_child(code: str, env: dict[str, str]) -> float:
    """Milliseconds from spawning ``python -c code`` to its "painted" line."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    for line in out.stdout.splitlines():
        if line.startswith("painted "):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"no first paint:\n{out.stdout}\n{out.stderr}")


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--no-compile", action="store_true", help="do not compile the explorer first")
    args = p.parse_args()
    if not args.no_compile:
        compileall.compile_dir(ROOT / "explorer", quiet=1)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")
    platform = env["QT_QPA_PLATFORM"]
    time_child(BARE, env)  # warm the file cache once; not counted
    time_child(APP, env)
    app_ms, bare_ms = [], []
    for _ in range(args.runs):
        bare_ms.append(time_child(BARE, env))
        app_ms.append(time_child(APP, env))
    ratios = [a / b for a, b in zip(app_ms, bare_ms, strict=True)]
    stats = {"app": summarize(app_ms), "bare_pyqtgraph": summarize(bare_ms)}
    print(f"cold start to first paint, {platform}")
    print_row("  main window", stats["app"])
    print_row("  bare pyqtgraph window", stats["bare_pyqtgraph"])
    ratio = median_of(app_ms) / median_of(bare_ms)
    print(f"  ratio of medians {ratio:.2f} (budget 1.5); median per-run {median_of(ratios):.2f}")
    write_json(
        args.json,
        "cold_start",
        {
            "platform": platform,
            "runs": args.runs,
            "explorer_compiled_first": not args.no_compile,
            **stats,
            "ratio_of_medians": ratio,
            "ratio_per_run_median": median_of(ratios),
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
