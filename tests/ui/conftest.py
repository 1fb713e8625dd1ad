"""Fixtures for window tests: a real main window with fresh settings, and helpers to drive it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

from explorer.io import Preset
from explorer.model import Scenario
from explorer.ui import config_dir, create_main_window, window_settings
from explorer.ui.main_window import MainWindow, Unsaved
from explorer.ui.widgets.param_slider import ParamSlider

# Orbit at its most favourable within the registry (cheap array and build, light radiators and
# arrays, reliable GPUs, fast-growing launch) against dear grid power: since issue 10 no bundled
# preset has a crossover, and tests of what moves it need one.
ORBIT_FAVOURED = {
    "space_array_cost_usd_per_w": 0.5,
    "gpu_annual_failure_rate_pct": 3,
    "other_failure_rate_pct_per_year": 0.5,
    "blast_radius_gpus": 1,
    "spare_gpu_pct": 10,
    "build_usd_per_kg": 300,
    "radiator_areal_density_kg_per_m2": 3,
    "array_areal_density_kg_per_m2": 0.8,
    "grid_price_usd_per_kwh": 0.25,
    "launch_cadence_ceiling_per_year": 10_000,
    "launch_cadence_growth": 0.6,
}


@pytest.fixture(scope="session")
def orbit_favoured() -> Preset:
    """A preset whose crossover year and breakeven launch price both exist."""
    return Preset("Orbit favoured", Scenario(ORBIT_FAVOURED), "Test preset with a crossover.")


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    """No geometry, recent files, theme or autosave left over from another test."""
    settings = window_settings()
    settings.clear()
    settings.sync()
    shutil.rmtree(config_dir(), ignore_errors=True)
    yield


@pytest.fixture
def make_window(qtbot, fresh_settings) -> Callable[..., MainWindow]:
    """Build shown main windows; unsaved changes are discarded when a test closes them."""

    def make(preset=None) -> MainWindow:
        window = create_main_window(preset)
        qtbot.addWidget(window)
        window.ask_unsaved = lambda: Unsaved.DISCARD
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot, window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the controller has evaluated every change (its frame timer has fired)."""
    qtbot.waitUntil(
        lambda: not window.controller.pending and window.controller.results is not None,
        timeout=3000,
    )


def handle_center(slider: QSlider) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    rect = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    return rect.center()


def drag_slider(qtbot, slider: QSlider, dx: int, steps: int = 8) -> None:
    """Press on the handle, move by ``dx`` pixels in ``steps`` moves, release."""
    start = handle_center(slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(slider, QPoint(start.x() + dx * i // steps, start.y()))
    end = QPoint(start.x() + dx, start.y())
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=end)


def type_value(qtbot, editor: ParamSlider, text: str) -> None:
    """Select the number box's text, type ``text`` and press Enter."""
    editor.spin_box.setFocus()
    editor.spin_box.selectAll()
    qtbot.keyClicks(editor.spin_box, text)
    qtbot.keyClick(editor.spin_box, Qt.Key.Key_Return)


@pytest.fixture
def user(qtbot) -> SimpleNamespace:
    """What a user does: ``user.drag(slider, dx)``, ``user.type(editor, text)``; and where
    they grab a slider, ``user.handle(slider)``, for drags that check things between moves."""
    return SimpleNamespace(
        handle=handle_center,
        drag=lambda slider, dx, steps=8: drag_slider(qtbot, slider, dx, steps),
        type=lambda editor, text: type_value(qtbot, editor, text),
        settle=lambda window: settle(qtbot, window),
    )
