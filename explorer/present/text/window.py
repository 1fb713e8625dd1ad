"""The window's own words: actions and their tips, menus, dialogs, the slider panel and the
uncertainty controls (the charts' words are in their figures, ``explorer.present.figures``)."""

from __future__ import annotations

from explorer.present.text import registry
from explorer.present.text.translate import N_, tr

APP_NAME = N_("Space-vs-Earth AI Explorer")

# name: (text with its mnemonic, tip)
_ACTIONS: dict[str, tuple[str, str]] = {
    "open": (N_("&Open…"), N_("Open a preset (YAML, or a PNG exported by the explorer)")),
    "save": (N_("&Save"), N_("Save the preset")),
    "save_as": (N_("Save &As…"), N_("Save the preset under a new name")),
    "export_dashboard": (
        N_("Export &dashboard as PNG (1920 px)…"),
        N_("All charts in one image for a slide"),
    ),
    "export_both_themes": (
        N_("Export &light and dark versions"),
        N_("Each PNG export also writes the other theme's version beside it (name-dark.png)"),
    ),
    "copy_csv": (
        N_("&Copy chart data as CSV"),
        N_("The data behind every chart, to the clipboard"),
    ),
    "quit": (N_("&Quit"), N_("Close the window")),
    "undo": (N_("&Undo"), N_("Undo the last change")),
    "redo": (N_("&Redo"), N_("Redo what was undone")),
    "reset_all": (
        N_("Reset &all to preset"),
        N_("Every value back to the loaded preset (undoable)"),
    ),
    "pin": (
        N_("&Pin current scenario"),
        N_("Keep the current curves on the charts (dotted) as a comparison"),
    ),
    "bands": (
        N_("Uncertainty &bands"),
        N_("Monte Carlo P10–P90 bands and the chance that orbit is cheaper, on the cost charts"),
    ),
    "thresholds": (
        N_("What would have to be &true…"),
        N_("For each parameter alone, the value at which orbit ties the ground"),
    ),
    "dark_theme": (N_("&Dark theme"), N_("Switch between light and dark")),
    "presentation": (
        N_("P&resentation mode"),
        N_("Full screen, large fonts and thick lines; Esc leaves"),
    ),
    "leave_presentation": (N_("Leave presentation mode"), ""),
    "talk": (
        N_("&Talk mode"),
        N_("Present a talk: one big chart, a few sliders, scene by scene; Esc leaves"),
    ),
    "open_talk": (N_("Open ta&lk…"), N_("Present a talk file (YAML)")),
    "focus_panel": (
        N_("Go to the &sliders"),
        N_("Move the keyboard focus to the first slider; Tab moves on, arrows move it"),
    ),
    "shortcuts": (N_("&Keyboard shortcuts"), N_("This list")),
    "about": (N_("&About"), ""),
}

_MENUS = {
    "file": N_("&File"),
    "edit": N_("&Edit"),
    "view": N_("&View"),
    "help": N_("&Help"),
    "bundled": N_("Open &bundled preset"),
    "recent": N_("Open &recent"),
    "reset_group": N_("Reset &group"),
    "copy_one": N_("Copy data of one chart as CSV"),
    "toolbar": N_("Main"),
}

_SLIDER_KEYS: tuple[tuple[str, str], ...] = (
    (N_("Tab / Shift+Tab"), N_("Next / previous slider or number box")),
    (N_("← → or ↓ ↑"), N_("Move the focused slider one step")),
    (N_("PageUp / PageDown"), N_("Move the focused slider a twentieth of its range")),
    (N_("Home / End"), N_("Focused slider to its minimum / maximum")),
    (N_("Type a number, Enter"), N_("Set the value exactly (number box)")),
)


def app_name() -> str:
    return tr(APP_NAME, context="window")


def action_text(name: str) -> str:
    """An action's menu text, with its "&" mnemonic."""
    return tr(_ACTIONS[name][0], context="action")


def action_tip(name: str) -> str:
    """An action's status and tool tip (its text without "&" and "…" when it has none)."""
    tip = _ACTIONS[name][1]
    if tip:
        return tr(tip, context="action tip")
    return plain(action_text(name))


def plain(text: str) -> str:
    """A menu text without its mnemonic and its ellipsis, as a list or a tip shows it."""
    return text.replace("&", "").rstrip("…")


def pin_text(pinned: bool) -> str:
    if pinned:
        return tr("Un&pin scenario", context="action")
    return action_text("pin")


def menu_title(name: str) -> str:
    return tr(_MENUS[name], context="menu")


def export_menu_title(width: int) -> str:
    return tr("Export PNG, {width} px wide", context="menu", width=width)


def dashboard_entry() -> str:
    return tr("Dashboard (all charts)", context="menu")


def slider_key_rows() -> list[tuple[str, str]]:
    """Keys that belong to the sliders themselves rather than to an action."""
    return [(tr(k, context="keys"), tr(w, context="keys")) for k, w in _SLIDER_KEYS]


def shortcuts_title() -> str:
    return tr("Keyboard shortcuts", context="dialog")


def shortcuts_headers() -> tuple[str, str]:
    return tr("Keys", context="dialog"), tr("Action", context="dialog")


def keys_joined(keys: list[str]) -> str:
    """Two or more key sequences for one action: "Ctrl+Shift+Z or Ctrl+Y"."""
    return tr(" or ", context="keys").join(keys)


def about_title() -> str:
    return tr("About", context="dialog")


def about_text() -> str:
    return tr(
        "<b>Space-vs-Earth AI Explorer</b><br>Where is it cheapest to put AI compute, in orbit "
        "or on the ground, and when does that change?<br>Every number has its source in the "
        "parameter's tooltip.",
        context="dialog",
    )


def window_title(document: str) -> str:
    """The window's title: the document, its unsaved-changes marker ("[*]") and the app."""
    return tr("{document}[*] — {app}", context="window", document=document, app=app_name())


def unsaved_title() -> str:
    return tr("Unsaved changes", context="dialog")


def unsaved_question(document: str) -> str:
    return tr(
        "“{document}” has changes that are not saved. Save them?",
        context="dialog",
        document=document,
    )


def open_caption() -> str:
    return tr("Open preset", context="dialog")


def open_filter() -> str:
    return tr("Presets and exported charts (*.yaml *.yml *.png);;All files (*)", context="dialog")


def save_caption() -> str:
    return tr("Save preset", context="dialog")


def save_filter() -> str:
    return tr("Presets (*.yaml)", context="dialog")


def export_caption(width: int) -> str:
    return tr("Export PNG ({width} px wide)", context="dialog", width=width)


def png_filter() -> str:
    return tr("PNG image (*.png)", context="dialog")


def untitled() -> str:
    return tr("Untitled", context="window")


# --- undo steps ---------------------------------------------------------------------------------
def set_value_step(key: str) -> str:
    return tr("Set {parameter}", context="undo", parameter=registry.title(key))


def reset_step(group: str | None) -> str:
    """Resetting one group (by key), or all of them (None)."""
    if group is None:
        return tr("Reset all", context="undo")
    return tr("Reset {group}", context="undo", group=registry.group_title(group))


def open_step(document: str) -> str:
    return tr("Open {document}", context="undo", document=document)


def restore_step() -> str:
    return tr("Restore autosave", context="undo")


# --- the slider panel ---------------------------------------------------------------------------
def reset_all_button() -> tuple[str, str]:
    """Text and tip."""
    return (
        tr("Reset all to preset", context="panel"),
        tr("Set every value back to the loaded preset (undoable)", context="panel"),
    )


def reset_group_button(group: str) -> tuple[str, str]:
    return (
        tr("Reset", context="panel"),
        tr(
            "Set every value in {group} back to the loaded preset",
            context="panel",
            group=registry.group_title(group),
        ),
    )


# --- a chart's own menu -------------------------------------------------------------------------
def lock_axes_action() -> tuple[str, str]:
    """The chart menu's axis lock: text and tip."""
    return (
        tr("Lock axes", context="chart menu"),
        tr(
            "Keep this chart's axes where they are while you move sliders; untick to fit them "
            "to the data again",
            context="chart menu",
        ),
    )


def preset_tip(name: str, description: str) -> str:
    """A bundled preset's tooltip in the File menu: its name and what it is."""
    if not description:
        return name
    return tr("{name}: {description}", context="menu", name=name, description=description)
