"""Analysts never lose a scenario (issues 6 and 16): unsaved changes survive a killed window, one
autosave per window so a running one is never taken for a crash and every crashed one is offered
back, and Save keeps the previous file as ``.bak`` with its permissions."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from explorer.io import Preset, bundled_presets, load_preset, save_preset
from explorer.model import Scenario
from explorer.ui import config_dir
from explorer.ui.controller import files

KEY = "launch_price_usd_per_kg"

# A whole session in its own interpreter: start the app as a user would (optionally on a preset
# file), type a value, wait for the autosave, then die without any chance to clean up; or, with
# "stay", keep running until the test kills it.
_SESSION = """
import os, signal, sys
from PySide6.QtCore import QTimer
from explorer.ui import create_controller
from explorer.ui.app import create_application

key, value, preset, stay = sys.argv[1], float(sys.argv[2]), sys.argv[3] or None, sys.argv[4]
app = create_application(sys.argv[:1])
controller = create_controller(preset)
controller.window.show()
# The autosave runs every 30 s; a test cannot wait that long.
controller.autosaver.findChild(QTimer).setInterval(50)
controller.panel.slider(key).spin_box.setValue(value)

def once_autosaved():
    if controller.autosaver.path.is_file():
        print("autosaved", flush=True)
        poll.stop()
        if not stay:
            os.kill(os.getpid(), signal.SIGKILL)

poll = QTimer()
poll.timeout.connect(once_autosaved)
poll.start(10)
QTimer.singleShot(60_000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def start_session(value: float, preset: Path | None = None, stay: bool = False):
    """A window in its own process that edits ``KEY`` and autosaves (same config folder)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = [sys.executable, "-c", _SESSION, KEY, str(value), str(preset or ""), "1" if stay else ""]
    return subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def wait_killed(session) -> None:
    out, err = session.communicate(timeout=120)
    assert session.returncode == -signal.SIGKILL, f"exit {session.returncode}\n{err}"
    assert out.strip() == "autosaved"


def crash_a_session(value: float, preset: Path | None = None) -> None:
    """Run a session that edits ``KEY`` and is killed after its autosave."""
    wait_killed(start_session(value, preset))
    assert autosaves()


def autosaves() -> list[str]:
    return sorted(p.name for p in config_dir().glob("autosave-*.yaml"))


def restore_offered(app, user) -> float:
    """Click the window's offer; the value of ``KEY`` it brought back."""
    assert "last session" in app.window.notification_bar.text()
    app.window.notification_bar.action_button.click()
    user.settle(app)
    return app.scenario[KEY]


def test_a_killed_session_is_offered_back_and_restored(fresh_settings, make_app, user):
    crash_a_session(432.0)
    app = make_app()
    assert app.window.notification_bar.action_button.isVisible()
    assert app.scenario[KEY] != 432
    assert restore_offered(app, user) == 432
    assert app.panel.slider(KEY).value() == 432
    assert app.window.isWindowModified()
    # Restored values are this window's unsaved changes: autosaved at once, the old copy gone.
    assert autosaves() == [app.autosaver.path.name]
    assert load_preset(app.autosaver.path).scenario[KEY] == 432
    # Restoring is an edit like any other: one undo takes it back.
    app.undo_stack.undo()
    assert app.scenario[KEY] != 432
    assert not list(config_dir().glob("*.bak"))


def test_a_killed_session_on_a_file_comes_back_on_that_file(
    fresh_settings, make_app, user, tmp_path
):
    path = tmp_path / "analysis.yaml"
    save_preset(Preset("My analysis", Scenario({"payload_t": 150.0}), "", ("a test",)), path)
    crash_a_session(777.0, path)
    app = make_app()
    assert restore_offered(app, user) == 777
    assert app.session.save_path == path
    assert app.session.name == "My analysis"
    assert app.scenario["payload_t"] == 150
    assert app.window.isWindowModified()
    # The file itself was never touched by the autosave.
    assert load_preset(path).scenario[KEY] != 777


def test_the_offer_survives_the_new_sessions_own_autosave(fresh_settings, make_app, user):
    crash_a_session(432.0)
    app = make_app()
    # The presenter ignores the offer for a while: the new window's autosave ticks with nothing
    # of its own to save, and then with an edit of its own.
    app.autosaver.save_now()
    user.type(app.panel.slider("payload_t"), "150")
    app.autosaver.save_now()
    assert restore_offered(app, user) == 432


def test_a_running_window_is_never_taken_for_a_crash(fresh_settings, make_app, user):
    running = start_session(555.0, stay=True)
    try:
        assert running.stdout.readline().strip() == "autosaved"
        assert len(autosaves()) == 1
        assert make_app().window.notification_bar.text() == ""
        assert len(autosaves()) == 1  # still the running window's own
    finally:
        running.kill()
        running.communicate(timeout=60)
    assert restore_offered(make_app(), user) == 555


def test_two_windows_killed_together_are_both_offered(fresh_settings, make_app, user):
    sessions = [start_session(432.0), start_session(777.0)]
    for session in sessions:
        wait_killed(session)
    assert len(autosaves()) == 2
    # One offer per new window, each a different crashed window's edits.
    first, second = make_app(), make_app()
    assert {restore_offered(first, user), restore_offered(second, user)} == {432, 777}
    assert make_app().window.notification_bar.text() == ""


def test_a_crash_before_restoring_offers_the_same_changes_again(fresh_settings, make_app, user):
    crash_a_session(432.0)
    # The next window claims that autosave, ignores the offer, edits and is killed too.
    crash_a_session(777.0)
    # Both crashed windows' edits come back, the newest first.
    first, second = make_app(), make_app()
    assert restore_offered(first, user) == 777
    assert restore_offered(second, user) == 432


def test_a_clean_close_declines_the_offer(fresh_settings, make_app):
    crash_a_session(432.0)
    make_app().window.close()
    assert not list(config_dir().glob("autosave*"))
    assert make_app().window.notification_bar.text() == ""


def test_a_damaged_autosave_is_a_message_not_a_crash(fresh_settings, make_app, user):
    crash_a_session(432.0)
    (config_dir() / autosaves()[0]).write_bytes(b"\x00\xff garbage")
    app = make_app()
    before = app.scenario
    app.window.notification_bar.action_button.click()
    user.settle(app)
    assert app.scenario is before
    assert "autosave" in app.window.notification_bar.text()
    assert app.window.notification_bar.kind() == "error"


def test_save_keeps_the_previous_file_as_bak_with_its_permissions(make_app, user, tmp_path):
    path = tmp_path / "shared.yaml"
    save_preset(Preset("Shared", Scenario({KEY: 900.0}), "", ()), path)
    path.chmod(0o640)
    old_text = path.read_text()
    app = make_app(str(path))
    user.type(app.panel.slider(KEY), "321")
    app.window.actions_by_name["save"].trigger()
    assert not app.window.isWindowModified()
    assert load_preset(path).scenario == app.scenario
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    backup = path.with_name("shared.yaml.bak")
    assert backup.read_text() == old_text
    assert load_preset(backup).scenario[KEY] == 900
    # No temporary file is left behind by the atomic write.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.yaml", "shared.yaml.bak"]


def test_save_as_over_an_existing_file_keeps_it_as_bak(make_app, user, tmp_path, monkeypatch):
    other = tmp_path / "other.yaml"
    save_preset(Preset("Other", Scenario({KEY: 50.0}), "", ()), other)
    other.chmod(0o600)
    app = make_app()
    user.type(app.panel.slider(KEY), "321")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(other), ""))
    app.window.actions_by_name["save_as"].trigger()
    assert app.session.save_path == other
    assert load_preset(other).scenario[KEY] == 321
    assert load_preset(other.with_name("other.yaml.bak")).scenario[KEY] == 50
    assert stat.S_IMODE(other.stat().st_mode) == 0o600


def test_a_failed_save_keeps_the_file_and_the_changes(make_app, user, tmp_path, monkeypatch):
    path = tmp_path / "kept.yaml"
    save_preset(Preset("Kept", Scenario({KEY: 900.0}), "", ()), path)
    app = make_app(str(path))
    user.type(app.panel.slider(KEY), "321")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "save_preset", disk_full)
    assert not app.files.save()
    assert "No space left on device" in app.window.notification_bar.text()
    assert app.window.isWindowModified()
    assert app.scenario[KEY] == 321
    assert load_preset(path).scenario[KEY] == 900


def test_a_shipped_preset_opened_as_a_file_is_never_overwritten(
    make_app, user, tmp_path, monkeypatch
):
    shipped = bundled_presets()["baseline-2026"]
    original = shipped.read_bytes()
    app = make_app()
    assert app.files.open_path(Path(str(shipped)))
    # Save must ask where to write, as for a preset chosen from the bundled-presets menu.
    assert app.session.save_path is None
    user.type(app.panel.slider(KEY), "321")
    asked = []
    copy = tmp_path / "my-baseline.yaml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: asked.append(args[1]) or (str(copy), "")
    )
    app.window.actions_by_name["save"].trigger()
    assert asked == ["Save preset"]
    assert app.session.save_path == copy
    assert load_preset(copy).scenario[KEY] == 321
    assert shipped.read_bytes() == original
    assert not Path(str(shipped) + ".bak").exists()


def test_a_save_into_a_missing_folder_says_why_in_plain_words(make_app, user, tmp_path):
    app = make_app()
    user.type(app.panel.slider(KEY), "321")
    folder = tmp_path / "gone"
    assert not app.files.save_to(folder / "mine.yaml")
    message = app.window.notification_bar.text()
    assert message == (
        f"Could not save “mine.yaml” in {folder}: the folder does not exist; nothing was changed."
    )
    assert app.window.isWindowModified()
    assert app.session.save_path is None
