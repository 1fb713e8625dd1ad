"""A whole session of the real app, run by tests/ui/test_real_app.py under Xvfb (xcb platform).

Starts the application as ``space-ai-explorer-gui`` does, shows the window, drags the launch-price
slider with real mouse events, exports the dashboard as PNG and closes the window. Exits 0 only if
every step did what it should; otherwise prints why and exits 1.

Usage: real_app_session.py OUT.png
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from explorer.ui import create_controller
from explorer.ui.app import create_application, shut_down_qt
from explorer.ui.controller import AppController
from explorer.ui.views import Unsaved

KEY = "launch_price_usd_per_kg"


def drag_launch_price(app: AppController) -> None:
    slider = app.panel.slider(KEY).slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    start = handle.center()
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for dx in range(-10, -130, -10):
        QTest.mouseMove(slider, QPoint(start.x() + dx, start.y()), 5)
    end = QPoint(start.x() - 120, start.y())
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def run(app: AppController, out: Path, problems: list[str]) -> None:
    window = app.window
    if window.windowHandle() is None or not window.isVisible():
        problems.append("the window is not shown")
    before = app.scenario[KEY]
    drag_launch_price(app)
    app.flush()
    after = app.scenario[KEY]
    if not after < before:
        problems.append(f"dragging did not lower the launch price ({before} -> {after})")
    if app.undo_stack.count() != 1:
        problems.append(f"one drag made {app.undo_stack.count()} undo steps")
    if not app.exports.export_png("dashboard", 1920, out):
        problems.append(f"export failed: {window.notification_bar.text()}")
    window.ask_unsaved = lambda document: Unsaved.DISCARD
    if not window.close():
        problems.append("the window refused to close")


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    app = create_application(argv[:1])
    if app.platformName() != "xcb":
        print(f"expected the xcb platform, got {app.platformName()}", file=sys.stderr)
        return 1
    controller = create_controller()
    controller.window.show()
    problems: list[str] = []
    # Run once the event loop has shown the window, as a user's first input would.
    QTimer.singleShot(300, lambda: (run(controller, out, problems), app.quit()))
    app.exec()
    shut_down_qt()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
