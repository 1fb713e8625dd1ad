"""View > What would have to be true: for each parameter alone, where orbit ties the ground.

A view: it shows the ThresholdsSnapshot it is given (computed off the GUI thread by the
UncertaintyController while the dialog is open) and must not modify the model.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.model.sensitivity import Threshold
from explorer.ui.uncertainty_compute import ThresholdsSnapshot

COLUMNS = ("Parameter", "Now", "Orbit ties the ground at", "Change")
INTRO = (
    "Each row moves one parameter alone, the others held at their slider values, and gives the "
    "value nearest today's at which orbit costs the same as the ground. Locked parameters are "
    "left out."
)


def change_text(row: Threshold) -> str:
    """How far the parameter must move, relative to now: "−42%", "+130%", or "" if no tie."""
    if not math.isfinite(row.value) or row.current == 0:
        return ""
    return f"{row.value / row.current - 1:+.0%}".replace("-", "−")


class ThresholdsDialog(QDialog):
    """A table of thresholds with a line saying whether they are up to date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What would have to be true")
        self.setObjectName("thresholdsDialog")
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.status_label = QLabel("Computing…")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status_label.setText("Computing for the current values…")

    def set_thresholds(self, snapshot: ThresholdsSnapshot) -> None:
        rows = snapshot.rows
        ties = sum(math.isfinite(r.value) for r in rows)
        self.status_label.setText(
            f"{ties} of {len(rows)} parameters can make orbit tie the ground on their own."
        )
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = (row.title, f"{row.current:.4g} {row.unit}", row.label, change_text(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not math.isfinite(row.value):
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(i, column, item)
