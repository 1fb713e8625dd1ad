"""Axis tick labels a presenter can read: "$1k" instead of pyqtgraph's "1e+03" on log axes."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

_LABELLED_MANTISSAS = (1, 2, 5)


def compact_number(value: float, prefix: str = "", suffix: str = "") -> str:
    """``value`` with a k/M/G multiplier and at most three significant digits."""
    if not math.isfinite(value):
        return "none"
    magnitude = abs(value)
    for limit, letter in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if magnitude >= limit:
            return f"{prefix}{value / limit:.3g}{letter}{suffix}"
    return f"{prefix}{value:.3g}{suffix}"


class ValueAxis(pg.AxisItem):
    """An axis whose log-mode ticks read as plain numbers with a prefix ($) and suffix.

    On a log axis only 1, 2 and 5 times a power of ten carry text, so minor ticks stay quiet.
    """

    def __init__(self, orientation: str, prefix: str = "", suffix: str = "") -> None:
        super().__init__(orientation)
        self._prefix = prefix
        self._suffix = suffix

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        numbers = [float(10 ** np.float64(v) * scale) for v in values]
        labelled = [_round_mantissa(n) for n in numbers]
        # On a narrow range (less than a decade or so) every tick gets its text.
        label_all = sum(labelled) < 3
        return [
            compact_number(n, self._prefix, self._suffix) if label_all or keep else ""
            for n, keep in zip(numbers, labelled, strict=True)
        ]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        if not self._prefix and not self._suffix:
            return super().tickStrings(values, scale, spacing)
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing > 0 else 0
        return [f"{self._prefix}{v * scale:,.{places}f}{self._suffix}" for v in values]


def _round_mantissa(number: float) -> bool:
    """True for 1, 2 or 5 times a power of ten."""
    if number <= 0:
        return False
    mantissa = number / 10 ** math.floor(math.log10(number))
    return any(math.isclose(mantissa, m, rel_tol=1e-3) for m in _LABELLED_MANTISSAS)
