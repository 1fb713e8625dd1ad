"""PNG export from figures: exact width, not blank, preset in the text metadata, atomic."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from explorer.io import PRESET_PNG_KEY, load_bundled, loads_preset
from explorer.model import Scenario
from explorer.present.figures import CHART_NAMES, build_figures
from explorer.present.figures.frame import Frame, frame_of
from explorer.ui.export import EXPORT_NAMES, export_png, lay_out, render_png


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]


GROWS = ("claims", "dashboard")


def test_export_names_are_the_charts_and_the_dashboard():
    assert (*CHART_NAMES, "dashboard") == EXPORT_NAMES
    assert set(CHART_NAMES) == {
        "launch_price",
        "year",
        "breakdown",
        "scale",
        "claims",
        "tornado",
        "bridge",
    }


@pytest.mark.parametrize("width", [1920, 3840])
@pytest.mark.parametrize("chart", EXPORT_NAMES)
def test_every_chart_exports_a_png_of_the_asked_width(qapp, tmp_path, chart, width):
    scenario = Scenario().with_changes(launch_price_usd_per_kg=300)
    path = tmp_path / f"{chart}.png"
    export_png(
        scenario,
        chart,
        path,
        width=width,
        preset_name="Test preset",
        sources=("A source",),
        theme="dark" if width == 3840 else "light",
    )
    image = QImage(str(path))
    assert image.width() == width
    # 16:9, except where the claims board needs more height to show every row (it grows).
    if chart in GROWS:
        assert image.height() >= round(width * 9 / 16)
    else:
        assert image.height() == round(width * 9 / 16)
    pixels = _pixels(image).astype(float)
    assert pixels.std() > 10, "the image is (nearly) blank"
    preset = loads_preset(image.text(PRESET_PNG_KEY))
    assert preset.name == "Test preset" and preset.scenario == scenario
    assert [p.name for p in tmp_path.iterdir()] == [f"{chart}.png"]


def test_light_and_dark_exports_have_their_backgrounds(qapp, tmp_path):
    corners = {}
    for theme in ("light", "dark"):
        path = tmp_path / f"{theme}.png"
        export_png(Scenario(), "launch_price", path, width=1920, theme=theme)
        corners[theme] = QImage(str(path)).pixelColor(2, 2).lightness()
    assert corners["light"] > 240 and corners["dark"] < 40


def test_export_replaces_an_existing_file_whole(qapp, tmp_path, results):
    path = tmp_path / "chart.png"
    path.write_bytes(b"old")
    render_png(build_figures(Frame(results)), "tornado", path, 1920, "light", "T", "F")
    assert QImage(str(path)).width() == 1920
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_export_to_a_missing_folder_raises_and_writes_nothing(qapp, tmp_path, results):
    figures = build_figures(Frame(results))
    with pytest.raises(OSError, match="the folder does not exist"):
        render_png(figures, "dashboard", tmp_path / "missing" / "d.png", 1920, "light", "T", "F")
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_chart_is_a_programming_error(qapp, tmp_path, results):
    with pytest.raises(ValueError, match="unknown chart"):
        render_png(build_figures(Frame(results)), "pie", tmp_path / "x.png", 1920, "light", "", "")


@pytest.mark.parametrize("width", [1920, 3840])
@pytest.mark.parametrize("chart", GROWS)
@pytest.mark.parametrize("preset", ["seed-claims-2026", "baseline-2026"])
def test_an_exported_claims_board_shows_every_row_whole_without_scroll_bars(
    qapp, chart, width, preset
):
    frame = frame_of(load_bundled(preset).scenario)
    layout = lay_out(build_figures(frame), chart, width, "light")
    try:
        board = layout.charts["claims"]
        table = board.table
        rows = len(build_figures(frame, ("claims",)).charts["claims"].rows)
        assert table.rowCount() == rows == 30
        assert table.verticalScrollBar().maximum() == 0
        assert not table.verticalScrollBar().isVisible()
        viewport = table.viewport().rect()
        for row in range(rows):
            cell = table.visualRect(table.model().index(row, 1))
            assert viewport.contains(cell), f"row {row} is not whole in the export"
        assert layout.height >= round(width * 9 / 16)
    finally:
        layout.widget.close()
        layout.widget.deleteLater()
