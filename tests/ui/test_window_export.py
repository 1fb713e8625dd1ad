"""Export from the live window: PNGs of the asked width that are not blank and reopen as presets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from explorer.io import load_preset
from explorer.present.figures import figure_csv


def distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 200)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


@pytest.mark.parametrize(
    "chart", ["dashboard", "launch_price", "year", "breakdown", "scale", "claims"]
)
def test_every_chart_exports_a_png_of_the_asked_width(app, user, tmp_path, chart):
    user.type(app.panel.slider("launch_price_usd_per_kg"), "250")
    path = tmp_path / "chart.png"
    assert app.exports.export_png(chart, 1920, path)
    image = QImage(str(path))
    assert image.width() == 1920
    assert distinct_colours(image) > 20
    assert load_preset(path).scenario == app.scenario
    assert "Exported" in app.window.notification_bar.text()


def test_dashboard_exports_at_3840(app, tmp_path):
    path = tmp_path / "dashboard.png"
    assert app.exports.export_png("dashboard", 3840, path)
    assert QImage(str(path)).width() == 3840


def test_an_unwritable_path_is_a_message(app, tmp_path):
    path = tmp_path / "missing-folder" / "chart.png"
    assert not app.exports.export_png("dashboard", 1920, path)
    assert "chart.png" in app.window.notification_bar.text()


def test_chart_data_is_copied_as_csv_from_the_figure_on_screen(app):
    app.exports.copy_csv("launch_price")
    text = QGuiApplication.clipboard().text()
    assert text == figure_csv(app.dashboard.charts["launch_price"].figure)
    assert "," in text.splitlines()[0]
    app.exports.copy_csv("dashboard")
    assert "# year" in QGuiApplication.clipboard().text()


def test_an_export_says_what_it_shows_and_where_it_comes_from(app, user, tmp_path, monkeypatch):
    from explorer.ui import export

    drawn = {}
    real = export.render_png

    def spy(figures, chart, path, width, theme, title, footer, preset_yaml=None, subtitle=""):
        drawn.update(title=title, footer=footer, subtitle=subtitle)
        real(figures, chart, path, width, theme, title, footer, preset_yaml, subtitle)

    monkeypatch.setattr(export, "render_png", spy)
    user.type(app.panel.slider("launch_price_usd_per_kg"), "250")
    assert app.exports.export_png("year", 1920, tmp_path / "year.png")
    name = app.session.preset.name
    assert drawn["title"].endswith(f"{name} (modified)")
    assert f"modified from {name}" in drawn["subtitle"]
    assert "Boundary:" in drawn["subtitle"] and "Mass model:" in drawn["subtitle"]
    assert drawn["footer"].startswith("Sources:") and ".md" not in drawn["footer"]


def test_light_and_dark_versions_are_written_side_by_side(app, tmp_path):
    app.window.actions_by_name["export_both_themes"].setChecked(True)
    path = tmp_path / "chart.png"
    assert app.exports.export_png("breakdown", 1920, path, app.window.export_themes())
    dark = tmp_path / "chart-dark.png"
    assert {p.name for p in tmp_path.iterdir()} == {"chart.png", "chart-dark.png"}
    light_corner = QImage(str(path)).pixelColor(2, 2).lightness()
    dark_corner = QImage(str(dark)).pixelColor(2, 2).lightness()
    assert light_corner > 200 > 60 > dark_corner
    assert str(dark) in app.window.notification_bar.text()
