"""The claims board: a read-only table of the claims figure, with a verdict column written out as
well as coloured, so it reads without colour."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.present.figures.claims import VERDICT_GLYPHS, ClaimsFigure, ComparedCell
from explorer.present.figures.elements import COMPARED
from explorer.ui.charts.base import ChartBase
from explorer.ui.theme import color

BASE_COLUMNS = 5
VERDICT_COLUMN = 4
# Widths (at normal size, scaled with the fonts) below which the board drops the quoted claim,
# writes verdicts as glyphs, and drops the model's measure (every tooltip keeps the full check).
COMPACT_WIDTH = 760
GLYPH_WIDTH = 560
BARE_WIDTH = 330
WRAPPED_COLUMNS = (1, 2, 3)


class ClaimsBoard(ChartBase):
    """A read-only table of claim checks with a verdict column (text and colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyphs = False
        # What the table shows now, row by row: rows that come back equal are not touched.
        self._drawn: dict[str, tuple] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = QTableWidget(0, BASE_COLUMNS + 2 * len(COMPARED))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        for column in range(self.table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in WRAPPED_COLUMNS
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)
        for column in range(BASE_COLUMNS, self.table.columnCount()):
            self.table.setColumnHidden(column, True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Wrapped rows are re-measured once after columns change width (coalesced: a relayout
        # resizes every section in turn).
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._rows_timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self._apply_style()

    def _draw(self, figure: ClaimsFigure, previous: ClaimsFigure | None) -> None:
        if previous is None or _labels(previous) != _labels(figure):
            self._label_columns()
        self._fill_table()
        if previous is None or previous.note != figure.note:
            self.note.setText(figure.note)
            self.note.setVisible(bool(figure.note))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """A narrow board (the dashboard's) drops the quoted claim, then writes verdicts as
        glyphs, then drops the measure (the tooltips keep them); what is shown wraps rather
        than being cut, and the short columns keep their whole text."""
        width = self.width()
        compact = width < self.sizes.px(COMPACT_WIDTH)
        self.table.setColumnHidden(1, compact)
        self.table.setColumnHidden(2, width < self.sizes.px(BARE_WIDTH))
        glyphs = width < self.sizes.px(GLYPH_WIDTH)
        if glyphs != self._glyphs:
            self._glyphs = glyphs
            self._label_columns()
            self._rewrite_verdicts()
        for i, name in enumerate(COMPARED):
            # Narrow: a compared scenario keeps its verdict column, its value goes to the tooltip.
            value_column = BASE_COLUMNS + 2 * i
            shown = self._figure is not None and self._figure.compared.get(name) is not None
            self.table.setColumnHidden(value_column, compact or not shown)
        self.table.resizeRowsToContents()

    def _label_columns(self) -> None:
        figure = self._figure
        if figure is None:
            return
        verdict = figure.narrow_verdict_header if self._glyphs else figure.headers[VERDICT_COLUMN]
        labels = [*figure.headers[:VERDICT_COLUMN], verdict]
        for name in COMPARED:
            labels.extend(figure.compared_headers[name])
        self.table.setHorizontalHeaderLabels(labels)

    def _rewrite_verdicts(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(VERDICT_COLUMN, self.table.columnCount()):
                item = self.table.item(row, column)
                verdict = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
                if verdict:
                    item.setText(self._verdict_text(verdict))

    def _verdict_text(self, verdict: str) -> str:
        if self._glyphs:
            return VERDICT_GLYPHS.get(verdict, verdict)
        texts = self._figure.verdict_texts if self._figure is not None else {}
        return texts.get(verdict, verdict)

    def _fill_table(self) -> None:
        """Write the figure into the table, touching only cells whose text or verdict changed
        (a drag changes a few numbers; rewriting ~70 cells and re-measuring rows cost ~10 ms).
        A row whose wrapped text changed is re-measured alone (all rows: 1.5 ms a step)."""
        figure = self._figure
        if figure is None:
            return
        table = self.table
        reflow = table.rowCount() != len(figure.rows)
        if reflow:
            table.setRowCount(len(figure.rows))
        # Only the wrapped columns change a row's height.
        rewrapped: list[int] = []
        drawn = self._drawn.get("current", ())
        for row, claim in enumerate(figure.rows):
            if row < len(drawn) and (drawn[row] is claim or drawn[row] == claim):
                continue
            cells = [claim.claim_id, claim.claim, claim.measure, claim.value]
            changed = [
                self._set_text(row, column, text, claim.tooltip)
                for column, text in enumerate(cells)
            ]
            if any(changed[column] for column in WRAPPED_COLUMNS):
                rewrapped.append(row)
            if self._set_verdict(row, VERDICT_COLUMN, claim.verdict) or changed[0]:
                self._item(row, VERDICT_COLUMN).setToolTip(claim.tooltip)
        self._drawn["current"] = figure.rows
        for i, name in enumerate(COMPARED):
            cells = figure.compared.get(name)
            value_column = BASE_COLUMNS + 2 * i
            # A narrow board hides the compared value column even when the scenario is shown
            # (_fit_columns); only a change of what is compared reflows the rows.
            if table.isColumnHidden(value_column + 1) != (cells is None):
                reflow = True
                table.setColumnHidden(value_column, cells is None)
                table.setColumnHidden(value_column + 1, cells is None)
            drawn = self._drawn.get(name, ())
            for row, cell in enumerate(cells or ()):
                if row >= len(drawn) or drawn[row] != cell:
                    self._set_compared(row, value_column, cell)
            self._drawn[name] = cells or ()
        if reflow:
            self._fit_columns()
            return
        for row in rewrapped:
            table.resizeRowToContents(row)

    def _set_compared(self, row: int, column: int, cell: ComparedCell | None) -> None:
        value = cell.value if cell is not None else ""
        self._set_text(row, column, value, value)
        if self._set_verdict(row, column + 1, cell.verdict if cell is not None else ""):
            self._item(row, column + 1).setToolTip(cell.tooltip if cell is not None else "")

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return item

    def _set_text(self, row: int, column: int, text: str, tooltip: str) -> bool:
        """Set a cell's text and tooltip if its text differs; True if it did."""
        item = self._item(row, column)
        if item.text() == text and item.toolTip() == tooltip:
            return False
        item.setText(text)
        item.setToolTip(tooltip)
        return True

    def _set_verdict(self, row: int, column: int, verdict: str) -> bool:
        item = self._item(row, column)
        if item.data(Qt.ItemDataRole.UserRole) == verdict and item.text():
            return False
        item.setText(self._verdict_text(verdict))
        self._colour_verdict(item, verdict)
        item.setData(Qt.ItemDataRole.UserRole, verdict)
        return True

    def _colour_verdict(self, item: QTableWidgetItem, verdict: str) -> None:
        hue = {"holds": self.theme.holds, "fails": self.theme.fails}.get(
            verdict, self.theme.context
        )
        item.setBackground(color(hue, 70 if verdict else 0))
        item.setForeground(color(self.theme.foreground))

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        pad = sizes.px(4)
        self.setStyleSheet(
            f"ClaimsBoard {{ background: {theme.background}; }}"
            f"QTableWidget {{ background: {theme.background}; color: {theme.foreground};"
            f" gridline-color: {theme.muted}; border: none; font-size: {sizes.small_font_px}px; }}"
            f"QTableWidget::item {{ padding: {pad}px; }}"
            f"QHeaderView::section {{ background: {theme.panel}; color: {theme.foreground};"
            f" font-weight: bold; font-size: {sizes.small_font_px}px; border: none;"
            f" padding: {pad}px; }}"
        )
        self.note.setStyleSheet(f"color: {theme.fails}; font-size: {sizes.font_px}px;")
        for row in range(self.table.rowCount()):
            for column in range(VERDICT_COLUMN, self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
                    self._colour_verdict(item, item.data(Qt.ItemDataRole.UserRole))
        self._fill_table()
        self._fit_columns()


def _labels(figure: ClaimsFigure) -> tuple:
    return (figure.headers, figure.narrow_verdict_header, tuple(figure.compared_headers.items()))


Chart = ClaimsBoard
