"""Every window action with its shortcuts, in one table (their words are in
``explorer.present.text.window``).

The Shortcuts dialog reads the actions made from it, so what it lists is what the keys do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from explorer.present.text.window import action_text, action_tip, keys_joined, plain


@dataclass(frozen=True)
class ActionSpec:
    name: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open", (QKeySequence.StandardKey.Open,)),
    ActionSpec("save", (QKeySequence.StandardKey.Save,)),
    ActionSpec("save_as", ("Ctrl+Shift+S",)),
    ActionSpec("export_dashboard", ("Ctrl+E",)),
    ActionSpec("export_both_themes", (), checkable=True),
    ActionSpec("copy_csv", ("Ctrl+Shift+C",)),
    ActionSpec("quit", (QKeySequence.StandardKey.Quit,)),
    ActionSpec("undo", ("Ctrl+Z",)),
    ActionSpec("redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("reset_all", ("Ctrl+R",)),
    ActionSpec("pin", ("Ctrl+P",), checkable=True),
    ActionSpec("bands", ("Ctrl+B",), checkable=True),
    ActionSpec("thresholds", ("Ctrl+Shift+T",)),
    ActionSpec("dark_theme", ("Ctrl+T",), checkable=True),
    ActionSpec("presentation", ("F11",), checkable=True),
    ActionSpec("leave_presentation", ("Esc",)),
    ActionSpec("talk", ("F5",)),
    ActionSpec("open_talk", ()),
    ActionSpec("focus_panel", ("Ctrl+L",)),
    ActionSpec("shortcuts", (QKeySequence.StandardKey.HelpContents, "F1")),
    ActionSpec("about", ()),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per spec, added to ``parent`` so shortcuts work with menus hidden."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(action_text(spec.name), parent)
        action.setObjectName(spec.name)
        sequences: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, str):
                sequences.append(QKeySequence(shortcut))
            else:
                sequences.extend(QKeySequence.keyBindings(shortcut))
        unique = list(dict.fromkeys(s.toString() for s in sequences if not s.isEmpty()))
        action.setShortcuts([QKeySequence(s) for s in unique])
        action.setStatusTip(action_tip(spec.name))
        action.setToolTip(action_tip(spec.name))
        action.setCheckable(spec.checkable)
        parent.addAction(action)
        actions[spec.name] = action
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Give every action its text and tips in the language now in use."""
    for spec in SPECS:
        action = actions[spec.name]
        action.setText(action_text(spec.name))
        action.setStatusTip(action_tip(spec.name))
        action.setToolTip(action_tip(spec.name))


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, as shown in Help > Shortcuts."""
    rows = []
    for spec in SPECS:
        keys = [
            s.toString(QKeySequence.SequenceFormat.NativeText)
            for s in actions[spec.name].shortcuts()
        ]
        if keys:
            rows.append((keys_joined(keys), plain(action_text(spec.name))))
    return rows
