"""The model alone (no Qt): one scenario, 500-point sweeps, 10,000 Monte Carlo draws, the bands."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import parser, print_row, summarize, write_json

from explorer.model import Scenario, evaluate
from explorer.model.sweeps import cost_against_launch_price, launch_price_axis
from explorer.model.uncertainty import monte_carlo

POINTS = 500
DRAWS = 10_000


def timed(function: Callable[[], object], runs: int) -> dict[str, float | int]:
    function()  # warm-up
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        function()
        samples.append((time.perf_counter() - t0) * 1000)
    return summarize(samples)


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=20, help="runs of the fast cases (default 20)")
    p.add_argument("--mc-runs", type=int, default=7, help="runs of the 10,000-draw cases")
    args = p.parse_args()
    scenario = Scenario()
    point = evaluate(scenario)
    prices = launch_price_axis(POINTS)
    efficiency = np.linspace(0.20, 0.32, POINTS)
    mc = monte_carlo(scenario, DRAWS, with_paths=True)
    cases = {
        "one scenario, with paths": (lambda: evaluate(scenario), args.runs),
        "one scenario, no paths": (lambda: evaluate(scenario, with_paths=False), args.runs),
        "500-point launch price sweep (sweeps)": (
            lambda: cost_against_launch_price(point, prices),
            args.runs,
        ),
        "500-point cell efficiency sweep (evaluate)": (
            lambda: evaluate(scenario.with_changes(solar_cell_efficiency=efficiency)),
            args.runs,
        ),
        "10,000 draws, no paths": (
            lambda: monte_carlo(scenario, DRAWS, with_paths=False),
            args.mc_runs,
        ),
        "10,000 draws, with paths": (
            lambda: monte_carlo(scenario, DRAWS, with_paths=True),
            args.mc_runs,
        ),
        "bands of 10,000 draws (launch + year)": (
            lambda: (mc.launch_bands(), mc.year_bands()),
            args.mc_runs,
        ),
    }
    print("model")
    figures = {}
    for label, (function, runs) in cases.items():
        figures[label] = timed(function, runs)
        print_row(f"  {label}", figures[label])
    write_json(args.json, "model", {"cases": figures})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
