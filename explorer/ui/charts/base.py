"""What every chart shares: the scenarios it shows, its theme, and its size (screen, presentation,
export).

Charts are views: they must not modify the Results or Scenario they are given. Their plot items are
created once in ``__init__``; ``set_results`` and the style setters only update those items.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from explorer.model.results import Results
from explorer.ui.theme import THEMES, Sizes, Theme, sizes_for, theme_named


class ChartBase(QWidget):
    """A chart widget: ``set_results``, ``set_theme``, ``set_presentation``, ``csv_text``.

    Subclasses implement ``_redraw`` (data changed) and ``_restyle`` (theme or sizes changed).
    """

    title: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme: Theme = THEMES["light"]
        self._presentation = False
        self._render_scale = 1.0
        self._results: Results | None = None
        self._reference: Results | None = None
        self._pinned: Results | None = None

    # --- what the window and the exporter call ------------------------------------------------
    def set_results(
        self, results: Results, reference: Results | None = None, pinned: Results | None = None
    ) -> None:
        """Show ``results``; ``reference`` (the loaded preset) dashed and ``pinned`` dotted behind
        it; None hides either."""
        self._results = results
        self._reference = reference
        self._pinned = pinned
        self._redraw()

    def set_theme(self, name: str) -> None:
        """Switch to the "light" or "dark" theme."""
        self._theme = theme_named(name)
        self._restyle()

    def set_presentation(self, on: bool) -> None:
        """Larger fonts and thicker pens for a room."""
        self._presentation = bool(on)
        self._restyle()

    def set_render_scale(self, factor: float) -> None:
        """Scale fonts and pens by ``factor`` on top of presentation mode (used by PNG export)."""
        if factor <= 0:
            raise ValueError(f"render scale must be positive, got {factor}")
        self._render_scale = float(factor)
        self._restyle()

    def csv_text(self) -> str:
        """The chart's current data as CSV (header row with units, one row per point)."""
        raise NotImplementedError

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def presentation(self) -> bool:
        return self._presentation

    @property
    def sizes(self) -> Sizes:
        return sizes_for(self._presentation, self._render_scale)

    # --- copying a live chart into an off-screen one (export) ---------------------------------
    def extra_state(self) -> dict[str, Any]:
        """Inputs beyond results/reference/pinned that a copy needs (bands, tornado rows)."""
        return {}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        """Restore what ``extra_state`` returned."""

    def copy_state_from(self, other: ChartBase) -> None:
        """Show what ``other`` shows, in its theme and mode (its size and scale are not copied)."""
        self._theme = other._theme
        self._presentation = other._presentation
        self._restyle()
        self.apply_extra_state(other.extra_state())
        if other._results is not None:
            self.set_results(other._results, other._reference, other._pinned)

    # --- for subclasses -----------------------------------------------------------------------
    def _redraw(self) -> None:
        raise NotImplementedError

    def _restyle(self) -> None:
        raise NotImplementedError
