"""Saving is atomic, keeps permissions and a .bak, and survives a kill in the middle."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.io import Preset, backup_path, load_preset, save_preset
from explorer.io.atomic import STALE_AFTER_S
from explorer.model.scenario import Scenario


def _preset(pue: float, padding: int = 0) -> Preset:
    return Preset("p", Scenario({"pue": pue}), "x" * padding)


def test_keeps_permission_bits(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    save_preset(_preset(1.1), path)
    os.chmod(path, 0o640)
    save_preset(_preset(1.2), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load_preset(path).scenario["pue"] == 1.2


def test_new_file_follows_umask(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    save_preset(_preset(1.1), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_backup_holds_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    save_preset(_preset(1.1), path)
    assert not backup_path(path).exists()
    save_preset(_preset(1.2), path)
    save_preset(_preset(1.3), path)
    assert load_preset(backup_path(path)).scenario["pue"] == 1.2
    assert load_preset(path).scenario["pue"] == 1.3


def test_autosave_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "autosave.yaml"
    save_preset(_preset(1.1), path, keep_backup=False)
    save_preset(_preset(1.2), path, keep_backup=False)
    assert not backup_path(path).exists()


def test_no_temporary_files_left(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    for pue in (1.1, 1.2, 1.3):
        save_preset(_preset(pue), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.yaml", "p.yaml.bak"]


def test_saving_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    link = tmp_path / "link.yaml"
    save_preset(_preset(1.1), target)
    link.symlink_to(target)
    save_preset(_preset(1.2), link)
    assert link.is_symlink()
    assert load_preset(target).scenario["pue"] == 1.2


def test_failed_write_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.yaml"
    save_preset(_preset(1.1), path)

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_preset(_preset(1.2), path)
    assert load_preset(path).scenario["pue"] == 1.1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.yaml"]


# A child that saves big presets as fast as it can, alternating two versions.
_SAVER = """
import sys
from explorer.io import Preset, save_preset
from explorer.model.scenario import Scenario
path = sys.argv[1]
versions = [Preset("p", Scenario({"pue": pue}), "x" * 100_000) for pue in (1.1, 1.4)]
save_preset(versions[0], path)
print("ready", flush=True)
i = 0
while True:
    i += 1
    save_preset(versions[i % 2], path)
"""

# A child that writes the new version and then stops just before the rename.
_PAUSED = """
import os, sys, time
from explorer.io import Preset, save_preset
from explorer.model.scenario import Scenario
path = sys.argv[1]
save_preset(Preset("p", Scenario({"pue": 1.1})), path)
real_replace = os.replace
def paused_replace(src, dst):
    if os.path.basename(dst) == os.path.basename(path):
        print("paused", flush=True)
        time.sleep(60)
    real_replace(src, dst)
os.replace = paused_replace
save_preset(Preset("p", Scenario({"pue": 1.4})), path)
"""


def _start(script: str, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
    )


def test_kill_during_repeated_saves_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    for delay in (0.05, 0.13, 0.21, 0.34):
        child = _start(_SAVER, path)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        preset = load_preset(path)
        assert preset.scenario["pue"] in (1.1, 1.4)
        assert len(preset.description) == 100_000


def test_kill_between_write_and_rename_keeps_old_file(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    child = _start(_PAUSED, path)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "paused"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    assert load_preset(path).scenario["pue"] == 1.1
    # The new version was complete in its temporary file: only the rename was missing.
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1
    # The next save removes it once it is older than any save still running could be.
    old = time.time() - STALE_AFTER_S - 1
    os.utime(leftovers[0], (old, old))
    save_preset(_preset(1.2), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.yaml", "p.yaml.bak"]
