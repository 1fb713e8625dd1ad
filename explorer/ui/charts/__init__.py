"""The charts (pyqtgraph views of Results) and the dashboard that holds one of each.

Every chart is a QWidget with ``title``, ``set_results(results, reference=None, pinned=None)``,
``set_theme(name)``, ``set_presentation(on)`` and ``csv_text()``; the cost charts add
``set_bands`` and the tornado ``set_rows``. Charts must not modify what they are given.
"""

from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.breakdown import BreakdownChart
from explorer.ui.charts.claims import ClaimsBoard
from explorer.ui.charts.dashboard import CHARTS, Dashboard
from explorer.ui.charts.launch_price import LaunchPriceChart
from explorer.ui.charts.scale import ScaleChart
from explorer.ui.charts.tornado import TornadoChart
from explorer.ui.charts.year import YearChart

__all__ = [
    "CHARTS",
    "BreakdownChart",
    "ChartBase",
    "ClaimsBoard",
    "Dashboard",
    "LaunchPriceChart",
    "ScaleChart",
    "TornadoChart",
    "YearChart",
]
