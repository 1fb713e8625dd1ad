"""Cost per GPU-hour against launch price, Earth and orbit, with the breakeven and today's price."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.present.figures.launch_price import LaunchPriceFigure
from explorer.ui.charts.bands import BandOverlay
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.cost_curves import CostCurves
from explorer.ui.charts.label_layout import place
from explorer.ui.charts.markers import MarkerLine


class LaunchPriceChart(ChartBase):
    """$ per GPU-hour on a log-log plot against launch price."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plot(legend="top")
        self.frame = self._add_frame()
        self.cost_curves = CostCurves(self.frame.plot)
        self.curves = self.cost_curves.items
        self.breakeven = MarkerLine(self.frame.plot, log=True, colour_role="foreground")
        self.today = MarkerLine(
            self.frame.plot,
            log=True,
            colour_role="muted",
            style=Qt.PenStyle.DotLine,
            label_at_top=False,
        )
        self.bands = BandOverlay(self.frame, log_x=True)
        self._finish_plot()

    def _draw(self, figure: LaunchPriceFigure, previous: LaunchPriceFigure | None) -> None:
        self.frame.apply_axis("bottom", figure.x)
        self.frame.apply_axis("left", figure.y)
        self.frame.apply_axis("right", figure.right)
        for variant, costs in figure.costs.items():
            self.cost_curves.set_variant(variant, figure.prices, costs)
        self.breakeven.set_value(figure.breakeven.value, figure.breakeven.text)
        self.today.set_value(figure.today.value, figure.today.text)
        self.bands.set_bands(figure.bands)
        self.frame.set_note(figure.note)
        bands = [*self.bands.low.values(), *self.bands.high.values()]
        self.frame.fit_y_to([*self.curves.values(), *bands], log=True)

    def _place_labels(self) -> None:
        # Over no curve: "today $1.8k/kg" was written across the Earth curve.
        curves = [curve for curve in self.curves.values() if curve.isVisible()]
        place(self.frame.vb, [*self.breakeven.wanted(curves), *self.today.wanted(curves)])

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        self.cost_curves.restyle(theme, sizes)
        self.breakeven.restyle(theme, sizes)
        self.today.restyle(theme, sizes)
        self.bands.restyle(theme, sizes)


Chart = LaunchPriceChart
"""The dashboard finds each chart's widget as ``explorer.ui.charts.<name>.Chart``."""
