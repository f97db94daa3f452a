"""Open and set aside the user's files inside the data folder, and nothing outside it.

`read_user_file` reads a file only when it is a regular file that really lies inside the
data folder: a symlink that leads out of it is never followed, and a folder, a pipe or a
device is never read (a pipe would make the coach wait forever). `set_aside` moves a
damaged file (or folder) into the 'beschadigd' folder, never deletes it, and makes what it
moved private: files 0600, folders 0700. It never changes the mode of a symlink's target.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gesprekscoach import dates, paths
from gesprekscoach.atomic import replace_with_retry

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class UnusableFile(Exception):
    """The file cannot be used as a user's file; `reason` says why in Dutch.

    `damaged` is True when the file belongs in the 'beschadigd' folder (a folder, a pipe,
    a file that is too big), False when it must be left alone (it leads out of the data folder).
    """

    def __init__(self, reason: str, *, damaged: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.damaged = damaged


OUTSIDE_REASON = "het verwijst naar een plek buiten de map van de coach."
"""Why a symlink that leads out of the data folder is not used."""


def read_user_file(path: Path, root: Path, max_bytes: int) -> bytes:
    """The bytes of `path`, a regular file inside `root` (symlinks followed only inside `root`).

    Raises FileNotFoundError when it is not there, UnusableFile when it may not or cannot
    be read, and OSError for other failures.
    """
    info = os.lstat(path)
    if not paths.is_inside(path, root):
        raise UnusableFile(OUTSIDE_REASON, damaged=False)
    target = Path(os.path.realpath(path)) if stat.S_ISLNK(info.st_mode) else path
    if stat.S_ISDIR(os.stat(target).st_mode):
        raise UnusableFile("dit is een map, geen bestand.", damaged=True)
    fd = os.open(target, _READ_FLAGS)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise UnusableFile("dit is geen gewoon bestand.", damaged=True)
        if opened.st_size > max_bytes:
            raise UnusableFile(f"het bestand is te groot (meer dan {max_bytes // (1024 * 1024)} MB).", damaged=True)
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, 1024 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > max_bytes:
        raise UnusableFile(f"het bestand is te groot (meer dan {max_bytes // (1024 * 1024)} MB).", damaged=True)
    return b"".join(chunks)


def set_aside(path: Path, damaged_folder: Path, root: Path) -> Path:
    """Move `path` into `damaged_folder` under '<name>.<date-time>' (never overwriting); returns the new path.

    The folder is made private (0700); what was moved gets 0600 (a file) or 0700 (a folder).
    A symlink is moved as a link: its target is not touched. Raises OSError when it fails.
    """
    paths.ensure_private_dir(damaged_folder, root)
    stamp = dates.now().strftime("%Y%m%d-%H%M%S")
    target = damaged_folder / f"{path.name}.{stamp}"
    number = 1
    while os.path.lexists(target):
        number += 1
        target = damaged_folder / f"{path.name}.{stamp}-{number}"
    replace_with_retry(path, target)
    make_private(target, root)
    return target


def make_private(path: Path, root: Path) -> None:
    """Give a file inside `root` mode 0600 and a folder 0700; leave symlinks and anything outside alone."""
    try:
        info = os.lstat(path)
    except OSError:
        return
    if not paths.is_inside(path, root):
        return
    if stat.S_ISREG(info.st_mode):
        mode = paths.PRIVATE_FILE_MODE
    elif stat.S_ISDIR(info.st_mode):
        mode = paths.PRIVATE_DIR_MODE
    else:
        return
    try:
        os.chmod(path, mode)
    except OSError:
        pass
