"""The charts: pyqtgraph (and table) views that draw the figures of ``explorer.present.figures``,
and the dashboard that holds one of each.

Every chart is a QWidget with ``set_figure(figure)``, ``set_theme(name)``,
``set_presentation(on)`` and ``set_render_scale(factor)``. Charts draw what they are given: they
never call the model and are never read back.
"""

from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.breakdown import BreakdownChart
from explorer.ui.charts.bridge import BridgeChart
from explorer.ui.charts.claims import ClaimsBoard
from explorer.ui.charts.dashboard import Dashboard, chart_class
from explorer.ui.charts.launch_price import LaunchPriceChart
from explorer.ui.charts.scale import ScaleChart
from explorer.ui.charts.tornado import TornadoChart
from explorer.ui.charts.year import YearChart

__all__ = [
    "BreakdownChart",
    "BridgeChart",
    "ChartBase",
    "ClaimsBoard",
    "Dashboard",
    "LaunchPriceChart",
    "ScaleChart",
    "TornadoChart",
    "YearChart",
    "chart_class",
]
