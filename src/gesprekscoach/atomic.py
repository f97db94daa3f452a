"""Write a file atomically and privately, and explain a failed write in plain Dutch.

A write goes to a temp file in the same folder (created with mode 0600 from the start),
is flushed and fsynced, and then replaces the target with `os.replace`; the folder is
fsynced where the platform allows it. Readers therefore see either the old file or the
complete new one, never half a file, and a failed write leaves the old file untouched.

On Windows a virus scanner, an indexer or an editor may hold the target open for a
moment; `os.replace` then fails with PermissionError. `replace_with_retry` tries again a
few times with a short back-off and then raises `FileInUseError`, which
`describe_os_error` explains as "in use", not as "no permission". Elsewhere a
PermissionError is a real lack of permission and is raised at once.

Used by `store` (preparations) and `sheet` (the preparation sheet). Plain Python.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".tmp"
"""Temp files are named '.<target name>.<random>.tmp'."""

PRIVATE_FILE_MODE = 0o600

REPLACE_ATTEMPTS = 6
"""How often `replace_with_retry` tries before it gives up."""

REPLACE_FIRST_DELAY = 0.05
"""Seconds to wait after the first failed try; doubled after each next one (about 1.5 s in all)."""


class FileInUseError(PermissionError):
    """The file stayed in use by another program (a virus scanner, an editor) while we tried to replace it."""


def replace_with_retry(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    attempts: int = REPLACE_ATTEMPTS,
    first_delay: float = REPLACE_FIRST_DELAY,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """`os.replace(source, target)`, tried again after a PermissionError (Windows: a file in use).

    Raises FileInUseError when every try failed with PermissionError, and any other
    OSError at once.
    """
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            if not _maybe_in_use(error):
                raise
            if attempt == attempts:
                raise FileInUseError(error.errno, error.strerror, str(target)) from error
            sleep(delay)
            delay *= 2


_WINDOWS_IN_USE = (5, 32, 33)
"""ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: what a held file gives on Windows."""


def _maybe_in_use(error: PermissionError) -> bool:
    """True when the PermissionError may come from another program holding the file (Windows)."""
    winerror = getattr(error, "winerror", None)
    if winerror is not None:
        return winerror in _WINDOWS_IN_USE
    return os.name == "nt"


def temp_prefix(target: Path) -> str:
    """The name prefix of the temp files written for `target`."""
    return f".{target.name}."


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; the file gets mode 0600.

    Raises OSError when anything fails; the temp file is then removed and `target`
    is left as it was.
    """
    import tempfile  # only a write needs it (listing and reading do not)

    folder = target.parent
    # mkstemp creates the file with O_EXCL and mode 0600, so it is never readable by others.
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(temp_name, target)
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
    if isinstance(error, FileInUseError):
        return (
            f"{action} is niet gelukt: {path.name} is in gebruik bij een ander programma "
            "(bijvoorbeeld een virusscanner of een editor), of het is alleen-lezen. "
            "Wacht even of sluit dat programma, en probeer het opnieuw."
        )
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
