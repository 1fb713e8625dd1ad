"""Write a file so that a crash at any moment leaves either the old or the new version whole.

The new text goes to a temporary file in the same folder (a rename is only atomic within one
file system), is flushed and fsynced, and then replaces the target with ``os.replace``. The previous
version is kept as ``<name>.bak`` through a hard link to its inode, so the target path never
goes missing.

Only a regular file (or a new name) is replaced: a FIFO, a device or a folder is refused and left
alone. Temporary files are named ``.<name>.<8 random characters>.tmp``, with ``<name>`` shortened
so that the whole fits the file system's limit on a name; ones that a killed save left behind are
removed by the next save to the same file once they are a minute old (a younger one may belong to
a save still running in another window).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

from explorer.io.regular_file import check_write_target

TEMP_SUFFIX = ".tmp"
# mkstemp's random part: 8 characters of [a-z0-9_].
_RANDOM_PART = re.compile(r"[a-z0-9_]{8}")
STALE_AFTER_S = 60.0


def _umask() -> int:
    # Reading the umask means setting it; do it once, at import, before any thread could race.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _fit(name: str, room: int) -> str:
    """``name`` cut (whole characters) to at most ``room`` bytes in the file system's encoding."""
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return name


def backup_path(path: Path) -> Path:
    """``<name>.bak`` beside ``path``; for a name too long to take the suffix, a shortened name."""
    path = Path(path)
    room = _name_max(path.parent) - len(".bak")
    return path.with_name(_fit(path.name, room) + ".bak")


def temp_prefix(target: Path) -> str:
    """The start of the temporary files' names for ``target``: ``.<name shortened>.``."""
    room = _name_max(target.parent) - len("..") - 8 - len(TEMP_SUFFIX)
    return f".{_fit(target.name, room)}."


def _remove_stale_temps(folder: Path, prefix: str) -> None:
    """Remove temporary files of ours that a killed save left behind (regular files only)."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
                continue
            if not _RANDOM_PART.fullmatch(name[len(prefix) : -len(TEMP_SUFFIX)]):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_AFTER_S:
                    os.unlink(entry.path)


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
    with contextlib.suppress(OSError):
        if os.path.samefile(path, backup):
            # Already the backup (a save killed before its rename); renaming a hard link onto
            # another link of the same file does nothing and would leave the staged name behind.
            return
    fd, staged = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(backup), suffix=TEMP_SUFFIX)
    os.close(fd)
    try:
        os.unlink(staged)  # the name is ours; a hard link needs it free
        try:
            os.link(path, staged)
        except OSError:
            # No hard links here (FAT, some network shares): copy instead.
            shutil.copy2(path, staged)
        os.replace(staged, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(staged)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically, keeping its permission bits and a ``.bak``.

    Raises NotRegularFileError (an OSError) when ``path`` is a FIFO, a device or a folder, or a
    symlink to one; it is left untouched.
    """
    # Write through a symlink to its target rather than replacing the link with a file.
    target = check_write_target(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
        existed = True
    except FileNotFoundError:
        mode, existed = 0o666 & ~_UMASK, False
    prefix = temp_prefix(target)
    _remove_stale_temps(target.parent, prefix)
    if keep_backup:
        _remove_stale_temps(target.parent, temp_prefix(backup_path(target)))
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        # The target may have become something else while the data was written.
        check_write_target(target)
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
