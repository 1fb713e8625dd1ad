"""What every benchmark shares: percentiles, the machine's description and the --json output.

Benchmarks print numbers; they never pass or fail. Timings use ``time.perf_counter`` (monotonic,
sub-microsecond) and are reported in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def summarize(samples_ms: Sequence[float]) -> dict[str, float | int]:
    """Count, median, p95, p99, mean, min and max of ``samples_ms`` (milliseconds)."""
    values = np.asarray(samples_ms, dtype=float)
    if values.size == 0:
        return {"n": 0}
    return {
        "n": int(values.size),
        "median_ms": float(np.median(values)),
        "p95_ms": float(np.percentile(values, 95)),
        "p99_ms": float(np.percentile(values, 99)),
        "mean_ms": float(values.mean()),
        "min_ms": float(values.min()),
        "max_ms": float(values.max()),
    }


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, object]:
    """Date, CPU, cores, load average and the versions that matter for the numbers."""
    info: dict[str, object] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "load_average": load_average(),
        "python": platform.python_version(),
        "numpy": np.__version__,
    }
    if "PySide6" in sys.modules:
        import pyqtgraph
        import PySide6

        info["pyside6"] = PySide6.__version__
        info["pyqtgraph"] = pyqtgraph.__version__
    return info


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", metavar="PATH", help="write the figures as JSON to PATH")
    return p


def write_json(path: str | None, name: str, figures: dict[str, object]) -> dict[str, object]:
    """Add the machine description, write ``{"benchmark": name, ...}`` to ``path`` if given."""
    out = {"benchmark": name, "machine": machine(), **figures}
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(out, indent=2) + "\n")
    return out


def print_row(label: str, stats: dict[str, float | int]) -> None:
    if not stats.get("n"):
        print(f"{label:<46} (no samples)")
        return
    print(
        f"{label:<46} n={stats['n']:<5} median {stats['median_ms']:8.2f} ms"
        f"  p95 {stats['p95_ms']:8.2f}  p99 {stats['p99_ms']:8.2f}  max {stats['max_ms']:8.2f}"
    )


def median_of(values: Sequence[float]) -> float:
    return float(statistics.median(values))
