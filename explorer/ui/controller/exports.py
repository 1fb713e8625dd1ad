"""Export a chart or the whole dashboard as PNG, and copy chart data as CSV, from the figures on
screen (never from the widgets)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from explorer.io import dumps_preset
from explorer.present.figures import DASHBOARD, Figures, dashboard_csv, figure_csv
from explorer.present.figures.context import scenario_title
from explorer.present.session import Session, document_of
from explorer.present.text import messages
from explorer.present.text.exports import dashboard_title, export_title
from explorer.present.text.references import footer_text
from explorer.ui.views import WindowView

WIDTHS = (1920, 3840)


class FiguresHost(Protocol):
    """What exporting needs from the application controller."""

    @property
    def session(self) -> Session: ...
    def current_figures(self) -> Figures: ...


class ExportController:
    """PNG export and CSV copies for one window."""

    def __init__(self, host: FiguresHost, window: WindowView) -> None:
        self._host = host
        self._window = window

    def export_with_dialog(self, chart: str, width: int) -> bool:
        """Ask where, then export ``chart`` (a chart's name or "dashboard"): in the window's
        theme, and in the other one too when the user asks for both (File menu)."""
        session = self._host.session
        slug = re.sub(r"[^a-z0-9]+", "-", session.name.lower()).strip("-") or "scenario"
        suggested = Path.home() / f"{slug}-{chart}-{width}.png"
        path = self._window.ask_export_path(suggested, width)
        if path is None:
            return False
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        return self.export_png(chart, width, path, self._window.export_themes())

    def export_png(self, chart: str, width: int, path: Path, themes: tuple[str, ...] = ()) -> bool:
        """Draw ``chart``'s figures to ``path`` with the preset in the PNG's metadata, in each
        of ``themes`` (default: the window's); the second theme's file is named after the
        first with the theme's name added ("dashboard-dark.png")."""
        from explorer.ui.export import render_png  # drawing PNGs is not part of the first paint

        figures = self._host.current_figures()
        session = self._host.session
        preset = session.current_preset()
        title = None if chart == DASHBOARD else figures.charts[chart].title
        themes = themes or (self._window.theme_name(),)
        written = []
        for i, theme in enumerate(themes):
            out = path if i == 0 else path.with_name(f"{path.stem}-{theme}{path.suffix}")
            try:
                render_png(
                    figures,
                    chart,
                    out,
                    width,
                    theme,
                    export_title(title, scenario_title(document_of(session))),
                    footer_text(session.preset.sources),
                    dumps_preset(preset),
                    subtitle=figures.headline.context.line,
                )
            except OSError as err:
                self._window.notify(messages.could_not_export(out, str(err)), "error")
                return False
            written.append(out)
        self._window.notify(messages.exported(written, width), "info")
        return True

    def copy_csv(self, chart: str) -> None:
        """The data behind ``chart`` (or every chart: "dashboard") onto the clipboard, as CSV."""
        figures = self._host.current_figures()
        if chart == DASHBOARD:
            text, title = dashboard_csv(figures), dashboard_title()
        else:
            text, title = figure_csv(figures.charts[chart]), figures.charts[chart].title
        self._window.copy_text(text)
        self._window.notify(messages.copied(title), "info")
