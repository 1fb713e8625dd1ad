"""Only regular files are read or replaced: a FIFO, a character device, a folder or a symlink to
one is refused with what it is and left untouched; temporary files fit any legal name and are
cleaned up after a killed save."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from explorer.io import Preset, PresetError, backup_path, load_preset, save_preset
from explorer.io.atomic import STALE_AFTER_S, temp_prefix
from explorer.io.regular_file import NotRegularFileError
from explorer.model.scenario import Scenario

PRESET = Preset("p", Scenario({"pue": 1.3}))
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def device_copy(folder: Path, name: str, major: int, minor: int) -> Path:
    """A character device node like /dev/<name>, made in ``folder`` (needs root)."""
    path = folder / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(major, minor))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    return path


@needs_fifo
def test_a_fifo_is_neither_read_nor_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    # Opening a FIFO for reading would wait for a writer for ever.
    with pytest.raises(PresetError, match="it is a named pipe"):
        load_preset(fifo)
    with pytest.raises(NotRegularFileError, match="it is a named pipe"):
        save_preset(PRESET, fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.yaml"]


@pytest.mark.parametrize(("name", "major", "minor"), [("full", 1, 7), ("kmsg", 1, 11)])
def test_a_character_device_is_neither_read_nor_replaced(
    tmp_path: Path, name: str, major: int, minor: int
) -> None:
    device = device_copy(tmp_path, name, major, minor)
    with pytest.raises(PresetError, match="it is a character device"):
        load_preset(device)
    with pytest.raises(NotRegularFileError, match="it is a character device"):
        save_preset(PRESET, device)
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_symlink_to_a_device_or_a_folder_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "null.yaml"
    link.symlink_to("/dev/null")
    with pytest.raises(PresetError, match="it is a character device"):
        load_preset(link)
    with pytest.raises(NotRegularFileError):
        save_preset(PRESET, link)
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    folder_link = tmp_path / "folder.yaml"
    folder_link.symlink_to(tmp_path)
    with pytest.raises(PresetError, match="it is a folder"):
        load_preset(folder_link)
    with pytest.raises(NotRegularFileError, match="it is a folder"):
        save_preset(PRESET, folder_link)


def test_the_longest_legal_name_saves_and_keeps_a_backup(tmp_path: Path) -> None:
    name = "n" * 250 + ".yaml"  # 255 bytes: the longest name most file systems allow
    path = tmp_path / name
    save_preset(PRESET, path)
    save_preset(Preset("q", Scenario({"pue": 1.4})), path)
    assert load_preset(path).scenario["pue"] == 1.4
    backup = backup_path(path)
    assert len(backup.name) == 255 and backup.name.endswith(".bak")
    assert load_preset(backup).scenario["pue"] == 1.3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, backup.name])


def test_a_multibyte_name_is_shortened_by_whole_characters(tmp_path: Path) -> None:
    path = tmp_path / ("é" * 125 + ".yaml")  # 255 bytes in UTF-8
    save_preset(PRESET, path)
    save_preset(PRESET, path)
    prefix = temp_prefix(path)
    assert len(os.fsencode(prefix)) + 8 + len(".tmp") <= 255
    assert prefix.encode().decode() == prefix  # no character cut in half


def test_stale_temporary_files_of_ours_go_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    save_preset(PRESET, path)
    old = time.time() - STALE_AFTER_S - 5
    stale = [tmp_path / f".p.yaml.{tag}.tmp" for tag in ("abcd1234", "zz__9x0y")]
    stale.append(tmp_path / ".p.yaml.bak.q1w2e3r4.tmp")
    young = tmp_path / ".p.yaml.young123.tmp"
    theirs = [tmp_path / ".p.yaml.notours.tmp", tmp_path / ".other.yaml.abcd1234.tmp"]
    for leftover in [*stale, young, *theirs]:
        leftover.write_text("half a preset")
        os.utime(leftover, (old, old))
    os.utime(young, None)  # another window may be saving right now
    save_preset(PRESET, path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(["p.yaml", "p.yaml.bak", young.name, *(p.name for p in theirs)])
