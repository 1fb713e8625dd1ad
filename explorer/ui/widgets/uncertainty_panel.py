"""The uncertainty controls at the top of the slider panel, and the chance that orbit is cheaper.

A view: it emits intent (bands on, draws, range width, seed, lock all, tornado metric, thresholds)
and shows what it is told with ``set_settings``, ``set_metric``, ``set_snapshot`` and
``set_busy``, with signals blocked. It must not modify the model.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)

from explorer.model.sensitivity import METRICS
from explorer.ui.uncertainty_compute import (
    SAMPLE_CHOICES,
    WIDTH_RANGE,
    UncertaintySettings,
    UncertaintySnapshot,
)
from explorer.ui.widgets.group_section import CollapsibleSection

MAX_SEED = 2**31 - 1


def percent(p: float) -> str:
    """A chance as a whole percentage that never rounds a possibility away: "<1%", ">99%"."""
    if 0 < p < 0.01:
        return "<1%"
    if 0.99 < p < 1:
        return ">99%"
    return f"{100 * p:.0f}%"


def probability_text(snapshot: UncertaintySnapshot | None) -> str:
    """ "now 12% · 2030 40% · 2035 71%" (years only with bands), or a dash before any draws."""
    if snapshot is None:
        return "—"
    parts = [f"now {percent(snapshot.p_now)}"]
    parts += [f"{year} {percent(p)}" for year, p in sorted(snapshot.p_by_year.items())]
    return " · ".join(parts)


def width_text(width: float) -> str:
    if width >= WIDTH_RANGE[1]:
        return "full range"
    return f"{100 * width:.0f}% of range"


class UncertaintyPanel(CollapsibleSection):
    """Collapsible: bands, draws, range width, seed, lock all/none, tornado metric, thresholds."""

    bands_toggled = Signal(bool)
    samples_chosen = Signal(int)
    width_changed = Signal(float)
    """Fraction of each range drawn, around the current value (WIDTH_RANGE)."""
    seed_changed = Signal(int)
    lock_all_requested = Signal()
    unlock_all_requested = Signal()
    metric_chosen = Signal(str)
    """A key of ``sensitivity.METRICS`` for the tornado."""
    thresholds_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Uncertainty", parent)
        self.probability_label = QLabel("—")
        self.probability_label.setObjectName("uncertaintyProbability")
        self.probability_label.setToolTip(
            "Share of Monte Carlo draws in which orbit is feasible and cheaper than the ground: "
            "at the start year, and (with bands on) along the learning curves"
        )
        emphasis = self.probability_label.font()
        emphasis.setBold(True)
        emphasis.setPointSizeF(emphasis.pointSizeF() * 1.15)
        self.probability_label.setFont(emphasis)
        self.probability_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel("")
        self.status_label.setObjectName("paramUnit")

        self.bands_check = QCheckBox("Bands (P10–P90)")
        self.bands_check.setToolTip("Monte Carlo bands on the cost charts (Ctrl+B)")
        self.samples_combo = QComboBox()
        for samples in SAMPLE_CHOICES:
            self.samples_combo.addItem(f"{samples:,} draws", samples)
        self.samples_combo.setToolTip("Draws once the sliders rest (fewer while dragging)")
        self.width_slider = QSlider(Qt.Orientation.Horizontal)
        self.width_slider.setRange(round(100 * WIDTH_RANGE[0]), round(100 * WIDTH_RANGE[1]))
        self.width_slider.setPageStep(5)
        self.width_slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.width_slider.setAccessibleName("Range width")
        self.width_slider.setToolTip(
            "How much of each parameter's range is drawn, centred on its slider value"
        )
        self.width_label = QLabel(width_text(1.0))
        self.width_label.setMinimumWidth(
            self.width_label.fontMetrics().horizontalAdvance("99% of range")
        )
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, MAX_SEED)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.setAccessibleName("Seed")
        self.seed_box.setToolTip("The same seed gives the same draws")
        self.lock_all_button = QPushButton("Lock all")
        self.lock_all_button.setToolTip("Hold every parameter at its slider value")
        self.unlock_all_button = QPushButton("Unlock all")
        self.unlock_all_button.setToolTip("Draw every uncertain parameter from its range")
        self.metric_combo = QComboBox()
        for key, title in METRICS.items():
            self.metric_combo.addItem(title, key)
        self.metric_combo.setToolTip("What the tornado chart ranks the parameters by")
        self.thresholds_button = QPushButton("What would have to be true…")
        self.thresholds_button.setToolTip(
            "For each parameter alone, the value at which orbit ties the ground"
        )
        self._fill_body()
        self.add_header_widget(self.bands_check)
        self._settings = UncertaintySettings()
        self._snapshot: UncertaintySnapshot | None = None
        self._busy = False

        self.bands_check.toggled.connect(self.bands_toggled)
        self.samples_combo.currentIndexChanged.connect(self._on_samples_index_changed)
        self.width_slider.valueChanged.connect(self._on_width_slider_changed)
        self.seed_box.valueChanged.connect(self.seed_changed)
        self.lock_all_button.clicked.connect(self.lock_all_requested)
        self.unlock_all_button.clicked.connect(self.unlock_all_requested)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_index_changed)
        self.thresholds_button.clicked.connect(self.thresholds_requested)
        self.set_settings(UncertaintySettings())

    def _fill_body(self) -> None:
        grid = QGridLayout(self.body)
        grid.setContentsMargins(8, 0, 6, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        chance = QLabel("Orbit cheaper:")
        chance.setToolTip(self.probability_label.toolTip())
        grid.addWidget(chance, 0, 0)
        grid.addWidget(self.probability_label, 0, 1, 1, 3)
        grid.addWidget(self.status_label, 1, 1, 1, 3)
        grid.addWidget(QLabel("Range"), 2, 0)
        grid.addWidget(self.width_slider, 2, 1, 1, 2)
        grid.addWidget(self.width_label, 2, 3)
        grid.addWidget(QLabel("Draws"), 3, 0)
        grid.addWidget(self.samples_combo, 3, 1)
        grid.addWidget(QLabel("Seed"), 3, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.seed_box, 3, 3)
        locks = QHBoxLayout()
        locks.addWidget(self.lock_all_button)
        locks.addWidget(self.unlock_all_button)
        locks.addStretch(1)
        grid.addLayout(locks, 4, 1, 1, 3)
        grid.addWidget(QLabel("Tornado"), 5, 0)
        grid.addWidget(self.metric_combo, 5, 1, 1, 3)
        grid.addWidget(self.thresholds_button, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)

    # --- what the window tells it -------------------------------------------------------------
    def set_settings(self, settings: UncertaintySettings) -> None:
        """Show ``settings`` without emitting anything."""
        self._settings = settings
        index = self.samples_combo.findData(settings.samples)
        blockers = [
            QSignalBlocker(w)
            for w in (self.bands_check, self.samples_combo, self.width_slider, self.seed_box)
        ]
        try:
            self.bands_check.setChecked(settings.bands)
            if index >= 0:
                self.samples_combo.setCurrentIndex(index)
            self.width_slider.setValue(round(100 * settings.width))
            self.seed_box.setValue(settings.seed)
        finally:
            for blocker in blockers:
                blocker.unblock()
        self.width_label.setText(width_text(settings.width))
        self._show_status()

    def set_metric(self, metric: str) -> None:
        with QSignalBlocker(self.metric_combo):
            self.metric_combo.setCurrentIndex(self.metric_combo.findData(metric))

    def set_snapshot(self, snapshot: UncertaintySnapshot | None) -> None:
        self._snapshot = snapshot
        self.probability_label.setText(probability_text(snapshot))
        self._show_status()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show_status()

    def status_text(self) -> str:
        """Draws behind the numbers shown, locks, and whether the full count is on its way."""
        settings, snapshot = self._settings, self._snapshot
        if snapshot is None or snapshot.settings != settings:
            text = f"{settings.samples:,} draws"
        else:
            text = f"{snapshot.samples:,} draws" + ("" if snapshot.full else " (live)")
        if settings.locked:
            text += f" · {len(settings.locked)} locked"
        if self._busy:
            text += " · computing…"
        return text

    # --- internals ----------------------------------------------------------------------------
    def _show_status(self) -> None:
        text = self.status_text()
        if self.status_label.text() != text:
            self.status_label.setText(text)

    def _on_samples_index_changed(self, index: int) -> None:
        self.samples_chosen.emit(int(self.samples_combo.itemData(index)))

    def _on_width_slider_changed(self, value: int) -> None:
        width = value / 100
        self.width_label.setText(width_text(width))
        self.width_changed.emit(width)

    def _on_metric_index_changed(self, index: int) -> None:
        self.metric_chosen.emit(str(self.metric_combo.itemData(index)))
