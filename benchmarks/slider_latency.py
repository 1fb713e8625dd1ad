"""Slider-to-pixel latency: drag the launch-price slider over 300 positions, every chart shown.

The main window is shown at 1920x1080 (``--size``). Each step sets the QSlider's value while the
slider is held down (as a drag does), so the value travels the app's real path: slider signal,
controller, one evaluation, the figures, every chart, the headline strip, the paint.

One step is timed from just before ``QSlider.setValue`` to the painted frame, with every wait in
between counted: the event loop runs (as the app's own would, nothing flushed by hand) until the
launch-price chart's curve shows the new value's data, then until nothing is posted any more,
which performs pyqtgraph's deferred layouts, the graphics scenes' dirty-item processing and the
widgets' UpdateRequest, i.e. the paints into the window's backing store, flushed to the platform
window. On xcb the step ends after ``QGuiApplication.sync()``, a round trip that waits until the X
server has taken the frame. A coalescing timer that waits before it evaluates is inside the step.

Run on the offscreen platform (default) or on a real X server:
    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb python benchmarks/slider_latency.py
At device pixel ratio 2 (3840x2160 physical pixels): ``QT_SCALE_FACTOR=2``.
With ``--bands`` the Monte Carlo bands are switched on (``controller.set_uncertainty``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import parser, print_row, summarize, write_json

STEPS = 300
WARMUP_STEPS = 20
KEY = "launch_price_usd_per_kg"


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="passes of 300 steps (default 3)")
    p.add_argument("--steps", type=int, default=STEPS)
    p.add_argument("--bands", action="store_true", help="with the Monte Carlo bands on")
    p.add_argument("--cprofile", metavar="PATH", help="write a cProfile of the timed steps")
    p.add_argument("--size", default="1920x1080", help="window size (default 1920x1080)")
    args = p.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Fresh settings: no saved geometry, theme or autosave from a user's session.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from explorer.ui import create_controller
    from explorer.ui.app import freeze_startup_objects
    from explorer.ui.views import Unsaved

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _patch_paint_event()
    platform = QGuiApplication.platformName()
    controller = create_controller()
    window = controller.window
    width, height = (int(v) for v in args.size.split("x"))
    window.setGeometry(0, 0, width, height)
    window.show()
    _pump_until(app, lambda: window.isExposed() if hasattr(window, "isExposed") else True)
    _pump_until(app, lambda: controller.results is not None and not controller.pending)

    if args.bands:
        controller.set_uncertainty(replace(controller.session.uncertainty, bands=True))
        _settle(app, controller)

    freeze_startup_objects()  # as the app does once its window is up
    timings = _Timings(controller)
    editor = controller.panel.slider(KEY)
    slider = editor.slider
    positions = _distinct_positions(editor, args.steps)

    slider.setSliderDown(True)
    _drag(app, controller, slider, positions[:WARMUP_STEPS], timings, platform)  # not counted
    timings.reset()
    profiler = None
    if args.cprofile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    per_run = []
    for run in range(args.runs):
        path = positions if run % 2 == 0 else positions[::-1]
        start = len(timings.samples["step"])
        _drag(app, controller, slider, path, timings, platform)
        per_run.append(summarize(timings.samples["step"][start:]))
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.cprofile)
    slider.setSliderDown(False)

    stats = {name: summarize(values) for name, values in timings.samples.items()}
    label = f"slider step, {platform}, {'with' if args.bands else 'no'} bands"
    print(label)
    steps = max(1, len(timings.samples["step"]))
    for name, s in stats.items():
        calls = timings.calls.get(name)
        print_row(f"  {name}" + (f" ({calls / steps:.2f}/step)" if calls else ""), s)
    figures = {
        "platform": platform,
        "bands": args.bands,
        "window": [window.width(), window.height()],
        "steps_per_run": args.steps,
        "runs": args.runs,
        "step": stats.pop("step"),
        "stages": stats,
        "per_run": per_run,
        "paints_per_step": timings.paints / max(1, len(timings.samples["step"])),
        "calls_per_step": {
            name: count / max(1, len(timings.samples["step"]))
            for name, count in sorted(timings.calls.items())
        },
    }
    write_json(args.json, "slider_latency", figures)
    window.ask_unsaved = lambda document: Unsaved.DISCARD
    window.close()
    return 0


_PAINT_TIMER: dict = {}
_ORIGINAL_PAINT: list = []


def _patch_paint_event() -> None:
    """Time each chart's paint: pyqtgraph's GraphicsView.paintEvent is Python, so it can be
    wrapped; it must be wrapped before the first view exists (PySide resolves overrides once)."""
    import pyqtgraph as pg

    original = pg.GraphicsView.paintEvent
    _ORIGINAL_PAINT.append(original)

    def paint_event(view, event):
        timed = _PAINT_TIMER.get(id(view))
        return timed(view, event) if timed else original(view, event)

    pg.GraphicsView.paintEvent = paint_event


class _Timings:
    """Per-step samples; the evaluation and each chart's update are timed by wrapping them."""

    def __init__(self, controller) -> None:
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.paints = 0
        self.calls: dict[str, int] = defaultdict(int)
        self._pending: dict[str, float] = defaultdict(float)
        controller._evaluate = self._timed("evaluate", controller._evaluate)
        builder = controller.figure_builder
        builder.build = self._timed("figures", builder.build)
        for name, chart in controller.dashboard.charts.items():
            chart.set_figure = self._timed(f"chart {name}", chart.set_figure)
        headline = controller.headline
        headline.set_figure = self._timed("headline", headline.set_figure)
        # Live draws on the GUI thread (with bands on).
        uncertainty = controller.uncertainty
        uncertainty.on_evaluated = self._timed("live bands", uncertainty.on_evaluated)
        self._watch_paints(controller)
        _PAINT_TIMER.update(
            {
                id(chart.view): self._timed(f"paint {name}", _ORIGINAL_PAINT[0])
                for name, chart in controller.dashboard.charts.items()
                if getattr(chart, "view", None) is not None
            }
        )

    def _timed(self, name, function):
        def wrapper(*args, **kwargs):
            self.calls[name] += 1
            t0 = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self._pending[name] += (time.perf_counter() - t0) * 1000

        return wrapper

    def _watch_paints(self, controller) -> None:
        from PySide6.QtCore import QEvent, QObject

        timings = self

        class PaintCounter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    timings.paints += 1
                return False

        self._counter = PaintCounter()
        for chart in controller.dashboard.charts.values():
            view = getattr(chart, "view", None)
            if view is not None:
                view.viewport().installEventFilter(self._counter)

    def step_done(self, step_ms: float, stages: dict[str, float]) -> None:
        self.samples["step"].append(step_ms)
        for name, value in stages.items():
            self.samples[name].append(value)
        for name, value in self._pending.items():
            self.samples[name].append(value)
        self._pending.clear()

    def reset(self) -> None:
        self.samples.clear()
        self._pending.clear()
        self.paints = 0
        self.calls.clear()


def _drag(app, controller, slider, positions, timings: _Timings, platform: str) -> None:
    curve = controller.dashboard.charts["launch_price"].curves[("space", "current")]
    for position in positions:
        if slider.value() == position:
            continue
        shown = curve.getOriginalDataset()[1]
        t0 = time.perf_counter()
        slider.setValue(position)
        t1 = time.perf_counter()
        _wait_for_new_data(app, lambda shown=shown: curve.getOriginalDataset()[1] is not shown)
        t2 = time.perf_counter()
        _drain(app)
        if platform == "xcb":
            app.sync()
        t3 = time.perf_counter()
        timings.step_done(
            (t3 - t0) * 1000,
            {
                "input (slider signal and what it ran)": (t1 - t0) * 1000,
                "until the chart has the new data": (t2 - t0) * 1000,
                "layout + paint": (t3 - t2) * 1000,
            },
        )
        # Background work the app may start after a frame (e.g. full-count bands) runs between
        # steps, as it would between a presenter's mouse events; it is not part of the step.
        _settle(app, controller, timeout_s=0.0)


def _wait_for_new_data(app, arrived, timeout_s: float = 5.0) -> None:
    """Run the event loop, as the app's own would, until ``arrived()``: a timer that holds the
    evaluation back is waited for, not flushed."""
    deadline = time.perf_counter() + timeout_s
    while not arrived():
        app.processEvents()
        if arrived():
            return
        if time.perf_counter() > deadline:
            raise RuntimeError("the chart never showed the new value")
        time.sleep(0.0001)


def _distinct_positions(editor, steps: int) -> list[int]:
    """``steps`` slider positions spread across the slider, each giving a new value (at the low
    end of a log slider neighbouring positions round to the same $/kg)."""
    slider, mapping = editor.slider, editor.mapping
    values: dict[float, int] = {}
    for position in range(slider.minimum(), slider.maximum() + 1):
        values.setdefault(mapping.to_value(position), position)
    distinct = sorted(values.values())
    picks = [distinct[round(i * (len(distinct) - 1) / (steps - 1))] for i in range(steps)]
    return sorted(set(picks))


def _drain(app) -> None:
    """Run the event loop until nothing is posted (layouts, scene updates, paints)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(4):
        QCoreApplication.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _settle(app, controller, timeout_s: float = 5.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while True:
        app.processEvents()
        uncertainty = getattr(controller, "uncertainty", None)
        busy = controller.pending or (uncertainty is not None and uncertainty.busy)
        if not busy or time.perf_counter() > deadline:
            return
        time.sleep(0.001)


def _pump_until(app, condition, timeout_s: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


if __name__ == "__main__":
    raise SystemExit(main())
