"""Presets in the window: open, broken files, save, recent files, drops, autosave and the prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from explorer.io import Preset, load_preset, save_preset
from explorer.model import Scenario
from explorer.ui import files
from explorer.ui.main_window import Unsaved

KEY = "launch_price_usd_per_kg"


def write_preset(path: Path, **values) -> Path:
    save_preset(Preset("Cheap launch", Scenario(values), "for a test", ("a test",)), path)
    return path


def test_opening_a_preset_evaluates_once(window, user, tmp_path):
    path = write_preset(tmp_path / "cheap.yaml", launch_price_usd_per_kg=100.0, payload_t=150.0)
    count = window.controller.evaluations
    assert files.open_path(window, path)
    user.settle(window)
    assert window.controller.evaluations == count + 1
    assert window.controller.scenario[KEY] == 100
    assert window.panel.slider(KEY).value() == 100
    assert window.controller.reference is window.controller.results
    assert window.windowTitle().startswith("Cheap launch")
    assert not window.isWindowModified()


def test_opening_is_undoable(window, user, tmp_path):
    name = window.document.name
    user.type(window.panel.slider("payload_t"), "120")
    files.open_path(window, write_preset(tmp_path / "cheap.yaml", launch_price_usd_per_kg=100.0))
    window.undo_stack.undo()
    user.settle(window)
    assert window.document.name == name
    assert window.controller.scenario["payload_t"] == 120
    assert window.controller.reference_scenario["payload_t"] != 120


def test_a_broken_preset_shows_one_message_and_changes_nothing(window, user, tmp_path):
    user.type(window.panel.slider("payload_t"), "120")
    user.settle(window)
    before, count, steps = window.controller.scenario, window.controller.evaluations, 1
    bad = tmp_path / "broken.yaml"
    bad.write_text(
        "schema_version: 1\nname: x\nparams:\n  launch_price_usd_per_kg: -5\n  nope: 1\n"
    )
    assert not files.open_path(window, bad)
    user.settle(window)
    message = window.notification_bar.text()
    assert "broken.yaml" in message and "unchanged" in message
    assert "nope" in message and "launch_price_usd_per_kg" in message
    assert window.notification_bar.kind() == "error"
    assert window.controller.scenario == before
    assert window.controller.evaluations == count
    assert window.undo_stack.count() == steps
    assert window.panel.slider("payload_t").value() == 120


def test_a_png_without_a_preset_is_refused(window, tmp_path):
    png = tmp_path / "photo.png"
    window.grab().save(str(png))
    assert not files.open_path(window, png)
    assert "photo.png" in window.notification_bar.text()


def test_save_writes_what_is_on_screen_and_clears_the_marker(window, user, tmp_path):
    user.type(window.panel.slider(KEY), "321")
    assert window.isWindowModified()
    path = tmp_path / "mine.yaml"
    assert files.save_to(window, path)
    assert not window.isWindowModified()
    assert load_preset(path).scenario == window.controller.scenario
    assert window.document.path == path
    assert window.recent_files.paths()[0] == path.resolve()
    assert str(path.resolve()) in [a.text() for a in window.menus.recent_menu.actions()]


def test_opening_from_the_recent_menu_keeps_the_menu_alive(window, user, tmp_path):
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    user.type(window.panel.slider(KEY), "321")
    assert files.save_to(window, first)
    user.type(window.panel.slider(KEY), "654")
    assert files.save_to(window, second)
    actions = window.menus.recent_menu.actions()
    older = next(a for a in actions if a.text() == str(first.resolve()))
    older.trigger()  # reopens "first" and refreshes this very menu meanwhile
    assert window.controller.scenario[KEY] == 321
    # The triggered action was relabelled in place, not deleted under its own signal.
    assert older.text() == str(second.resolve())
    assert [a.text() for a in window.menus.recent_menu.actions()][:2] == [
        str(first.resolve()),
        str(second.resolve()),
    ]


def test_unsaved_changes_prompt_can_cancel_an_open(window, user, tmp_path):
    user.type(window.panel.slider(KEY), "321")
    window.ask_unsaved = lambda: Unsaved.CANCEL
    assert not files.open_path(window, write_preset(tmp_path / "other.yaml"))
    assert window.controller.scenario[KEY] == 321


def test_closing_with_unsaved_changes_asks(window, user):
    user.type(window.panel.slider(KEY), "321")
    asked = []
    window.ask_unsaved = lambda: asked.append(1) or Unsaved.CANCEL
    assert not window.close()
    assert asked and window.isVisible()
    window.ask_unsaved = lambda: Unsaved.DISCARD
    assert window.close()


def test_a_dropped_preset_file_is_recognised(tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.yaml"))])
    assert files.dropped_preset_path(mime) == tmp_path / "a.yaml"
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    assert files.dropped_preset_path(mime) is None
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("a.yaml", "b.yaml")])
    assert files.dropped_preset_path(mime) is None


def test_bundled_presets_are_in_the_menu_and_open(window, user):
    titles = [a.text() for a in window.menus.presets_menu.actions()]
    assert "seed-claims-2026" in titles
    assert files.open_bundled(window, "seed-claims-2026")
    user.settle(window)
    assert window.document.path is None
    assert window.controller.reference_scenario == window.controller.scenario


def test_a_running_windows_autosave_is_not_offered_to_a_second_window(make_window, user):
    first = make_window()
    user.type(first.panel.slider(KEY), "432")
    first.autosaver.save_now()
    assert first.autosaver.path.is_file()
    # Both run: the first window's autosave is its own, not a crashed session's.
    second = make_window()
    assert second.notification_bar.text() == ""
    assert second.autosaver.path != first.autosaver.path
    user.type(second.panel.slider(KEY), "777")
    second.autosaver.save_now()
    assert load_preset(first.autosaver.path).scenario[KEY] == 432
    assert load_preset(second.autosaver.path).scenario[KEY] == 777


def test_a_clean_close_leaves_nothing_to_restore(make_window, user):
    first = make_window()
    user.type(first.panel.slider(KEY), "432")
    first.autosaver.save_now()
    first.close()
    assert not first.autosaver.path.exists()
    second = make_window()
    assert second.notification_bar.text() == ""


def test_geometry_persists(make_window):
    first = make_window()
    first.resize(1000, 700)
    size = first.size()
    first.close()
    second = make_window()
    assert second.size() == size


def test_a_shipped_preset_given_by_path_is_not_overwritten(qtbot):
    from explorer.io import bundled_presets
    from explorer.ui import create_main_window

    path = bundled_presets()["baseline-2026"]
    window = create_main_window(path)
    qtbot.addWidget(window)
    assert window.document.path is None  # Save asks where to write
