"""Messages in the window never resize it, never echo a file, never pass control characters on:
a key of 120,000 characters or 10,000 unknown keys make a short, bounded notice."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from explorer.ui.widgets.notification_bar import MAX_LINE_CHARS, VISIBLE_LINES, bounded_message


def _open_refused(app, path: Path) -> str:
    window = app.window
    size = window.size()
    assert not app.files.open_path(path)
    assert window.size() == size
    bar = window.notification_bar
    assert bar.kind() == "error"
    assert bar.scroll.height() <= bar.label.fontMetrics().lineSpacing() * VISIBLE_LINES
    assert bar.width() <= window.width()
    return bar.text()


def test_a_key_of_120000_characters_is_cut(app, tmp_path):
    path = tmp_path / "long-key.yaml"
    # A complex key ("? "), as PyYAML limits plain keys to 1,024 characters.
    path.write_text(f"schema_version: 1\nparams:\n  ? {'k' * 120_000}\n  : 1\n")
    text = _open_refused(app, path)
    assert len(text) < 1000
    assert "k" * 50 + "…" in text


def test_ten_thousand_unknown_keys_are_counted_not_listed(app, tmp_path):
    path = tmp_path / "many-keys.yaml"
    keys = "".join(f"  u{i}: 1\n" for i in range(10_000))
    path.write_text(f"schema_version: 1\nparams:\n{keys}")
    text = _open_refused(app, path)
    assert "params.u19:" in text and "params.u20:" not in text
    assert text.endswith("… and 9,980 more problems")


def test_a_file_that_is_not_a_preset_is_not_echoed(app, tmp_path):
    secret = "root:$6$saltsalt$" + "h" * 86 + ":19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n"
    target = tmp_path / "shadow"
    target.write_text(secret)
    link = tmp_path / "innocent.yaml"
    link.symlink_to(target)
    text = _open_refused(app, link)
    assert "$6$" not in text and "hhhh" not in text


def test_control_characters_in_a_file_name_are_shown_escaped(app, tmp_path):
    path = tmp_path / "evil\x1b[2K\rok\u202e.yaml"
    path.write_text("schema_version: 1\nparams: {pue: 9}\n")
    text = _open_refused(app, path)
    assert "\x1b" not in text and "\r" not in text and "\u202e" not in text
    assert "evil\\x1b[2K\\x0dok\\u202e" in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(app, tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    text = _open_refused(app, fifo)
    assert "it is a named pipe (FIFO), not a regular file" in text


def test_bounded_message_caps_lines_and_their_length():
    text = "\n".join(f"line {i} " + "x" * 1000 for i in range(100))
    shown = bounded_message(text).split("\n")
    assert len(shown) == 40
    assert shown[-1] == "… and 61 more lines"
    assert all(len(line) <= MAX_LINE_CHARS for line in shown)
    assert bounded_message("tab\there\x07bell") == "tab\\x09here\\x07bell"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_save_and_export_onto_a_fifo_are_refused_and_leave_it(app, user, tmp_path):
    window = app.window
    user.type(app.panel.slider("pue"), "1.3")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    assert not app.files.save_to(fifo)
    assert window.notification_bar.text() == (
        f"Could not save “pipe.yaml” in {tmp_path}: it is a named pipe (FIFO), not a regular "
        "file; nothing was changed."
    )
    assert window.isWindowModified()
    assert not app.exports.export_png("breakdown", 640, fifo)
    assert window.notification_bar.text() == (
        "Could not export “pipe.yaml”: it is a named pipe (FIFO), not a regular file"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.yaml"]
