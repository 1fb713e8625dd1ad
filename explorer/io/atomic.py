"""Write a file so that a crash at any moment leaves either the old or the new version whole.

The new text goes to a temporary file in the same folder (a rename is only atomic within one
file system), is flushed and fsynced, and then replaces the target with ``os.replace``. The previous
version is kept as ``<name>.bak`` through a hard link to its inode, so the target path never
goes missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    # Reading the umask means setting it; do it once, at import, before any thread could race.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; some file systems cannot open a folder, which is fine.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keep_backup(path: Path) -> None:
    backup = backup_path(path)
    staged = backup.with_name(backup.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        os.link(path, staged)
    except OSError:
        # No hard links here (FAT, some network shares): copy instead.
        shutil.copy2(path, staged)
    os.replace(staged, backup)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically, keeping its permission bits and a ``.bak``."""
    # Write through a symlink to its target rather than replacing the link with a file.
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
        existed = True
    except FileNotFoundError:
        mode, existed = 0o666 & ~_UMASK, False
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        if existed and keep_backup:
            _keep_backup(target)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_dir(target.parent)


def atomic_write_text(path: str | os.PathLike[str], text: str, keep_backup: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup)
