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
from explorer.ui import config_dir, files

KEY = "launch_price_usd_per_kg"

# A whole session in its own interpreter: start the app as a user would (optionally on a preset
# file), type a value, wait for the autosave, then die without any chance to clean up; or, with
# "stay", keep running until the test kills it.
_SESSION = """
import os, signal, sys
from PySide6.QtCore import QTimer
from explorer.ui import create_main_window
from explorer.ui.app import create_application

key, value, preset, stay = sys.argv[1], float(sys.argv[2]), sys.argv[3] or None, sys.argv[4]
app = create_application(sys.argv[:1])
window = create_main_window(preset)
window.show()
# The autosave runs every 30 s; a test cannot wait that long.
window.autosaver.findChild(QTimer).setInterval(50)
window.panel.slider(key).spin_box.setValue(value)

def once_autosaved():
    if window.autosaver.path.is_file():
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


def restore_offered(window, user) -> float:
    """Click the window's offer; the value of ``KEY`` it brought back."""
    assert "last session" in window.notification_bar.text()
    window.notification_bar.action_button.click()
    user.settle(window)
    return window.controller.scenario[KEY]


def test_a_killed_session_is_offered_back_and_restored(fresh_settings, make_window, user):
    crash_a_session(432.0)
    window = make_window()
    assert window.notification_bar.action_button.isVisible()
    assert window.controller.scenario[KEY] != 432
    assert restore_offered(window, user) == 432
    assert window.panel.slider(KEY).value() == 432
    assert window.isWindowModified()
    # Restored values are this window's unsaved changes: autosaved at once, the old copy gone.
    assert autosaves() == [window.autosaver.path.name]
    assert load_preset(window.autosaver.path).scenario[KEY] == 432
    # Restoring is an edit like any other: one undo takes it back.
    window.undo_stack.undo()
    assert window.controller.scenario[KEY] != 432
    assert not list(config_dir().glob("*.bak"))


def test_a_killed_session_on_a_file_comes_back_on_that_file(
    fresh_settings, make_window, user, tmp_path
):
    path = tmp_path / "analysis.yaml"
    save_preset(Preset("My analysis", Scenario({"payload_t": 150.0}), "", ("a test",)), path)
    crash_a_session(777.0, path)
    window = make_window()
    assert restore_offered(window, user) == 777
    assert window.document.path == path
    assert window.document.name == "My analysis"
    assert window.controller.scenario["payload_t"] == 150
    assert window.isWindowModified()
    # The file itself was never touched by the autosave.
    assert load_preset(path).scenario[KEY] != 777


def test_the_offer_survives_the_new_sessions_own_autosave(fresh_settings, make_window, user):
    crash_a_session(432.0)
    window = make_window()
    # The presenter ignores the offer for a while: the new window's autosave ticks with nothing
    # of its own to save, and then with an edit of its own.
    window.autosaver.save_now()
    user.type(window.panel.slider("payload_t"), "150")
    window.autosaver.save_now()
    assert restore_offered(window, user) == 432


def test_a_running_window_is_never_taken_for_a_crash(fresh_settings, make_window, user):
    running = start_session(555.0, stay=True)
    try:
        assert running.stdout.readline().strip() == "autosaved"
        assert len(autosaves()) == 1
        assert make_window().notification_bar.text() == ""
        assert len(autosaves()) == 1  # still the running window's own
    finally:
        running.kill()
        running.communicate(timeout=60)
    assert restore_offered(make_window(), user) == 555


def test_two_windows_killed_together_are_both_offered(fresh_settings, make_window, user):
    sessions = [start_session(432.0), start_session(777.0)]
    for session in sessions:
        wait_killed(session)
    assert len(autosaves()) == 2
    # One offer per new window, each a different crashed window's edits.
    first, second = make_window(), make_window()
    assert {restore_offered(first, user), restore_offered(second, user)} == {432, 777}
    assert make_window().notification_bar.text() == ""


def test_a_crash_before_restoring_offers_the_same_changes_again(fresh_settings, make_window, user):
    crash_a_session(432.0)
    # The next window claims that autosave, ignores the offer, edits and is killed too.
    crash_a_session(777.0)
    # Both crashed windows' edits come back, the newest first.
    first, second = make_window(), make_window()
    assert restore_offered(first, user) == 777
    assert restore_offered(second, user) == 432


def test_a_clean_close_declines_the_offer(fresh_settings, make_window):
    crash_a_session(432.0)
    make_window().close()
    assert not list(config_dir().glob("autosave*"))
    assert make_window().notification_bar.text() == ""


def test_a_damaged_autosave_is_a_message_not_a_crash(fresh_settings, make_window, user):
    crash_a_session(432.0)
    (config_dir() / autosaves()[0]).write_bytes(b"\x00\xff garbage")
    window = make_window()
    before = window.controller.scenario
    window.notification_bar.action_button.click()
    user.settle(window)
    assert window.controller.scenario is before
    assert "autosave" in window.notification_bar.text()
    assert window.notification_bar.kind() == "error"


def test_save_keeps_the_previous_file_as_bak_with_its_permissions(make_window, user, tmp_path):
    path = tmp_path / "shared.yaml"
    save_preset(Preset("Shared", Scenario({KEY: 900.0}), "", ()), path)
    path.chmod(0o640)
    old_text = path.read_text()
    window = make_window(str(path))
    user.type(window.panel.slider(KEY), "321")
    window.actions_by_name["save"].trigger()
    assert not window.isWindowModified()
    assert load_preset(path).scenario == window.controller.scenario
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    backup = path.with_name("shared.yaml.bak")
    assert backup.read_text() == old_text
    assert load_preset(backup).scenario[KEY] == 900
    # No temporary file is left behind by the atomic write.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.yaml", "shared.yaml.bak"]


def test_save_as_over_an_existing_file_keeps_it_as_bak(make_window, user, tmp_path, monkeypatch):
    other = tmp_path / "other.yaml"
    save_preset(Preset("Other", Scenario({KEY: 50.0}), "", ()), other)
    other.chmod(0o600)
    window = make_window()
    user.type(window.panel.slider(KEY), "321")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(other), ""))
    window.actions_by_name["save_as"].trigger()
    assert window.document.path == other
    assert load_preset(other).scenario[KEY] == 321
    assert load_preset(other.with_name("other.yaml.bak")).scenario[KEY] == 50
    assert stat.S_IMODE(other.stat().st_mode) == 0o600


def test_a_failed_save_keeps_the_file_and_the_changes(make_window, user, tmp_path, monkeypatch):
    path = tmp_path / "kept.yaml"
    save_preset(Preset("Kept", Scenario({KEY: 900.0}), "", ()), path)
    window = make_window(str(path))
    user.type(window.panel.slider(KEY), "321")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "save_preset", disk_full)
    assert not files.save(window)
    assert "No space left on device" in window.notification_bar.text()
    assert window.isWindowModified()
    assert window.controller.scenario[KEY] == 321
    assert load_preset(path).scenario[KEY] == 900


def test_a_shipped_preset_opened_as_a_file_is_never_overwritten(
    make_window, user, tmp_path, monkeypatch
):
    shipped = bundled_presets()["baseline-2026"]
    original = shipped.read_bytes()
    window = make_window()
    assert files.open_path(window, Path(str(shipped)))
    # Save must ask where to write, as for a preset chosen from the bundled-presets menu.
    assert window.document.path is None
    user.type(window.panel.slider(KEY), "321")
    asked = []
    copy = tmp_path / "my-baseline.yaml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: asked.append(args[1]) or (str(copy), "")
    )
    window.actions_by_name["save"].trigger()
    assert asked == ["Save preset"]
    assert window.document.path == copy
    assert load_preset(copy).scenario[KEY] == 321
    assert shipped.read_bytes() == original
    assert not Path(str(shipped) + ".bak").exists()


def test_a_save_into_a_missing_folder_says_why_in_plain_words(make_window, user, tmp_path):
    window = make_window()
    user.type(window.panel.slider(KEY), "321")
    folder = tmp_path / "gone"
    assert not files.save_to(window, folder / "mine.yaml")
    message = window.notification_bar.text()
    assert message == (
        f"Could not save “mine.yaml” in {folder}: the folder does not exist; nothing was changed."
    )
    assert window.isWindowModified()
    assert window.document.path is None
