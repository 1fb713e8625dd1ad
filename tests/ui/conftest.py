"""Fixtures for window tests: a real main window (its application controller) with fresh settings,
and helpers to drive it as a user would."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

from explorer.ui import config_dir, create_controller, window_settings
from explorer.ui.controller import AppController
from explorer.ui.views import Unsaved
from explorer.ui.widgets.param_slider import ParamSlider


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    """No geometry, recent files, theme or autosave left over from another test."""
    settings = window_settings()
    settings.clear()
    settings.sync()
    shutil.rmtree(config_dir(), ignore_errors=True)
    yield


@pytest.fixture
def make_app(qtbot, fresh_settings) -> Callable[..., AppController]:
    """Build shown main windows, each with its controller; unsaved changes are discarded when a
    test closes them."""

    def make(preset=None) -> AppController:
        app = create_controller(preset)
        qtbot.addWidget(app.window)
        app.window.ask_unsaved = lambda document: Unsaved.DISCARD
        app.window.show()
        qtbot.waitExposed(app.window)
        # The slider groups below the fold are built in the turns after the first paint.
        qtbot.waitUntil(lambda: app.panel.complete, timeout=5000)
        settle(qtbot, app)
        return app

    return make


@pytest.fixture
def app(make_app) -> AppController:
    return make_app()


def settle(qtbot, app: AppController) -> None:
    """Wait until the controller has evaluated every change (no frame waits for its evaluation)."""
    qtbot.waitUntil(lambda: not app.pending and app.results is not None, timeout=3000)


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
        settle=lambda app: settle(qtbot, app),
    )
