"""``space-ai-explorer evaluate baseline-2026 --json`` as a whole process, several runs.

Timed from spawning the process to its exit, through the installed console script when it is
beside the interpreter (as a user runs it), else ``python -m explorer``. ``python -X importtime``
of one run is summarised too: the slowest imports say where the start-up goes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import parser, print_row, summarize, write_json

ARGS = ["evaluate", "baseline-2026", "--json"]


def command() -> list[str]:
    script = Path(sys.executable).with_name("space-ai-explorer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "explorer"]


def slowest_imports(count: int = 8) -> list[tuple[str, float]]:
    """The imports with the largest cumulative time (ms) in one ``-X importtime`` run."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "explorer", *ARGS],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in out.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # top-level imports only
            rows.append((match.group(3), int(match.group(1)) / 1000))
    return sorted(rows, key=lambda r: -r[1])[:count]


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=10)
    args = p.parse_args()
    cmd = [*command(), *ARGS]
    env = dict(os.environ)
    subprocess.run(cmd, capture_output=True, check=True, env=env)  # warm the file cache
    samples = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env=env)
        samples.append((time.perf_counter() - t0) * 1000)
    stats = summarize(samples)
    imports = slowest_imports()
    print(f"{' '.join(['space-ai-explorer', *ARGS])}, whole process")
    print_row("  evaluate --json", stats)
    print("  slowest top-level imports: " + ", ".join(f"{n} {ms:.0f} ms" for n, ms in imports))
    write_json(
        args.json,
        "cli_evaluate",
        {"command": cmd, "whole_process": stats, "slowest_imports_ms": dict(imports)},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
