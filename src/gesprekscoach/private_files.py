"""Open a cache file only when it is private to the current user: the one rule for every cache.

A cache (checked content, the lemma index of the SMART check) is plain data the coach wrote
itself, kept in the cache folder to skip work on the next start. It is only read from a
folder and a file owned by the current user and not writable by group or others, never
through a symlink, and never when it is larger than the caller allows. On Windows there are
no such owner and mode bits: there the file is opened as it is, and the caller trusts it
only as far as its own checks go.

A leaf module like `paths` and `atomic`: plain Python, every layer may use it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def is_private(info: os.stat_result) -> bool:
    """Owned by the current user and not writable by group or others."""
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def folder_is_private(folder: Path) -> bool:
    """Whether `folder` is a real folder (no symlink) private to the current user; True on Windows."""
    if not hasattr(os, "getuid"):
        return True
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and is_private(info)


def open_private(folder: Path, name: str, max_bytes: int) -> int | None:
    """A read-only file descriptor of `folder/name` when both are private and the file is at most `max_bytes`.

    None when the file is missing, a symlink, not a regular file, someone else's, writable by
    others, or too large. The caller closes the descriptor.
    """
    if not folder_is_private(folder):
        return None  # a symlink, or a folder someone else could write in: not read
    try:
        fd = os.open(folder / name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_size <= max_bytes and (not hasattr(os, "getuid") or is_private(info)):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def read_private(folder: Path, name: str, max_bytes: int) -> bytes | None:
    """The bytes of `folder/name` when `open_private` allows it; else None."""
    fd = open_private(folder, name, max_bytes)
    if fd is None:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError:
            return None
    return data if len(data) <= max_bytes else None
