"""A seeded random session on the real main window (issue 6): nothing raises, nothing warns, the
scenario on screen always validates, and undoing everything gives back exactly where it started.

Reproduce a failure with ``EXPLORER_FUZZ_SEED=<seed>`` (printed by the test and in every failure
message); ``EXPLORER_FUZZ_STEPS`` sets the number of actions (at least 2,000 by default).
"""

from __future__ import annotations

import os
import random
import time
from collections import deque
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QtMsgType
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSlider

from explorer.io import bundled_presets, load_preset
from explorer.model import Scenario
from explorer.model.params import PARAMS_BY_KEY
from explorer.ui import create_controller
from explorer.ui.controller import AppController
from explorer.ui.views import Unsaved
from explorer.ui.widgets.choice_switch import ChoiceSwitch
from explorer.ui.widgets.param_slider import ParamSlider
from explorer.ui.widgets.shortcuts_dialog import ShortcutsDialog

SEED = int(os.environ.get("EXPLORER_FUZZ_SEED", "20260606"))
STEPS = int(os.environ.get("EXPLORER_FUZZ_STEPS", "2000"))
CORPUS = Path(__file__).parents[1] / "data" / "broken_presets"
BROKEN = sorted(p for p in CORPUS.iterdir() if p.name != "EXPECTED.yaml")
SLIDER_KEYS = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)
# QTest can only type ASCII (it aborts on other characters).
GARBAGE = (
    "abc",
    "",
    "--5",
    "1e3",
    "12..3",
    "nan",
    "inf",
    "1,0,0",
    "0x10",
    "1_000",
    "12abc",
    " ",
    "+-",
)
# The offscreen platform says this whenever a window changes state (presentation mode); it is
# about the test platform, not about the explorer.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


class Session:
    """Random user actions on one window; each returns a short description for the log."""

    def __init__(self, app: AppController, qtbot, user, rng: random.Random, tmp: Path) -> None:
        self.app = app
        self.window = app.window
        self.qtbot = qtbot
        self.user = user
        self.rng = rng
        self.tmp = tmp
        self.sliders = [e for e in app.panel.editors.values() if isinstance(e, ParamSlider)]
        self.choices = [e for e in app.panel.editors.values() if isinstance(e, ChoiceSwitch)]
        self.saved_files: list[Path] = []
        # Copies: a bundled preset opened by its path is writable, and Save must never touch the
        # files that ship with the explorer.
        self.preset_copies = []
        for name, resource in bundled_presets().items():
            copy = tmp / f"copy-of-{name}.yaml"
            copy.write_bytes(resource.read_bytes())
            self.preset_copies.append(copy)
        self.counts: dict[str, int] = {}
        self.dialog_answers = 0

    # --- answers to the window's questions (nothing modal may ever block) -------------------------
    def answer_unsaved(self, *args) -> QMessageBox.StandardButton:
        self.dialog_answers += 1
        buttons = QMessageBox.StandardButton
        return self.rng.choice((buttons.Discard, buttons.Discard, buttons.Cancel, buttons.Save))

    def answer_save_name(self, parent, caption: str, *args) -> tuple[str, str]:
        if caption.startswith("Export"):
            return self.answer_export_name()
        self.dialog_answers += 1
        roll = self.rng.random()
        if roll < 0.15:
            return "", ""
        if roll < 0.25:
            return str(self.tmp / "missing-folder" / "lost.yaml"), ""
        path = self.tmp / f"saved-{self.rng.randrange(4)}.yaml"
        return str(path), ""

    def answer_export_name(self) -> tuple[str, str]:
        self.dialog_answers += 1
        if self.rng.random() < 0.2:
            return "", ""
        return str(self.tmp / f"export-{self.rng.randrange(2)}.png"), ""

    def answer_open_name(self, *args) -> tuple[str, str]:
        self.dialog_answers += 1
        candidates = [*BROKEN, *self.saved_files, *self.preset_copies]
        if self.rng.random() < 0.1:
            return "", ""
        return str(self.rng.choice(candidates)), ""

    # --- actions ----------------------------------------------------------------------------------
    def visible_slider(self) -> ParamSlider:
        editor = self.rng.choice(self.sliders)
        section = next(s for s in self.app.panel.sections.values() if s.key == editor.param.group)
        if not section.body.isVisible():
            section.set_expanded(True)
        self.app.panel.slider(editor.key)  # an advanced slider: its group's toggle opened
        self.app.panel.ensureWidgetVisible(editor)
        return editor

    def drag(self) -> str:
        editor = self.visible_slider()
        dx = self.rng.randint(-300, 300)
        self.user.drag(editor.slider, dx, self.rng.randint(1, 10))
        return f"drag {editor.key} by {dx} px"

    def click_groove(self) -> str:
        editor = self.visible_slider()
        slider: QSlider = editor.slider
        x = self.rng.randrange(max(1, slider.width()))
        point = QPoint(x, slider.height() // 2)
        self.qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=point)
        return f"click {editor.key} at x={x}"

    def keys(self) -> str:
        editor = self.visible_slider()
        editor.slider.setFocus()
        key = self.rng.choice(SLIDER_KEYS)
        self.qtbot.keyClick(editor.slider, key)
        return f"key {key.name} on {editor.key}"

    def type_number(self) -> str:
        editor = self.visible_slider()
        p = editor.param
        roll = self.rng.random()
        if roll < 0.5:
            value = self.rng.uniform(p.minimum, p.maximum)
            text = f"{value:.{editor.mapping.decimals}f}"
        elif roll < 0.75:
            text = self.rng.choice(
                (f"{p.maximum * 10:g}", f"{p.minimum - 1:g}", "-1", "1e309", "99999999999")
            )
        else:
            text = self.rng.choice(GARBAGE)
        self.user.type(editor, text)
        return f"type {text!r} into {editor.key}"

    def switch(self) -> str:
        editor = self.rng.choice(self.choices)
        if self.rng.random() < 0.5:
            index = self.rng.randrange(editor.combo_box.count())
            editor.combo_box.setCurrentIndex(index)
            return f"choose #{index} of {editor.key}"
        editor.combo_box.setFocus()
        key = self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down))
        self.qtbot.keyClick(editor.combo_box, key)
        return f"key {key.name} on {editor.key}"

    def trigger(self, name: str) -> str:
        self.window.actions_by_name[name].trigger()
        return name

    def undo(self) -> str:
        return self.trigger("undo")

    def redo(self) -> str:
        return self.trigger("redo")

    def reset(self) -> str:
        if self.rng.random() < 0.3:
            return self.trigger("reset_all")
        section = self.rng.choice(list(self.app.panel.sections.values()))
        section.reset_button.click()
        return f"reset {section.title}"

    def collapse(self) -> str:
        section = self.rng.choice(list(self.app.panel.sections.values()))
        section.toggle_button.click()
        return f"toggle section {section.title}"

    def open_bundled(self) -> str:
        action = self.rng.choice(self.window.menus.presets_menu.actions())
        action.trigger()
        return f"open bundled {action.text()}"

    def open_broken(self) -> str:
        path = self.rng.choice(BROKEN)
        before = self.app.scenario
        steps = self.app.undo_stack.count()
        self.window.notification_bar.dismiss()
        assert not self.app.files.open_path(path, confirmed=self.rng.random() < 0.5)
        assert self.app.scenario is before
        assert self.app.undo_stack.count() == steps
        # The unsaved prompt may have said Cancel (no message) or Save into a folder that is gone
        # (the save's message); otherwise the message names the file.
        text = self.window.notification_bar.text()
        assert text == "" or path.name in text or text.startswith("Could not save"), text
        return f"open broken {path.name}"

    def open_dialog(self) -> str:
        return self.trigger("open")

    def open_recent(self) -> str:
        actions = self.window.menus.recent_menu.actions()
        if not actions:
            return "no recent files"
        action = self.rng.choice(actions)
        name = Path(action.text()).name
        # Opening rebuilds the recent menu, which deletes the action while it is triggered.
        action.trigger()
        return f"open recent {name}"

    def save(self) -> str:
        described = self.trigger(self.rng.choice(("save", "save", "save_as")))
        path = self.app.session.save_path
        if path is not None and path not in self.saved_files:
            self.saved_files.append(path)
        return described

    def export(self) -> str:
        if self.rng.random() < 0.5:
            return self.trigger("export_dashboard")
        chart = self.rng.choice(list(self.app.dashboard.charts))
        self.app.exports.export_with_dialog(chart, 1920)
        return f"export {chart}"

    def copy_csv(self) -> str:
        if self.rng.random() < 0.5:
            return self.trigger("copy_csv")
        chart = self.rng.choice(list(self.app.dashboard.charts))
        self.app.exports.copy_csv(chart)
        return f"copy csv of {chart}"

    def pin(self) -> str:
        return self.trigger("pin")

    def theme(self) -> str:
        return self.trigger("dark_theme")

    def presentation(self) -> str:
        if self.window.is_presentation() and self.rng.random() < 0.5:
            return self.trigger("leave_presentation")
        return self.trigger("presentation")

    def shortcuts(self) -> str:
        self.trigger("shortcuts")
        for dialog in self.window.findChildren(ShortcutsDialog):
            dialog.close()
            dialog.deleteLater()
        return "shortcuts dialog"

    def autosave(self) -> str:
        self.app.autosaver.save_now()
        if self.app.session.modified:
            assert load_preset(self.app.autosaver.path).scenario == self.app.scenario
        else:
            assert not self.app.autosaver.path.exists()
        return "autosave"

    def settle(self) -> str:
        self.user.settle(self.app)
        return "wait for the frame"

    def pick(self):
        # (weight, action): cheap edits often, costly repaints (export, theme, presentation) rarely.
        table = (
            (16, self.drag),
            (4, self.click_groove),
            (14, self.keys),
            (14, self.type_number),
            (6, self.switch),
            (9, self.undo),
            (6, self.redo),
            (3, self.reset),
            (2, self.collapse),
            (2, self.open_bundled),
            (3, self.open_broken),
            (1.5, self.open_dialog),
            (0.7, self.open_recent),
            (1.5, self.save),
            (0.35, self.export),
            (1, self.copy_csv),
            (1.5, self.pin),
            (0.5, self.theme),
            (0.4, self.presentation),
            (0.2, self.shortcuts),
            (1, self.autosave),
            (6, self.settle),
        )
        weights, actions = zip(*table, strict=True)
        action = self.rng.choices(actions, weights)[0]
        self.counts[action.__name__] = self.counts.get(action.__name__, 0) + 1
        return action


def check_window(app: AppController) -> None:
    """What must hold after every action."""
    window = app.window
    scenario = app.scenario
    assert scenario.out_of_range() == []
    for key, param in PARAMS_BY_KEY.items():
        if param.integer:
            assert float(scenario[key]).is_integer(), key
    shown = {key: editor.value() for key, editor in app.panel.editors.items()}
    assert shown == dict(scenario.items())
    assert window.isWindowModified() == app.session.modified
    assert window.actions_by_name["undo"].isEnabled() == app.undo_stack.canUndo()
    assert window.actions_by_name["redo"].isEnabled() == app.undo_stack.canRedo()


def state(app: AppController) -> tuple[Scenario, Scenario]:
    return app.scenario, app.session.reference


def qt_warnings(qtlog) -> list[str]:
    return [
        r.message
        for r in qtlog.records
        if r.type != QtMsgType.QtDebugMsg
        and r.type != QtMsgType.QtInfoMsg
        and r.message not in PLATFORM_NOISE
    ]


@pytest.mark.slow
def test_fuzzed_window_session(qtbot, qtlog, user, fresh_settings, tmp_path, monkeypatch):
    rng = random.Random(SEED)
    shipped = {name: r.read_bytes() for name, r in bundled_presets().items()}
    print(f"\nwindow fuzz: seed {SEED}, {STEPS} actions (EXPLORER_FUZZ_SEED reproduces it)")
    app = create_controller()
    window = app.window
    qtbot.addWidget(window)
    app.panel.build_all()
    session = Session(app, qtbot, user, rng, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", session.answer_unsaved)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", session.answer_save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", session.answer_open_name)
    window.show()
    qtbot.waitExposed(window)
    user.settle(app)
    start = app.scenario
    # The scenario and reference at each undo-stack index, as last seen there: an undo or redo
    # must land exactly on what was on screen when the stack last stood at that index.
    history = {0: (start, app.session.reference)}
    log: deque[str] = deque(maxlen=12)
    began = time.perf_counter()
    try:
        with qtbot.captureExceptions() as exceptions:
            for step in range(STEPS):
                action = session.pick()
                index_before = app.undo_stack.index()
                log.append(f"{step}: {action()}")
                context = f"seed {SEED}, step {step}; last actions:\n" + "\n".join(log)
                assert not exceptions, f"{context}\n{exceptions[0][1]!r}"
                assert not qt_warnings(qtlog), f"{context}\n{qt_warnings(qtlog)}"
                check_window(app)
                # Every action is at most one undo step (a drag folds into one).
                assert abs(app.undo_stack.index() - index_before) <= 1, context
                if action.__name__ in ("undo", "redo"):
                    assert state(app) == history[app.undo_stack.index()], context
                history[app.undo_stack.index()] = state(app)
            user.settle(app)
            final = app.undo_stack.index()
            # A session that ends on an undo leaves steps to redo: redo-all climbs past ``final``.
            top = app.undo_stack.count()
            assert state(app) == history[final]
            while app.undo_stack.canUndo():
                app.undo_stack.undo()
                index = app.undo_stack.index()
                assert state(app) == history[index], f"seed {SEED}: undo to {index}"
            user.settle(app)
            check_window(app)
            assert app.scenario == start, f"seed {SEED}: undo all"
            assert app.scenario.diff(start) == {}
            while app.undo_stack.canRedo():
                app.undo_stack.redo()
                index = app.undo_stack.index()
                assert state(app) == history[index], f"seed {SEED}: redo to {index}"
            user.settle(app)
            check_window(app)
            assert app.undo_stack.index() == top
            assert not exceptions, f"seed {SEED}: {exceptions[0][1]!r}"
            assert not qt_warnings(qtlog), qt_warnings(qtlog)
    finally:
        window.ask_unsaved = lambda document: Unsaved.DISCARD
        window.close()
    elapsed = time.perf_counter() - began
    print(
        f"window fuzz: {STEPS} actions in {elapsed:.1f} s, {final} undo steps, "
        f"{session.dialog_answers} dialogs answered; {sorted(session.counts.items())}"
    )
    assert {name: r.read_bytes() for name, r in bundled_presets().items()} == shipped
    # The session must have done each kind of thing, or it proves less than it claims.
    assert set(session.counts) >= {"drag", "keys", "type_number", "open_broken", "export"}
    assert final > 50
