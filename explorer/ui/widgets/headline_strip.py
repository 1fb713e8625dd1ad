"""The headline numbers above the charts: both costs, their ratio, breakeven and crossover.

A view: ``set_results`` only sets label texts; nothing here touches the model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.model import Results
from explorer.ui.widgets import headline_format as fmt

TILES: tuple[tuple[str, str], ...] = (
    ("earth", "Earth $/GPU-hour"),
    ("space", "Orbit $/GPU-hour"),
    ("ratio", "Orbit ÷ Earth"),
    ("breakeven", "Breakeven launch price"),
    ("crossover", "Crossover year"),
)


class _Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineTile")
        self.caption = QLabel(caption)
        self.caption.setObjectName("headlineCaption")
        self.value = QLabel("—")
        self.value.setObjectName("headlineValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel("")
        self.note.setObjectName("headlineNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)


class HeadlineStrip(QFrame):
    """Five tiles in a row, and a line with the reasons when the scenario is infeasible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineStrip")
        self.tiles = {name: _Tile(caption) for name, caption in TILES}
        self.tiles["crossover"].note.setText(fmt.CLAIM_TEXT)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("headlineReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reasons_label)

    def text(self, name: str) -> str:
        """A tile's value text (for tests and accessibility)."""
        return self.tiles[name].value.text()

    def set_results(self, results: Results) -> None:
        earth = float(results["earth.usd_per_gpu_hour"])
        space = float(results["space.usd_per_gpu_hour"])
        feasible = bool(results["feasible"])
        reasons = results.reasons()
        self._set("earth", fmt.money(earth) if earth > 0 else "—")
        self._set("space", fmt.money(space) if feasible else "infeasible")
        self._set("ratio", fmt.ratio(float(results["space_to_earth_ratio"])))
        breakeven = float(results["breakeven_launch_usd_per_kg"])
        self._set("breakeven", fmt.money(breakeven, "/kg") if feasible else "—")
        self.tiles["breakeven"].note.setText(
            ""
            if not feasible
            else "no price closes the gap"
            if breakeven != breakeven
            else f"today {fmt.money(float(results.scenario['launch_price_usd_per_kg']), '/kg')}"
        )
        self._set("crossover", fmt.crossover(float(results["crossover_year"])))
        self.reasons_label.setVisible(bool(reasons))
        if reasons:
            self.reasons_label.setText("Not feasible: " + "; ".join(reasons) + ".")
        if self.property("infeasible") != (not feasible):
            self.setProperty("infeasible", not feasible)
            self.style().unpolish(self)
            self.style().polish(self)

    def _set(self, name: str, text: str) -> None:
        label = self.tiles[name].value
        if label.text() != text:
            label.setText(text)
