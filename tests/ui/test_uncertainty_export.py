"""Headless export of the uncertainty charts: the tornado has rows, bands come when asked for."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from explorer.ui import export
from explorer.ui.theme import HIGH_END_COLOUR, LOW_END_COLOUR

WIDTH = 960


def pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    data = np.frombuffer(image.constBits(), dtype=np.uint8).copy()  # outlives the image
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]


def share_of_colour(rgb: np.ndarray, hex_colour: str, tolerance: int = 12) -> float:
    """Share of pixels within ``tolerance`` of ``hex_colour`` (BGR order in memory)."""
    c = QColor(hex_colour)
    target = np.array([c.blue(), c.green(), c.red()])
    return float(np.mean(np.all(np.abs(rgb.astype(int) - target) <= tolerance, axis=-1)))


@pytest.fixture
def scenario(orbit_favoured):
    # A scenario with a crossover, so that the crossover tornado has bars.
    return orbit_favoured.scenario


@pytest.fixture
def exported(monkeypatch):
    """The figures each export drew, by chart name."""
    seen: list[dict] = []
    real = export.render_png

    def spy(figures, *args, **kwargs):
        seen.append(dict(figures.charts))
        real(figures, *args, **kwargs)

    monkeypatch.setattr(export, "render_png", spy)
    return seen


def test_the_exported_tornado_has_bars(qtbot, tmp_path, scenario, exported):
    path = tmp_path / "tornado.png"
    export.export_png(scenario, "tornado", path, WIDTH)
    assert len(exported[0]["tornado"].rows) > 3
    rgb = pixels(path)
    bars = share_of_colour(rgb, LOW_END_COLOUR) + share_of_colour(rgb, HIGH_END_COLOUR)
    assert bars > 0.02, f"only {bars:.1%} of the image is tornado bars"


def test_the_exported_dashboard_fills_its_tornado_cell(qtbot, tmp_path, scenario, exported):
    export.export_png(scenario, "dashboard", tmp_path / "dash.png", WIDTH)
    (figures,) = exported
    assert len(figures["tornado"].rows) > 3
    assert figures["launch_price"].bands is None


def test_the_tornado_metric_can_be_chosen(qtbot, tmp_path, scenario, exported):
    path = tmp_path / "t.png"
    export.export_png(
        scenario, "tornado", path, WIDTH, tornado_metric="breakeven_launch_usd_per_kg"
    )
    assert "Breakeven" in exported[0]["tornado"].x.label


def test_bands_only_when_samples_are_asked_for(qtbot, tmp_path, scenario, exported):
    plain, banded = tmp_path / "plain.png", tmp_path / "banded.png"
    export.export_png(scenario, "launch_price", plain, WIDTH)
    export.export_png(scenario, "launch_price", banded, WIDTH, samples=2_000, seed=4)
    export.export_png(scenario, "year", tmp_path / "year.png", WIDTH, samples=2_000, seed=4)
    assert exported[0]["launch_price"].bands is None
    assert exported[1]["launch_price"].bands.x.size == 200
    assert exported[2]["year"].bands is not None
    changed = np.mean(np.any(pixels(plain) != pixels(banded), axis=-1))
    assert changed > 0.05, "the bands changed almost nothing in the image"


def test_the_same_seed_exports_the_same_bands(qtbot, tmp_path, scenario, exported):
    for name in ("a.png", "b.png"):
        export.export_png(scenario, "year", tmp_path / name, WIDTH, samples=1_000, seed=9)
    a, b = (figures["year"].bands for figures in exported)
    assert np.array_equal(a.space, b.space, equal_nan=True)


def test_negative_samples_are_refused(tmp_path, scenario):
    with pytest.raises(ValueError, match="samples"):
        export.export_png(scenario, "year", tmp_path / "x.png", WIDTH, samples=-1)
