"""Data as CSV text: one header row (names with units), then one row per point. Locale-independent:
numbers keep full precision, NaN is an empty cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

import numpy as np


def csv_text(columns: Sequence[tuple[str, Sequence[float] | np.ndarray | Sequence[str]]]) -> str:
    """CSV of equally long columns; NaN is written as an empty cell.

    ``columns`` is a sequence of ``(header, values)``; numbers keep full precision (repr).
    """
    headers = [name for name, _ in columns]
    lengths = {len(values) for _, values in columns}
    if len(lengths) > 1:
        raise ValueError(f"columns differ in length: {sorted(lengths)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    for row in zip(*(values for _, values in columns), strict=True):
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    return repr(number) if np.isfinite(number) else ""
