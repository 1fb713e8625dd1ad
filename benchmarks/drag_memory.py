"""Resident memory over a long drag: does the window's memory stay flat while a slider moves?

The main window is shown at 1920x1080 and the launch-price slider is held down and swept back and
forth at machine speed (each step: ``QSlider.setValue``, then the event loop runs until the frame
is painted) for ``--seconds``. The process's resident set size (RSS, from /proc/self/statm) is
sampled every ``--every`` seconds. tracemalloc cannot see this: most of the window's memory is
Qt's and pyqtgraph's native allocations, so only the RSS tells whether it creeps.

Reported: RSS at the start and the end, and the growth per minute as the least-squares slope of
RSS against time after the first fifth of the run (allocators settle during the first seconds).
With ``--bands`` the Monte Carlo bands are on; ``--drags N`` releases and presses the slider N
times over the run (each release is an undo step, as a presenter's separate drags are).

    .venv/bin/python benchmarks/drag_memory.py --seconds 300
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import parser, write_json
from slider_latency import _distinct_positions, _drain, _pump_until, _settle

KEY = "launch_price_usd_per_kg"


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def growth_per_minute(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) samples after the first fifth, in MB per minute."""
    start = samples[-1][0] / 5
    tail = [(t, m) for t, m in samples if t >= start] or samples
    n = len(tail)
    if n < 2:
        return 0.0
    mean_t = sum(t for t, _ in tail) / n
    mean_m = sum(m for _, m in tail) / n
    var = sum((t - mean_t) ** 2 for t, _ in tail)
    cov = sum((t - mean_t) * (m - mean_m) for t, m in tail)
    return 60 * cov / var if var else 0.0


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=120, help="length of the drag (default 120)")
    p.add_argument("--every", type=float, default=5, help="seconds between RSS samples")
    p.add_argument("--bands", action="store_true", help="with the Monte Carlo bands on")
    p.add_argument("--drags", type=int, default=1, help="separate drags over the run (default 1)")
    args = p.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")

    from PySide6.QtWidgets import QApplication

    from explorer.ui import create_controller
    from explorer.ui.views import Unsaved

    app = QApplication.instance() or QApplication(sys.argv[:1])
    controller = create_controller()
    window = controller.window
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    _pump_until(app, lambda: controller.results is not None and not controller.pending)
    if args.bands:
        controller.set_uncertainty(replace(controller.session.uncertainty, bands=True))
        _settle(app, controller)

    editor = controller.panel.slider(KEY)
    slider = editor.slider
    positions = _distinct_positions(editor, 200)
    sweep = positions + positions[::-1]
    drag_seconds = args.seconds / max(1, args.drags)

    samples: list[tuple[float, float]] = []
    steps = 0
    t0 = time.perf_counter()
    next_sample = 0.0
    next_release = drag_seconds
    slider.setSliderDown(True)
    while (now := time.perf_counter() - t0) < args.seconds:
        if now >= next_sample:
            samples.append((now, rss_mb()))
            next_sample += args.every
        if now >= next_release:
            slider.setSliderDown(False)
            slider.setSliderDown(True)
            next_release += drag_seconds
        slider.setValue(sweep[steps % len(sweep)])
        controller.flush()
        _drain(app)
        _settle(app, controller, timeout_s=0.0)
        steps += 1
    slider.setSliderDown(False)
    samples.append((time.perf_counter() - t0, rss_mb()))

    slope = growth_per_minute(samples)
    label = f"drag {args.seconds:g} s, {'with' if args.bands else 'no'} bands, {args.drags} drag(s)"
    print(label)
    print(f"  steps {steps} ({steps / samples[-1][0]:.0f}/s)")
    print(f"  RSS start {samples[0][1]:.1f} MB, end {samples[-1][1]:.1f} MB")
    print(f"  growth after warm-up {slope:+.2f} MB/min")
    write_json(
        args.json,
        "drag_memory",
        {
            "seconds": args.seconds,
            "bands": args.bands,
            "drags": args.drags,
            "steps": steps,
            "rss_mb": [[round(t, 1), round(m, 2)] for t, m in samples],
            "growth_mb_per_min": slope,
        },
    )
    window.ask_unsaved = lambda document: Unsaved.DISCARD
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
