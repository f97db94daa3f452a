"""What a list shows of each preparation (and of the wins log), remembered per file that passed full validation.

`gesprekscoach lijst` shows the id, the kind of conversation, the date, with whom and when a
preparation last changed. Reading that from a file the strict way means the pydantic models
(their import and their build take far longer than the rest of the command). So the store
validates a file fully once, and keeps its `PreparationSummary` in a private cache, keyed by a
digest of the exact bytes of the file. The next listing reads the file, finds the digest and
uses the summary without parsing it again; a file changed by even one byte is validated again.

The cache:
- holds JSON, never a pickle, in the private cache folder (`cache.read_private` checks owner
  and mode), bounded in size, and is checked for its shape (a wrong one counts as a miss);
- is named after a digest of the code that reads and validates preparations and of the
  versions of the coach, pydantic and Python (`content.cache.cache_key`), so a newer coach
  never trusts what an older one validated;
- holds only the files that were there at the last listing (so it does not grow forever);
- is skipped when it cannot be read or written: the list is then made the slow way.

Plain Python: this module never imports Textual or pydantic.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from gesprekscoach.store.file_keys import SOURCES, code_key, file_digest

if TYPE_CHECKING:
    from gesprekscoach.store.models import LogEntry, Preparation

SUMMARY_CACHE = "voorbereidingen"
"""The kind of cache file of the preparations (its name starts with this)."""
LOG_CACHE = "logboek"
"""The kind of cache file of the wins log."""
SUMMARY_FORMAT = 3
"""The layout of the cache file; checked when reading."""
MAX_SUMMARY_CACHE_BYTES = 8_000_000
"""A cache file larger than this is not read."""
_SOURCES = SOURCES
"""The code that validates preparations (`file_keys.SOURCES`): part of the cache's name."""


# --------------------------------------------------------------------------- what the rules read


class DatedPreparation(Protocol):
    """A preparation as the rules about periods read it (`wins_log.period_start`)."""

    @property
    def id(self) -> str: ...
    @property
    def meeting_date(self) -> date: ...
    @property
    def created_at(self) -> datetime: ...


class MeetingRecord(DatedPreparation, Protocol):
    """A preparation as the reminders after a meeting read it (`cycle.pending_reports`)."""

    @property
    def conversation(self) -> str: ...
    @property
    def report_received(self) -> bool: ...


class TitledGoal(Protocol):
    """A goal as a list of goals shows it."""

    @property
    def id(self) -> str: ...
    def title(self) -> str:
        """The goal in one line (may be '')."""
        ...


class PreparationWithGoals(Protocol):
    """A preparation as the rules about goals and wins read it (`cycle.goal_titles`)."""

    @property
    def id(self) -> str: ...
    @property
    def goals(self) -> Sequence[TitledGoal]: ...


class GoalPreparation(DatedPreparation, PreparationWithGoals, Protocol):
    """A preparation as the rules about current goals read it (`wins_log.current_goals`)."""


class DatedEntry(Protocol):
    """An entry of the wins log as the rules about periods and goals read it."""

    @property
    def id(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def goal(self) -> str | None: ...
    @property
    def goal_source(self) -> str | None: ...


EntryT_co = TypeVar("EntryT_co", bound=DatedEntry, covariant=True)


class EntryLog(Protocol[EntryT_co]):
    """A wins log as the rules about periods read it: its entries."""

    @property
    def entries(self) -> Sequence[EntryT_co]: ...


# --------------------------------------------------------------------------- summaries


class GoalSummary(NamedTuple):
    """A goal as a list of goals shows it: its id and its one-line title."""

    id: str
    title_text: str

    def title(self) -> str:
        """The goal in one line: its sentence, or else its Specifiek part (may be '')."""
        return self.title_text


class PreparationSummary(NamedTuple):
    """One preparation as a list shows it: read from a file that passed full validation."""

    id: str
    conversation: str
    meeting_date: date
    with_whom: str
    created_at: datetime
    updated_at: datetime
    goals: tuple[GoalSummary, ...] = ()
    """Every goal with a text, in order."""
    sheet_saved: bool = False
    """Whether the sheet was saved (somewhere)."""
    agreements: int = 0
    """How many agreements were noted after the meeting."""
    report_received: bool = False
    """Whether the report of the meeting came in."""

    @classmethod
    def of(cls, prep: "Preparation") -> "PreparationSummary":
        """The summary of a validated preparation."""
        goals = tuple(GoalSummary(goal.id, goal.title()) for goal in prep.goals if goal.title())
        return cls(
            prep.id,
            prep.conversation,
            prep.meeting_date,
            prep.with_whom,
            prep.created_at,
            prep.updated_at,
            goals,
            sheet_saved=bool(prep.sheet_path),
            agreements=len(prep.after.agreements) if prep.after is not None else 0,
            report_received=prep.report_received,
        )

    def to_plain(self) -> dict[str, Any]:
        """JSON data for the cache (without the id: the file name gives it)."""
        return {
            "conversation": self.conversation,
            "meeting_date": self.meeting_date.isoformat(),
            "with_whom": self.with_whom,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "goals": [[goal.id, goal.title_text] for goal in self.goals],
            "after": [self.sheet_saved, self.agreements, self.report_received],
        }

    @classmethod
    def from_plain(cls, prep_id: str, data: object) -> "PreparationSummary | None":
        """The summary from cached JSON data; None when it does not have the right shape."""
        if not isinstance(data, dict):
            return None
        names = ("conversation", "meeting_date", "with_whom", "created_at", "updated_at")
        values = [data.get(name) for name in names]
        goals, after = data.get("goals"), data.get("after")
        if not all(isinstance(value, str) for value in values) or not isinstance(goals, list):
            return None
        if not (isinstance(after, list) and len(after) == 3 and isinstance(after[0], bool)):
            return None
        sheet_saved, agreements, report_received = after
        if not isinstance(agreements, int) or isinstance(agreements, bool) or not isinstance(report_received, bool):
            return None
        if not all(_is_pair_of_texts(goal) for goal in goals):
            return None
        conversation, meeting, with_whom, created, updated = (str(value) for value in values)
        try:
            return cls(
                prep_id,
                conversation,
                date.fromisoformat(meeting),
                with_whom,
                datetime.fromisoformat(created),
                datetime.fromisoformat(updated),
                tuple(GoalSummary(str(goal[0]), str(goal[1])) for goal in goals),
                sheet_saved=sheet_saved,
                agreements=agreements,
                report_received=report_received,
            )
        except ValueError:
            return None


def _is_pair_of_texts(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(part, str) for part in value)


class LoggedWin(NamedTuple):
    """One entry of the wins log as a list shows it: read from a log that passed full validation."""

    id: str
    at: datetime
    text: str
    goal: str | None = None
    goal_source: str | None = None
    tags: tuple[str, ...] = ()
    private: bool = False

    @classmethod
    def of(cls, entry: "LogEntry") -> "LoggedWin":
        """The entry of a validated log."""
        return cls(entry.id, entry.at, entry.text, entry.goal, entry.goal_source, tuple(entry.tags), entry.private)

    def to_plain(self) -> list[Any]:
        """JSON data for the cache."""
        return [self.id, self.at.isoformat(), self.text, self.goal, self.goal_source, list(self.tags), self.private]

    @classmethod
    def from_plain(cls, data: object) -> "LoggedWin | None":
        """The entry from cached JSON data; None when it does not have the right shape."""
        if not isinstance(data, list) or len(data) != 7:
            return None
        entry_id, at, text, goal, source, tags, private = data
        if not (isinstance(entry_id, str) and isinstance(at, str) and isinstance(text, str)):
            return None
        if not all(value is None or isinstance(value, str) for value in (goal, source)):
            return None
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags) or not isinstance(private, bool):
            return None
        try:
            moment = datetime.fromisoformat(at)
        except ValueError:
            return None
        return cls(entry_id, moment, text, goal, source, tuple(tags), private)


class LoggedWins(NamedTuple):
    """The wins log as a list shows it (`WinsLogStore.summary`)."""

    entries: tuple[LoggedWin, ...] = ()


class SummaryCache:
    """The summaries of files that passed validation, by the digest of their bytes: one cache per kind.

    `get` and `put` work in memory; `save` writes the cache when it changed, keeping only the
    digests that were asked for or put since it was opened (the files there are now).
    """

    def __init__(self, folder: Path | None, name: str | None, kind: str = SUMMARY_CACHE) -> None:
        self._folder = folder
        self._name = name
        self._kind = kind
        self._known: dict[str, dict[str, Any]] = {}
        self._used: dict[str, dict[str, Any]] = {}
        self._changed = False

    @classmethod
    def open(cls, kind: str = SUMMARY_CACHE) -> "SummaryCache":
        """The cache of this kind for this version of the coach (empty when there is none or it cannot be used)."""
        from gesprekscoach.paths import cache_home

        try:
            folder = cache_home()
        except OSError:
            return cls(None, None, kind)
        key = code_key()
        if key is None:
            return cls(None, None, kind)
        cache = cls(folder, f"{kind}-{key}.json", kind)
        cache._read()
        return cache

    def _read(self) -> None:
        from gesprekscoach.private_files import read_private

        if self._folder is None or self._name is None:
            return
        data = read_private(self._folder, self._name, MAX_SUMMARY_CACHE_BYTES)
        if data is None:
            return
        try:
            payload = json.loads(data)
        except (ValueError, RecursionError):
            return
        if (
            isinstance(payload, dict)
            and payload.get("format") == SUMMARY_FORMAT
            and isinstance(payload.get("files"), dict)
        ):
            self._known = {key: value for key, value in payload["files"].items() if isinstance(value, dict)}

    def get(self, prep_id: str, data: bytes) -> PreparationSummary | None:
        """The summary of the preparation file `prep_id` with these bytes, when they passed validation before."""
        digest = file_digest(data)
        plain = self._known.get(digest)
        summary = PreparationSummary.from_plain(prep_id, plain) if plain is not None else None
        if summary is not None and plain is not None:
            self._used[digest] = plain
        return summary

    def put(self, data: bytes, summary: PreparationSummary) -> None:
        """Remember the summary of a preparation file with these bytes, which just passed validation."""
        self._used[file_digest(data)] = summary.to_plain()
        self._changed = True

    def get_log(self, data: bytes) -> LoggedWins | None:
        """The wins log with these bytes, when they passed validation before."""
        digest = file_digest(data)
        plain = self._known.get(digest)
        entries = plain.get("entries") if plain is not None else None
        if not isinstance(entries, list):
            return None
        found = [LoggedWin.from_plain(entry) for entry in entries]
        if plain is None or any(entry is None for entry in found):
            return None
        self._used[digest] = plain
        return LoggedWins(tuple(entry for entry in found if entry is not None))

    def put_log(self, data: bytes, log: LoggedWins) -> None:
        """Remember the wins log with these bytes, which just passed validation."""
        self._used[file_digest(data)] = {"entries": [entry.to_plain() for entry in log.entries]}
        self._changed = True

    def save(self) -> None:
        """Write the cache when it changed (or holds files that are gone); skipped when it cannot be."""
        if self._folder is None or self._name is None:
            return
        if not self._changed and self._used.keys() == self._known.keys():
            return
        from gesprekscoach.atomic import atomic_write_bytes
        from gesprekscoach.paths import ensure_private_dir
        from gesprekscoach.private_files import folder_is_private

        try:
            ensure_private_dir(self._folder)
            if not folder_is_private(self._folder):
                return
            payload = {"format": SUMMARY_FORMAT, "files": self._used}
            target = self._folder / self._name
            atomic_write_bytes(target, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            for old in self._folder.glob(f"{self._kind}-*.json"):
                if old != target:
                    old.unlink(missing_ok=True)
        except (OSError, ValueError, TypeError):
            return
