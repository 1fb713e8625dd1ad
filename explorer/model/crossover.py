"""When orbit is cheaper along the year paths: the crossover that lasts, and every window.

``gap`` is space minus ground $ per GPU-hour on whole years (last axis); ``ok`` says where both
sides could be evaluated. Orbit is cheaper in a year when ``ok`` and ``gap <= 0``; between two
whole years the gap is taken as linear, so an edge falls where the line through the two years'
gaps crosses zero. An edge next to an infeasible year stays on the cheaper whole year.
"""

from __future__ import annotations

import numpy as np


def _edge(years: np.ndarray, g_before: np.ndarray, g_after: np.ndarray, i_before: np.ndarray):
    """The year between ``i_before`` and the next whole year where a linear gap crosses zero."""
    step = g_before / np.where(g_before != g_after, g_before - g_after, 1.0)
    return years[i_before] + np.clip(step, 0.0, 1.0)


def crossover_year(years: np.ndarray, gap: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """The (fractional) year from which orbit stays cheaper through the end of the axis.

    The start of the last window in which orbit is cheaper, if that window lasts to the last
    year (2050); the first year if orbit is cheaper all along; NaN if orbit is dearer (or
    infeasible) in the last year.
    """
    gap, ok = np.broadcast_arrays(np.asarray(gap, dtype=float), np.asarray(ok, dtype=bool))
    wins = ok & (gap <= 0)
    count = wins.shape[-1]
    # Index of the last year orbit is not cheaper (-1 if none): the final run starts after it.
    last_loss = count - 1 - np.argmax(~wins[..., ::-1], axis=-1)
    last_loss = np.where(wins.all(axis=-1), -1, last_loss)
    first = np.minimum(last_loss + 1, count - 1)
    before = np.maximum(last_loss, 0)
    g_before = np.take_along_axis(gap, before[..., None], -1)[..., 0]
    g_first = np.take_along_axis(gap, first[..., None], -1)[..., 0]
    ok_before = np.take_along_axis(ok, before[..., None], -1)[..., 0]
    interpolated = _edge(years, g_before, g_first, before)
    start = np.where((last_loss >= 0) & ok_before, interpolated, years[first])
    return np.where(wins[..., -1], start, np.nan)


def cheaper_windows(
    years: np.ndarray, gap: np.ndarray, ok: np.ndarray
) -> list[tuple[float, float | None]]:
    """Every window of one scenario (1-D paths) in which orbit is cheaper.

    Each is (start, end) in fractional years; end is None when the window lasts through the
    last year of the axis (2050). Empty when orbit is never cheaper.
    """
    years = np.asarray(years, dtype=float)
    gap = np.asarray(gap, dtype=float)
    ok = np.asarray(ok, dtype=bool)
    if gap.ndim != 1:
        raise ValueError("cheaper_windows takes the paths of one scenario")
    wins = ok & (gap <= 0)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], wins.astype(np.int8), [0]))))
    windows: list[tuple[float, float | None]] = []
    for first, after in zip(edges[::2], edges[1::2], strict=True):
        last = after - 1
        start = years[first]
        if first > 0 and ok[first - 1]:
            start = float(_edge(years, gap[first - 1], gap[first], np.asarray(first - 1)))
        if after == len(years):
            end = None
        elif ok[after]:
            end = float(_edge(years, -gap[last], -gap[after], np.asarray(last)))
        else:
            end = float(years[last])
        windows.append((float(start), end))
    return windows
