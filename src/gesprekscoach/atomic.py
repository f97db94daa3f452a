"""Write a file atomically and privately, and explain a failed write in plain Dutch.

A write goes to a temp file in the same folder (created with mode 0600 from the start),
is flushed and fsynced, and then replaces the target with `os.replace`; the folder is
fsynced where the platform allows it. Readers therefore see either the old file or the
complete new one, never half a file, and a failed write leaves the old file untouched.

Used by `store` (preparations) and `sheet` (the preparation sheet). Plain Python.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"
"""Temp files are named '.<target name>.<random>.tmp'."""

PRIVATE_FILE_MODE = 0o600


def temp_prefix(target: Path) -> str:
    """The name prefix of the temp files written for `target`."""
    return f".{target.name}."


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; the file gets mode 0600.

    Raises OSError when anything fails; the temp file is then removed and `target`
    is left as it was.
    """
    folder = target.parent
    # mkstemp creates the file with O_EXCL and mode 0600, so it is never readable by others.
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, where the platform allows it (not on Windows)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def describe_os_error(error: OSError, path: Path, action: str = "Opslaan") -> str:
    """A short Dutch message for a failed file operation: what went wrong and what to do."""
    code = error.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return f"{action} is niet gelukt: de schijf is vol. Maak ruimte vrij en probeer het opnieuw."
    if code in (errno.EACCES, errno.EPERM):
        return (
            f"{action} is niet gelukt: je hebt geen toestemming om te schrijven in {path}. "
            "Kies een andere plek, of pas de rechten van de map aan."
        )
    if code == errno.EROFS:
        return (
            f"{action} is niet gelukt: {path} staat op een schijf waarop je niet mag schrijven. Kies een andere plek."
        )
    if code == errno.ENOENT:
        return (
            f"{action} is niet gelukt: de map {path.parent} bestaat niet. "
            "Maak de map eerst aan, of kies een andere map."
        )
    if code == errno.ENOTDIR:
        return f"{action} is niet gelukt: een deel van {path} is geen map. Kies een andere plek."
    if code == errno.EISDIR:
        return f"{action} is niet gelukt: {path} is een map, geen bestand. Geef een bestandsnaam op."
    if code == errno.ENAMETOOLONG:
        return f"{action} is niet gelukt: de naam {path.name} is te lang. Kies een kortere naam."
    reason = error.strerror or str(error)
    return f"{action} is niet gelukt ({reason}). Probeer het opnieuw, of kies een andere plek."
