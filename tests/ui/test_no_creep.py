"""Nothing accumulates over a long evening: a drag keeps one undo command whatever its length, and
the shortcuts dialog is one on screen and freed when closed. (benchmarks/drag_memory.py measures
the resident memory over a long drag.)"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent

from explorer.ui.controller.undo import SessionCommand
from explorer.ui.widgets.shortcuts_dialog import ShortcutsDialog

KEY = "launch_price_usd_per_kg"


def live_commands() -> int:
    gc.collect()
    return sum(isinstance(o, SessionCommand) for o in gc.get_objects())


def test_a_long_drag_keeps_one_command(app, user):
    slider = app.panel.slider(KEY).slider
    before = live_commands()
    slider.setSliderDown(True)
    for step in range(300):
        slider.setValue(slider.value() + (1 if step % 60 < 30 else -1))
    slider.setSliderDown(False)
    user.settle(app)
    # PySide6 never freed a command QUndoStack deleted after merging it: one leaked per step.
    assert live_commands() - before == 1
    assert app.undo_stack.count() == 1
    app.undo_stack.undo()
    assert app.scenario[KEY] == 1800


def test_two_drags_are_two_undo_steps(app, user):
    editor = app.panel.slider(KEY)
    user.drag(editor.slider, -60)
    after_first = app.scenario[KEY]
    user.drag(editor.slider, -60)
    assert app.undo_stack.count() == 2
    app.undo_stack.undo()
    assert app.scenario[KEY] == after_first


def test_f1_shows_one_shortcuts_dialog_and_closing_frees_it(app, qtbot):
    window = app.window
    for _ in range(20):
        window.actions_by_name["shortcuts"].trigger()
    dialogs = window.findChildren(ShortcutsDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ShortcutsDialog) == []
    window.actions_by_name["shortcuts"].trigger()
    assert len(window.findChildren(ShortcutsDialog)) == 1
