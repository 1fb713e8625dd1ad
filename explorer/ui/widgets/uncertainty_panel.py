"""The uncertainty controls at the top of the slider panel, and the chance that orbit is cheaper.

A view: it emits intent (bands on, draws, range width, seed, lock all, tornado metric, thresholds)
and shows what it is told with ``set_settings``, ``set_metric`` and ``set_status``, with signals
blocked. It must not modify the session.
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
from explorer.present.text.numbers import MISSING
from explorer.present.text.panel import uncertainty_words
from explorer.present.text.results import metric_title
from explorer.present.text.uncertainty import draws_text, width_text
from explorer.present.uncertainty import SAMPLE_CHOICES, WIDTH_RANGE, UncertaintySettings
from explorer.ui.widgets.group_section import CollapsibleSection

MAX_SEED = 2**31 - 1


class UncertaintyPanel(CollapsibleSection):
    """Collapsible: bands, draws, spread scale, seed, lock all/none, tornado metric, thresholds,
    and what Monte Carlo varies."""

    bands_toggled = Signal(bool)
    samples_chosen = Signal(int)
    width_changed = Signal(float)
    """The scale of every parameter's spread around its current value (WIDTH_RANGE)."""
    seed_changed = Signal(int)
    lock_all_requested = Signal()
    unlock_all_requested = Signal()
    metric_chosen = Signal(str)
    """A key of ``sensitivity.METRICS`` for the tornado."""
    thresholds_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.probability_label = QLabel(MISSING)
        self.probability_label.setObjectName("uncertaintyProbability")
        emphasis = self.probability_label.font()
        emphasis.setBold(True)
        emphasis.setPointSizeF(emphasis.pointSizeF() * 1.15)
        self.probability_label.setFont(emphasis)
        self.probability_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("paramUnit")
        self.varied_label = QLabel()
        self.varied_label.setObjectName("paramUnit")
        self.varied_label.setWordWrap(True)
        self.varied_label.setTextFormat(Qt.TextFormat.PlainText)

        self.bands_check = QCheckBox()
        self.samples_combo = QComboBox()
        for samples in SAMPLE_CHOICES:
            self.samples_combo.addItem("", samples)
        self.width_slider = QSlider(Qt.Orientation.Horizontal)
        self.width_slider.setRange(round(100 * WIDTH_RANGE[0]), round(100 * WIDTH_RANGE[1]))
        self.width_slider.setPageStep(5)
        self.width_slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.width_label = QLabel()
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, MAX_SEED)
        self.seed_box.setKeyboardTracking(False)
        self.lock_all_button = QPushButton()
        self.unlock_all_button = QPushButton()
        self.metric_combo = QComboBox()
        for key in METRICS:
            self.metric_combo.addItem("", key)
        self.thresholds_button = QPushButton()
        self.labels = {name: QLabel() for name in ("chance", "range", "draws", "seed", "tornado")}
        self._let_shrink()
        self._fill_body()
        self.add_header_widget(self.bands_check)
        self.retranslate()

        self.bands_check.toggled.connect(self.bands_toggled)
        self.samples_combo.currentIndexChanged.connect(self._on_samples_index_changed)
        self.width_slider.valueChanged.connect(self._on_width_slider_changed)
        self.seed_box.valueChanged.connect(self.seed_changed)
        self.lock_all_button.clicked.connect(self.lock_all_requested)
        self.unlock_all_button.clicked.connect(self.unlock_all_requested)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_index_changed)
        self.thresholds_button.clicked.connect(self.thresholds_requested)
        self.set_settings(UncertaintySettings())

    def _let_shrink(self) -> None:
        """Controls that take the width they are given rather than the width of their longest
        choice (the seed box's ten digits, "Breakeven launch price ($/kg)"): the slider panel
        fits beside the charts of a 1280-pixel window, in longer languages too."""
        for combo in (self.samples_combo, self.metric_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        digits = self.seed_box.fontMetrics().horizontalAdvance("0" * 6)
        self.seed_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.seed_box.setMinimumWidth(digits + 24)
        self.status_label.setWordWrap(True)
        self.thresholds_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.thresholds_button.setMinimumWidth(self.thresholds_button.fontMetrics().height() * 6)

    def retranslate(self) -> None:
        """Its labels, tips and choices in the language now in use."""
        words = uncertainty_words()
        self.title = words["title"]
        self.toggle_button.setText(words["title"])
        for name, label in self.labels.items():
            label.setText(words[name])
        self.probability_label.setToolTip(words["chance_tip"])
        self.labels["chance"].setToolTip(words["chance_tip"])
        self.bands_check.setText(words["bands"])
        self.bands_check.setToolTip(words["bands_tip"])
        for index, samples in enumerate(SAMPLE_CHOICES):
            self.samples_combo.setItemText(index, draws_text(samples))
        self.samples_combo.setToolTip(words["draws_tip"])
        self.width_slider.setAccessibleName(words["range_name"])
        self.width_slider.setToolTip(words["range_tip"])
        self.width_label.setText(width_text(self.width_slider.value() / 100))
        self.width_label.setMinimumWidth(
            self.width_label.fontMetrics().horizontalAdvance(width_text(0.99))
        )
        self.seed_box.setAccessibleName(words["seed"])
        self.seed_box.setToolTip(words["seed_tip"])
        self.lock_all_button.setText(words["lock_all"])
        self.lock_all_button.setToolTip(words["lock_all_tip"])
        self.unlock_all_button.setText(words["unlock_all"])
        self.unlock_all_button.setToolTip(words["unlock_all_tip"])
        for index, key in enumerate(METRICS):
            self.metric_combo.setItemText(index, metric_title(key))
        self.metric_combo.setToolTip(words["tornado_tip"])
        self.thresholds_button.setText(words["thresholds"])
        self.thresholds_button.setToolTip(words["thresholds_tip"])

    def _fill_body(self) -> None:
        grid = QGridLayout(self.body)
        grid.setContentsMargins(8, 0, 6, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.labels["chance"], 0, 0)
        grid.addWidget(self.probability_label, 0, 1, 1, 3)
        grid.addWidget(self.status_label, 1, 1, 1, 3)
        grid.addWidget(self.varied_label, 8, 0, 1, 4)
        grid.addWidget(self.labels["range"], 2, 0)
        grid.addWidget(self.width_slider, 2, 1, 1, 2)
        grid.addWidget(self.width_label, 2, 3)
        grid.addWidget(self.labels["draws"], 3, 0)
        grid.addWidget(self.samples_combo, 3, 1, 1, 3)
        # The seed on a row of its own: beside the draws it held the panel (and so the charts'
        # room) a Russian word wider.
        grid.addWidget(self.labels["seed"], 4, 0)
        grid.addWidget(self.seed_box, 4, 1, 1, 3)
        locks = QHBoxLayout()
        locks.addWidget(self.lock_all_button)
        locks.addWidget(self.unlock_all_button)
        locks.addStretch(1)
        grid.addLayout(locks, 5, 1, 1, 3)
        grid.addWidget(self.labels["tornado"], 6, 0)
        grid.addWidget(self.metric_combo, 6, 1, 1, 3)
        grid.addWidget(self.thresholds_button, 7, 1, 1, 3)
        grid.setColumnStretch(1, 1)

    # --- what the window tells it -------------------------------------------------------------
    def set_settings(self, settings: UncertaintySettings) -> None:
        """Show ``settings`` without emitting anything."""
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

    def set_metric(self, metric: str) -> None:
        with QSignalBlocker(self.metric_combo):
            self.metric_combo.setCurrentIndex(self.metric_combo.findData(metric))

    def set_status(self, probability: str, status: str) -> None:
        """The chance that orbit is cheaper, and the draws, locks and work behind it."""
        if self.probability_label.text() != probability:
            self.probability_label.setText(probability)
        if self.status_label.text() != status:
            self.status_label.setText(status)

    def set_description(self, text: str, tip: str) -> None:
        """What Monte Carlo varies: one line, and the full account in its tooltip."""
        if self.varied_label.text() != text:
            self.varied_label.setText(text)
        if self.varied_label.toolTip() != tip:
            self.varied_label.setToolTip(tip)

    # --- internals ----------------------------------------------------------------------------
    def _on_samples_index_changed(self, index: int) -> None:
        self.samples_chosen.emit(int(self.samples_combo.itemData(index)))

    def _on_width_slider_changed(self, value: int) -> None:
        width = value / 100
        self.width_label.setText(width_text(width))
        self.width_changed.emit(width)

    def _on_metric_index_changed(self, index: int) -> None:
        self.metric_chosen.emit(str(self.metric_combo.itemData(index)))
