"""A lock file beside a user's file, so two processes never change it at the same time.

`file_lock(path)` holds an exclusive lock on the lock file `path` (created 0600 when it is
not there, never followed when it is a symlink) for the time of a `with` block:
`fcntl.flock` on Linux and macOS, `msvcrt.locking` on Windows. The operating system drops
the lock when the process ends, so a crash never leaves a lock behind. Lock files are
never removed (removing one while another process waits for it would break the lock).

Locks do not nest: a process must not take the same lock twice.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".lock"

LOCK_TIMEOUT = 15.0
"""Seconds to wait for another process to finish before giving up."""

_POLL = 0.005
"""Seconds between two tries at first; the wait grows to `_MAX_POLL`."""

_MAX_POLL = 0.05

_OPEN_FLAGS = (
    os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


class LockTimeout(TimeoutError):
    """Another process held the lock for longer than the timeout."""


def lock_path_for(path: Path) -> Path:
    """The lock file of `path`: '.<name>.lock' in the same folder."""
    return path.with_name(f".{path.name}{LOCK_SUFFIX}")


if sys.platform == "win32":  # pragma: no cover - tested on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def acquire_lock(path: Path, *, timeout: float = LOCK_TIMEOUT) -> int:
    """Take the exclusive lock on the lock file `path`; returns the handle for `release_lock`.

    Raises LockTimeout when another process keeps it longer than `timeout` seconds, and
    OSError when the lock file cannot be made or opened.
    """
    fd = os.open(path, _OPEN_FLAGS, 0o600)
    try:
        deadline = time.monotonic() + timeout
        wait = _POLL
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{path} is locked")
            time.sleep(wait)
            wait = min(wait * 2, _MAX_POLL)
    except BaseException:
        os.close(fd)
        raise
    return fd


def release_lock(fd: int) -> None:
    """Give the lock taken by `acquire_lock` back."""
    try:
        _unlock(fd)
    finally:
        os.close(fd)


@contextmanager
def file_lock(path: Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on the lock file `path` while the block runs (see `acquire_lock`)."""
    fd = acquire_lock(path, timeout=timeout)
    try:
        yield
    finally:
        release_lock(fd)
