"""Keep the user's preparations on disk: one readable YAML file per preparation.

Files live in `<data home>/voorbereidingen/<id>.yaml` (folder 0700, files 0600). Every save is
atomic (see `atomic.py`), so a crash, a closed terminal or a full disk never leaves half a
file. Files are read with PyYAML's safe loader only and within bounds (see `user_yaml.py`),
and files written by an older version of the coach are brought up to date by a chain of
`migrate` steps keyed on `schema_version`. A file from a *newer* version is never changed.
A damaged file (bad syntax, a wrong shape, an impossible value, no UTF-8, a YAML bomb) is
moved aside to `<data home>/beschadigd/` (never deleted), so the other preparations still
open. A symlink that leads out of the data folder is never followed or changed.

Two windows on one preparation: every file carries a `revision`, raised by one on every
save. `save()` looks at the file on disk first (under a lock file beside it, see
`locking.py`) and raises `ConcurrentEditError`, with the version on disk, instead of
overwriting a save it has not seen. `merge.merge_preparations` helps to combine the two.

Ids are file names on every system: letters, digits, '-', '_' and '.', and never a name
Windows reserves (CON, NUL, COM1, …); see `check_id`.

All errors derive from `StoreError`, whose `str()` is a plain Dutch message for the user.
Plain Python: this module never imports Textual.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
import builtins
import os
import re
import stat
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from gesprekscoach import dates, paths
from gesprekscoach.atomic import TEMP_SUFFIX, atomic_write_bytes, describe_os_error
from gesprekscoach.store.locking import LockTimeout, acquire_lock, lock_path_for, release_lock
from gesprekscoach.store.schema import GOAL_ID_PREFIX, PREPARATION_SCHEMA_VERSION
from gesprekscoach.store.user_files import UnusableFile, read_user_file, set_aside
from gesprekscoach.store.user_yaml import USER_FILE_LIMITS, YamlProblem, load_user_yaml

if TYPE_CHECKING:  # the models (pydantic) are imported where a file is validated or made
    from gesprekscoach.store.models import Goal, Preparation
    from gesprekscoach.store.preparation_view import PreparationView
    from gesprekscoach.store.summaries import PreparationSummary, SummaryCache

PREPARATIONS_DIR = "voorbereidingen"
"""Folder (inside the data home) with one YAML file per preparation."""

DAMAGED_DIR = "beschadigd"
"""Folder (inside the data home) where damaged files are moved to."""

FILE_SUFFIX = ".yaml"

STALE_TEMP_SECONDS = 60.0
"""Temp files left by a crash are removed by `list()` once they are this old."""

FILE_HEADER = "# Een voorbereiding van gesprekscoach.\n# Je mag dit bestand lezen. De coach houdt het zelf bij.\n"


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """Something went wrong with the saved preparations; `str()` is a Dutch message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class PreparationNotFound(StoreError):
    """There is no preparation with this id (or no id starts with this prefix)."""


class AmbiguousPreparation(PreparationNotFound):
    """More than one preparation starts with the prefix; `matches` lists their ids."""

    def __init__(self, message: str, matches: list[str]) -> None:
        super().__init__(message)
        self.matches = matches


class DamagedPreparation(StoreError):
    """The file cannot be read as a preparation; `reason` says why, in Dutch."""

    def __init__(self, reason: str, path: Path | None = None) -> None:
        self.reason = reason
        self.path = path
        where = f"De voorbereiding {path.stem} is beschadigd" if path else "De voorbereiding is beschadigd"
        super().__init__(f"{where}: {reason}")


class ConcurrentEditError(StoreError):
    """Someone else (another window, another process) saved the preparation since it was read.

    `on_disk` is the version that is on disk now; nothing was overwritten. Merge with
    `gesprekscoach.store.merge.merge_preparations` and save the result (it carries the
    revision of `on_disk`).
    """

    def __init__(self, on_disk: "Preparation", path: Path | None = None) -> None:
        self.on_disk = on_disk
        self.path = path
        super().__init__(
            "Deze voorbereiding is intussen ook ergens anders opgeslagen, bijvoorbeeld in een ander venster. "
            "Ik heb die versie niet overschreven, dus je laatste wijzigingen hier zijn nog niet bewaard."
        )


class OutsideDataFolder(StoreError):
    """The file is a symlink that leads out of the data folder: it is not read and not changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path.name} verwijst naar een plek buiten de map van de coach. "
            "Ik gebruik het niet en verander er niets aan."
        )


class NoDataHome(StoreError):
    """There is no home folder and no GESPREKSCOACH_HOME: the coach does not know where to keep data."""


class NewerVersionError(StoreError):
    """The file was written by a newer version of the coach; it is left untouched."""

    def __init__(self, version: int, path: Path | None = None) -> None:
        self.version = version
        self.path = path
        name = f"De voorbereiding {path.stem}" if path else "Deze voorbereiding"
        super().__init__(
            f"{name} is gemaakt met een nieuwere versie van gesprekscoach. "
            "Werk de coach bij om deze voorbereiding te openen. Het bestand blijft zoals het is."
        )


# --------------------------------------------------------------------------- migrations

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 is any file without `schema_version`: it already has the fields of version 1."""
    migrated = dict(data)
    if "updated_at" not in migrated and "created_at" in migrated:
        migrated["updated_at"] = migrated["created_at"]
    migrated["schema_version"] = 1
    return migrated


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2: agenda points become objects (text, private) and goals get stable ids.

    The new fields (`private` flags, `after`, `carry_over`) have defaults and need no step.
    Anything that is not what version 1 wrote is left as it is, for validation to report.
    """
    migrated = dict(data)
    agenda = migrated.get("agenda")
    if isinstance(agenda, list):
        migrated["agenda"] = [{"text": point} if isinstance(point, str) else point for point in agenda]
    goals = migrated.get("goals")
    if isinstance(goals, list):
        numbered: list[Any] = []
        for number, goal in enumerate(goals, start=1):
            if isinstance(goal, dict) and not goal.get("id"):
                goal = {"id": f"{GOAL_ID_PREFIX}{number}", **goal}
            numbered.append(goal)
        migrated["goals"] = numbered
    migrated["schema_version"] = 2
    return migrated


def _migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3: a `revision` (how often the file was saved); older files start at 0."""
    migrated = dict(data)
    migrated.setdefault("revision", 0)
    migrated["schema_version"] = 3
    return migrated


MIGRATIONS: dict[int, Migration] = {0: _migrate_0_to_1, 1: _migrate_1_to_2, 2: _migrate_2_to_3}
"""Step `n` turns the data of schema version n into version n + 1."""

OLDEST_SCHEMA_VERSION = 0
"""The version a file without `schema_version` counts as."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring the data of a preparation file up to `PREPARATION_SCHEMA_VERSION`.

    Runs the `MIGRATIONS` chain from the file's `schema_version` (missing means the oldest).
    Raises NewerVersionError for a version newer than this coach knows, and
    DamagedPreparation for a version that is not a whole number or has no migration.
    """
    version = data.get("schema_version", OLDEST_SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        raise DamagedPreparation(f"het versienummer ({version!r}) is geen geheel getal.")
    if version > PREPARATION_SCHEMA_VERSION:
        raise NewerVersionError(version)
    while version < PREPARATION_SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise DamagedPreparation(f"versie {version} van het bestand ken ik niet.")
        data = step(data)
        version = data["schema_version"]
    return data


def is_unused(goal: "Goal") -> bool:
    """True for a goal nobody wrote in: nothing typed and not marked private.

    The full screen opens the goals step with one such goal to fill in; it is not saved (a
    file holds what the user wrote), so both front ends save the same preparation.
    """
    return goal.is_empty() and not goal.private


def without_unused_goals(prep: "Preparation") -> "Preparation":
    """The preparation as it is saved: `prep` itself, with its unused goals left out (see `is_unused`)."""
    prep.goals = [goal for goal in prep.goals if not is_unused(goal)]
    return prep


def dump_preparation(prep: "Preparation") -> str:
    """The YAML text of a preparation, as it is saved (goals and agreements without an id get one;
    a goal nobody wrote in is left out, see `is_unused`).

    Written in parts by libyaml for speed (see `preparation_yaml.dump_in_parts`); emoji stay readable at every
    size (see `_dump_part`). Every valid text round-trips exactly; a lone surrogate (invalid
    Unicode) is stored as U+FFFD.
    """
    prep.assign_ids()  # goals and agreements added since the last save get their id now
    fields = prep.model_dump(mode="python")
    fields["goals"] = [data for data, goal in zip(fields["goals"], prep.goals, strict=True) if not is_unused(goal)]
    data = {"schema_version": fields.pop("schema_version"), "revision": prep.revision, **fields}
    from gesprekscoach.store.preparation_yaml import dump_in_parts, replace_surrogates

    try:
        text = dump_in_parts(data)
    except UnicodeEncodeError:
        # A lone surrogate (not valid Unicode, cannot be stored as UTF-8): replace it by '�'.
        text = dump_in_parts(replace_surrogates(data))
    return FILE_HEADER + text


def parse_preparation(text: str | bytes, prep_id: str, path: Path | None = None) -> "Preparation":
    """Read the YAML of a preparation file (text, or the bytes of the file), migrating older versions.

    Raises DamagedPreparation (bad syntax, wrong shape, impossible values, no UTF-8, too
    big or too deeply nested) or NewerVersionError.
    """
    try:
        data = load_user_yaml(text)
    except YamlProblem as problem:
        raise DamagedPreparation(problem.reason, path) from None
    if not isinstance(data, dict):
        raise DamagedPreparation("er staat geen voorbereiding in het bestand.", path)
    try:
        data = migrate(data)
    except NewerVersionError as error:
        raise NewerVersionError(error.version, path) from None
    except DamagedPreparation as error:
        raise DamagedPreparation(error.reason, path) from None
    revision = data.get("revision", 0)
    if isinstance(revision, bool) or not isinstance(revision, int) or revision < 0:
        raise DamagedPreparation(f"het nummer van de versie (revision: {revision!r}) klopt niet.", path)
    # The file name is the preparation's identity: saving writes back to the same file.
    data["id"] = prep_id
    from pydantic import ValidationError

    from gesprekscoach.store.models import Preparation

    try:
        return Preparation.model_validate(data)
    except ValidationError as error:
        fields = sorted({".".join(str(part) for part in problem["loc"]) for problem in error.errors()})
        shown = ", ".join(fields[:5]) + (" …" if len(fields) > 5 else "")
        raise DamagedPreparation(f"deze gegevens ontbreken of kloppen niet: {shown}.", path) from None
    except (ValueError, TypeError, OverflowError, RecursionError):
        raise DamagedPreparation("er staat een waarde in die niet kan bestaan.", path) from None


# --------------------------------------------------------------------------- listing


class SetAside(NamedTuple):
    """A damaged file that was moved (not deleted) out of the way, and why."""

    original: Path
    moved_to: Path
    reason: str

    def message(self) -> str:
        """A Dutch line for the user about this file."""
        return (
            f"Het bestand {self.original.name} is beschadigd: {self.reason} "
            f"Ik heb het verplaatst naar {self.moved_to}. Er is niets weggegooid."
        )


class Skipped(NamedTuple):
    """A file that was left in place and not listed (newer version, or unreadable)."""

    path: Path
    reason: str

    def message(self) -> str:
        """A Dutch line for the user about this file."""
        return self.reason


# The listings are plain classes, not dataclasses: `gesprekscoach lijst` would import
# `dataclasses` (and `inspect` with it) only for them.


class ListingProblems:
    """The files a listing could not use, and why."""

    def __init__(
        self,
        set_aside: list[SetAside] | None = None,
        newer: list[Skipped] | None = None,
        unreadable: list[Skipped] | None = None,
    ) -> None:
        self.set_aside: list[SetAside] = set_aside if set_aside is not None else []
        """Damaged files moved to the 'beschadigd' folder during this listing."""
        self.newer: list[Skipped] = newer if newer is not None else []
        """Files written by a newer version of the coach; left in place."""
        self.unreadable: list[Skipped] = unreadable if unreadable is not None else []
        """Files that could not be read or moved (for example: no permission, a symlink out of the
        data folder, a name the coach cannot use); left in place."""

    def messages(self) -> list[str]:
        """Dutch lines about every file that was set aside, skipped or unreadable."""
        lines = [item.message() for item in self.set_aside]
        return lines + [item.message() for item in (*self.newer, *self.unreadable)]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in vars(self).items())
        return f"{type(self).__name__}({fields})"


class StoreListing(ListingProblems):
    """What `PreparationStore.list()` found."""

    def __init__(self, preparations: "list[Preparation] | None" = None, **problems: list[Any]) -> None:
        super().__init__(**problems)
        self.preparations: list[Preparation] = preparations if preparations is not None else []
        """The preparations that could be read, newest `updated_at` first."""


class SummaryListing(ListingProblems):
    """What `PreparationStore.summaries()` found: the same files as `list()`, as a list shows them."""

    def __init__(self, summaries: "list[PreparationSummary] | None" = None, **problems: list[Any]) -> None:
        super().__init__(**problems)
        self.summaries: list[PreparationSummary] = summaries if summaries is not None else []
        """The preparations that could be read, newest `updated_at` first."""


# --------------------------------------------------------------------------- ids


_Paths = list[Path]
"""A list of paths (an alias: inside PreparationStore, `list` names the method)."""


def _slug(text: str) -> str:
    """Lowercase ASCII letters, digits and '-' only; e.g. 'Functionering' → 'functionering'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:40].strip("-") or "gesprek"


if TYPE_CHECKING:
    _Listed = TypeVar("_Listed", Preparation, PreparationSummary)
else:  # a constraint given as text would be compiled at import, on every command
    _Listed = TypeVar("_Listed")


def _newest_first(preparations: list[_Listed]) -> None:
    """Sort newest `updated_at` first (naive times count as local time), then by id."""
    preparations.sort(key=lambda prep: prep.id)
    preparations.sort(key=lambda prep: dates.instant_key(prep.updated_at), reverse=True)


MAX_ID_LENGTH = 120
"""The longest id (the file name gets '.yaml' and, when set aside, a time stamp on top)."""

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""The characters an id may hold: a file name on Linux, macOS and Windows alike."""

WINDOWS_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)
"""Device names Windows reserves, also with an extension ('nul.yaml' is the null device)."""


def is_valid_id(prep_id: str) -> bool:
    """True when the id can name a file safely on every system (see `check_id`)."""
    return (
        0 < len(prep_id) <= MAX_ID_LENGTH
        and _SAFE_ID.fullmatch(prep_id) is not None
        and not prep_id.endswith(".")
        and prep_id.split(".", 1)[0].lower() not in WINDOWS_RESERVED_NAMES
    )


def check_id(prep_id: str) -> str:
    """The id, if it can safely name a file in the store; else PreparationNotFound.

    An id holds ASCII letters, digits, '-', '_' and '.', starts with a letter or digit, does
    not end with '.', and is no name Windows reserves for a device (CON, NUL, COM1, …).
    """
    if not is_valid_id(prep_id):
        raise PreparationNotFound(f"'{prep_id}' is geen geldige naam van een voorbereiding. {_LIST_HINT}")
    return prep_id


_LIST_HINT = "Typ 'gesprekscoach list' om je voorbereidingen te zien."

_BAD_NAME = (
    "Het bestand {name} heeft een naam die de coach niet kan gebruiken. Geef het een naam met alleen "
    "letters, cijfers en streepjes, zoals 2026-11-23-functionering.yaml."
)

_BUSY = "Een ander venster van de coach is nog bezig met deze voorbereiding. Wacht even en probeer het opnieuw."


# --------------------------------------------------------------------------- the store


def _signature(path: Path) -> tuple[int, ...] | None:
    """What identifies the file at `path` as it is now (None: there is none): device, inode, size,
    change and modification times, not following a symlink."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_mode)


class PreparationStore:
    """The user's saved preparations: create, save, load, list and find them.

    `home` is the data home (default: `paths.data_home()`); preparations are in
    `home / "voorbereidingen"`, damaged files go to `home / "beschadigd"`.
    Raises NoDataHome (a Dutch message that names GESPREKSCOACH_HOME) when there is no home.
    """

    def __init__(self, home: Path | None = None) -> None:
        if home is None:
            try:
                home = paths.data_home()
            except paths.DataHomeError as error:
                raise NoDataHome(str(error)) from None
        self.home = Path(home)
        self.folder = self.home / PREPARATIONS_DIR
        self.damaged_folder = self.home / DAMAGED_DIR
        self.set_aside_on_save: list[SetAside] = []
        """Damaged files that `save()` found in the way and moved aside (the messages are for the user)."""
        self._written: dict[Path, tuple[tuple[int, ...] | None, int]] = {}
        """Per file this store wrote or read: its identity on disk then, and the revision in it."""

    # ----------------------------------------------------------------- paths

    def path_for(self, prep_id: str) -> Path:
        """The file of the preparation with this id (it may not exist)."""
        return self.folder / f"{check_id(prep_id)}{FILE_SUFFIX}"

    def _ensure_folder(self) -> None:
        """Create the data home and the preparations folder, both 0700."""
        try:
            paths.ensure_private_dir(self.home)
            paths.ensure_private_dir(self.folder, self.home)
        except OSError as error:
            raise StoreError(describe_os_error(error, self.folder / "x", "Opslaan")) from None
        if not paths.is_inside(self.folder, self.home):
            raise OutsideDataFolder(self.folder)

    def new_id(self, conversation: str, meeting_date: date) -> str:
        """A readable id that is not taken yet: '2026-11-23-functionering', then '-2', '-3', …"""
        base = f"{meeting_date.isoformat()}-{_slug(conversation)}"
        candidate = base
        number = 1
        while os.path.lexists(self.folder / f"{candidate}{FILE_SUFFIX}"):
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    # ----------------------------------------------------------------- write

    def create(
        self,
        conversation: str,
        meeting_date: date,
        with_whom: str = "",
        *,
        now: datetime | None = None,
    ) -> "Preparation":
        """Start a new preparation for a conversation type and save it at once (revision 1).

        Two processes that create one at the same moment get different ids.
        """
        from gesprekscoach.store.models import Preparation

        moment = now if now is not None else dates.now()
        self._ensure_folder()
        while True:
            prep_id = self.new_id(conversation, meeting_date)
            prep = Preparation(
                id=prep_id,
                conversation=conversation,
                meeting_date=meeting_date,
                with_whom=with_whom,
                created_at=moment,
                updated_at=moment,
            )
            path = self.path_for(prep_id)
            with self._locked(path):
                if os.path.lexists(path):
                    continue  # another process took this id a moment ago
                self._write(prep, path, moment)
            return prep

    def save(self, prep: "Preparation", *, now: datetime | None = None) -> Path:
        """Save the preparation atomically (sets `updated_at`, raises `revision` by one); returns the file.

        Under the lock of the file, the version on disk is read first. Raises
        ConcurrentEditError (with `on_disk`) when its revision is not the one `prep` was
        read with: someone else saved in between, and nothing is overwritten. A damaged file
        on disk is set aside first (see `set_aside_on_save`); a file of a newer version of
        the coach is never overwritten (NewerVersionError). Raises StoreError with a Dutch
        message when the file cannot be written; the previous file is then left as it was.
        """
        path = self.path_for(prep.id)
        self._ensure_folder()
        with self._locked(path):
            if not self._unchanged_since_written(path, prep.revision):
                on_disk = self._on_disk(path)
                if on_disk is not None and on_disk.revision != prep.revision:
                    raise ConcurrentEditError(on_disk, path)
            self._write(prep, path, now if now is not None else dates.now())
        return path

    def _unchanged_since_written(self, path: Path, revision: int) -> bool:
        """True when `path` is still the file this store wrote or read last, with this revision.

        Then reading it back is not needed (a large file takes a while to read). Another process
        replaces the file atomically, which gives it another inode and times; so does a damaged
        or hand-edited file: any difference means the file is read as before.
        """
        known = self._written.get(path)
        return known is not None and known == (_signature(path), revision)

    def _locked(self, path: Path) -> AbstractContextManager[None]:
        """The lock of the file `path` (a lock file beside it)."""
        return _store_lock(lock_path_for(path))

    def _on_disk(self, path: Path) -> "Preparation | None":
        """The preparation in `path` now (None: no file, or a damaged one that was just set aside)."""
        try:
            return self._load_path(path)
        except PreparationNotFound:
            return None
        except DamagedPreparation as error:
            try:
                self.set_aside_on_save.append(self._set_aside(path, error.reason))
            except OSError as move_error:
                raise StoreError(
                    f"Het bestand {path.name} is beschadigd ({error.reason}) en ik kon het niet verplaatsen: "
                    f"{describe_os_error(move_error, path, 'Verplaatsen')}"
                ) from None
            return None

    def _write(self, prep: "Preparation", path: Path, moment: datetime) -> None:
        """Write `prep` to `path` with the next revision; on failure `prep.revision` stays as it was."""
        previous = prep.revision
        prep.updated_at = moment
        prep.schema_version = PREPARATION_SCHEMA_VERSION
        prep.revision = previous + 1
        import yaml  # loaded by the dump anyway

        try:
            data = dump_preparation(prep).encode("utf-8")
        except (yaml.YAMLError, UnicodeError) as error:  # only possible with odd extra fields
            prep.revision = previous
            raise StoreError(f"Opslaan is niet gelukt: de gegevens kan ik niet opschrijven ({error}).") from None
        self._written.pop(path, None)
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            prep.revision = previous
            raise StoreError(describe_os_error(error, path, "Opslaan")) from None
        signature = _signature(path)
        if signature is not None:
            self._written[path] = (signature, prep.revision)

    # ----------------------------------------------------------------- read

    def load(self, prep_id: str) -> "Preparation":
        """The preparation with this id.

        Raises PreparationNotFound, DamagedPreparation, NewerVersionError (the file is
        never changed), OutsideDataFolder (a symlink out of the data folder: never read)
        or StoreError (the file cannot be read).
        """
        path = self.path_for(prep_id)
        return self._load_path(path)

    def _load_path(self, path: Path) -> "Preparation":
        before = _signature(path)
        raw = self._read_raw(path)
        prep = parse_preparation(raw, path.stem, path)
        self._note_read(path, before, prep.revision)
        return prep

    def _summary_of(self, path: Path, cache: "SummaryCache") -> "PreparationSummary":
        """What a list shows of the file at `path`: from the cache when these bytes passed validation before."""
        from gesprekscoach.store.summaries import PreparationSummary

        before = _signature(path)
        raw = self._read_raw(path)
        summary = cache.get(path.stem, raw)
        if summary is None:
            prep = parse_preparation(raw, path.stem, path)
            self._note_read(path, before, prep.revision)
            summary = PreparationSummary.of(prep)
            cache.put(raw, summary)
        return summary

    def _read_raw(self, path: Path) -> bytes:
        """The bytes of a preparation file, with the store's errors (see `load`)."""
        try:
            return read_user_file(path, self.home, USER_FILE_LIMITS.max_bytes)
        except FileNotFoundError:
            raise PreparationNotFound(f"Ik vind geen voorbereiding met de naam '{path.stem}'. {_LIST_HINT}") from None
        except UnusableFile as unusable:
            if unusable.damaged:
                raise DamagedPreparation(unusable.reason, path) from None
            raise OutsideDataFolder(path) from None
        except OSError as error:
            raise StoreError(describe_os_error(error, path, "Openen")) from None

    def _note_read(self, path: Path, before: tuple[int, ...] | None, revision: int) -> None:
        """Remember the file as read, when it did not change while it was read (see `save`)."""
        if before is not None and _signature(path) == before:
            self._written[path] = (before, revision)

    def list(self) -> StoreListing:
        """All saved preparations, newest first.

        A damaged file is moved to the 'beschadigd' folder (never deleted) and noted in
        `set_aside`; a file from a newer version is left in place and noted in `newer`;
        a symlink out of the data folder and a file with a name the coach cannot use are
        left in place and noted in `unreadable`. Temp files left by a crash are skipped
        (and removed once a minute old).
        """
        listing = StoreListing()
        self._scan(self._load_path, listing.preparations, listing)
        _newest_first(listing.preparations)
        return listing

    def summaries(self) -> SummaryListing:
        """The same as `list()`, as a list shows each preparation (`PreparationSummary`).

        Every file is read; one whose exact bytes passed validation before (by this version of
        the coach) is not validated again (`summaries.SummaryCache`); any other file is
        validated, set aside or skipped exactly as `list()` does. The cached data of
        preparations that are gone (`view_cache`) is removed.
        """
        from gesprekscoach.store.summaries import SummaryCache  # only a list needs it

        listing = SummaryListing()
        cache = SummaryCache.open()
        self._scan(lambda path: self._summary_of(path, cache), listing.summaries, listing)
        cache.save()
        if self.folder.is_dir():  # the view files of preparations that are gone go too
            from gesprekscoach.store.view_cache import prune_views

            kept = [skipped.path.stem for skipped in (*listing.newer, *listing.unreadable)]
            prune_views([summary.id for summary in listing.summaries] + kept)
        _newest_first(listing.summaries)
        return listing

    def _scan(self, read: Callable[[Path], _Listed], found: builtins.list[_Listed], problems: ListingProblems) -> None:
        """Read every preparation file with `read` into `found`; note the files it could not use in `problems`."""
        if not self.folder.is_dir():
            return
        self._remove_stale_temp_files()
        for path in sorted(self.folder.glob(f"*{FILE_SUFFIX}")):
            if path.name.startswith("."):
                continue
            if not is_valid_id(path.stem):
                problems.unreadable.append(Skipped(path, _BAD_NAME.format(name=path.name)))
                continue
            try:
                found.append(read(path))
            except NewerVersionError as error:
                problems.newer.append(Skipped(path, str(error)))
            except DamagedPreparation as error:
                try:
                    problems.set_aside.append(self._set_aside(path, error.reason))
                except OSError as move_error:
                    problems.unreadable.append(
                        Skipped(
                            path,
                            f"Het bestand {path.name} is beschadigd ({error.reason}) "
                            f"en ik kon het niet verplaatsen: {describe_os_error(move_error, path, 'Verplaatsen')}",
                        )
                    )
            except PreparationNotFound:
                continue  # removed while we were listing
            except StoreError as error:
                problems.unreadable.append(Skipped(path, str(error)))

    def find(self, id_or_prefix: str) -> "Preparation":
        """The preparation whose id is `id_or_prefix`, or the only one starting with it.

        Raises PreparationNotFound (none), AmbiguousPreparation (more than one), and
        the errors of `load`.
        """
        return self.load(self._resolve(id_or_prefix))

    def find_view(self, id_or_prefix: str) -> "PreparationView":
        """The same preparation as `find` (the same ids, the same errors), as read-only plain data.

        A file whose exact bytes passed validation before (by this version of the coach) is
        read from its cached data (`view_cache`), without PyYAML or pydantic; any other file is
        validated as `load` does, and its data cached.
        """
        from gesprekscoach.store.view_cache import read_view, write_view

        path = self.path_for(self._resolve(id_or_prefix))
        before = _signature(path)
        raw = self._read_raw(path)
        view = read_view(path.stem, raw)
        if view is not None:
            return view
        from gesprekscoach.store.preparation_view import PreparationView, plain_of

        prep = parse_preparation(raw, path.stem, path)
        self._note_read(path, before, prep.revision)
        plain = plain_of(prep)
        view = PreparationView.from_plain(path.stem, plain)
        if view is None:  # pragma: no cover - a validated preparation always has the shape
            raise DamagedPreparation("er staat een waarde in die niet kan bestaan.", path)
        write_view(path.stem, raw, plain)
        return view

    def remember_view(self, prep: "Preparation") -> None:
        """Cache the data of `prep` for `find_view` (`view_cache`), so the next export needs no validation.

        Only when the file on disk is exactly what this store last wrote or read of it, at
        `prep.revision` (see `save`), and did not change while it was read: then the file holds
        `prep` as it was saved. Call it only while `prep` holds no edits since then. Does nothing
        otherwise, and never raises (it is only a cache).
        """
        try:
            path = self.path_for(prep.id)
            signature = _signature(path)
            if signature is None or self._written.get(path) != (signature, prep.revision):
                return
            raw = self._read_raw(path)
            if _signature(path) != signature:
                return
            plain = _saved_plain(prep)
        except (StoreError, OSError, ValueError, TypeError, OverflowError, RecursionError):
            return
        from gesprekscoach.store.view_cache import write_view

        write_view(prep.id, raw, plain)

    def _resolve(self, id_or_prefix: str) -> str:
        """The id `id_or_prefix`, when its file is there, or else the only id starting with it.

        Raises PreparationNotFound (none, or not a valid id) or AmbiguousPreparation (more than one).
        """
        wanted = id_or_prefix.strip()
        check_id(wanted)
        if os.path.lexists(self.path_for(wanted)):
            return wanted
        ids = sorted(path.stem for path in self._files() if path.stem.startswith(wanted))
        if not ids:
            raise PreparationNotFound(f"Ik vind geen voorbereiding die begint met '{wanted}'. {_LIST_HINT}")
        if len(ids) > 1:
            shown = ", ".join(ids[:5]) + (" …" if len(ids) > 5 else "")
            raise AmbiguousPreparation(
                f"Er zijn {len(ids)} voorbereidingen die beginnen met '{wanted}': {shown}. "
                "Typ meer van de naam, zodat er maar één past.",
                ids,
            )
        return ids[0]

    # ----------------------------------------------------------------- housekeeping

    def _files(self) -> _Paths:
        """The preparation files in the folder (no temp files, no names the coach cannot use)."""
        if not self.folder.is_dir():
            return []
        return [
            p
            for p in self.folder.glob(f"*{FILE_SUFFIX}")
            if not p.name.startswith(".") and is_valid_id(p.stem) and os.path.lexists(p)
        ]

    def _set_aside(self, path: Path, reason: str) -> SetAside:
        """Move a damaged file to the 'beschadigd' folder under a name with a time stamp."""
        return SetAside(original=path, moved_to=set_aside(path, self.damaged_folder, self.home), reason=reason)

    def _remove_stale_temp_files(self) -> None:
        """Remove temp files a crash left behind, once they are a minute old."""
        limit = time.time() - STALE_TEMP_SECONDS
        for temp in self.folder.glob(f".*{FILE_SUFFIX}.*{TEMP_SUFFIX}"):
            try:
                info = os.lstat(temp)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                    temp.unlink()
            except OSError:
                pass


def _saved_plain(prep: "Preparation") -> dict[str, Any]:
    """The data of `prep` as its file holds it once saved (`preparation_view.plain_of`).

    Made as saving and reading back make it, without YAML: `model_dump` writes the fields the
    way the file does (the meeting time without seconds), validation reads them back (goals
    and agreements get their ids), and a goal nobody wrote in is left out (see `is_unused`).
    """
    from gesprekscoach.store.models import Preparation
    from gesprekscoach.store.preparation_view import plain_of

    return plain_of(without_unused_goals(Preparation.model_validate(prep.model_dump(mode="python"))))


@contextmanager
def _store_lock(path: Path) -> Iterator[None]:
    """Hold the lock of one preparation file; failing to get it is a StoreError (Dutch)."""
    try:
        handle = acquire_lock(path)
    except LockTimeout:
        raise StoreError(_BUSY) from None
    except OSError as error:
        raise StoreError(describe_os_error(error, path, "Opslaan")) from None
    try:
        yield
    finally:
        release_lock(handle)
