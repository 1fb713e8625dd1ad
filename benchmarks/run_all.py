"""Run every benchmark, write benchmarks/results/latest.json and print a table with the budgets.

    .venv/bin/python benchmarks/run_all.py [--quick]

Each benchmark runs in its own process with ``--json``; the slider benchmark runs on the offscreen
platform and, when ``xvfb-run`` is installed, on a real X server (Xvfb, QT_QPA_PLATFORM=xcb),
without and with the Monte Carlo bands. ``--quick`` does fewer runs (a smoke test of the suite).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load_average, machine

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"]


def jobs(quick: bool) -> dict[str, tuple[list[str], dict[str, str]]]:
    """name -> (command, extra environment)."""
    py = sys.executable
    slider_runs = ["--runs", "1" if quick else "3"]
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    out: dict[str, tuple[list[str], dict[str, str]]] = {
        "slider_offscreen": ([py, str(HERE / "slider_latency.py"), *slider_runs], offscreen),
        "slider_offscreen_bands": (
            [py, str(HERE / "slider_latency.py"), *slider_runs, "--bands"],
            offscreen,
        ),
    }
    if shutil.which("xvfb-run"):
        xcb = {"QT_QPA_PLATFORM": "xcb"}
        out["slider_xcb"] = ([*XVFB, py, str(HERE / "slider_latency.py"), *slider_runs], xcb)
        out["slider_xcb_bands"] = (
            [*XVFB, py, str(HERE / "slider_latency.py"), *slider_runs, "--bands"],
            xcb,
        )
    talk_runs = ["--runs", "1" if quick else "2"]
    out["talk_offscreen"] = ([py, str(HERE / "talk_latency.py"), *talk_runs], offscreen)
    out["talk_offscreen_dpr2"] = (
        [py, str(HERE / "talk_latency.py"), *talk_runs],
        {**offscreen, "QT_SCALE_FACTOR": "2"},
    )
    out["cold_start"] = (
        [py, str(HERE / "cold_start.py"), "--runs", "3" if quick else "7"],
        offscreen,
    )
    out["export_png"] = (
        [py, str(HERE / "export_png.py"), "--runs", "2" if quick else "7"],
        offscreen,
    )
    out["drag_memory"] = (
        [py, str(HERE / "drag_memory.py"), "--seconds", "20" if quick else "120"],
        offscreen,
    )
    out["model"] = ([py, str(HERE / "model.py"), *(["--runs", "5", "--mc-runs", "2"] * quick)], {})
    out["cli_evaluate"] = (
        [py, str(HERE / "cli_evaluate.py"), "--runs", "3" if quick else "10"],
        {},
    )
    out["explain"] = (
        [py, str(HERE / "explain.py"), *(["--runs", "5", "--process-runs", "3"] * quick)],
        {},
    )
    return out


def budgets(figures: dict[str, dict]) -> list[tuple[str, float, float, str]]:
    """(what, measured, budget, unit) for each budget (issues 5 and 12) that was measured."""
    rows = []
    for name, label, limit in (
        ("slider_offscreen", "slider step p99, no bands, offscreen", 16),
        ("slider_xcb", "slider step p99, no bands, Xvfb", 16),
        ("slider_offscreen_bands", "slider step p99, bands, offscreen", 33),
        ("slider_xcb_bands", "slider step p99, bands, Xvfb", 33),
    ):
        step = figures.get(name, {}).get("step")
        if step:
            rows.append((label, step["p99_ms"], limit, "ms"))
    for name, label, key, limit in (
        ("talk_offscreen", "talk slider step p99, 1920x1080", "slider_step", 8),
        ("talk_offscreen_dpr2", "talk slider step p99, 3840x2160 (DPR 2)", "slider_step", 16),
        ("talk_offscreen", "talk transition frame p99, 1920x1080", "transition_frame", 16.7),
    ):
        talk = figures.get(name, {}).get(key)
        if talk:
            rows.append((label, talk["p99_ms"], limit, "ms"))
    cold = figures.get("cold_start")
    if cold:
        rows.append(("cold start / bare pyqtgraph", cold["ratio_of_medians"], 1.5, "x"))
    export = figures.get("export_png", {}).get("dashboard_3840")
    if export:
        rows.append(("dashboard PNG 3840 median", export["median_ms"] / 1000, 0.6, "s"))
    drag = figures.get("drag_memory")
    if drag:
        rows.append(("RSS growth over a long drag", drag["growth_mb_per_min"], 1.0, "MB/min"))
    cli = figures.get("cli_evaluate", {}).get("whole_process")
    if cli:
        rows.append(("evaluate --json median", cli["median_ms"] / 1000, 0.5, "s"))
    return rows


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="fewer runs: a smoke test of the suite")
    p.add_argument("--only", nargs="*", help="run only these benchmarks (names as in the table)")
    args = p.parse_args()
    RESULTS.mkdir(exist_ok=True)
    load_before = load_average()
    figures: dict[str, dict] = {}
    for name, (command, extra) in jobs(args.quick).items():
        if args.only and name not in args.only:
            continue
        path = RESULTS / f"{name}.json"
        env = {**os.environ, **extra}
        print(f"--- {name}", flush=True)
        done = subprocess.run([*command, "--json", str(path)], env=env, text=True)
        if done.returncode != 0 or not path.exists():
            print(f"    {name} failed (exit {done.returncode})")
            continue
        figures[name] = json.loads(path.read_text())
    summary = {
        "machine": {**machine(), "load_average_before": load_before},
        "budgets": [
            {"what": w, "measured": m, "budget": b, "unit": u, "holds": m <= b}
            for w, m, b, u in budgets(figures)
        ],
        "benchmarks": figures,
    }
    (RESULTS / "latest.json").write_text(json.dumps(summary, indent=2) + "\n")
    m = summary["machine"]
    print(
        f"\n{m['date']}  {m['cpu']}  nproc {m['nproc']}  "
        f"load average before {load_before}, after {m['load_average']}"
    )
    print(f"{'budget':<42} {'measured':>10} {'budget':>8}  holds")
    for row in summary["budgets"]:
        print(
            f"{row['what']:<42} {row['measured']:>9.2f}{row['unit']:<1} "
            f"{row['budget']:>7}{row['unit']:<1}  {'yes' if row['holds'] else 'NO'}"
        )
    print(f"\nwritten {RESULTS / 'latest.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
