"""Bit-identical results for the same inputs and seed, whatever the process's hash seed (issue 16).

Python randomises string hashing per process, so anything that iterates a set of names (a sum over
the parts a boundary counts, draws ordered by set iteration) can change the last digits of a
result from one run to the next. Two processes with different ``PYTHONHASHSEED`` must print the
same bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _run(hash_seed: str, *argv: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "evaluate", *argv, "--json"],
        capture_output=True,
        env=env,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ("baseline-2026",),
        ("ground-constrained", "--set", "boundary=infrastructure"),
        ("--samples", "10000", "--seed", "7"),
        ("seed-claims-2026", "--samples", "2000", "--seed", "7"),
    ],
    ids=["plain", "boundary", "monte-carlo", "monte-carlo-seed-claims"],
)
def test_same_bytes_under_different_hash_seeds(argv: tuple[str, ...]) -> None:
    first, second = _run("1", *argv), _run("2", *argv)
    assert first == second
