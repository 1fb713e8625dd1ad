"""When the settings folder cannot be written: one visible notice, a fallback folder, one log line;
when nothing can be written, autosave is off and says so; a save that fails later says so once."""

from __future__ import annotations

import logging
import shutil

import pytest

from explorer.io import load_preset
from explorer.ui import autosave, config_dir

KEY = "launch_price_usd_per_kg"


@pytest.fixture
def unwritable_settings(fresh_settings):
    """The settings folder's path is taken by a file (so even root cannot write there)."""
    folder = config_dir()
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")
    yield folder
    folder.unlink()


def warnings_of(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == autosave.__name__]


def test_autosave_falls_back_to_a_private_folder(
    unwritable_settings, make_app, user, monkeypatch, tmp_path, caplog
):
    fallback = tmp_path / "fallback"
    monkeypatch.setattr(autosave, "_private_fallback", lambda: fallback)
    caplog.set_level(logging.WARNING)
    app = make_app()
    text = app.window.notification_bar.text()
    assert text.startswith(f"Autosave goes to {fallback}: {unwritable_settings} is not writable")
    assert app.window.notification_bar.kind() == "error"
    assert len(warnings_of(caplog)) == 1
    user.type(app.panel.slider(KEY), "432")
    app.autosaver.save_now()
    assert app.autosaver.path.parent == fallback
    assert load_preset(app.autosaver.path).scenario[KEY] == 432
    assert len(warnings_of(caplog)) == 1


def test_with_no_writable_folder_autosave_is_off_and_says_so(
    unwritable_settings, make_app, user, monkeypatch, caplog
):
    monkeypatch.setattr(autosave, "_private_fallback", lambda: unwritable_settings / "sub")
    caplog.set_level(logging.WARNING)
    app = make_app()
    assert app.window.notification_bar.text().startswith(
        f"Autosave is off: {unwritable_settings} is not writable"
    )
    user.type(app.panel.slider(KEY), "432")
    for _ in range(3):
        app.autosaver.save_now()
    assert not app.autosaver.path.exists()
    assert len(warnings_of(caplog)) == 1
    app.window.close()


def test_a_failing_autosave_is_reported_once(make_app, user, monkeypatch, caplog):
    app = make_app()
    user.type(app.panel.slider(KEY), "432")
    caplog.set_level(logging.WARNING)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave, "save_preset", disk_full)
    for _ in range(5):
        app.autosaver.save_now()
    assert app.window.notification_bar.text() == (
        "Autosave failed (No space left on device); unsaved changes are not kept."
    )
    assert len(warnings_of(caplog)) == 1
    monkeypatch.undo()
    app.autosaver.save_now()
    assert load_preset(app.autosaver.path).scenario[KEY] == 432
