"""Talk mode in the real app, in its own process (tests/ui/test_talk_rooms.py runs it).

    talk_session.py walk [SHOTS]        the bundled talk: PageDown through every scene with real
                                        key events, then PageUp back, transitions on; checks each
                                        scene's chart, caption, sliders and scenario
    talk_session.py screens             the talk view on the second screen, the console on the
                                        first (an offscreen platform with two screens)
    talk_session.py fit WxH... [--shots DIR] [--lang CODE]
                                        the talk view and the window at each size (in language
                                        CODE, default English): minimum size, no label cut
                                        short, no scroll bar on a chart

Prints one line per problem and exits 1 if there is any, 0 otherwise. SHOTS / DIR: a folder for a
screenshot of each scene.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollBar, QWidget

from explorer.present.talk import open_talk
from explorer.ui import create_controller
from explorer.ui.app import create_application, shut_down_qt
from explorer.ui.views import Unsaved


def pump(app: QApplication, until, timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            return True
        time.sleep(0.005)
    return until()


def settle(app: QApplication, controller) -> bool:
    talks = controller.talks
    return pump(app, lambda: not talks.animating and not controller.pending)


def check_scene(controller, talk, index: int, problems: list[str]) -> None:
    stage, scene = controller.talks.stage, talk.scenes[index]
    where = f"scene {index + 1}"
    if controller.talks.index != index:
        problems.append(f"{where}: the talk shows scene {controller.talks.index + 1}")
        return
    if list(stage.charts) != [scene.chart] or not stage.charts[scene.chart].isVisible():
        problems.append(f"{where}: chart {list(stage.charts)}, expected {scene.chart}")
    if stage.caption_label.text() != scene.caption.en:
        problems.append(f"{where}: caption {stage.caption_label.text()!r}")
    if list(stage.editors) != list(scene.sliders):
        problems.append(f"{where}: sliders {list(stage.editors)}, expected {list(scene.sliders)}")
    for key, editor in stage.editors.items():
        want = scene.scenario[key]
        if not editor.isVisible() or (
            not isinstance(want, str) and abs(editor.value() - want) > 1e-6 * max(1, abs(want))
        ):
            problems.append(f"{where}: slider {key} shows {editor.value()}, scene has {want}")
    if controller.scenario != scene.scenario:
        problems.append(f"{where}: the scenario on screen is not the scene's")


def walk(shots: Path | None) -> list[str]:
    problems: list[str] = []
    app = create_application(sys.argv[:1])
    controller = create_controller()
    talk = open_talk()
    controller.talks.set_reduced_motion(False)
    controller.talks.present(talk)
    stage = controller.talks.stage
    if not pump(app, lambda: stage.isVisible() and stage.windowHandle().isExposed()):
        return ["the talk view never showed"]
    if controller.window.isVisible():
        problems.append("the window stays visible under the talk view")
    screen = stage.screen().geometry()
    if (stage.width(), stage.height()) != (screen.width(), screen.height()):
        problems.append(f"the talk view is {stage.size()}, not full screen {screen.size()}")
    settle(app, controller)
    order = [*range(len(talk.scenes)), *reversed(range(len(talk.scenes) - 1))]
    for step, index in enumerate(order):
        if step:
            key = Qt.Key.Key_PageDown if step < len(talk.scenes) else Qt.Key.Key_PageUp
            QTest.keyClick(stage.windowHandle(), key)
            if not pump(app, lambda i=index, t=controller.talks: t.animating or t.index == i):
                problems.append(f"step {step}: the key did nothing")
            settle(app, controller)
        check_scene(controller, talk, index, problems)
        if shots is not None and step < len(talk.scenes):
            stage.grab().save(str(shots / f"scene-{index + 1:02d}.png"))
    controller.window.ask_unsaved = lambda document: Unsaved.DISCARD
    QTest.keyClick(stage.windowHandle(), Qt.Key.Key_Escape)
    if not pump(app, lambda: controller.window.isVisible() and not stage.isVisible()):
        problems.append("Esc did not bring the window back")
    controller.window.close()
    return problems


def screens() -> list[str]:
    problems: list[str] = []
    app = create_application(sys.argv[:1])
    names = [s.name() for s in app.screens()]
    if len(names) < 2:
        return [f"the platform offers one screen only ({names})"]
    controller = create_controller()
    controller.talks.present(open_talk())
    stage, console = controller.talks.stage, controller.talks.console
    pump(app, lambda: stage.isVisible() and console.isVisible())
    primary = app.primaryScreen()
    if stage.screen() is primary:
        problems.append(f"the talk view is on the laptop's screen {primary.name()}")
    if not console.isVisible() or console.screen() is not primary:
        problems.append("the console is not shown on the laptop's screen")
    if stage.geometry() != stage.screen().geometry():
        problems.append(f"the talk view {stage.geometry()} does not fill its screen")
    if not console.notes.text():
        problems.append("the console shows no notes")
    controller.talks.leave()
    controller.window.ask_unsaved = lambda document: Unsaved.DISCARD
    controller.window.close()
    return problems


def cut_short(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit them, and visible scroll bars."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        rect = label.contentsRect()
        if label.wordWrap():
            need = label.heightForWidth(rect.width())
            if need > rect.height() + 1:
                found.append(f"label {label.text()[:40]!r} needs {need} px, has {rect.height()}")
        else:
            metrics = label.fontMetrics()
            for line in label.text().splitlines():
                if metrics.horizontalAdvance(line) > rect.width() + 1:
                    found.append(f"label {line[:40]!r} is wider than its {rect.width()} px")
    for bar in root.findChildren(QScrollBar):
        if bar.isVisible() and bar.maximum() > bar.minimum():
            found.append(f"a scroll bar shows in {type(bar.parent()).__name__}")
    return found


def fit(sizes: list[tuple[int, int]], shots: Path | None, language: str = "en") -> list[str]:
    problems: list[str] = []
    app = create_application(sys.argv[:1])
    controller = create_controller(None, language)
    window = controller.window
    talk = open_talk()
    controller.talks.set_reduced_motion(True)
    for width, height in sizes:
        size = f"{width}x{height}"
        window.show()
        window.resize(width, height)
        controller.panel.build_all()
        pump(app, lambda w=width: window.size().width() == w and not controller.pending, 2)
        hint = window.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            problems.append(f"window at {size}: needs at least {hint.width()}x{hint.height()}")
        problems += [f"window at {size}: {p}" for p in cut_short(controller.headline)]
        if shots is not None:
            window.grab().save(str(shots / f"window-{language}-{size}.png"))
        controller.talks.present(talk)
        stage = controller.talks.stage
        stage.showNormal()
        stage.resize(width, height)
        for index in range(len(talk.scenes)):
            controller.talks.go(index)
            pump(app, lambda s=stage, w=width: s.size().width() == w and not controller.pending, 2)
            pump(app, lambda: False, 0.05)  # the layout of the scene just shown
            hint = stage.minimumSizeHint()
            where = f"talk view at {size}, scene {index + 1}"
            if hint.width() > width or hint.height() > height:
                problems.append(f"{where}: needs at least {hint.width()}x{hint.height()}")
            problems += [f"{where}: {p}" for p in cut_short(stage)]
            image = stage.grab()
            ratio = stage.devicePixelRatioF()
            if (image.width(), image.height()) != (round(width * ratio), round(height * ratio)):
                problems.append(f"{where}: grabbed {image.width()}x{image.height()}")
            if shots is not None:
                image.save(str(shots / f"talk-{language}-{size}-scene-{index + 1:02d}.png"))
        controller.talks.leave()
    window.ask_unsaved = lambda document: Unsaved.DISCARD
    window.close()
    return problems


def main(argv: list[str]) -> int:
    mode, rest = argv[1], argv[2:]
    if mode == "walk":
        problems = walk(Path(rest[0]) if rest else None)
    elif mode == "screens":
        problems = screens()
    else:
        shots = Path(rest[rest.index("--shots") + 1]) if "--shots" in rest else None
        sizes = [tuple(int(v) for v in s.split("x")) for s in rest if "x" in s and s[0].isdigit()]
        language = rest[rest.index("--lang") + 1] if "--lang" in rest else "en"
        problems = fit(sizes, shots, language)  # type: ignore[arg-type]
    shut_down_qt()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
