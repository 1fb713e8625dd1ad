"""Monte Carlo bands on a cost chart: P10-P90 fills per side, a thin median, and the probability
that orbit is cheaper on the right-hand axis.

``bands`` is any object with ``x`` (launch prices or years), ``earth`` and ``space`` (shape
(3, len(x)): rows P10, P50, P90 in $/GPU-h) and ``p_orbit_cheaper`` (fraction, len(x)), as
``explorer.model.uncertainty.Bands``.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from explorer.ui.charts.plot_frame import PlotFrame, set_curve_data
from explorer.ui.theme import Sizes, Theme, color, pen

SIDES = ("earth", "space")


class Bands(Protocol):
    x: np.ndarray
    earth: np.ndarray
    space: np.ndarray
    p_orbit_cheaper: np.ndarray


class BandOverlay:
    """Items for the bands, created once and hidden while there are no bands."""

    def __init__(self, frame: PlotFrame, log_x: bool) -> None:
        self._frame = frame
        self._log_x = log_x
        self.bands: Bands | None = None
        self.low: dict[str, pg.PlotDataItem] = {}
        self.high: dict[str, pg.PlotDataItem] = {}
        self.median: dict[str, pg.PlotDataItem] = {}
        self.fill: dict[str, pg.FillBetweenItem] = {}
        for side in SIDES:
            self.low[side] = pg.PlotDataItem(connect="finite")
            self.high[side] = pg.PlotDataItem(connect="finite")
            self.median[side] = pg.PlotDataItem(connect="finite")
            for item in (self.low[side], self.high[side], self.median[side]):
                item.setZValue(2)
                frame.plot.addItem(item)
            self.fill[side] = pg.FillBetweenItem(self.low[side], self.high[side])
            frame.plot.addItem(self.fill[side])
        # The probability lives in its own ViewBox (0-100 %) that shares the x axis.
        self.probability_view = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.probability_view.setMenuEnabled(False)
        frame.plot.scene().addItem(self.probability_view)
        frame.plot.getAxis("right").linkToView(self.probability_view)
        self.probability_view.setXLink(frame.plot.vb)
        self.probability_view.setYRange(0, 100, padding=0.02)
        self.probability = pg.PlotDataItem(connect="finite")
        self.probability_view.addItem(self.probability)
        frame.plot.vb.sigResized.connect(self._on_view_resized)
        self._visible = True
        self._set_visible(False)

    def set_bands(self, bands: Bands | None) -> None:
        """Show ``bands`` (see the module docstring), or hide every band item with None."""
        if bands is self.bands:
            return
        self.bands = bands
        if bands is None:
            self._set_visible(False)
            return
        x = np.asarray(bands.x, dtype=float)
        for side in SIDES:
            rows = np.asarray(getattr(bands, side), dtype=float)
            if rows.shape != (3, x.size):
                raise ValueError(f"bands.{side} must have shape (3, {x.size}), got {rows.shape}")
            # Unchanged edges keep their data: the fill between them rebuilds its path on each
            # edge's change, which is most of a band's cost.
            set_curve_data(self.low[side], x, _positive(rows[0]))
            set_curve_data(self.median[side], x, _positive(rows[1]))
            set_curve_data(self.high[side], x, _positive(rows[2]))
        probability = 100 * np.asarray(bands.p_orbit_cheaper, dtype=float)
        x_view = np.log10(x) if self._log_x else x
        set_curve_data(self.probability, x_view, probability)
        self._set_visible(True)

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        for side in SIDES:
            hue = getattr(theme, side)
            self.fill[side].setBrush(pg.mkBrush(color(hue, theme.band_alpha)))
            self.fill[side].setPen(pg.mkPen(None))
            for item in (self.low[side], self.high[side]):
                item.setPen(pen(hue, max(1.0, sizes.pen_px * 0.3), alpha=140))
            self.median[side].setPen(pen(hue, max(1.0, sizes.pen_px * 0.45), alpha=200))
        self.probability.setPen(pen(theme.muted, sizes.pen_px * 0.7, Qt.PenStyle.DotLine))

    def _set_visible(self, on: bool) -> None:
        if self._visible == on:
            return
        self._visible = on
        for side in SIDES:
            for item in (self.low[side], self.high[side], self.median[side], self.fill[side]):
                item.setVisible(on)
        self.probability.setVisible(on)
        self._frame.plot.showAxis("right", on)

    def _on_view_resized(self) -> None:
        self.probability_view.setGeometry(self._frame.plot.vb.sceneBoundingRect())
        self.probability_view.linkedViewChanged(self._frame.plot.vb, self.probability_view.XAxis)


def _positive(values: np.ndarray) -> np.ndarray:
    """Costs for a log axis: zero or less becomes a gap instead of a log warning."""
    return np.where(values > 0, values, np.nan)
