"""The wins log: short, dated notes of what went well through the year.

Reviews suffer most from "what I could still remember". The log keeps it: one YAML file
`<data home>/logboek.yaml` next to the preparations, private (0600, folder 0700), written
atomically (see `atomic.py`) and read with PyYAML's safe loader only, within bounds (see
`user_yaml.py`). A damaged file (bad syntax, a wrong shape, impossible values, no UTF-8, a
YAML bomb) is moved to `<data home>/beschadigd/` (never deleted) and a new, empty log
starts; a file written by a newer version of the coach is never changed, and a symlink that
leads out of the data folder is never followed.

Every change (add, update, remove) happens under a lock file beside the log
(`.logboek.yaml.lock`, see `locking.py`) and reads the file again inside the lock, so
twenty `gesprekscoach log "…"` at once keep all twenty entries.

An entry can be tagged with a goal: the goal's id ('doel-1') and the preparation it is in.
`resolve_goal` finds that goal from what the user types ('doel-1', '1' or the start of the
goal's text), looking first at the goals the user works on now.

All errors derive from `LogError`, whose `str()` is a plain Dutch message. Functions take the
time they need (`now`, `today`), so tests never depend on the clock; `WinsLogStore.add`
reads the clock itself (when the entry is written) when no `now` is given.
Plain Python: this module never imports Textual (`gesprekscoach log` must answer fast).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

from gesprekscoach import dates, paths
from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.store.locking import LockTimeout, acquire_lock, lock_path_for, release_lock
from gesprekscoach.store.schema import GOAL_ID_PREFIX, WINS_LOG_SCHEMA_VERSION
from gesprekscoach.store.summaries import (
    LOG_CACHE,
    DatedEntry,
    DatedPreparation,
    EntryLog,
    GoalPreparation,
    GoalSummary,
    LoggedWin,
    LoggedWins,
    PreparationSummary,
    SummaryCache,
    TitledGoal,
)
from gesprekscoach.store.user_files import UnusableFile, read_user_file, set_aside
from gesprekscoach.store.user_yaml import USER_FILE_LIMITS, YamlProblem, load_user_yaml

if TYPE_CHECKING:  # the models (pydantic) are imported where the log is validated or changed
    from gesprekscoach.store.models import Goal, LogEntry, Preparation, WinsLog

PrepT = TypeVar("PrepT", bound=DatedPreparation)
EntryT = TypeVar("EntryT", bound=DatedEntry)

LOG_FILE = "logboek.yaml"
"""The file of the wins log, inside the data home."""

DAMAGED_DIR = "beschadigd"
"""Folder (inside the data home) where a damaged log is moved to (the same as the store's)."""

FILE_HEADER = (
    "# Het logboek van gesprekscoach: wat er goed ging, met de datum.\n"
    "# Je mag dit bestand lezen. De coach houdt het zelf bij.\n"
)

MAX_ENTRY_LENGTH = 2000
"""A log entry is a short note; longer text is refused with a Dutch message."""


class LogError(Exception):
    """Something went wrong with the wins log; `str()` is a Dutch message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class GoalNotFound(LogError):
    """The goal the user named is in no preparation."""


class MovedLog(NamedTuple):
    """A damaged log file that was moved aside (not deleted), and why."""

    moved_to: Path
    reason: str

    def message(self) -> str:
        """A Dutch line for the user about the moved file."""
        return (
            f"Je logboek was beschadigd: {self.reason} Ik heb het verplaatst naar {self.moved_to}. "
            "Er is niets weggegooid. Je begint met een nieuw logboek."
        )


class WinsLogStore:
    """The wins log on disk: load, add, change and remove entries.

    `home` is the data home (default: `paths.data_home()`; LogError with a Dutch message
    when there is none). Every change takes the log's lock and reads the file again inside
    it, so the coach and any number of `gesprekscoach log` calls can add entries at once.
    """

    def __init__(self, home: Path | None = None) -> None:
        if home is None:
            try:
                home = paths.data_home()
            except paths.DataHomeError as error:
                raise LogError(str(error)) from None
        self.home = Path(home)
        self.path = self.home / LOG_FILE
        self.lock_path = lock_path_for(self.path)
        """The lock file beside the log."""
        self.moved: list[MovedLog] = []
        """Damaged log files moved aside by this store (the messages are for the user)."""

    # ----------------------------------------------------------------- read

    def load(self) -> WinsLog:
        """The log (empty when there is no file yet).

        A damaged file is moved aside (see `moved`) and an empty log is returned. Raises
        LogError when the file is from a newer version of the coach, or cannot be read.
        """
        try:
            return self._read()
        except _Damaged:
            pass
        with self._locked():  # look again under the lock: another process may have replaced it
            return self._load_locked()

    def summary(self) -> LoggedWins:
        """The log as a list shows it (`LoggedWins`), with the same errors and the same care as `load`.

        Log bytes that passed validation before (by this version of the coach) are not validated
        again (`summaries.SummaryCache`); any other log is read by `load`.
        """
        try:
            raw = self._raw()
        except FileNotFoundError:
            return LoggedWins()
        except _Damaged:
            raw = None
        cache = SummaryCache.open(LOG_CACHE)
        known = cache.get_log(raw) if raw is not None else None
        if known is not None:
            cache.save()
            return known
        log = self.load()
        summary = LoggedWins(tuple(LoggedWin.of(entry) for entry in log.entries))
        if raw is not None and not self.moved:
            try:
                unchanged = self._raw() == raw
            except (FileNotFoundError, _Damaged, LogError):
                unchanged = False
            if unchanged:  # these very bytes passed validation
                cache.put_log(raw, summary)
                cache.save()
        return summary

    def _raw(self) -> bytes:
        """The bytes of the log file; FileNotFoundError, `_Damaged` or LogError (Dutch)."""
        try:
            return read_user_file(self.path, self.home, USER_FILE_LIMITS.max_bytes)
        except FileNotFoundError:
            raise  # the caller's case (no log yet), not the OSError below
        except UnusableFile as unusable:
            if unusable.damaged:
                raise _Damaged(unusable.reason) from None
            raise LogError(
                f"Je logboek ({self.path}) verwijst naar een plek buiten de map van de coach. "
                "Ik gebruik het niet en verander er niets aan."
            ) from None
        except OSError as error:
            raise LogError(describe_os_error(error, self.path, "Je logboek lezen")) from None

    def _read(self) -> WinsLog:
        """The log on disk; `_Damaged` when it is damaged (nothing is moved here)."""
        try:
            raw = self._raw()
        except FileNotFoundError:
            from gesprekscoach.store.models import WinsLog

            return WinsLog()
        return parse_log(raw)

    def _load_locked(self) -> WinsLog:
        """The log, with a damaged file set aside; call it with the lock held."""
        try:
            return self._read()
        except _Damaged as damaged:
            self.moved.append(self._set_aside(damaged.reason))
            from gesprekscoach.store.models import WinsLog

            return WinsLog()

    def _set_aside(self, reason: str) -> MovedLog:
        try:
            target = set_aside(self.path, self.home / DAMAGED_DIR, self.home)
        except OSError as error:
            raise LogError(
                f"Je logboek is beschadigd ({reason}) en ik kon het niet opzij zetten: "
                f"{describe_os_error(error, self.path, 'Verplaatsen')}"
            ) from None
        return MovedLog(target, reason)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the log's lock; LogError (Dutch) when it cannot be had."""
        try:
            paths.ensure_private_dir(self.home)
            handle = acquire_lock(self.lock_path)
        except LockTimeout:
            raise LogError(
                "Je logboek is nu in gebruik door een ander venster van de coach. Probeer het zo opnieuw."
            ) from None
        except OSError as error:
            raise LogError(describe_os_error(error, self.path, "Opslaan in je logboek")) from None
        try:
            yield
        finally:
            release_lock(handle)

    # ----------------------------------------------------------------- write

    def save(self, log: WinsLog) -> Path:
        """Write the whole log atomically (0600), under the lock. Raises LogError with a Dutch message."""
        with self._locked():
            return self._write(log)

    def _write(self, log: WinsLog) -> Path:
        data = dump_log(log).encode("utf-8")
        try:
            atomic_write_bytes(self.path, data)
        except OSError as error:
            raise LogError(describe_os_error(error, self.path, "Opslaan in je logboek")) from None
        return self.path

    def add(
        self,
        text: str,
        *,
        now: datetime | None = None,
        goal: TitledGoal | None = None,
        goal_source: DatedPreparation | None = None,
        private: bool = False,
        tags: Sequence[str] = (),
    ) -> LogEntry:
        """Add an entry and save; returns it. Raises LogError (Dutch).

        The entry is dated `now`, or, without it, the moment it is written (read from the
        clock inside the lock, so a coach left open past midnight dates it on the new day).
        """
        from gesprekscoach.store.models import LogEntry

        cleaned = clean_entry_text(text)
        labels = clean_tags(tags)
        with self._locked():
            log = self._load_locked()
            moment = now if now is not None else dates.now()
            entry = LogEntry(
                id=_new_id(log, moment),
                at=moment,
                text=cleaned,
                goal=goal.id if goal is not None else None,
                goal_source=goal_source.id if goal is not None and goal_source is not None else None,
                private=private,
                tags=labels,
            )
            log.entries.append(entry)
            self._write(log)
        return entry

    def update(self, entry: LogEntry) -> None:
        """Replace the stored entry with the same id (text, goal, private) and save."""
        with self._locked():
            log = self._load_locked()
            for index, stored in enumerate(log.entries):
                if stored.id == entry.id:
                    log.entries[index] = entry
                    self._write(log)
                    return
        raise LogError("Dit punt staat niet meer in je logboek. Misschien is het al weggehaald.")

    def set_private(self, entry_id: str, private: bool) -> None:
        """Mark the entry with this id 'alleen voor mij' (or shared again) and save; LogError (Dutch) when it is gone."""
        with self._locked():
            log = self._load_locked()
            for stored in log.entries:
                if stored.id == entry_id:
                    if stored.private != private:
                        stored.private = private
                        self._write(log)
                    return
        raise LogError("Dit punt staat niet meer in je logboek. Misschien is het al weggehaald.")

    def entry(self, entry_id: str) -> LogEntry:
        """The stored entry with this id; LogError (Dutch) when it is gone."""
        for stored in self.load().entries:
            if stored.id == entry_id:
                return stored
        raise LogError("Dit punt staat niet meer in je logboek. Misschien is het al weggehaald.")

    def remove(self, entry_id: str) -> None:
        """Remove the entry with this id and save (nothing happens when it is gone already)."""
        with self._locked():
            log = self._load_locked()
            kept = [entry for entry in log.entries if entry.id != entry_id]
            if len(kept) != len(log.entries):
                log.entries = kept
                self._write(log)


# --------------------------------------------------------------------------- the file format


class _Damaged(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_log(raw: bytes) -> WinsLog:
    """Read the bytes of a log file. Raises LogError for a newer version, `_Damaged` when broken."""
    from pydantic import ValidationError

    from gesprekscoach.store.models import WinsLog

    try:
        data = load_user_yaml(raw)
    except YamlProblem as problem:
        raise _Damaged(problem.reason) from None
    if data is None:
        return WinsLog()
    if not isinstance(data, dict):
        raise _Damaged("er staat geen logboek in het bestand.")
    version = data.get("schema_version", WINS_LOG_SCHEMA_VERSION)
    if isinstance(version, int | float) and not isinstance(version, bool) and version > WINS_LOG_SCHEMA_VERSION:
        raise LogError(
            "Je logboek is gemaakt met een nieuwere versie van gesprekscoach. "
            "Werk de coach bij om het te gebruiken. Het bestand blijft zoals het is."
        )
    try:
        return WinsLog.model_validate(data)
    except (ValidationError, ValueError, TypeError, OverflowError, RecursionError):
        raise _Damaged("de gegevens erin kloppen niet.") from None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _plain(value: Any) -> Any:
    """The data with lone surrogates (not valid Unicode) replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def dump_log(log: WinsLog) -> str:
    """The YAML text of the log, as it is saved."""
    data = _plain(log.model_dump(mode="python"))
    import yaml

    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
    return FILE_HEADER + body


def _new_id(log: WinsLog, now: datetime) -> str:
    """A readable id that is not taken: '20270312-101500', then '-2', '-3', …"""
    base = now.strftime("%Y%m%d-%H%M%S")
    taken = {entry.id for entry in log.entries}
    candidate = base
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_entry_text(text: str) -> str:
    """The text of a new entry: trimmed, without control characters. LogError when empty or too long."""
    cleaned = _CONTROL.sub("", text).strip()
    if not cleaned:
        raise LogError("Er staat nog niets in. Schrijf kort op wat er goed ging.")
    if len(cleaned) > MAX_ENTRY_LENGTH:
        raise LogError(
            f"Dit is te lang voor het logboek (meer dan {MAX_ENTRY_LENGTH} tekens). "
            "Schrijf het korter op, in een of twee zinnen."
        )
    return cleaned


MAX_TAG_LENGTH = 40
"""A tag is one short word or two; longer is refused with a Dutch message."""


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as they are saved: lower case, single spaces, no duplicates, in the order given.

    LogError (Dutch) when one is too long; empty ones are dropped.
    """
    cleaned: list[str] = []
    for tag in tags:
        label = " ".join(_CONTROL.sub("", tag).lower().split()).lstrip("#")
        if len(label) > MAX_TAG_LENGTH:
            raise LogError(f"Het label '{label[:20]}…' is te lang. Gebruik een kort woord, bijvoorbeeld 'klant'.")
        if label and label not in cleaned:
            cleaned.append(label)
    return cleaned


# --------------------------------------------------------------------------- goals and periods


@overload
def goals_with_text(prep: Preparation) -> list[Goal]: ...
@overload
def goals_with_text(prep: PreparationSummary) -> list[GoalSummary]: ...
@overload
def goals_with_text(prep: GoalPreparation) -> list[TitledGoal]: ...
def goals_with_text(prep: GoalPreparation) -> list[Any]:
    """The goals of a preparation that have a text (a title)."""
    goals: list[Any] = [goal for goal in prep.goals if goal.title()]
    return goals


@overload
def current_goals(preparations: Iterable[Preparation], today: date) -> tuple[Preparation, list[Goal]] | None: ...
@overload
def current_goals(
    preparations: Iterable[PreparationSummary], today: date
) -> tuple[PreparationSummary, list[GoalSummary]] | None: ...
@overload
def current_goals(
    preparations: Iterable[GoalPreparation], today: date
) -> tuple[GoalPreparation, list[TitledGoal]] | None: ...
def current_goals(preparations: Iterable[Any], today: date) -> tuple[Any, list[Any]] | None:
    """The goals the user works on now: those of the latest meeting up to today that had goals.

    When no meeting up to today had goals, the goals of the nearest preparation still to come.
    None when no preparation has a goal with text. (For a full `Preparation` or its `PreparationSummary`.)
    """
    with_goals = [prep for prep in preparations if goals_with_text(prep)]
    past = [prep for prep in with_goals if prep.meeting_date <= today]
    if past:
        chosen = max(past, key=lambda prep: (prep.meeting_date, dates.instant_key(prep.created_at)))
        return chosen, goals_with_text(chosen)
    if with_goals:
        chosen = min(with_goals, key=lambda prep: (prep.meeting_date, dates.instant_key(prep.created_at)))
        return chosen, goals_with_text(chosen)
    return None


def _goal_id_from(text: str) -> str:
    """'1' → 'doel-1'; 'Doel 2' → 'doel-2'; anything else as typed (lower case)."""
    cleaned = "-".join(text.strip().lower().split())
    if cleaned.isdigit():
        return f"{GOAL_ID_PREFIX}{int(cleaned)}"
    match = re.fullmatch(r"doel-?(\d+)", cleaned)
    if match:
        return f"{GOAL_ID_PREFIX}{int(match.group(1))}"
    return cleaned


def resolve_goal(preparations: Sequence[Preparation], wanted: str, today: date) -> tuple[Preparation, Goal]:
    """The goal the user means by `wanted`: its id ('doel-1', '1') or the start of its text.

    Looks at the current goals first (see `current_goals`), then at the other preparations,
    newest meeting first. Raises GoalNotFound with a Dutch message that lists the current goals.
    """
    current = current_goals(preparations, today)
    ordered: list[Preparation] = []
    if current is not None:
        ordered.append(current[0])
    ordered += sorted(
        (prep for prep in preparations if current is None or prep.id != current[0].id),
        key=lambda prep: prep.meeting_date,
        reverse=True,
    )
    goal_id = _goal_id_from(wanted)
    for prep in ordered:
        for goal in goals_with_text(prep):
            if goal.id == goal_id:
                return prep, goal
    words = " ".join(wanted.lower().split())
    if words:
        for prep in ordered:
            matches = [goal for goal in goals_with_text(prep) if goal.title().lower().startswith(words)]
            if len(matches) == 1:
                return prep, matches[0]
    raise GoalNotFound(_goal_not_found_message(wanted, current))


def _goal_not_found_message(wanted: str, current: tuple[Preparation, list[Goal]] | None) -> str:
    if current is None:
        return (
            f"Ik vind geen doel '{wanted}'. Je hebt nog geen doelen. "
            "Schrijf eerst doelen op in een voorbereiding, bijvoorbeeld van je planningsgesprek."
        )
    listed = "; ".join(f"{goal.id}: {goal.title()}" for goal in current[1])
    return f"Ik vind geen doel '{wanted}'. Je doelen zijn: {listed}. Typ bijvoorbeeld --doel {current[1][0].id}."


def previous_meeting(preparations: Iterable[PrepT], before: date) -> PrepT | None:
    """The preparation of the latest meeting strictly before `before` (None when there is none)."""
    earlier = [prep for prep in preparations if prep.meeting_date < before]
    if not earlier:
        return None
    return max(earlier, key=lambda prep: (prep.meeting_date, dates.instant_key(prep.created_at)))


def period_start(preparations: Iterable[PrepT], today: date) -> tuple[date, PrepT | None]:
    """Where 'this period' starts: the day of the latest meeting up to today, or a year ago.

    Returns the date and the preparation of that meeting (None: no meeting yet, a year ago).
    """
    up_to_today = [prep for prep in preparations if prep.meeting_date <= today]
    if up_to_today:
        latest = max(up_to_today, key=lambda prep: (prep.meeting_date, dates.instant_key(prep.created_at)))
        return latest.meeting_date, latest
    try:
        return today.replace(year=today.year - 1), None
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28), None


def entries_between(log: EntryLog[EntryT], start: date, end: date | None = None) -> list[EntryT]:
    """The entries from `start` (that day included) up to and including `end`, oldest first."""
    chosen = [entry for entry in log.entries if entry.at.date() >= start and (end is None or entry.at.date() <= end)]
    return sorted(chosen, key=lambda entry: (dates.instant_key(entry.at), entry.id))
