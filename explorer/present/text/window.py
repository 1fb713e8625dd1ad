"""The window's own words: actions and their tips, menus, dialogs, the slider panel and the
uncertainty controls (the charts' words are in their figures, ``explorer.present.figures``)."""

from __future__ import annotations

from explorer.io.safe_text import escape_controls
from explorer.present.text import registry
from explorer.present.text.translate import N_, tr

APP_NAME = N_("Space-vs-Earth AI Explorer", "window")

# name: (text with its mnemonic, tip)
_ACTIONS: dict[str, tuple[str, str]] = {
    "open": (
        N_("&Open…", "action"),
        N_("Open a preset (YAML, or a PNG exported by the explorer)", "action tip"),
    ),
    "save": (N_("&Save", "action"), N_("Save the preset", "action tip")),
    "save_as": (N_("Save &As…", "action"), N_("Save the preset under a new name", "action tip")),
    "export_dashboard": (
        N_("Export &dashboard as PNG (1920 px)…", "action"),
        N_("All charts in one image for a slide", "action tip"),
    ),
    "export_both_themes": (
        N_("Export &light and dark versions"),
        N_("Each PNG export also writes the other theme's version beside it (name-dark.png)"),
    ),
    "copy_csv": (
        N_("&Copy chart data as CSV", "action"),
        N_("The data behind every chart, to the clipboard", "action tip"),
    ),
    "quit": (N_("&Quit", "action"), N_("Close the window", "action tip")),
    "undo": (N_("&Undo", "action"), N_("Undo the last change", "action tip")),
    "redo": (N_("&Redo", "action"), N_("Redo what was undone", "action tip")),
    "reset_all": (
        N_("Reset &all to preset", "action"),
        N_("Every value back to the loaded preset (undoable)", "action tip"),
    ),
    "pin": (
        N_("&Pin current scenario", "action"),
        N_("Keep the current curves on the charts (dotted) as a comparison", "action tip"),
    ),
    "bands": (
        N_("Uncertainty &bands", "action"),
        N_(
            "Monte Carlo P10–P90 bands and the chance that orbit is cheaper, on the cost charts",
            "action tip",
        ),
    ),
    "thresholds": (
        N_("What would have to be &true…", "action"),
        N_("For each parameter alone, the value at which orbit ties the ground", "action tip"),
    ),
    "dark_theme": (N_("&Dark theme", "action"), N_("Switch between light and dark", "action tip")),
    "presentation": (
        N_("P&resentation mode", "action"),
        N_("Full screen, large fonts and thick lines; Esc leaves", "action tip"),
    ),
    "leave_presentation": (N_("Leave presentation mode", "action"), ""),
    "talk": (
        N_("&Talk mode", "action"),
        N_(
            "Present a talk: one big chart, a few sliders, scene by scene; Esc leaves",
            "action tip",
        ),
    ),
    "open_talk": (N_("Open ta&lk…", "action"), N_("Present a talk file (YAML)", "action tip")),
    "focus_panel": (
        N_("Go to the &sliders", "action"),
        N_(
            "Move the keyboard focus to the first slider; Tab moves on, arrows move it",
            "action tip",
        ),
    ),
    "shortcuts": (N_("&Keyboard shortcuts", "action"), N_("This list", "action tip")),
    "about": (N_("&About", "action"), ""),
}

_MENUS = {
    "file": N_("&File", "menu"),
    "edit": N_("&Edit", "menu"),
    "view": N_("&View", "menu"),
    "help": N_("&Help", "menu"),
    "bundled": N_("Open &bundled preset", "menu"),
    "recent": N_("Open &recent", "menu"),
    "reset_group": N_("Reset &group", "menu"),
    "copy_one": N_("Copy data of one chart as CSV", "menu"),
    "toolbar": N_("Main", "menu"),
    "language": N_("&Language", "menu"),
}

_SLIDER_KEYS: tuple[tuple[str, str], ...] = (
    (N_("Tab / Shift+Tab", "keys"), N_("Next / previous slider or number box", "keys")),
    (N_("← → or ↓ ↑", "keys"), N_("Move the focused slider one step", "keys")),
    (
        N_("PageUp / PageDown", "keys"),
        N_("Move the focused slider a twentieth of its range", "keys"),
    ),
    (N_("Home / End", "keys"), N_("Focused slider to its minimum / maximum", "keys")),
    (N_("Type a number, Enter", "keys"), N_("Set the value exactly (number box)", "keys")),
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
    """The window's title: the document (its control characters escaped: a file name may hold
    any), its unsaved-changes marker ("[*]") and the app."""
    return tr(
        "{document}[*] — {app}",
        context="window",
        document=escape_controls(document),
        app=app_name(),
    )


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
