"""Every window action with its text, shortcut and tip, in one table.

The Shortcuts dialog reads the actions made from it, so what it lists is what the keys do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open",
        "&Open…",
        (QKeySequence.StandardKey.Open,),
        "Open a preset (YAML, or a PNG exported by the explorer)",
    ),
    ActionSpec("save", "&Save", (QKeySequence.StandardKey.Save,), "Save the preset"),
    ActionSpec("save_as", "Save &As…", ("Ctrl+Shift+S",), "Save the preset under a new name"),
    ActionSpec(
        "export_dashboard",
        "Export &dashboard as PNG (1920 px)…",
        ("Ctrl+E",),
        "All charts in one image for a slide",
    ),
    ActionSpec(
        "copy_csv",
        "&Copy chart data as CSV",
        ("Ctrl+Shift+C",),
        "The data behind every chart, to the clipboard",
    ),
    ActionSpec("quit", "&Quit", (QKeySequence.StandardKey.Quit,), "Close the window"),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "Undo the last change"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo what was undone"),
    ActionSpec(
        "reset_all",
        "Reset &all to preset",
        ("Ctrl+R",),
        "Every value back to the loaded preset (undoable)",
    ),
    ActionSpec(
        "pin",
        "&Pin current scenario",
        ("Ctrl+P",),
        "Keep the current curves on the charts (dotted) as a comparison",
        checkable=True,
    ),
    ActionSpec(
        "bands",
        "Uncertainty &bands",
        ("Ctrl+B",),
        "Monte Carlo P10–P90 bands and the chance that orbit is cheaper, on the cost charts",
        checkable=True,
    ),
    ActionSpec(
        "thresholds",
        "What would have to be &true…",
        ("Ctrl+Shift+T",),
        "For each parameter alone, the value at which orbit ties the ground",
    ),
    ActionSpec(
        "dark_theme", "&Dark theme", ("Ctrl+T",), "Switch between light and dark", checkable=True
    ),
    ActionSpec(
        "presentation",
        "P&resentation mode",
        ("F11",),
        "Full screen, large fonts and thick lines; Esc leaves",
        checkable=True,
    ),
    ActionSpec("leave_presentation", "Leave presentation mode", ("Esc",), ""),
    ActionSpec(
        "focus_panel",
        "Go to the &sliders",
        ("Ctrl+L",),
        "Move the keyboard focus to the first slider; Tab moves on, arrows move it",
    ),
    ActionSpec(
        "shortcuts",
        "&Keyboard shortcuts",
        (QKeySequence.StandardKey.HelpContents, "F1"),
        "This list",
    ),
    ActionSpec("about", "&About", (), ""),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per spec, added to ``parent`` so shortcuts work with menus hidden."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        sequences: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, str):
                sequences.append(QKeySequence(shortcut))
            else:
                sequences.extend(QKeySequence.keyBindings(shortcut))
        unique = list(dict.fromkeys(s.toString() for s in sequences if not s.isEmpty()))
        action.setShortcuts([QKeySequence(s) for s in unique])
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip or spec.text.replace("&", "").rstrip("…"))
        action.setCheckable(spec.checkable)
        parent.addAction(action)
        actions[spec.name] = action
    return actions


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, as shown in Help > Shortcuts."""
    rows = []
    for spec in SPECS:
        keys = [
            s.toString(QKeySequence.SequenceFormat.NativeText)
            for s in actions[spec.name].shortcuts()
        ]
        if keys:
            rows.append((" or ".join(keys), spec.text.replace("&", "").rstrip("…")))
    return rows


EXTRA_ROWS: tuple[tuple[str, str], ...] = (
    ("Tab / Shift+Tab", "Next / previous slider or number box"),
    ("← → or ↓ ↑", "Move the focused slider one step"),
    ("PageUp / PageDown", "Move the focused slider a twentieth of its range"),
    ("Home / End", "Focused slider to its minimum / maximum"),
    ("Type a number, Enter", "Set the value exactly (number box)"),
)
"""Keys that belong to the sliders themselves rather than to an action."""
