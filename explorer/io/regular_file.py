"""Only regular files are read or replaced: never a FIFO, a device, a socket or a folder.

Opening a FIFO for reading waits for a writer; a kernel message device blocks on read; a copy of
/dev/full or /dev/null replaced by a "saved" regular file is a device lost. Each path is checked
with ``stat`` (which follows symlinks, so a link to a device is refused too) before it is opened,
opened without blocking, and checked again on the open descriptor, so a swap in between is caught.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from explorer.io.errors import PresetError
from explorer.io.message import Msg

_KINDS = (
    (stat.S_ISDIR, Msg("a folder")),
    (stat.S_ISFIFO, Msg("a named pipe (FIFO)")),
    (stat.S_ISCHR, Msg("a character device")),
    (stat.S_ISBLK, Msg("a block device")),
    (stat.S_ISSOCK, Msg("a socket")),
)
# Non-blocking: a FIFO or device opens at once (and is then refused); no controlling terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class NotRegularFileError(OSError):
    """``path`` exists but is not a regular file; ``strerror`` says what it is instead (in
    English; ``message`` says it as a message to translate)."""

    def __init__(self, path: str | os.PathLike[str], kind: Msg) -> None:
        code = errno.EISDIR if kind.template == "a folder" else errno.EINVAL
        self.message = Msg("it is {kind}, not a regular file", kind=kind)
        super().__init__(code, str(self.message), os.fspath(path))
        self.kind = kind


def file_kind(mode: int) -> Msg:
    """What a ``st_mode`` is, in words ("a folder", "a character device", ...)."""
    return next((name for test, name in _KINDS if test(mode)), Msg("not a regular file"))


def check_regular(path: str | os.PathLike[str]) -> os.stat_result | None:
    """The stat of ``path`` if it is a regular file (through symlinks), None if it does not exist.

    Raises NotRegularFileError for anything else, and OSError if it cannot be looked at.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(path, file_kind(info.st_mode))
    return info


def open_regular(path: str | os.PathLike[str]) -> tuple[BinaryIO, int]:
    """``path`` open for reading and its size, if it is a regular file; never blocks on opening.

    Raises FileNotFoundError, PermissionError, NotRegularFileError or another OSError.
    """
    before = check_regular(path)
    if before is None:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(path))
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path, file_kind(info.st_mode))
        if (info.st_dev, info.st_ino) != (before.st_dev, before.st_ino):
            raise OSError(errno.EAGAIN, "the file changed while it was being opened", str(path))
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def check_write_target(path: str | os.PathLike[str]) -> Path:
    """The file a save to ``path`` replaces (symlinks followed), if a save may replace it.

    Raises NotRegularFileError when it exists and is not a regular file, FileNotFoundError when
    its folder does not exist, NotADirectoryError when the folder is not one.
    """
    target = Path(os.path.realpath(path))
    check_regular(target)
    folder = target.parent
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        raise FileNotFoundError(
            errno.ENOENT, "the folder does not exist", os.fspath(path)
        ) from None
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, f"“{folder.name}” is not a folder", os.fspath(path))
    return target


@contextmanager
def read_problems(label: str, not_a_file: Callable[[Msg], Msg]) -> Iterator[None]:
    """Opening or reading ``label`` failed: one PresetError that says why, for a preset and a
    talk alike. ``not_a_file`` words the refusal of a folder, a FIFO or a device (what the file
    should have been) around the reason it is given."""
    try:
        yield
    except FileNotFoundError:
        raise PresetError.single(label, Msg("no such file")) from None
    except PermissionError:
        raise PresetError.single(label, Msg("permission denied")) from None
    except NotRegularFileError as err:
        raise PresetError.single(label, not_a_file(err.message)) from None
    except OSError as err:
        reason = err.strerror or os.strerror(err.errno or 0)
        raise PresetError.single(label, Msg("cannot read: {reason}", reason=reason)) from None
