"""View > What would have to be true: for each parameter alone, where orbit ties the ground.

A view: it shows the ThresholdsFigure it is given (computed off the GUI thread while the dialog is
open) and must not modify the session.
"""

from __future__ import annotations

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

from explorer.present.figures.thresholds import (
    ThresholdsFigure,
    thresholds_columns,
    thresholds_intro,
    thresholds_title,
)
from explorer.present.text.translate import tr


class ThresholdsDialog(QDialog):
    """A table of thresholds with a line saying whether they are up to date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.status_label = QLabel()
        columns = thresholds_columns()
        self.table = QTableWidget(0, len(columns))
        self.retranslate()
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def retranslate(self) -> None:
        """Its own words in the language now in use (the rows come with the next figure)."""
        self.setWindowTitle(thresholds_title())
        self.intro.setText(thresholds_intro())
        self.status_label.setText(tr("Computing…", context="thresholds"))
        self.table.setHorizontalHeaderLabels(thresholds_columns())

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status_label.setText(tr("Computing for the current values…", context="thresholds"))

    def set_figure(self, figure: ThresholdsFigure) -> None:
        self.status_label.setText(figure.status)
        self.table.setRowCount(len(figure.rows))
        for i, row in enumerate(figure.rows):
            for column, text in enumerate((row.title, row.now, row.ties_at, row.change)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not row.ties:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(i, column, item)
