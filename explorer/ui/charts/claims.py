"""The claims board: a read-only table of the claims figure, each verdict written as a word on its
colour, for this scenario and for today's world, under a legend of the four verdicts.

Narrow (the dashboard's cell at 1280 wide), the board keeps the claim in words and both verdicts
and drops the threshold, then the model's number, to the tooltips (each row's tooltip has the
full quote, its source, the measure, both numbers and both verdicts). What is shown wraps rather
than being cut. An export asks ``export_extra_height`` for the height its rows still need, and
grows: no row is dropped and no scroll bar drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.present.figures.claims import VERDICT_ROLES, ClaimRow, ClaimsFigure
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.legend import LegendLabel
from explorer.ui.theme import color, role_colour

ID, CLAIM, VALUE, THRESHOLD, NOW, TODAY = range(6)
COLUMNS = 6
VERDICT_COLUMNS = (NOW, TODAY)
# Widths at normal size (scaled with the fonts): the claim in words keeps at least MIN_CLAIM_PX;
# the model's number and the threshold get what they need up to their caps, and go to the
# tooltips, the threshold first, when the claim would get less.
MIN_CLAIM_PX = 210
VALUE_CAP_PX = 250
THRESHOLD_CAP_PX = 170
SHORT_HEADERS_BELOW_PX = 560
VERDICT_ALPHA = 90


class _PaddedCells(QStyledItemDelegate):
    """Cells with room around their text, measured as they are painted: a style sheet's item
    padding narrows the painted text but not the width its row height is measured at, so wrapped
    claims lost their last line to an ellipsis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = 3

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(self.pad, 0, -self.pad, 0)
        hint = super().sizeHint(inner, index)
        return QSize(hint.width() + 2 * self.pad, hint.height() + 2 * self.pad)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.backgroundBrush = QBrush()  # painted whole below, not inside the padding

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(self.pad, self.pad, -self.pad, -self.pad)
        super().paint(painter, inner, index)


class ClaimsBoard(ChartBase):
    """A read-only table of claim checks with two verdict columns (word and colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # What the table shows now, row by row: rows that come back equal are not touched.
        self._drawn: tuple[ClaimRow, ...] = ()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.legend = LegendLabel("top")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cells = _PaddedCells(self.table)
        self.table.setItemDelegate(self.cells)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        modes = {
            CLAIM: QHeaderView.ResizeMode.Stretch,
            VALUE: QHeaderView.ResizeMode.Fixed,
            THRESHOLD: QHeaderView.ResizeMode.Fixed,
        }
        for column in range(COLUMNS):
            header.setSectionResizeMode(
                column, modes.get(column, QHeaderView.ResizeMode.ResizeToContents)
            )
        # Wrapped rows are re-measured once after columns change width (coalesced: a relayout
        # resizes every section in turn).
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._rows_timer.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._apply_style()

    # --- drawing ----------------------------------------------------------------------------------
    def _draw(self, figure: ClaimsFigure, previous: ClaimsFigure | None) -> None:
        if previous is None or (previous.headers, previous.short_headers) != (
            figure.headers,
            figure.short_headers,
        ):
            self._label_columns()
        if previous is None or previous.verdict_texts != figure.verdict_texts:
            self._drawn = ()  # every verdict's word changes
        self._fill_table()
        if previous is None or previous.note != figure.note:
            self.note.setText(figure.note)
            self.note.setVisible(bool(figure.note))

    def _fill_table(self) -> None:
        """Write the figure into the table, touching only rows whose claim changed (a drag
        changes a few numbers; rewriting every cell and re-measuring rows cost ~10 ms). A row
        whose wrapped text changed is re-measured alone."""
        figure = self._figure
        if figure is None:
            return
        table = self.table
        reflow = table.rowCount() != len(figure.rows)
        if reflow:
            table.setRowCount(len(figure.rows))
        drawn = self._drawn
        for row, claim in enumerate(figure.rows):
            before = drawn[row] if row < len(drawn) else None
            if before is claim or before == claim:
                continue
            tip = claim.tooltip
            self._set_text(row, ID, claim.claim_id, tip, bold=True)
            self._set_text(row, CLAIM, claim.claim, tip)
            self._set_text(row, VALUE, claim.value, tip)
            self._set_text(row, THRESHOLD, claim.threshold, tip)
            self._set_verdict(row, NOW, claim.verdict, tip)
            self._set_verdict(row, TODAY, claim.today, tip)
            if not reflow and (before is None or before.value != claim.value):
                table.resizeRowToContents(row)
        self._drawn = figure.rows
        if reflow:
            self._fit_columns()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return item

    def _set_text(self, row: int, column: int, text: str, tooltip: str, bold: bool = False) -> None:
        item = self._item(row, column)
        if item.text() != text:
            item.setText(text)
        if item.toolTip() != tooltip:
            item.setToolTip(tooltip)
        if bold and not item.font().bold():
            heavy = QFont(item.font())
            heavy.setBold(True)
            item.setFont(heavy)

    def _set_verdict(self, row: int, column: int, verdict: str, tooltip: str) -> None:
        item = self._item(row, column)
        texts = self._figure.verdict_texts if self._figure is not None else {}
        text = texts.get(verdict, verdict)
        if item.data(Qt.ItemDataRole.UserRole) != verdict or item.text() != text:
            item.setText(text)
            item.setData(Qt.ItemDataRole.UserRole, verdict)
            self._colour_verdict(item, verdict)
        if item.toolTip() != tooltip:
            item.setToolTip(tooltip)

    def _colour_verdict(self, item: QTableWidgetItem, verdict: str) -> None:
        role = VERDICT_ROLES.get(verdict)
        hue = role_colour(self.theme, role) if role else self.theme.background
        item.setBackground(color(hue, VERDICT_ALPHA if role else 0))
        item.setForeground(color(self.theme.foreground))
        heavy = QFont(item.font())
        heavy.setBold(True)
        item.setFont(heavy)

    # --- size -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_columns()

    def _label_columns(self) -> None:
        figure = self._figure
        if figure is None:
            return
        short = self.width() < self.sizes.px(SHORT_HEADERS_BELOW_PX)
        self.table.setHorizontalHeaderLabels(
            list(figure.short_headers if short else figure.headers)
        )

    def _fit_columns(self) -> None:
        """The claim in words and both verdicts always stay; the model's number and the
        threshold take what they need (up to their caps) while the claim keeps MIN_CLAIM_PX,
        else they go to the tooltips, the threshold first."""
        table, sizes = self.table, self.sizes
        self._label_columns()
        header = table.horizontalHeader()
        kept = sum(
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in (ID, *VERDICT_COLUMNS)
        )
        # The board's own width, not the viewport's: that follows only once a layout has run.
        inside = (
            self.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
        )
        room = inside - kept - sizes.px(MIN_CLAIM_PX)
        wanted = {
            VALUE: min(table.sizeHintForColumn(VALUE), sizes.px(VALUE_CAP_PX)),
            THRESHOLD: min(table.sizeHintForColumn(THRESHOLD), sizes.px(THRESHOLD_CAP_PX)),
        }
        for column in (VALUE, THRESHOLD):
            shown = wanted[column] <= room
            if shown:
                room -= wanted[column]
                header.resizeSection(column, wanted[column])
            table.setColumnHidden(column, not shown)
        table.resizeRowsToContents()

    def set_exporting(self, on: bool) -> None:
        """An export grows to fit every row (``export_extra_height``): no scroll bar is drawn."""
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.table.setVerticalScrollBarPolicy(policy)

    def export_extra_height(self) -> int:
        """Pixels the table still needs to show every row whole without scrolling (0 if none):
        an export grows by this much."""
        table = self.table
        self._fit_columns()
        # The scroll range follows row heights on a posted event; an export has no event loop.
        table.updateGeometries()
        needed = table.horizontalHeader().height() + sum(
            table.rowHeight(row) for row in range(table.rowCount())
        )
        frame = 2 * table.frameWidth()
        return max(0, needed + frame - table.height())

    def _restyle(self) -> None:
        theme, sizes = self.theme, self.sizes
        pad = sizes.px(3)
        self.cells.pad = pad
        self.setStyleSheet(
            f"ClaimsBoard {{ background: {theme.background}; }}"
            f"QTableWidget {{ background: {theme.background}; color: {theme.foreground};"
            f" gridline-color: {theme.muted}; border: none; font-size: {sizes.font_px}px; }}"
            f"QHeaderView::section {{ background: {theme.panel}; color: {theme.foreground};"
            f" font-weight: bold; font-size: {sizes.small_font_px}px; border: none;"
            f" padding: {pad}px; }}"
        )
        self.note.setStyleSheet(f"color: {theme.fails}; font-size: {sizes.font_px}px;")
        for row in range(self.table.rowCount()):
            for column in VERDICT_COLUMNS:
                item = self.table.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
                    self._colour_verdict(item, item.data(Qt.ItemDataRole.UserRole))
        self._fit_columns()
        # The style sheet's new font reaches the cells once they are polished: measure the rows
        # again then, or wrapped text would be cut at the old font's row heights.
        self._rows_timer.start()


Chart = ClaimsBoard
