"""``explain`` between two bundled presets: in-process, and as a whole process from the shell.

In-process: ``explain(A, B)`` on loaded presets, for the pair the issue names (starcloud-2024 to
baseline-2026, 5 groups differ: 32 mixes in 2 evaluations) and for the largest bundled pair
(seed-claims-2026 to starcloud-2024, 8 groups: 256 mixes). Whole process: ``space-ai-explorer
explain starcloud-2024 baseline-2026 --json`` from spawn to exit, as ``cli_evaluate.py`` times
``evaluate``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_evaluate import command
from common import parser, print_row, summarize, write_json

from explorer.io import load_bundled
from explorer.model.explain import explain

PAIRS = (("starcloud-2024", "baseline-2026"), ("seed-claims-2026", "starcloud-2024"))


def in_process(a_name: str, b_name: str, runs: int) -> tuple[int, dict[str, float | int]]:
    a, b = load_bundled(a_name).scenario, load_bundled(b_name).scenario
    mixes = explain(a, b).mixes  # warm-up
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        explain(a, b)
        samples.append((time.perf_counter() - t0) * 1000)
    return mixes, summarize(samples)


def whole_process(runs: int) -> tuple[list[str], dict[str, float | int]]:
    cmd = [*command(), "explain", *PAIRS[0], "--json"]
    subprocess.run(cmd, capture_output=True, check=True)  # warm the file cache
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        samples.append((time.perf_counter() - t0) * 1000)
    return cmd, summarize(samples)


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=30, help="in-process runs (default 30)")
    p.add_argument("--process-runs", type=int, default=10, help="whole-process runs (default 10)")
    args = p.parse_args()
    figures: dict[str, object] = {}
    for a_name, b_name in PAIRS:
        mixes, stats = in_process(a_name, b_name, args.runs)
        label = f"{a_name} -> {b_name} ({mixes} mixes)"
        print_row(label, stats)
        figures[f"{a_name}_to_{b_name}"] = {"mixes": mixes, "in_process": stats}
    cmd, stats = whole_process(args.process_runs)
    print_row("explain ... --json, whole process", stats)
    figures["whole_process"] = {"command": cmd, **stats}
    write_json(args.json, "explain", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
