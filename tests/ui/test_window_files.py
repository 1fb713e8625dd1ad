"""Presets in the window: open, broken files, save, recent files, drops, autosave and the prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from explorer.io import Preset, load_preset, save_preset
from explorer.model import Scenario
from explorer.present.text.window import window_title
from explorer.ui.views import Unsaved
from explorer.ui.window import dropped_preset_path

KEY = "launch_price_usd_per_kg"


def write_preset(path: Path, **values) -> Path:
    save_preset(Preset("Cheap launch", Scenario(values), "for a test", ("a test",)), path)
    return path


def test_opening_a_preset_evaluates_once(app, user, tmp_path):
    path = write_preset(tmp_path / "cheap.yaml", launch_price_usd_per_kg=100.0, payload_t=150.0)
    count = app.evaluations
    assert app.files.open_path(path)
    user.settle(app)
    assert app.evaluations == count + 1
    assert app.scenario[KEY] == 100
    assert app.panel.slider(KEY).value() == 100
    assert app.session.reference is app.scenario
    assert app.window.windowTitle().startswith("Cheap launch")
    assert not app.window.isWindowModified()


def test_opening_is_undoable(app, user, tmp_path):
    name = app.session.name
    user.type(app.panel.slider("payload_t"), "120")
    app.files.open_path(write_preset(tmp_path / "cheap.yaml", launch_price_usd_per_kg=100.0))
    app.undo_stack.undo()
    user.settle(app)
    assert app.session.name == name
    assert app.scenario["payload_t"] == 120
    assert app.session.reference["payload_t"] != 120


def test_a_broken_preset_shows_one_message_and_changes_nothing(app, user, tmp_path):
    user.type(app.panel.slider("payload_t"), "120")
    user.settle(app)
    before, count, steps = app.scenario, app.evaluations, 1
    bad = tmp_path / "broken.yaml"
    bad.write_text(
        "schema_version: 1\nname: x\nparams:\n  launch_price_usd_per_kg: -5\n  nope: 1\n"
    )
    assert not app.files.open_path(bad)
    user.settle(app)
    message = app.window.notification_bar.text()
    assert "broken.yaml" in message and "unchanged" in message
    assert "nope" in message and "launch_price_usd_per_kg" in message
    assert app.window.notification_bar.kind() == "error"
    assert app.scenario == before
    assert app.evaluations == count
    assert app.undo_stack.count() == steps
    assert app.panel.slider("payload_t").value() == 120


def test_a_png_without_a_preset_is_refused(app, tmp_path):
    png = tmp_path / "photo.png"
    app.window.grab().save(str(png))
    assert not app.files.open_path(png)
    assert "photo.png" in app.window.notification_bar.text()


def test_save_writes_what_is_on_screen_and_clears_the_marker(app, user, tmp_path):
    user.type(app.panel.slider(KEY), "321")
    assert app.window.isWindowModified()
    path = tmp_path / "mine.yaml"
    assert app.files.save_to(path)
    assert not app.window.isWindowModified()
    assert load_preset(path).scenario == app.scenario
    assert app.session.save_path == path
    assert app.recent_files.paths()[0] == path.resolve()
    assert str(path.resolve()) in [a.text() for a in app.window.menus.recent_menu.actions()]


def test_opening_from_the_recent_menu_keeps_the_menu_alive(app, user, tmp_path):
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    user.type(app.panel.slider(KEY), "321")
    assert app.files.save_to(first)
    user.type(app.panel.slider(KEY), "654")
    assert app.files.save_to(second)
    actions = app.window.menus.recent_menu.actions()
    older = next(a for a in actions if a.text() == str(first.resolve()))
    older.trigger()  # reopens "first" and refreshes this very menu meanwhile
    assert app.scenario[KEY] == 321
    # The triggered action was relabelled in place, not deleted under its own signal.
    assert older.text() == str(second.resolve())
    assert [a.text() for a in app.window.menus.recent_menu.actions()][:2] == [
        str(first.resolve()),
        str(second.resolve()),
    ]


def test_unsaved_changes_prompt_can_cancel_an_open(app, user, tmp_path):
    user.type(app.panel.slider(KEY), "321")
    app.window.ask_unsaved = lambda document: Unsaved.CANCEL
    assert not app.files.open_path(write_preset(tmp_path / "other.yaml"))
    assert app.scenario[KEY] == 321


def test_closing_with_unsaved_changes_asks(app, user):
    user.type(app.panel.slider(KEY), "321")
    asked = []
    app.window.ask_unsaved = lambda document: asked.append(1) or Unsaved.CANCEL
    assert not app.window.close()
    assert asked and app.window.isVisible()
    app.window.ask_unsaved = lambda document: Unsaved.DISCARD
    assert app.window.close()


def test_a_dropped_preset_file_is_recognised(tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.yaml"))])
    assert dropped_preset_path(mime.urls()) == tmp_path / "a.yaml"
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    assert dropped_preset_path(mime.urls()) is None
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("a.yaml", "b.yaml")])
    assert dropped_preset_path(mime.urls()) is None


def test_bundled_presets_are_in_the_menu_and_open(app, user):
    titles = [a.text() for a in app.window.menus.presets_menu.actions()]
    assert "seed-claims-2026" in titles
    assert app.files.open_bundled("seed-claims-2026")
    user.settle(app)
    assert app.session.save_path is None
    assert app.session.reference == app.scenario


def test_a_running_windows_autosave_is_not_offered_to_a_second_window(make_app, user):
    first = make_app()
    user.type(first.panel.slider(KEY), "432")
    first.autosaver.save_now()
    assert first.autosaver.path.is_file()
    # Both run: the first window's autosave is its own, not a crashed session's.
    second = make_app()
    assert second.window.notification_bar.text() == ""
    assert second.autosaver.path != first.autosaver.path
    user.type(second.panel.slider(KEY), "777")
    second.autosaver.save_now()
    assert load_preset(first.autosaver.path).scenario[KEY] == 432
    assert load_preset(second.autosaver.path).scenario[KEY] == 777


def test_a_clean_close_leaves_nothing_to_restore(make_app, user):
    first = make_app()
    user.type(first.panel.slider(KEY), "432")
    first.autosaver.save_now()
    first.window.close()
    assert not first.autosaver.path.exists()
    second = make_app()
    assert second.window.notification_bar.text() == ""


def test_geometry_persists(make_app, qtbot):
    first = make_app()
    # A size the screen holds (Qt fits a restored window into the screen) and the window too.
    screen = first.window.screen().availableGeometry()
    minimum = first.window.minimumSizeHint()
    first.window.resize(
        max(minimum.width(), screen.width() - 40), max(minimum.height(), screen.height() - 60)
    )
    size = first.window.size()
    first.window.close()
    second = make_app()
    # Its minimum width (the headline's texts) holds once its first layout pass has run.
    qtbot.waitUntil(lambda: second.window.size() == size, timeout=5000)


def test_a_shipped_preset_given_by_path_is_not_overwritten(qtbot):
    from explorer.io import bundled_presets
    from explorer.ui import create_controller

    path = bundled_presets()["baseline-2026"]
    app = create_controller(path)
    qtbot.addWidget(app.window)
    assert app.session.save_path is None  # Save asks where to write


def test_file_names_with_control_characters_or_ampersands_are_shown_safely(app, user, tmp_path):
    # A file's name may hold anything: the recent menu shows control characters escaped and "&"
    # as itself (not as a shortcut marker), and reopening uses the name as it is.
    path = write_preset(tmp_path / "a&b\x1b[31mred.yaml", launch_price_usd_per_kg=222.0)
    assert app.files.open_path(path)
    user.settle(app)
    entry = app.window.menus.recent_menu.actions()[0]
    assert "\x1b" not in entry.text() and "a&&b" in entry.text()
    assert entry.data() == str(path.resolve())
    assert "\x07" not in window_title("bell\x07") and window_title("bell\x07").startswith("bell\\")
