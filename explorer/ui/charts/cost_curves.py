"""Earth and orbit cost curves of each shown scenario (the launch-price and year charts)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from explorer.ui.charts.plot_frame import set_curve_data
from explorer.ui.theme import VARIANTS, Sizes, Theme, variant_pen

SIDES = ("earth", "space")


def scenario_curves(plot: pg.PlotItem) -> dict[str, pg.PlotDataItem]:
    """One curve per variant, the current scenario on top of the preset and the pinned one.

    The preset's and the pinned curves stay put while a slider moves: they are painted from a
    pixmap of themselves (stroking their dashes anew cost a millisecond a frame), which Qt
    renders again when they or the axes change.
    """
    curves = {}
    for z, variant in enumerate(reversed(VARIANTS)):
        curve = pg.PlotDataItem(connect="finite")
        curve.setZValue(10 + z)
        if variant != "current":
            curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.addItem(curve)
        curves[variant] = curve
    return dict(sorted(curves.items(), key=lambda item: VARIANTS.index(item[0])))


class CostCurves:
    """``items[(side, variant)]``: $ per GPU-hour curves, created once, hidden when not shown."""

    def __init__(self, plot: pg.PlotItem) -> None:
        per_side = {side: scenario_curves(plot) for side in SIDES}
        self.items: dict[tuple[str, str], pg.PlotDataItem] = {
            (side, variant): per_side[side][variant] for variant in VARIANTS for side in SIDES
        }

    def set_variant(
        self, variant: str, x: np.ndarray, costs: Mapping[str, np.ndarray] | None
    ) -> None:
        """Show ``costs[side]`` against ``x`` for ``variant``, or hide its curves with None."""
        for side in SIDES:
            curve = self.items[(side, variant)]
            if costs is None:
                curve.hide()
            else:
                set_curve_data(curve, x, costs[side])

    def restyle(self, theme: Theme, sizes: Sizes) -> None:
        for (side, variant), curve in self.items.items():
            curve.setPen(variant_pen(getattr(theme, side), variant, sizes))
