"""Every file of the broken-preset corpus, opened in the window, leaves the scenario on screen alone
and shows one message that names the file (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from explorer.ui.controller import AppController

CORPUS = Path(__file__).parents[1] / "data" / "broken_presets"
EXPECTED: dict[str, dict] = yaml.safe_load((CORPUS / "EXPECTED.yaml").read_text())
FILES = sorted(EXPECTED)
ROUTES = ("open_path", "open_dialog", "drop")


def open_by_route(app: AppController, path: Path, route: str, monkeypatch) -> None:
    """Open ``path`` as a user would: File > Open, a dropped file, or the recent-files menu."""
    if route == "open_path":
        assert not app.files.open_path(path)
    elif route == "open_dialog":
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
        app.window.actions_by_name["open"].trigger()
    else:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        point = QPointF(app.window.width() / 2, app.window.height() / 2)
        enter = QDragEnterEvent(
            point.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(app.window, enter)
        assert enter.isAccepted()
        drop = QDropEvent(
            point,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(app.window, drop)


def snapshot(app: AppController) -> dict:
    """Everything the user sees of the scenario, and what undo would do."""
    return {
        "scenario": app.scenario,
        "reference": app.session.reference,
        "results": app.results,
        "shown": {key: editor.value() for key, editor in app.panel.editors.items()},
        "positions": {
            key: editor.slider.value()
            for key, editor in app.panel.editors.items()
            if hasattr(editor, "slider")
        },
        "undo": (app.undo_stack.count(), app.undo_stack.index()),
        "title": app.window.windowTitle(),
        "modified": app.window.isWindowModified(),
        "document": app.session,
        "recent": app.recent_files.paths(),
    }


def check_refused(app: AppController, path: Path, route: str, monkeypatch) -> str:
    """Open ``path`` by ``route``; everything must stay as it was. Returns the message."""
    before = snapshot(app)
    evaluations = app.evaluations
    app.window.notification_bar.dismiss()
    open_by_route(app, path, route, monkeypatch)
    # Nothing was scheduled: no evaluation will follow, and none happened.
    assert not app.pending
    assert app.evaluations == evaluations
    after = snapshot(app)
    assert after["scenario"] is before["scenario"]
    assert after == before
    assert app.window.notification_bar.kind() == "error"
    message = app.window.notification_bar.text()
    assert message.startswith(f"Could not open “{path.name}”; the scenario on screen is unchanged.")
    assert "Traceback" not in message
    return message


@pytest.fixture
def edited_window(make_app, user) -> AppController:
    """A window with an unsaved edit, evaluated: what a bad file must not take away."""
    app = make_app()
    user.type(app.panel.slider("launch_price_usd_per_kg"), "250")
    user.settle(app)
    return app


def test_every_broken_preset_changes_nothing_on_screen(edited_window, monkeypatch):
    # One window for the whole corpus (a window per file would take minutes); each file goes
    # through one of the three ways a user opens a file, in turn.
    failures = []
    for number, name in enumerate(FILES):
        route = ROUTES[number % len(ROUTES)]
        try:
            message = check_refused(edited_window, CORPUS / name, route, monkeypatch)
            expected = EXPECTED[name]
            assert expected["says"] in message
            if expected["line"] is not None:
                assert f"{CORPUS / name}:{expected['line']}: " in message
        except AssertionError as err:
            failures.append(f"{name} ({route}): {err}")
    refused = len(FILES) - len(failures)
    print(f"\n{len(FILES)} broken presets opened in the window, {refused} refused cleanly")
    assert not failures, "\n".join(failures)
    assert len(FILES) >= 40


def test_twenty_megabytes_is_refused_in_the_window(edited_window, monkeypatch, tmp_path):
    path = tmp_path / "twenty_megabytes.yaml"
    line = b"  capacity_gw: 1  # padding padding padding padding padding padding padding\n"
    with path.open("wb") as handle:
        handle.write(b"schema_version: 1\nname: big\nparams:\n")
        handle.write(line * (20 * 1024 * 1024 // len(line) + 1))
    message = check_refused(edited_window, path, "drop", monkeypatch)
    assert "at most 131,072 bytes" in message


def test_a_missing_file_and_a_folder_are_refused(edited_window, monkeypatch, tmp_path):
    check_refused(edited_window, tmp_path / "gone.yaml", "open_path", monkeypatch)
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    check_refused(edited_window, folder, "open_dialog", monkeypatch)


def test_a_file_that_cannot_be_opened_is_refused(edited_window, monkeypatch, tmp_path):
    # A symlink to itself cannot be opened by anyone, root included (chmod 0 would not stop root).
    path = tmp_path / "loop.yaml"
    path.symlink_to(path)
    message = check_refused(edited_window, path, "open_path", monkeypatch)
    assert "loop.yaml" in message.splitlines()[1]


def test_after_a_bad_file_a_good_one_still_opens(edited_window, user, monkeypatch):
    app = edited_window
    check_refused(app, CORPUS / "nan.yaml", "open_path", monkeypatch)
    assert app.files.open_bundled("starcloud-2024")
    user.settle(app)
    assert app.session.name != "baseline-2026"
    assert app.window.notification_bar.text() == ""
    app.undo_stack.undo()
    assert app.scenario["launch_price_usd_per_kg"] == 250
