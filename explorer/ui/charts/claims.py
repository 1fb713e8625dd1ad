"""The claims board: each seed claim the model can test, its number now, and whether it holds.

Rows come from ``explorer.model.claims.check_claims(results)``: objects with ``claim_id``,
``claim``, ``measure``, ``value`` (text) and ``verdict`` ("holds", "fails" or "context"). The
verdict is written out as well as coloured, so it reads without colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, Protocol

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

from explorer.model.claims import check_claims
from explorer.model.results import Results
from explorer.present.text.claims import claim_measure, claim_said, claim_value
from explorer.ui.charts.base import ChartBase
from explorer.ui.charts.csv_table import csv_text
from explorer.ui.theme import color

VERDICT_TEXT = {"holds": "✔ holds", "fails": "✘ fails", "context": "• context"}
# Narrow boards show the glyph alone: its shape still tells the three verdicts apart.
VERDICT_GLYPH = {"holds": "✔", "fails": "✘", "context": "•"}
BASE_COLUMNS = ("Claim", "What was said", "Model measure", "Now", "Verdict")
VERDICT_COLUMN = 4
COMPARED = ("reference", "pinned")
# Widths (at normal size, scaled with the fonts) below which the board drops the quoted claim,
# writes verdicts as glyphs, and drops the model's measure (every tooltip keeps the full check).
COMPACT_WIDTH = 760
GLYPH_WIDTH = 560
BARE_WIDTH = 330
WRAPPED_COLUMNS = (1, 2, 3)
COMPARED_TITLES = {"reference": "Preset", "pinned": "Pinned"}


class ClaimCheck(Protocol):
    claim_id: str
    claim: str
    measure: str
    value: str
    verdict: str


@dataclass(frozen=True)
class _Row:
    claim_id: str
    claim: str
    measure: str
    value: str
    verdict: str


def _rows(results: Results) -> list[ClaimCheck]:
    return [
        _Row(
            c.claim_id, claim_said(c.claim_id), claim_measure(c.claim_id), claim_value(c), c.verdict
        )
        for c in check_claims(results)
    ]


class ClaimsBoard(ChartBase):
    """A read-only table of claim checks with a verdict column (text and colour)."""

    title = "Claims board"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyphs = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = QTableWidget(0, len(BASE_COLUMNS) + 2 * len(COMPARED))
        self._label_columns()
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
        self.checks: list[ClaimCheck] = []
        self.compared_checks: dict[str, list[ClaimCheck] | None] = dict.fromkeys(COMPARED)
        self._compared_cache: dict[str, tuple[Results, list[ClaimCheck]]] = {}
        self._apply_style()

    def set_checks(
        self,
        checks: Sequence[ClaimCheck],
        compared: dict[str, Sequence[ClaimCheck] | None] | None = None,
    ) -> None:
        """Show ``checks``; ``compared`` maps "reference"/"pinned" to their checks (or None)."""
        self.checks = list(checks)
        compared = compared or {}
        self.compared_checks = {
            c: (list(compared[c]) if compared.get(c) is not None else None)  # type: ignore[arg-type]
            for c in COMPARED
        }
        self._fill_table()

    def csv_text(self) -> str:
        columns: list[tuple[str, Any]] = [
            ("claim_id", [c.claim_id for c in self.checks]),
            ("claim", [c.claim for c in self.checks]),
            ("measure", [c.measure for c in self.checks]),
            ("value", [c.value for c in self.checks]),
            ("verdict", [c.verdict for c in self.checks]),
        ]
        for name in COMPARED:
            rows = self._aligned(name)
            if rows is not None:
                columns.append((f"{name}_value", [r.value if r else "" for r in rows]))
                columns.append((f"{name}_verdict", [r.verdict if r else "" for r in rows]))
        return csv_text(columns)

    def _redraw(self) -> None:
        if self._results is None:
            return
        checks = _rows(self._results)
        compared = {
            "reference": self._checks_of("reference", self._reference),
            "pinned": self._checks_of("pinned", self._pinned),
        }
        self.set_checks(checks, compared)
        reasons = self._results.reasons()
        self.note.setText("Not feasible: " + "; ".join(reasons) if reasons else "")
        self.note.setVisible(bool(reasons))

    def _checks_of(self, name: str, results: Results | None) -> list[ClaimCheck] | None:
        """The checks of a compared scenario, computed once per Results object (the preset's
        and the pinned results stay the same object through a drag)."""
        if results is None:
            return None
        known = self._compared_cache.get(name)
        if known is None or known[0] is not results:
            known = (results, _rows(results))
            self._compared_cache[name] = known
        return known[1]

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
            value_column = len(BASE_COLUMNS) + 2 * i
            self.table.setColumnHidden(value_column, compact or self.compared_checks[name] is None)
        self.table.resizeRowsToContents()

    def _label_columns(self) -> None:
        verdict = "Holds" if self._glyphs else "Verdict"
        self.table.setHorizontalHeaderLabels(
            [
                *BASE_COLUMNS[:VERDICT_COLUMN],
                verdict,
                *(f"{COMPARED_TITLES[c]}{s}" for c in COMPARED for s in (" value", "")),
            ]
        )

    def _rewrite_verdicts(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(VERDICT_COLUMN, self.table.columnCount()):
                item = self.table.item(row, column)
                verdict = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
                if verdict:
                    item.setText(self._verdict_text(verdict))

    def _verdict_text(self, verdict: str) -> str:
        return (VERDICT_GLYPH if self._glyphs else VERDICT_TEXT).get(verdict, verdict)

    def _aligned(self, name: str) -> list[ClaimCheck | None] | None:
        """The compared scenario's checks in the order of the current rows (by claim id)."""
        others = self.compared_checks.get(name)
        if others is None:
            return None
        by_id = {c.claim_id: c for c in others}
        return [by_id.get(c.claim_id) for c in self.checks]

    def _fill_table(self) -> None:
        """Write the checks into the table, touching only cells whose text or verdict changed
        (a drag changes a few numbers; rewriting ~70 cells and re-measuring rows cost ~10 ms).
        A row whose wrapped text changed is re-measured alone (all rows: 1.5 ms a step)."""
        table = self.table
        reflow = table.rowCount() != len(self.checks)
        if reflow:
            table.setRowCount(len(self.checks))
        # Only the wrapped columns change a row's height.
        rewrapped: list[int] = []
        for row, check in enumerate(self.checks):
            cells = [check.claim_id, check.claim, check.measure, check.value]
            changed = [self._set_text(row, column, text) for column, text in enumerate(cells)]
            if any(changed[column] for column in WRAPPED_COLUMNS):
                rewrapped.append(row)
            self._set_verdict(row, VERDICT_COLUMN, check.verdict)
        for i, name in enumerate(COMPARED):
            rows = self._aligned(name)
            value_column = len(BASE_COLUMNS) + 2 * i
            # A narrow board hides the compared value column even when the scenario is shown
            # (_fit_columns); only a change of what is compared reflows the rows.
            if table.isColumnHidden(value_column + 1) != (rows is None):
                reflow = True
                table.setColumnHidden(value_column, rows is None)
                table.setColumnHidden(value_column + 1, rows is None)
            for row, other in enumerate(rows or []):
                self._set_text(row, value_column, other.value if other else "")
                if self._set_verdict(row, value_column + 1, other.verdict if other else ""):
                    tip = f"{COMPARED_TITLES[name]}: {other.value}" if other else ""
                    self._item(row, value_column + 1).setToolTip(tip)
        if reflow:
            self._fit_columns()
            return
        for row in rewrapped:
            table.resizeRowToContents(row)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return item

    def _set_text(self, row: int, column: int, text: str) -> bool:
        """Set a cell's text if it differs; True if it did. The tooltip of the base columns is
        the whole check, so a narrow board still reads in full."""
        item = self._item(row, column)
        if item.text() == text:
            return False
        item.setText(text)
        if column < len(BASE_COLUMNS) and row < len(self.checks):
            check = self.checks[row]
            tip = (
                f"<b>{escape(check.claim_id)}</b>: {escape(check.claim)}<br>"
                f"<i>Model measure:</i> {escape(check.measure)}<br>"
                f"<i>Now:</i> {escape(check.value)} ({escape(check.verdict)})"
            )
            for c in range(len(BASE_COLUMNS)):
                self._item(row, c).setToolTip(tip)
        else:
            item.setToolTip(text)
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
